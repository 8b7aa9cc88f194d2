import { PageHeader } from "../../../app/components/PageHeader";
import { useI18n } from "../../../app/i18n/I18nProvider";
import { ImportWizard } from "../components/import/ImportWizard";

export function ImportPage() {
  const { t } = useI18n();
  return (
    <>
      <PageHeader
        title={t("import.title")}
        subTitle={t("import.subTitle")}
        breadcrumbs={[{ title: t("menu.registry") }, { title: t("menu.import") }]}
      />
      <ImportWizard />
    </>
  );
}
