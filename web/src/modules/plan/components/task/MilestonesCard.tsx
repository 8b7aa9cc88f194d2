import { useMutation, useQueryClient } from "@tanstack/react-query";
import { App, Button, Card, Popconfirm, Table, Tag, Typography } from "antd";
import dayjs from "dayjs";
import type { ApiError } from "../../../../app/api/problem";
import { useI18n } from "../../../../app/i18n/I18nProvider";
import { planKeys, type TaskMilestone } from "../../api/plan";
import { completeMilestone } from "../../api/planWrites";
import { emptyText } from "../emptyText";

/**
 * The task's milestones with their due dates; one passed undone is flagged overdue. The lead unit or the city
 * records a milestone as reached today.
 */
export function MilestonesCard({
  milestones,
  mayComplete,
}: {
  milestones: TaskMilestone[];
  mayComplete: boolean;
}) {
  const { t, pick } = useI18n();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const complete = useMutation<unknown, ApiError, TaskMilestone>({
    mutationFn: (m) =>
      completeMilestone(m.id, { doneOn: dayjs().format("YYYY-MM-DD"), expectedVersion: m.version }),
    onSuccess: () => {
      void message.success(t("plan.milestones.recorded"));
      void queryClient.invalidateQueries({ queryKey: planKeys.all });
    },
    onError: (error) => void message.error(error.detail),
  });
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
            width: 220,
            render: (_, m) =>
              m.doneOn ? (
                <Tag color="green">{t("plan.milestones.doneOn", { date: m.doneOn })}</Tag>
              ) : (
                <span className="rd-nowrap">
                  {m.overdue ? (
                    <Tag color="red">{t("plan.milestones.overdue")}</Tag>
                  ) : (
                    <Typography.Text type="secondary">{t("plan.milestones.open")}</Typography.Text>
                  )}
                  {mayComplete && (
                    <Popconfirm
                      title={t("plan.milestones.confirm", { title: pick(m.title) })}
                      onConfirm={() => complete.mutate(m)}
                    >
                      <Button
                        size="small"
                        type="link"
                        loading={complete.isPending && complete.variables?.id === m.id}
                      >
                        {t("plan.milestones.markDone")}
                      </Button>
                    </Popconfirm>
                  )}
                </span>
              ),
          },
        ]}
      />
    </Card>
  );
}
