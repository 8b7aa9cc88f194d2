import { FormOutlined } from "@ant-design/icons";
import { formatDateTime } from "@rdcity/common";
import { Button, Card, Empty, List, Progress, Skeleton, Tag, Typography } from "antd";
import { Link } from "react-router";
import { ProblemAlert } from "../../../../app/components/ProblemAlert";
import { useI18n } from "../../../../app/i18n/I18nProvider";
import type { ProgressReport } from "../../api/planWrites";
import { useTaskReports } from "../../hooks/useTaskWork";
import { formatPeriod } from "../planFormat";

const STATUS_COLOURS: Record<ProgressReport["status"], string> = {
  draft: "default",
  submitted: "blue",
  returned: "orange",
  accepted: "green",
};

/** The task's quarterly progress reports (a unit sees its own), newest first, each opening its workflow instance. */
export function ReportsCard({ taskId, onFile }: { taskId: string; onFile?: () => void }) {
  const { t, lang, pick } = useI18n();
  const reports = useTaskReports(taskId);
  const sorted = [...(reports.data ?? [])].sort(
    (a, b) => b.period.localeCompare(a.period) || a.unit.code.localeCompare(b.unit.code),
  );
  return (
    <Card
      size="small"
      className="rd-card"
      title={t("plan.reports.title")}
      extra={
        onFile && (
          <Button type="primary" size="small" icon={<FormOutlined />} onClick={onFile}>
            {t("plan.reports.file")}
          </Button>
        )
      }
    >
      <ProblemAlert error={reports.error} onRetry={() => void reports.refetch()} />
      {reports.isPending ? (
        <Skeleton active paragraph={{ rows: 2 }} />
      ) : sorted.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t("plan.reports.none")} />
      ) : (
        <List<ProgressReport>
          size="small"
          dataSource={sorted}
          renderItem={(r) => (
            <List.Item
              key={r.id}
              style={{ paddingInline: 0, alignItems: "flex-start" }}
              extra={
                r.instanceId ? (
                  <Link to={`/console/workflow/${r.instanceId}`}>{t("plan.openInstance")}</Link>
                ) : null
              }
            >
              <div style={{ minWidth: 0, flex: 1 }}>
                <div>
                  <Typography.Text strong>{formatPeriod(r.period, lang)}</Typography.Text>
                  <Typography.Text type="secondary"> · {pick(r.unit.name)}</Typography.Text>{" "}
                  <Tag color={STATUS_COLOURS[r.status]}>{pick(r.statusLabel)}</Tag>
                  {r.late && <Tag color="red">{t("plan.reports.late")}</Tag>}
                </div>
                <Progress
                  percent={r.percent}
                  size="small"
                  style={{ maxWidth: 260, margin: "2px 0" }}
                  aria-label={t("plan.reports.percentOf", { period: formatPeriod(r.period, lang) })}
                />
                <Typography.Paragraph
                  style={{ margin: "2px 0" }}
                  ellipsis={{ rows: 2, expandable: "collapsible" }}
                >
                  {r.summary}
                </Typography.Paragraph>
                <Typography.Text type="secondary" className="rd-small">
                  {r.submittedAt
                    ? t("plan.reports.dueSubmitted", { due: r.due, at: formatDateTime(r.submittedAt) })
                    : t("plan.reports.dueOn", { due: r.due })}
                </Typography.Text>
              </div>
            </List.Item>
          )}
        />
      )}
    </Card>
  );
}
