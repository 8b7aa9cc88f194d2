import { ImportGuide, type ImportGuideColumn } from "../../../../app/components/import/ImportGuide";
import { useI18n } from "../../../../app/i18n/I18nProvider";

/** The file of figures (import kind plan_observations): its rules and its columns, as the server reads them. */
export function ObservationImportGuide() {
  const { t } = useI18n();
  const columns: ImportGuideColumn[] = [
    { name: t("plan.import.col.indicator"), required: true, text: t("plan.import.col.indicatorText") },
    { name: t("plan.import.col.period"), required: true, text: t("plan.import.col.periodText") },
    { name: t("plan.import.col.value"), required: true, text: t("plan.import.col.valueText") },
    { name: t("plan.import.col.area"), required: false, text: t("plan.import.col.areaText") },
    { name: t("plan.import.col.unit"), required: false, text: t("plan.import.col.unitText") },
    { name: t("plan.import.col.qualifier"), required: false, text: t("plan.import.col.qualifierText") },
    { name: t("plan.import.col.source"), required: true, text: t("plan.import.col.sourceText") },
    { name: t("plan.import.col.sourceDate"), required: false, text: t("plan.import.col.sourceDateText") },
    { name: t("plan.import.col.link"), required: false, text: t("plan.import.col.linkText") },
    { name: t("plan.import.col.note"), required: false, text: t("plan.import.col.noteText") },
    {
      name: t("plan.import.col.revision"),
      required: t("plan.import.col.revisionNeed"),
      text: t("plan.import.col.revisionText"),
    },
  ];
  return (
    <ImportGuide
      rules={[t("plan.import.ruleRow"), t("plan.import.ruleRevision"), t("plan.import.ruleAll")]}
      columns={columns}
    />
  );
}
