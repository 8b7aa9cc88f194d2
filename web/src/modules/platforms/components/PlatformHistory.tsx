import { formatDate, formatDateTime } from "@rdcity/common";
import { Card, Empty, Flex, Skeleton, Tag, Timeline, Typography } from "antd";
import { ProblemAlert } from "../../../app/components/ProblemAlert";
import { formatValue } from "../../../app/i18n/formatValue";
import { useI18n } from "../../../app/i18n/I18nProvider";
import { usePlatformHistory, usePlatformStatusHistory } from "../hooks/usePlatform";
import { STATUS_COLOURS, usePlatformLabels } from "./platformLabels";

/** The lifecycle: each status with the day it took effect, who set it and why. */
export function PlatformStatusHistory({ id }: { id: string }) {
  const { t } = useI18n();
  const labels = usePlatformLabels();
  const query = usePlatformStatusHistory(id);
  return (
    <Card size="small" className="rd-card" title={t("platform.detail.statusHistory")}>
      <ProblemAlert error={query.error} onRetry={() => void query.refetch()} />
      {query.isPending ? (
        <Skeleton active paragraph={{ rows: 3 }} />
      ) : (
        <Timeline
          style={{ marginTop: 8 }}
          items={[...(query.data ?? [])].reverse().map((e) => ({
            color: STATUS_COLOURS[e.status] === "default" ? "gray" : "blue",
            content: (
              <Flex vertical gap={2}>
                <Flex gap={8} align="center" wrap>
                  <Tag color={STATUS_COLOURS[e.status]}>{labels.platformStatus(e.status)}</Tag>
                  <Typography.Text type="secondary" className="rd-small">
                    {t("platform.detail.effective", { date: formatDate(e.effectiveOn) })}
                  </Typography.Text>
                </Flex>
                <Typography.Text className="rd-small">
                  {e.fromStatus
                    ? t("platform.detail.from", {
                        from: labels.platformStatus(e.fromStatus),
                        to: labels.platformStatus(e.status),
                      })
                    : t("platform.detail.started", { to: labels.platformStatus(e.status) })}
                  {e.note ? ` — ${e.note}` : ""}
                </Typography.Text>
                <Typography.Text type="secondary" className="rd-small">
                  {formatDateTime(e.at)}
                  {e.by ? ` · ${t("platform.detail.by", { by: e.by })}` : ""}
                </Typography.Text>
              </Flex>
            ),
          }))}
        />
      )}
    </Card>
  );
}

/** Every saved version with what changed in it. */
export function PlatformChanges({ id, hostName }: { id: string; hostName?: (id: string) => string | null }) {
  const { t, lang } = useI18n();
  const labels = usePlatformLabels();
  const query = usePlatformHistory(id);
  const versions = [...(query.data ?? [])].sort((a, b) => b.version - a.version);
  return (
    <Card size="small" className="rd-card" title={t("platform.detail.changes")}>
      <ProblemAlert error={query.error} onRetry={() => void query.refetch()} />
      {query.isPending ? (
        <Skeleton active paragraph={{ rows: 3 }} />
      ) : versions.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t("platform.detail.noChanges")} />
      ) : (
        <Flex vertical gap={12}>
          {versions.map((v) => (
            <div key={v.version}>
              <Typography.Text strong>{t("platform.detail.version", { version: v.version })}</Typography.Text>
              <Typography.Text type="secondary" className="rd-small">
                {" · "}
                {formatDateTime(v.at)}
                {v.by ? ` · ${t("platform.detail.by", { by: v.by })}` : ""}
              </Typography.Text>
              <ul className="rd-change-list">
                {Object.entries(v.changes).map(([field, c]) => (
                  <li key={field}>
                    <span className="rd-muted-label">
                      {field === "source" ? t("platform.detail.source") : labels.field(field)}
                      {lang === "en-US" ? ": " : "："}
                    </span>
                    {c.from === null || c.from === undefined
                      ? formatChange(field, c.to, labels, hostName)
                      : `${formatChange(field, c.from, labels, hostName)} → ${formatChange(field, c.to, labels, hostName)}`}
                  </li>
                ))}
              </ul>
            </div>
          ))}
        </Flex>
      )}
    </Card>
  );
}

function formatChange(
  field: string,
  value: unknown,
  labels: ReturnType<typeof usePlatformLabels>,
  hostName?: (id: string) => string | null,
): string {
  if (typeof value === "string") {
    if (field === "hostEntityId") return hostName?.(value) ?? value;
    if (field === "typeCode") return labels.type(value);
    if (field === "level") return labels.level(value);
    if (field === "status") return labels.platformStatus(value);
  }
  if (field === "links" && Array.isArray(value)) return String(value.length);
  return formatValue(field, value, labels);
}
