import { formatDateTime, type WorkflowTaskDto } from "@rdcity/common";
import { useQuery } from "@tanstack/react-query";
import { Button, Card, Empty, Flex, Table, Tag, Typography } from "antd";
import { Link, useNavigate } from "react-router";
import { PageHeader } from "../../../app/components/PageHeader";
import { ProblemAlert } from "../../../app/components/ProblemAlert";
import { useI18n } from "../../../app/i18n/I18nProvider";
import { useLabels } from "../../../app/i18n/labels";
import { fetchTasks, workflowKeys } from "../api/workflow";
import { isOverdue, pickLabel, subjectTitle } from "../components/workflowText";
import { instancePath } from "../processes/registry";

/** Where a task is done: an expert's review on the score sheet, everything else on the instance page. */
export const taskLink = (task: WorkflowTaskDto) =>
  task.kind === "review" && task.assignmentId
    ? `/console/reviews/${task.assignmentId}`
    : instancePath(task.instance);

const dueTime = (task: WorkflowTaskDto) =>
  task.instance.dueAt ? new Date(task.instance.dueAt).getTime() : Number.POSITIVE_INFINITY;

/** 我的待办: what waits on me, earliest due first, late ones in red. */
export function TaskListPage() {
  const { t, lang } = useI18n();
  const labels = useLabels();
  const navigate = useNavigate();
  const query = useQuery({ queryKey: workflowKeys.tasks(), queryFn: ({ signal }) => fetchTasks(signal) });
  const tasks = [...(query.data ?? [])].sort((a, b) => dueTime(a) - dueTime(b));
  return (
    <>
      <PageHeader title={t("workflow.tasks.title")} subTitle={t("workflow.tasks.subTitle")} />
      <Card size="small" className="rd-card">
        {query.data && tasks.length > 0 && (
          <Typography.Text strong style={{ display: "block", marginBottom: 12 }}>
            {t("workflow.tasks.count", { count: tasks.length })}
          </Typography.Text>
        )}
        <ProblemAlert error={query.error} onRetry={() => void query.refetch()} />
        <Table<WorkflowTaskDto>
          aria-label={t("workflow.tasks.title")}
          rowKey={(task) => `${task.kind}-${task.assignmentId ?? task.instance.id}`}
          dataSource={tasks}
          loading={query.isFetching}
          pagination={tasks.length > 50 ? { pageSize: 50, showSizeChanger: false } : false}
          scroll={{ x: "max-content" }}
          size="middle"
          locale={{
            emptyText: query.isPending ? (
              <div style={{ height: 120 }} />
            ) : (
              <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t("workflow.tasks.empty")} />
            ),
          }}
          columns={[
            {
              key: "due",
              title: t("workflow.tasks.col.due"),
              render: (_, task) => {
                const late = isOverdue(task.instance.dueAt, task.instance.closedAt);
                if (!task.instance.dueAt)
                  return <Typography.Text type="secondary">{t("workflow.tasks.noDue")}</Typography.Text>;
                return (
                  <Flex vertical gap={2}>
                    <Typography.Text type={late ? "danger" : undefined} strong={late} className="rd-nowrap">
                      {formatDateTime(task.instance.dueAt)}
                    </Typography.Text>
                    {late && (
                      <Tag color="red" style={{ alignSelf: "flex-start" }}>
                        {t("workflow.tasks.overdue")}
                      </Tag>
                    )}
                  </Flex>
                );
              },
            },
            {
              key: "subject",
              title: t("workflow.tasks.col.subject"),
              render: (_, task) => (
                <Flex vertical gap={2} style={{ minWidth: 220, maxWidth: 420 }}>
                  <Link to={taskLink(task)}>{subjectTitle(task.instance, lang)}</Link>
                  <Typography.Text type="secondary" className="rd-small">
                    {pickLabel(task.instance.process.label, lang)}
                  </Typography.Text>
                </Flex>
              ),
            },
            {
              key: "todo",
              title: t("workflow.tasks.col.todo"),
              render: (_, task) =>
                task.kind === "review" ? (
                  <Tag color="purple">{t("workflow.tasks.review")}</Tag>
                ) : (
                  <Flex gap={4} wrap>
                    <Tag>{pickLabel(task.instance.stateLabel, lang)}</Tag>
                    {task.actionLabels.map((l) => (
                      <Tag color="blue" key={l.zh}>
                        {pickLabel(l, lang)}
                      </Tag>
                    ))}
                  </Flex>
                ),
            },
            {
              key: "applicant",
              title: t("workflow.tasks.col.applicant"),
              render: (_, task) => (
                <span style={{ display: "inline-block", minWidth: 160, maxWidth: 320 }}>
                  {task.instance.ownerName ?? "—"}
                </span>
              ),
            },
            {
              key: "area",
              title: t("workflow.tasks.col.area"),
              render: (_, task) => (
                <span className="rd-nowrap">{labels.district(task.instance.areaCode)}</span>
              ),
            },
            {
              key: "open",
              title: t("common.actions"),
              render: (_, task) => (
                <Button
                  size="small"
                  type={task.kind === "review" ? "primary" : "default"}
                  onClick={() => navigate(taskLink(task))}
                  aria-label={`${task.kind === "review" ? t("workflow.tasks.score") : t("workflow.tasks.open")} ${subjectTitle(task.instance, lang)}`}
                >
                  {task.kind === "review" ? t("workflow.tasks.score") : t("workflow.tasks.open")}
                </Button>
              ),
            },
          ]}
        />
      </Card>
    </>
  );
}
