import { DownloadOutlined } from "@ant-design/icons";
import { Button } from "antd";
import { useAuth } from "../../../../app/auth/AuthProvider";
import { useI18n } from "../../../../app/i18n/I18nProvider";
import type { ExportFormat } from "../../api/supportApi";

/** CSV and Excel downloads for the finance department (shown to those who may export). */
export function ExportButtons({ href, what }: { href: (format: ExportFormat) => string; what: string }) {
  const { t } = useI18n();
  const { can } = useAuth();
  if (!can("export.run")) return null;
  return (
    <>
      <Button
        icon={<DownloadOutlined />}
        href={href("csv")}
        download
        aria-label={t("cultivation.exportOf", { label: t("list.exportCsv"), what })}
      >
        {t("list.exportCsv")}
      </Button>
      <Button
        icon={<DownloadOutlined />}
        href={href("xlsx")}
        download
        aria-label={t("cultivation.exportOf", { label: t("list.exportXlsx"), what })}
      >
        {t("list.exportXlsx")}
      </Button>
    </>
  );
}
