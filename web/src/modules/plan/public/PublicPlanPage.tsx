import { PROGRESS_STATUSES } from "@rdcity/common";
import { useQuery } from "@tanstack/react-query";
import { Badge, Card, Col, Empty, Flex, Row, Skeleton, Typography } from "antd";
import { ProblemAlert } from "../../../app/components/ProblemAlert";
import { useI18n } from "../../../app/i18n/I18nProvider";
import { PublicLayout } from "../../../app/layout/PublicLayout";
import { fetchPublicPlan, type PublicTarget, publicPlanKey } from "../api/publicPlan";
import { HowComputed } from "../components/HowComputed";
import { STATUS_HEX, statusName } from "../components/planFormat";
import { TargetCard } from "../components/TargetCard";

const RULES = ["statuses", "level", "growth", "milestone", "forecast"];

function TargetGrid({ items, fromYear }: { items: PublicTarget[]; fromYear?: number }) {
  return (
    <Row gutter={[16, 16]}>
      {items.map((target) => (
        <Col key={target.code} xs={24} sm={12} lg={8} xxl={6}>
          <TargetCard target={target} fromYear={fromYear} />
        </Col>
      ))}
    </Row>
  );
}

/**
 * 规划进展 for citizens (no sign-in): every target with its status, trend and sources, and how progress is
 * computed, in words. Public fields only, from the public API.
 */
export function PublicPlanPage() {
  const { t, lang, pick } = useI18n();
  const query = useQuery({
    queryKey: publicPlanKey(),
    queryFn: ({ signal }) => fetchPublicPlan(undefined, signal),
  });
  const data = query.data;
  // The public plan names no base year: the plans count from the year before they were issued.
  const fromYear = data ? Number(data.plan.issuedOn.slice(0, 4)) - 1 : undefined;
  const headline = data?.items.filter((x) => !x.section.startsWith("三")) ?? [];
  const tasks = data?.items.filter((x) => x.section.startsWith("三")) ?? [];
  const counts = PROGRESS_STATUSES.map((s) => ({
    s,
    n: data?.items.filter((x) => x.status === s).length ?? 0,
  }));
  return (
    <PublicLayout
      title={t("plan.public.title")}
      brand={t("plan.public.brand")}
      home="/public/plan"
      footer={t("plan.public.footer")}
      signIn={t("public.signIn")}
    >
      <header className="rd-page-header">
        <Typography.Title level={1} className="rd-page-title">
          {t("plan.public.title")}
        </Typography.Title>
        <Typography.Paragraph type="secondary" style={{ margin: "4px 0 0" }}>
          {data
            ? t("plan.public.subTitle", {
                title: pick(data.plan.title),
                issued: data.plan.issuedOn,
                asOf: data.asOf,
              })
            : t("plan.public.intro")}
        </Typography.Paragraph>
      </header>
      <ProblemAlert error={query.error} onRetry={() => void query.refetch()} />
      {query.isPending ? (
        <Row gutter={[16, 16]}>
          {Array.from({ length: 6 }, (_, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: placeholders have no identity
            <Col key={i} xs={24} sm={12} lg={8}>
              <Card size="small" className="rd-card">
                <Skeleton active paragraph={{ rows: 4 }} />
              </Card>
            </Col>
          ))}
        </Row>
      ) : data ? (
        <Flex vertical gap={16}>
          <Card size="small" className="rd-card">
            <Flex wrap gap={16} align="center" role="group" aria-label={t("plan.counts.targets")}>
              <Typography.Text strong>
                {t("plan.counts.targetsTotal", { count: data.items.length })}
              </Typography.Text>
              {counts.map(({ s, n }) => (
                <span key={s}>
                  <Badge color={STATUS_HEX[s]} text={`${statusName(s, lang)} ${n}`} />
                </span>
              ))}
            </Flex>
          </Card>
          {data.items.length === 0 ? (
            <Card size="small" className="rd-card">
              <Empty description={t("plan.dashboard.noTargets")} />
            </Card>
          ) : (
            <>
              <section aria-labelledby="plan-public-goals">
                <Typography.Title level={2} id="plan-public-goals" style={{ fontSize: 18 }}>
                  {t("plan.public.goals")}
                </Typography.Title>
                <TargetGrid items={headline} fromYear={fromYear} />
              </section>
              {tasks.length > 0 && (
                <section aria-labelledby="plan-public-tasks">
                  <Typography.Title level={2} id="plan-public-tasks" style={{ fontSize: 18 }}>
                    {t("plan.public.taskTargets")}
                  </Typography.Title>
                  <TargetGrid items={tasks} fromYear={fromYear} />
                </section>
              )}
            </>
          )}
          <HowComputed rules={data.rules} keys={RULES} />
        </Flex>
      ) : null}
    </PublicLayout>
  );
}
