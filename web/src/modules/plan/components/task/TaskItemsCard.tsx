import type { TaskSummary } from "@rdcity/common";
import { Card, Empty, List, Progress, Tag, Typography } from "antd";
import { Link } from "react-router";
import { useI18n } from "../../../../app/i18n/I18nProvider";
import type { Label } from "../../api/plan";

/** The task's items (sub-tasks) with their progress, and the targets set under it, each linking to its page. */
export function TaskItemsCard({
  items,
  targets,
  taskLink,
  targetLink,
}: {
  items: TaskSummary[];
  targets: { code: string; text: Label }[];
  taskLink: (id: string) => string;
  targetLink: (code: string) => string;
}) {
  const { t, pick } = useI18n();
  return (
    <>
      <Card size="small" className="rd-card" title={t("plan.items.title", { count: items.length })}>
        {items.length === 0 ? (
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t("plan.items.none")} />
        ) : (
          <List<TaskSummary>
            size="small"
            dataSource={items}
            renderItem={(item) => (
              <List.Item
                key={item.id}
                style={{ paddingInline: 0 }}
                extra={
                  <Progress
                    percent={item.progressPercent}
                    size="small"
                    style={{ width: 140 }}
                    aria-label={t("plan.task.progressOf", { code: item.code })}
                  />
                }
              >
                <span>
                  <span className="rd-mono" style={{ marginInlineEnd: 6 }}>
                    {item.code}
                  </span>
                  <Link to={taskLink(item.id)}>{pick(item.title)}</Link>
                  {item.overdue && (
                    <Tag color="red" style={{ marginInlineStart: 6 }}>
                      {t("plan.overdue.tag")}
                    </Tag>
                  )}
                </span>
              </List.Item>
            )}
          />
        )}
      </Card>
      <Card size="small" className="rd-card" title={t("plan.task.targets")}>
        {targets.length === 0 ? (
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t("plan.task.noTargets")} />
        ) : (
          <List
            size="small"
            dataSource={targets}
            renderItem={(target) => (
              <List.Item key={target.code} style={{ paddingInline: 0 }}>
                <Link to={targetLink(target.code)}>
                  <Typography.Text style={{ color: "inherit" }}>{pick(target.text)}</Typography.Text>
                </Link>
              </List.Item>
            )}
          />
        )}
      </Card>
    </>
  );
}
