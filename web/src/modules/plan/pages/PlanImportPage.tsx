import { ImportWizard } from "../../../app/components/import/ImportWizard";
import { PageHeader } from "../../../app/components/PageHeader";
import { useI18n } from "../../../app/i18n/I18nProvider";
import { planKeys } from "../api/plan";
import { ObservationImportGuide } from "../components/import/ObservationImportGuide";

/** 导入指标数据: the plan's yearly figures from a file, checked row by row, written all or none. */
export function PlanImportPage() {
  const { t } = useI18n();
  return (
    <>
      <PageHeader
        title={t("plan.import.title")}
        subTitle={t("plan.import.subTitle")}
        breadcrumbs={[{ title: t("menu.plan") }, { title: t("menu.planImport") }]}
      />
      <ImportWizard
        kind="plan_observations"
        done={{ to: "/console/plan", label: t("plan.import.toDashboard") }}
        invalidate={[planKeys.all]}
        guide={<ObservationImportGuide />}
        counts={["created", "updated"]}
      />
    </>
  );
}
