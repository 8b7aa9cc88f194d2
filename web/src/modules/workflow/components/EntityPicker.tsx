import { keepPreviousData, useQueries, useQuery } from "@tanstack/react-query";
import { Select, Spin, Typography } from "antd";
import { useMemo, useState } from "react";
import { useSettled } from "../../../app/hooks/useSettled";
import { useI18n } from "../../../app/i18n/I18nProvider";
import { type EntityOption, fetchEntity, searchEntities } from "../api/workflow";

type Props =
  | { multiple?: false; value?: string | null; onChange?: (v: string | null, e: EntityOption | null) => void }
  | { multiple: true; value?: string[]; onChange?: (v: string[]) => void };

/** Registry entities searched as one types, one or several; chosen ones keep their names (read by id once). */
export function EntityPicker(props: Props & { id?: string; placeholder?: string; "aria-label"?: string }) {
  const { t } = useI18n();
  const [text, setText] = useState("");
  const [open, setOpen] = useState(false);
  const q = useSettled(text.trim());
  const values = props.multiple ? (props.value ?? []) : props.value ? [props.value] : [];
  const found = useQuery({
    queryKey: ["workflow", "entity-search", q],
    queryFn: ({ signal }) => searchEntities(q, signal),
    enabled: open,
    placeholderData: keepPreviousData,
    staleTime: 30_000,
  });
  const known = useQueries({
    queries: values.map((id) => ({
      queryKey: ["workflow", "entity", id],
      queryFn: () => fetchEntity(id),
      staleTime: 300_000,
    })),
  });
  const options = useMemo(() => {
    const byId = new Map<string, EntityOption>();
    for (const k of known) if (k.data) byId.set(k.data.id, k.data);
    for (const e of found.data ?? []) byId.set(e.id, e);
    const listed = new Map<string, EntityOption>();
    for (const id of values) listed.set(id, byId.get(id) ?? { id, name: id, uscc: "" });
    for (const e of found.data ?? []) listed.set(e.id, e);
    return { byId, listed: [...listed.values()] };
  }, [known, found.data, values]);

  return (
    <Select<string | string[]>
      id={props.id}
      aria-label={props["aria-label"]}
      mode={props.multiple ? "multiple" : undefined}
      showSearch={{ filterOption: false, onSearch: setText, searchValue: text }}
      allowClear
      value={props.multiple ? values : (values[0] ?? undefined)}
      placeholder={props.placeholder}
      onOpenChange={setOpen}
      onChange={(value) => {
        setText("");
        if (props.multiple) props.onChange?.((value as string[] | undefined) ?? []);
        else {
          const id = (value as string | undefined) ?? null;
          props.onChange?.(id, id ? (options.byId.get(id) ?? null) : null);
        }
      }}
      notFoundContent={found.isFetching ? <Spin size="small" /> : t("list.empty")}
      options={options.listed.map((e) => ({ value: e.id, label: e.name, title: e.name, uscc: e.uscc }))}
      optionRender={(option) => (
        <div>
          <div style={{ whiteSpace: "normal" }}>{option.label}</div>
          {(option.data as { uscc: string }).uscc && (
            <Typography.Text type="secondary" className="rd-small rd-mono">
              {(option.data as { uscc: string }).uscc}
            </Typography.Text>
          )}
        </div>
      )}
    />
  );
}
