import { Alert } from "antd";
import { useI18n } from "../i18n/I18nProvider";

/** Says plainly that this is the demo: demo data, and TOTP optional for administrators. */
export function DemoBanner({ totpOptional }: { totpOptional: boolean }) {
  const { t } = useI18n();
  return (
    <section aria-label={t("demo.label")}>
      <Alert
        banner
        type="warning"
        title={totpOptional ? t("demo.bannerTotp") : t("demo.banner")}
        style={{ paddingInline: 24 }}
      />
    </section>
  );
}
