import { formatDateTime } from "@rdcity/common";
import { Card, Empty, List, Skeleton, Tag, Typography } from "antd";
import { Link } from "react-router";
import { ProblemAlert } from "../../../app/components/ProblemAlert";
import { useI18n } from "../../../app/i18n/I18nProvider";
import type { MessageKey } from "../../../app/i18n/zh-CN";
import type { ChangeRequest } from "../api/planWrites";
import { useChanges } from "../hooks/useTaskWork";

const STATUS_COLOURS: Record<ChangeRequest["status"], string> = {
  proposed: "blue",
  approved: "green",
  rejected: "red",
  withdrawn: "default",
};

const FIELD_LABELS: Record<string, MessageKey> = {
  value: "plan.version.field.value",
  valueMax: "plan.version.field.valueMax",
  year: "plan.version.field.year",
  text: "plan.version.field.text",
  status: "plan.version.field.status",
  dueOn: "plan.version.field.dueOn",
  leadUnitCode: "plan.version.field.leadUnit",
  partnerUnitCodes: "plan.version.field.partners",
};

const show = (v: unknown, pick: (l: { zh: string; en: string }) => string): string => {
  if (v === null || v === undefined || v === "") return "—";
  if (Array.isArray(v)) return v.map((x) => show(x, pick)).join(", ");
  if (typeof v === "object" && v && "zh" in v && "en" in v) return pick(v as { zh: string; en: string });
  return String(v);
};

/** The change requests of one target or task: what they change, why, their state, and the instance to act on. */
export function ChangesCard({ recordType, code }: { recordType: "target" | "task"; code: string }) {
  const { t, pick } = useI18n();
  const changes = useChanges(recordType, code);
  return (
    <Card size="small" className="rd-card" title={t("plan.changes.title")}>
      <ProblemAlert error={changes.error} onRetry={() => void changes.refetch()} />
      {changes.isPending ? (
        <Skeleton active paragraph={{ rows: 2 }} />
      ) : !changes.data?.length ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t("plan.changes.none")} />
      ) : (
        <List<ChangeRequest>
          size="small"
          dataSource={changes.data}
          renderItem={(c) => (
            <List.Item
              key={c.id}
              style={{ paddingInline: 0 }}
              extra={
                c.instanceId ? (
                  <Link to={`/console/workflow/${c.instanceId}`}>{t("plan.openInstance")}</Link>
                ) : null
              }
            >
              <div style={{ minWidth: 0 }}>
                <Tag color={STATUS_COLOURS[c.status]}>{pick(c.statusLabel)}</Tag>
                <Typography.Text type="secondary" className="rd-small">
                  {formatDateTime(c.createdAt)}
                  {c.createdBy ? ` · ${c.createdBy}` : ""}
                </Typography.Text>
                <ul className="rd-small" style={{ margin: "4px 0", paddingInlineStart: 18 }}>
                  {Object.entries(c.proposed).map(([key, value]) => (
                    <li key={key}>
                      {t("plan.changes.to", {
                        field: FIELD_LABELS[key] ? t(FIELD_LABELS[key] as MessageKey) : key,
                        value: show(value, pick),
                      })}
                    </li>
                  ))}
                </ul>
                <Typography.Text className="rd-small">
                  {t("plan.changes.reason", { reason: c.reason })}
                </Typography.Text>
              </div>
            </List.Item>
          )}
        />
      )}
    </Card>
  );
}
