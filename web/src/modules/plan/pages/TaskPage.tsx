import { EditOutlined } from "@ant-design/icons";
import { Alert, Button, Card, Col, Flex, Row, Tag, Typography } from "antd";
import { useState } from "react";
import { useParams, useSearchParams } from "react-router";
import { PageHeader } from "../../../app/components/PageHeader";
import { recordStates } from "../../../app/components/RecordStates";
import { useI18n } from "../../../app/i18n/I18nProvider";
import { ChangesCard } from "../components/ChangesCard";
import { OverdueReasons } from "../components/OverdueReasons";
import { MilestonesCard } from "../components/task/MilestonesCard";
import { ReportModal } from "../components/task/ReportModal";
import { ReportsCard } from "../components/task/ReportsCard";
import { SupervisionCard } from "../components/task/SupervisionCard";
import { SupervisionModal } from "../components/task/SupervisionModal";
import { TaskChangeModal } from "../components/task/TaskChangeModal";
import { TaskFacts } from "../components/task/TaskFacts";
import { TaskItemsCard } from "../components/task/TaskItemsCard";
import { TASK_STATUS_COLOURS } from "../components/task/taskColumns";
import { VersionsCard } from "../components/VersionsCard";
import { useIndicators, useProjects, useTask, useUnits } from "../hooks/usePlanQueries";
import { useTaskRole } from "../hooks/useTaskRole";
import { useTaskReports } from "../hooks/useTaskWork";

/**
 * One task: its full text, units, due date, milestones, items and sub-targets, versions; the quarterly reports
 * (its units file them), supervision notices (the city issues them) and change requests.
 */
export function TaskPage() {
  const { id = "" } = useParams();
  const [search] = useSearchParams();
  const plan = search.get("plan") ?? undefined;
  const { t, pick } = useI18n();
  const query = useTask(id);
  const projects = useProjects(plan);
  const indicators = useIndicators();
  const role = useTaskRole(query.data);
  const units = useUnits();
  const reports = useTaskReports(id);
  const [modal, setModal] = useState<"report" | "supervision" | "change" | null>(null);
  const suffix = plan ? `?plan=${encodeURIComponent(plan)}` : "";
  const listLink = `/console/plan/tasks${suffix}`;
  const crumbs = [{ title: t("menu.plan") }, { title: t("menu.planTasks"), to: listLink }];

  if (!query.data)
    return recordStates({
      query,
      documentTitle: t("plan.tasks.title"),
      breadcrumbs: crumbs,
      notFound: { title: t("plan.task.notFound"), backTo: listLink, backLabel: t("plan.tasks.title") },
    });

  const task = query.data;
  const title = pick(task.title);
  const project = projects.data?.find((p) => p.code === task.projectCode);
  return (
    <>
      <PageHeader
        title={`${task.code} ${title}`}
        documentTitle={title}
        breadcrumbs={[...crumbs, { title: task.code }]}
        tags={
          <>
            <Tag color={TASK_STATUS_COLOURS[task.status]}>{t(`plan.taskStatus.${task.status}`)}</Tag>
            {task.overdue && <Tag color="red">{t("plan.overdue.tag")}</Tag>}
            {task.openSupervision > 0 && (
              <Tag color="orange">{t("plan.task.supervisedCount", { count: task.openSupervision })}</Tag>
            )}
            {task.demo && <Tag>{t("plan.demo")}</Tag>}
          </>
        }
        extra={
          role.mayRequestChange && (
            <Button icon={<EditOutlined />} onClick={() => setModal("change")}>
              {t("plan.change.request")}
            </Button>
          )
        }
      />
      {task.overdue && (
        <Alert
          type="warning"
          showIcon
          title={t("plan.task.overdueAlert")}
          description={<OverdueReasons reasons={task.overdueReasons} />}
          style={{ marginBottom: 16 }}
        />
      )}
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={16}>
          <Flex vertical gap={16}>
            <Card size="small" className="rd-card" title={t("plan.task.text")}>
              <Typography.Paragraph style={{ margin: 0, whiteSpace: "pre-line", lineHeight: 1.8 }}>
                {pick(task.text)}
              </Typography.Paragraph>
            </Card>
            <MilestonesCard milestones={task.milestones} mayComplete={role.mayCompleteMilestones} />
            <ReportsCard taskId={task.id} onFile={role.mayReport ? () => setModal("report") : undefined} />
            <SupervisionCard
              taskId={task.id}
              onIssue={role.maySupervise ? () => setModal("supervision") : undefined}
            />
          </Flex>
        </Col>
        <Col xs={24} xl={8}>
          <Flex vertical gap={16}>
            <TaskFacts task={task} projectTitle={project ? pick(project.title) : undefined} />
            <TaskItemsCard
              items={task.items}
              targets={task.targets}
              taskLink={(itemId) => `/console/plan/tasks/${itemId}${suffix}`}
              targetLink={(code) => `/console/plan/targets/${encodeURIComponent(code)}${suffix}`}
            />
            <ChangesCard recordType="task" code={task.code} />
            <VersionsCard recordType="task" versions={task.versions} />
          </Flex>
        </Col>
      </Row>
      {role.mayReport && (
        <ReportModal
          task={task}
          indicators={indicators.data}
          filed={(reports.data ?? []).filter((r) => r.unit.id === role.unit?.id).map((r) => r.period)}
          open={modal === "report"}
          onClose={() => setModal(null)}
        />
      )}
      {role.maySupervise && (
        <SupervisionModal task={task} open={modal === "supervision"} onClose={() => setModal(null)} />
      )}
      {role.mayRequestChange && (
        <TaskChangeModal
          task={task}
          units={units.data ?? []}
          plan={plan}
          open={modal === "change"}
          onClose={() => setModal(null)}
        />
      )}
    </>
  );
}
