import { Card, Table, Tag, Typography } from "antd";
import { useI18n } from "../../../../app/i18n/I18nProvider";
import type { TaskMilestone } from "../../api/plan";
import { emptyText } from "../emptyText";

/** The task's milestones with their due dates; one passed undone is flagged overdue. */
export function MilestonesCard({ milestones }: { milestones: TaskMilestone[] }) {
  const { t, pick } = useI18n();
  return (
    <Card size="small" className="rd-card" title={t("plan.milestones.title")}>
      <Table<TaskMilestone>
        size="small"
        rowKey="id"
        pagination={false}
        dataSource={milestones}
        locale={emptyText(t("plan.milestones.none"))}
        columns={[
          { key: "title", title: t("plan.milestones.milestone"), render: (_, m) => pick(m.title) },
          {
            key: "due",
            title: t("plan.col.due"),
            width: 120,
            render: (_, m) => <span className="rd-nowrap">{m.dueOn}</span>,
          },
          {
            key: "state",
            title: t("plan.col.status"),
            width: 170,
            render: (_, m) =>
              m.doneOn ? (
                <Tag color="green">{t("plan.milestones.doneOn", { date: m.doneOn })}</Tag>
              ) : m.overdue ? (
                <Tag color="red">{t("plan.milestones.overdue")}</Tag>
              ) : (
                <Typography.Text type="secondary">{t("plan.milestones.open")}</Typography.Text>
              ),
          },
        ]}
      />
    </Card>
  );
}
