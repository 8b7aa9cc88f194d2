import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { Select, Spin, Typography } from "antd";
import { type ReactNode, useMemo, useState } from "react";
import { useSettled } from "../../../app/hooks/useSettled";
import { useI18n } from "../../../app/i18n/I18nProvider";

export interface RemoteOption {
  value: string;
  /** Shown in the field once chosen. */
  label: string;
  /** A second line in the drop-down (e.g. the credit code). */
  hint?: string;
}

interface Props {
  /** Set by Form.Item. */
  value?: string | null;
  onChange?: (value: string | null) => void;
  id?: string;
  /** Cache key of the search (the typed text is appended). */
  queryKey: readonly unknown[];
  search: (q: string, signal: AbortSignal) => Promise<RemoteOption[]>;
  /** Labels of values already chosen (a stored record's host, its co-builders), before any search. */
  known?: RemoteOption[];
  placeholder?: string;
  /** Options that may not be chosen (e.g. the platform itself as its own successor). */
  exclude?: string[];
  "aria-label"?: string;
}

/** A select that searches the server as one types (registry entities, platforms); keeps the chosen label. */
export function RemoteSelect(props: Props) {
  const { t } = useI18n();
  const [text, setText] = useState("");
  const [open, setOpen] = useState(false);
  const [chosen, setChosen] = useState<RemoteOption | null>(null);
  const q = useSettled(text.trim());
  const found = useQuery({
    queryKey: [...props.queryKey, q],
    queryFn: ({ signal }) => props.search(q, signal),
    enabled: open,
    placeholderData: keepPreviousData,
    staleTime: 30_000,
  });
  const options = useMemo(() => {
    const byValue = new Map<string, RemoteOption>();
    for (const o of props.known ?? []) byValue.set(o.value, o);
    if (chosen) byValue.set(chosen.value, chosen);
    for (const o of found.data ?? []) byValue.set(o.value, o);
    const excluded = new Set(props.exclude ?? []);
    // Only the current value is listed until a search has answered, so the field always shows its label.
    const listed = found.data
      ? found.data.filter((o) => !excluded.has(o.value))
      : [...byValue.values()].filter((o) => o.value === props.value);
    if (props.value && !listed.some((o) => o.value === props.value)) {
      const current = byValue.get(props.value);
      if (current) listed.unshift(current);
    }
    return { listed, byValue };
  }, [found.data, props.known, props.exclude, props.value, chosen]);

  const render = (o: RemoteOption): ReactNode => (
    <div>
      <div>{o.label}</div>
      {o.hint && (
        <Typography.Text type="secondary" className="rd-small rd-mono">
          {o.hint}
        </Typography.Text>
      )}
    </div>
  );

  return (
    <Select<string>
      id={props.id}
      aria-label={props["aria-label"]}
      showSearch={{ filterOption: false, onSearch: setText, searchValue: text }}
      allowClear
      value={props.value ?? undefined}
      placeholder={props.placeholder}
      onOpenChange={setOpen}
      onChange={(value) => {
        const option = value ? (options.byValue.get(value) ?? null) : null;
        setChosen(option);
        setText("");
        props.onChange?.(value ?? null);
      }}
      notFoundContent={found.isFetching ? <Spin size="small" /> : t("platform.form.noMatch")}
      options={options.listed.map((o) => ({ value: o.value, label: o.label, title: o.label, display: o }))}
      optionRender={(option) => render((option.data as { display: RemoteOption }).display)}
    />
  );
}
