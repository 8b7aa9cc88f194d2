import type { AuditEntry } from "@rdcity/common";
import { Button, Empty, Typography } from "antd";
import { useState } from "react";
import { formatValue } from "../../../app/i18n/formatValue";
import { useI18n } from "../../../app/i18n/I18nProvider";
import { useLabels } from "../../../app/i18n/labels";

type Row = { field: string; before: unknown; after: unknown; changed: boolean };

function asRecord(value: unknown): Record<string, unknown> | null {
  return value && typeof value === "object" && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : null;
}

/** Before and after of one audit entry, field by field; changed fields first and marked. */
export function diffRows(before: unknown, after: unknown): Row[] {
  const b = asRecord(before);
  const a = asRecord(after);
  if (!b && !a) return [];
  const fields = [...new Set([...Object.keys(b ?? {}), ...Object.keys(a ?? {})])];
  const rows = fields.map((field) => {
    const x = b?.[field];
    const y = a?.[field];
    return { field, before: x, after: y, changed: JSON.stringify(x) !== JSON.stringify(y) };
  });
  return rows.sort((p, q) => Number(q.changed) - Number(p.changed));
}

export function AuditDiff({ entry }: { entry: AuditEntry }) {
  const { t } = useI18n();
  const labels = useLabels();
  const [showAll, setShowAll] = useState(false);
  const allRows = diffRows(entry.before, entry.after);
  const changedCount = allRows.filter((r) => r.changed).length;
  // a create or delete changes every field; otherwise show what changed and fold the rest away
  const foldable =
    changedCount > 0 &&
    changedCount < allRows.length &&
    asRecord(entry.before) !== null &&
    asRecord(entry.after) !== null;
  const rows = foldable && !showAll ? allRows.filter((r) => r.changed) : allRows;
  const plain =
    !asRecord(entry.before) && !asRecord(entry.after) && (entry.before !== null || entry.after !== null);
  return (
    <div className="rd-audit-detail">
      {entry.purpose && (
        <Typography.Paragraph>
          <Typography.Text strong>{t("audit.purpose")}：</Typography.Text>
          {entry.purpose}
        </Typography.Paragraph>
      )}
      {plain ? (
        <pre className="rd-pre">{JSON.stringify({ before: entry.before, after: entry.after }, null, 2)}</pre>
      ) : rows.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t("audit.noDiff")} />
      ) : (
        <table className="rd-change-table rd-change-table-wide">
          <caption className="rd-visually-hidden">{t("audit.diffCaption", { id: entry.id })}</caption>
          <thead>
            <tr>
              <th scope="col">{t("history.field")}</th>
              <th scope="col">{t("audit.before")}</th>
              <th scope="col">{t("audit.after")}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.field} className={r.changed ? "rd-changed" : undefined}>
                <th scope="row">{labels.field(r.field)}</th>
                <td className={r.changed ? "rd-diff-from" : undefined}>
                  {formatValue(r.field, r.before, labels)}
                </td>
                <td className={r.changed ? "rd-diff-to" : undefined}>
                  {formatValue(r.field, r.after, labels)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {foldable && (
        <Button
          type="link"
          size="small"
          style={{ padding: 0, alignSelf: "start" }}
          onClick={() => setShowAll(!showAll)}
          aria-expanded={showAll}
        >
          {showAll ? t("audit.changedOnly") : t("audit.showAll", { count: allRows.length - changedCount })}
        </Button>
      )}
      <Typography.Text type="secondary" className="rd-small rd-mono">
        {t("audit.hash")}: {entry.hash}
      </Typography.Text>
    </div>
  );
}
