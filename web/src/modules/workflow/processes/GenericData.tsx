import type { WorkflowInstanceViewDto } from "@rdcity/common";
import { Descriptions, Typography } from "antd";
import { formatValue } from "../../../app/i18n/formatValue";
import { useI18n } from "../../../app/i18n/I18nProvider";
import { useLabels } from "../../../app/i18n/labels";
import { pickLabel } from "../components/workflowText";

/** Keys that are the engine's bookkeeping, not something a person filled in. */
const HIDDEN = new Set(["platformId", "checklist"]);

/**
 * The instance's data as label/value pairs (labels from the definition's fieldLabels), for processes without a
 * form of their own and for the data a form does not show (a district's recommendation, a revocation's reason).
 */
export function GenericData({
  view,
  exclude = [],
  title,
}: {
  view: WorkflowInstanceViewDto;
  exclude?: readonly string[];
  title?: string;
}) {
  const { t, lang } = useI18n();
  const labels = useLabels();
  const entries = Object.entries(view.instance.data).filter(
    ([key, value]) => !exclude.includes(key) && !HIDDEN.has(key) && value !== null && value !== undefined,
  );
  if (entries.length === 0) {
    if (exclude.length > 0) return null;
    return <Typography.Text type="secondary">{t("workflow.form.empty")}</Typography.Text>;
  }
  return (
    <Descriptions
      title={title}
      column={1}
      size="small"
      bordered
      items={entries.map(([key, value]) => {
        const label = view.process.fieldLabels[key];
        return {
          key,
          label: label ? pickLabel(label, lang) : key,
          children: <span style={{ whiteSpace: "pre-wrap" }}>{formatValue(key, value, labels)}</span>,
        };
      })}
    />
  );
}
