import type { ProgressStatus, TargetProgress } from "@rdcity/common";
import { Card, Col, Empty, Flex, Row, Skeleton } from "antd";
import { useState } from "react";
import { PageHeader } from "../../../app/components/PageHeader";
import { ProblemAlert } from "../../../app/components/ProblemAlert";
import { useI18n } from "../../../app/i18n/I18nProvider";
import { DashboardControls } from "../components/dashboard/DashboardControls";
import { DistrictsCard } from "../components/dashboard/DistrictsCard";
import { OverdueCard } from "../components/dashboard/OverdueCard";
import { ProjectsCard } from "../components/dashboard/ProjectsCard";
import { StatusCounts } from "../components/dashboard/StatusCounts";
import { SubTargetsTable } from "../components/dashboard/SubTargetsTable";
import { TargetCard } from "../components/TargetCard";
import { useDashboard, usePlans } from "../hooks/usePlanQueries";
import { usePlanView, viewQuery } from "../hooks/usePlanView";

/** §二 holds the plan's headline targets; the tasks' sub-targets sit under §三. */
const isHeadline = (t: TargetProgress) => !t.section.startsWith("三");

function DashboardSkeleton() {
  return (
    <Flex vertical gap={16}>
      <Card size="small" className="rd-card">
        <Skeleton.Button active block />
      </Card>
      <Row gutter={[16, 16]}>
        {Array.from({ length: 8 }, (_, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: placeholders have no identity
          <Col key={i} xs={24} sm={12} lg={8} xxl={6}>
            <Card size="small" className="rd-card">
              <Skeleton active paragraph={{ rows: 4 }} />
            </Card>
          </Col>
        ))}
      </Row>
    </Flex>
  );
}

/**
 * 领导驾驶舱: the plan's targets with their status and trend, the tasks' sub-targets, the projects' roll-up, the
 * overdue tasks and the districts, on one screen, as of a chosen day and as planned or as adjusted.
 */
export function PlanDashboardPage() {
  const { t, pick } = useI18n();
  const { view, update } = usePlanView();
  const plans = usePlans();
  const dashboard = useDashboard(view);
  const [status, setStatus] = useState<ProgressStatus | null>(null);
  const data = dashboard.data;
  const plan = data?.plan ?? plans.data?.find((p) => p.code === view.plan) ?? plans.data?.[0];
  const issuedYear = plan?.issuedOn.slice(0, 4) ?? "2023";
  const targetLink = (code: string) => `/console/plan/targets/${encodeURIComponent(code)}${viewQuery(view)}`;
  const taskLink = (id: string) =>
    `/console/plan/tasks/${encodeURIComponent(id)}${viewQuery(view, ["plan"])}`;
  const taskListLink = (q: string) => {
    const base = viewQuery(view, ["plan"]);
    return `/console/plan/tasks${base ? `${base}&${q}` : `?${q}`}`;
  };
  const headline = (data?.targets ?? []).filter(isHeadline);
  const shown = status ? headline.filter((x) => x.status === status) : headline;
  const subTargets = (data?.targets ?? []).filter((x) => !isHeadline(x));

  return (
    <>
      <PageHeader
        title={t("plan.dashboard.title")}
        subTitle={
          plan
            ? t("plan.dashboard.subTitle", {
                title: pick(plan.title),
                issuer: pick(plan.issuer),
                date: plan.issuedOn,
              })
            : undefined
        }
        breadcrumbs={[{ title: t("menu.plan") }, { title: t("menu.planDashboard") }]}
        extra={
          <DashboardControls
            plans={plans.data ?? []}
            view={view}
            asOf={view.asOf ?? data?.asOf}
            issuedYear={issuedYear}
            update={update}
          />
        }
      />
      <ProblemAlert error={plans.error} onRetry={() => void plans.refetch()} />
      <ProblemAlert error={dashboard.error} onRetry={() => void dashboard.refetch()} />
      {dashboard.isPending && !dashboard.error ? (
        <DashboardSkeleton />
      ) : data ? (
        <Flex
          vertical
          gap={16}
          style={{ opacity: dashboard.isPlaceholderData ? 0.6 : 1 }}
          aria-busy={dashboard.isFetching}
        >
          <StatusCounts
            counts={data.statusCounts}
            selected={status}
            onSelect={setStatus}
            tasks={{ total: data.taskCount, overdue: data.overdue.length, supervised: data.supervisedTasks }}
          />
          <section aria-labelledby="plan-targets-heading">
            <h2 id="plan-targets-heading" className="rd-visually-hidden">
              {t("plan.dashboard.targets")}
            </h2>
            {shown.length === 0 ? (
              <Card size="small" className="rd-card">
                <Empty
                  description={status ? t("plan.dashboard.noneWithStatus") : t("plan.dashboard.noTargets")}
                />
              </Card>
            ) : (
              <Row gutter={[16, 16]}>
                {shown.map((target) => (
                  <Col key={target.code} xs={24} sm={12} lg={8} xxl={6}>
                    <TargetCard target={target} to={targetLink(target.code)} fromYear={plan?.baseYear} />
                  </Col>
                ))}
              </Row>
            )}
          </section>
          <Card size="small" className="rd-card" title={t("plan.subTargets.title")}>
            <SubTargetsTable targets={subTargets} linkOf={targetLink} />
          </Card>
          <Row gutter={[16, 16]}>
            <Col xs={24} xl={14}>
              <ProjectsCard projects={data.projects} taskLink={taskListLink} />
            </Col>
            <Col xs={24} xl={10}>
              <OverdueCard tasks={data.overdue} taskLink={taskLink} />
            </Col>
          </Row>
          <DistrictsCard districts={data.districts} asOf={data.asOf} />
        </Flex>
      ) : null}
    </>
  );
}
