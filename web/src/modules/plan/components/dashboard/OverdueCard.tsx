import type { TaskSummary } from "@rdcity/common";
import { Card, Empty, List, Tag, Typography } from "antd";
import { Link } from "react-router";
import { useI18n } from "../../../../app/i18n/I18nProvider";
import { OverdueReasons } from "../OverdueReasons";

/** The overdue tasks with why each is overdue, linking to the task. */
export function OverdueCard({ tasks, taskLink }: { tasks: TaskSummary[]; taskLink: (id: string) => string }) {
  const { t, pick } = useI18n();
  return (
    <Card
      size="small"
      className="rd-card"
      title={t("plan.overdue.title", { count: tasks.length })}
      style={{ height: "100%" }}
    >
      {tasks.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t("plan.overdue.none")} />
      ) : (
        <List<TaskSummary>
          size="small"
          dataSource={tasks}
          style={{ maxHeight: 420, overflowY: "auto" }}
          renderItem={(task) => (
            <List.Item key={task.id} style={{ paddingInline: 0 }}>
              <div style={{ width: "100%" }}>
                <Typography.Text strong>
                  <span className="rd-mono" style={{ marginInlineEnd: 6 }}>
                    {task.code}
                  </span>
                  <Link to={taskLink(task.id)}>{pick(task.title)}</Link>
                </Typography.Text>
                {task.openSupervision > 0 && (
                  <Tag color="orange" style={{ marginInlineStart: 8 }}>
                    {t("plan.task.supervisedCount", { count: task.openSupervision })}
                  </Tag>
                )}
                <div className="rd-small" style={{ margin: "2px 0 4px" }}>
                  <Typography.Text type="secondary">
                    {t("plan.task.leadUnit")}
                    {task.lead ? pick(task.lead.name) : "—"}
                  </Typography.Text>
                </div>
                <OverdueReasons reasons={task.overdueReasons} />
              </div>
            </List.Item>
          )}
        />
      )}
    </Card>
  );
}
