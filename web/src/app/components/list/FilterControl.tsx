import { DatePicker, Input, Select } from "antd";
import dayjs from "dayjs";
import { useEffect, useState } from "react";
import { useI18n } from "../../i18n/I18nProvider";
import type { FilterDef, FilterOption, ListParams } from "./types";

interface Props {
  filter: FilterDef;
  id: string;
  params: ListParams;
  update: (changes: Record<string, string | undefined>) => void;
}

const optionFilter = (input: string, option?: FilterOption) => {
  const text = option?.search ?? (typeof option?.label === "string" ? option.label : (option?.value ?? ""));
  return text.toLowerCase().includes(input.trim().toLowerCase());
};

/** One filter control, bound to its URL parameters. */
export function FilterControl({ filter, id, params, update }: Props) {
  const { t } = useI18n();
  switch (filter.kind) {
    case "search":
      return <SearchInput id={id} filter={filter} value={params[filter.name] ?? ""} update={update} />;
    case "text":
      return <SearchInput id={id} filter={filter} value={params[filter.name] ?? ""} update={update} plain />;
    case "select": {
      const raw = params[filter.name];
      return filter.multiple ? (
        <Select<string[], FilterOption>
          id={id}
          mode="multiple"
          allowClear
          maxTagCount="responsive"
          placeholder={filter.placeholder ?? t("list.any")}
          value={raw ? raw.split(",") : []}
          options={filter.options}
          showSearch={{ filterOption: optionFilter }}
          onChange={(values) => update({ [filter.name]: values.join(",") || undefined })}
        />
      ) : (
        <Select<string, FilterOption>
          id={id}
          allowClear
          showSearch={{ filterOption: optionFilter }}
          placeholder={filter.placeholder ?? t("list.any")}
          value={raw || undefined}
          options={filter.options}
          onChange={(value) => update({ [filter.name]: value || undefined })}
        />
      );
    }
    case "boolean":
      return (
        <Select<string>
          id={id}
          allowClear
          placeholder={filter.placeholder ?? t("list.any")}
          value={params[filter.name] || undefined}
          options={[
            { value: "true", label: t("common.yes") },
            { value: "false", label: t("common.no") },
          ]}
          onChange={(value) => update({ [filter.name]: value || undefined })}
        />
      );
    case "flags": {
      const chosen = filter.options.filter((o) => params[o.value] === "true").map((o) => o.value);
      return (
        <Select<string[], FilterOption>
          id={id}
          mode="multiple"
          allowClear
          maxTagCount="responsive"
          placeholder={filter.placeholder ?? t("list.any")}
          value={chosen}
          options={filter.options}
          showSearch={{ filterOption: optionFilter }}
          onChange={(values) =>
            update(
              Object.fromEntries(
                filter.options.map((o) => [o.value, values.includes(o.value) ? "true" : undefined]),
              ),
            )
          }
        />
      );
    }
    case "dateRange": {
      const from = params[filter.name];
      const to = params[filter.toName];
      return (
        <DatePicker.RangePicker
          id={{ start: id, end: `${id}-end` }}
          style={{ width: "100%" }}
          allowEmpty={[true, true]}
          placeholder={[t("list.dateFrom"), t("list.dateTo")]}
          value={[from ? dayjs(from) : null, to ? dayjs(to) : null]}
          onChange={(_dates, texts) =>
            update({ [filter.name]: texts[0] || undefined, [filter.toName]: texts[1] || undefined })
          }
        />
      );
    }
  }
}

function SearchInput({
  id,
  filter,
  value,
  update,
  plain = false,
}: {
  id: string;
  filter: FilterDef;
  value: string;
  update: Props["update"];
  plain?: boolean;
}) {
  const { t } = useI18n();
  const [text, setText] = useState(value);
  useEffect(() => setText(value), [value]);
  const commit = (next: string) => update({ [filter.name]: next.trim() || undefined });
  if (plain) {
    return (
      <Input
        id={id}
        allowClear
        placeholder={filter.placeholder}
        value={text}
        onChange={(e) => {
          setText(e.target.value);
          if (!e.target.value) commit("");
        }}
        onPressEnter={() => commit(text)}
        onBlur={() => text.trim() !== value && commit(text)}
      />
    );
  }
  return (
    <Input.Search
      id={id}
      allowClear
      enterButton={t("list.search")}
      placeholder={filter.placeholder}
      value={text}
      onChange={(e) => {
        setText(e.target.value);
        if (!e.target.value) commit("");
      }}
      onSearch={commit}
    />
  );
}
