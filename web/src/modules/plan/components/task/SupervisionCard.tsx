import { AlertOutlined } from "@ant-design/icons";
import { formatDateTime } from "@rdcity/common";
import { Button, Card, Empty, List, Skeleton, Tag, Typography } from "antd";
import { Link } from "react-router";
import { ProblemAlert } from "../../../../app/components/ProblemAlert";
import { useI18n } from "../../../../app/i18n/I18nProvider";
import type { SupervisionNotice } from "../../api/planWrites";
import { useTaskSupervision } from "../../hooks/useTaskWork";

const STATUS_COLOURS: Record<SupervisionNotice["status"], string> = {
  issued: "orange",
  replied: "blue",
  closed: "green",
};

/** The task's supervision notices (督办): number, unit, reason, due, status, the reply, the instance to act on. */
export function SupervisionCard({ taskId, onIssue }: { taskId: string; onIssue?: () => void }) {
  const { t, pick } = useI18n();
  const notices = useTaskSupervision(taskId);
  return (
    <Card
      size="small"
      className="rd-card"
      title={t("plan.supervision.title")}
      extra={
        onIssue && (
          <Button size="small" danger icon={<AlertOutlined />} onClick={onIssue}>
            {t("plan.supervision.issue")}
          </Button>
        )
      }
    >
      <ProblemAlert error={notices.error} onRetry={() => void notices.refetch()} />
      {notices.isPending ? (
        <Skeleton active paragraph={{ rows: 2 }} />
      ) : !notices.data?.length ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t("plan.supervision.none")} />
      ) : (
        <List<SupervisionNotice>
          size="small"
          dataSource={notices.data}
          renderItem={(n) => (
            <List.Item
              key={n.id}
              style={{ paddingInline: 0 }}
              extra={
                n.instanceId ? (
                  <Link to={`/console/workflow/${n.instanceId}`}>{t("plan.openInstance")}</Link>
                ) : null
              }
            >
              <div style={{ minWidth: 0 }}>
                <div>
                  <Typography.Text strong className="rd-mono">
                    {n.number}
                  </Typography.Text>{" "}
                  <Tag color={STATUS_COLOURS[n.status]}>{pick(n.statusLabel)}</Tag>
                  {n.overdue && <Tag color="red">{t("plan.supervision.overdue")}</Tag>}
                  {n.late && <Tag color="red">{t("plan.supervision.late")}</Tag>}
                </div>
                <Typography.Text type="secondary" className="rd-small">
                  {t("plan.supervision.to", { unit: pick(n.unit.name), due: n.responseDue })}
                </Typography.Text>
                <Typography.Paragraph style={{ margin: "4px 0" }}>{n.reason}</Typography.Paragraph>
                {n.reply && (
                  <Typography.Paragraph type="secondary" className="rd-small" style={{ margin: 0 }}>
                    {t("plan.supervision.reply", {
                      at: n.repliedAt ? formatDateTime(n.repliedAt) : "",
                      reply: n.reply,
                    })}
                  </Typography.Paragraph>
                )}
              </div>
            </List.Item>
          )}
        />
      )}
    </Card>
  );
}
