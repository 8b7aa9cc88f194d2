import { ImportWizard } from "../../../app/components/import/ImportWizard";
import { PageHeader } from "../../../app/components/PageHeader";
import { useI18n } from "../../../app/i18n/I18nProvider";
import { entityKeys } from "../api/entities";

export function ImportPage() {
  const { t } = useI18n();
  return (
    <>
      <PageHeader
        title={t("import.title")}
        subTitle={t("import.subTitle")}
        breadcrumbs={[{ title: t("menu.registry") }, { title: t("menu.import") }]}
      />
      <ImportWizard
        kind="entities"
        done={{ to: "/console/entities", label: t("import.toList") }}
        invalidate={[entityKeys.all]}
      />
    </>
  );
}
