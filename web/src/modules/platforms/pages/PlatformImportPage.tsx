import { ImportGuide } from "../../../app/components/import/ImportGuide";
import { ImportWizard } from "../../../app/components/import/ImportWizard";
import { PageHeader } from "../../../app/components/PageHeader";
import { useI18n } from "../../../app/i18n/I18nProvider";
import { platformKeys } from "../api/platforms";

/** 批量导入平台: platforms from a file (or an edited export), checked row by row, written all or none. */
export function PlatformImportPage() {
  const { t } = useI18n();
  return (
    <>
      <PageHeader
        title={t("platform.import.title")}
        subTitle={t("platform.import.subTitle")}
        breadcrumbs={[
          { title: t("menu.platforms") },
          { title: t("menu.platformDirectory"), to: "/console/platforms" },
          { title: t("platform.import.title") },
        ]}
      />
      <ImportWizard
        kind="platforms"
        done={{ to: "/console/platforms", label: t("platform.import.toList") }}
        invalidate={[platformKeys.all]}
        guide={
          <ImportGuide
            rules={[
              t("platform.import.ruleRow"),
              t("platform.import.ruleMatch"),
              t("platform.import.ruleHost"),
              t("platform.import.ruleExport"),
              t("platform.import.ruleAll"),
            ]}
          />
        }
        counts={["created", "updated", "unchanged"]}
      />
    </>
  );
}
