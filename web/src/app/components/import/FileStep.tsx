import { DownloadOutlined, FileExcelOutlined, InboxOutlined } from "@ant-design/icons";
import { Button, Card, Flex, Typography, Upload } from "antd";
import type { ReactNode } from "react";
import { type ImportKindName, importTemplateUrl } from "../../api/imports";
import { useI18n } from "../../i18n/I18nProvider";

interface Props {
  kind: ImportKindName;
  /** What the kind's file holds and the rules its rows follow, above the templates. */
  guide?: ReactNode;
  file: File | null;
  onFile: (file: File | null) => void;
  onValidate: () => void;
  validating: boolean;
}

const MAX_MB = 50;

/** Step 1: the kind's guide, templates to download, and the file to check. */
export function FileStep({ kind, guide, file, onFile, onValidate, validating }: Props) {
  const { t } = useI18n();
  return (
    <Flex vertical gap={16}>
      {guide}
      <Card size="small" className="rd-card" title={t("import.templates")}>
        <Flex gap={12} wrap align="center">
          <Typography.Text type="secondary">{t("import.templatesText")}</Typography.Text>
          <Button icon={<DownloadOutlined />} href={importTemplateUrl(kind, "xlsx")} download>
            {t("import.templateXlsx")}
          </Button>
          <Button icon={<DownloadOutlined />} href={importTemplateUrl(kind, "csv")} download>
            {t("import.templateCsv")}
          </Button>
        </Flex>
      </Card>
      <Upload.Dragger
        accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        multiple={false}
        maxCount={1}
        showUploadList={false}
        beforeUpload={(f) => {
          onFile(f);
          return false;
        }}
        aria-label={t("import.choose")}
      >
        <p className="ant-upload-drag-icon">{file ? <FileExcelOutlined /> : <InboxOutlined />}</p>
        <p className="ant-upload-text">{file ? file.name : t("import.choose")}</p>
        <p className="ant-upload-hint">
          {file
            ? t("import.fileSize", { size: (file.size / 1024).toFixed(1) })
            : t("import.chooseHint", { mb: MAX_MB })}
        </p>
      </Upload.Dragger>
      <Flex justify="end" gap={8}>
        {file && <Button onClick={() => onFile(null)}>{t("import.clear")}</Button>}
        <Button type="primary" disabled={!file} loading={validating} onClick={onValidate}>
          {t("import.validate")}
        </Button>
      </Flex>
    </Flex>
  );
}
