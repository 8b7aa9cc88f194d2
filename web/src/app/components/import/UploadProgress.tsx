import { Card, Flex, Progress, Typography } from "antd";
import type { ImportProgress } from "../../api/imports";
import { useI18n } from "../../i18n/I18nProvider";
import type { MessageKey } from "../../i18n/zh-CN";

/** The progress of a long upload, phase by phase (parsing, validating, writing). */
export function UploadProgress({
  progress,
  fileName,
}: {
  progress: ImportProgress | undefined;
  fileName: string;
}) {
  const { t } = useI18n();
  const percent =
    progress && progress.total > 0
      ? Math.min(99, Math.round((progress.processed / progress.total) * 100))
      : undefined;
  return (
    <Card size="small" className="rd-card">
      <Flex vertical gap={8} role="status" aria-live="polite">
        <Typography.Text strong>{t("import.working", { file: fileName })}</Typography.Text>
        <Progress
          percent={percent ?? 0}
          status="active"
          showInfo={percent !== undefined}
          aria-label={t("import.progress")}
        />
        <Typography.Text type="secondary">
          {progress
            ? t("import.phaseText", {
                phase: t(`import.phase.${progress.phase}` as MessageKey),
                processed: progress.processed,
                total: progress.total,
              })
            : t("import.uploading")}
        </Typography.Text>
      </Flex>
    </Card>
  );
}
