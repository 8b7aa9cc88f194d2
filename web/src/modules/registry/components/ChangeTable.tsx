import { Button } from "antd";
import { useState } from "react";
import { formatValue } from "../../../app/i18n/formatValue";
import { useI18n } from "../../../app/i18n/I18nProvider";
import { useLabels } from "../../../app/i18n/labels";

type Changes = Record<string, { from: unknown; to: unknown }>;

/** The fields one version changed, from → to. A new record's initial values are folded away until asked for. */
export function ChangeTable({
  changes,
  version,
  initial,
}: {
  changes: Changes;
  version: number;
  initial: boolean;
}) {
  const { t } = useI18n();
  const labels = useLabels();
  const [open, setOpen] = useState(!initial);
  const entries = Object.entries(changes).filter(
    ([, c]) => !(initial && (c.to === null || (Array.isArray(c.to) && c.to.length === 0))),
  );
  if (entries.length === 0) return null;
  if (!open) {
    return (
      <Button
        type="link"
        size="small"
        style={{ padding: 0, alignSelf: "start" }}
        onClick={() => setOpen(true)}
        aria-expanded={false}
      >
        {t("history.showInitial", { count: entries.length })}
      </Button>
    );
  }
  return (
    <table className="rd-change-table">
      <caption className="rd-visually-hidden">{t("history.changesOf", { version })}</caption>
      <thead>
        <tr>
          <th scope="col">{t("history.field")}</th>
          {!initial && <th scope="col">{t("history.from")}</th>}
          <th scope="col">{initial ? t("history.initial") : t("history.to")}</th>
        </tr>
      </thead>
      <tbody>
        {entries.map(([field, change]) => (
          <tr key={field}>
            <th scope="row">{labels.field(field)}</th>
            {!initial && <td className="rd-diff-from">{formatValue(field, change.from, labels)}</td>}
            <td className={initial ? undefined : "rd-diff-to"}>{formatValue(field, change.to, labels)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
