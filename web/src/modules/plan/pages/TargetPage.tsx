import { CloudUploadOutlined, EditOutlined, PlusOutlined } from "@ant-design/icons";
import { formatDate, type Indicator, type Observation, type TargetProgress } from "@rdcity/common";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { App, Button, Col, Flex, Row, Skeleton, Tag } from "antd";
import { useState } from "react";
import { useNavigate, useParams } from "react-router";
import { useAuth } from "../../../app/auth/AuthProvider";
import { PageHeader } from "../../../app/components/PageHeader";
import { recordStates } from "../../../app/components/RecordStates";
import { useI18n } from "../../../app/i18n/I18nProvider";
import { planKeys } from "../api/plan";
import { verifyObservation } from "../api/planWrites";
import { ChangesCard } from "../components/ChangesCard";
import { HowComputed } from "../components/HowComputed";
import type { Measure } from "../components/planFormat";
import { StatusTag } from "../components/StatusTag";
import { ForecastCard } from "../components/target/ForecastCard";
import { GrowthTable } from "../components/target/GrowthTable";
import { ObservationHistory } from "../components/target/ObservationHistory";
import { ObservationModal } from "../components/target/ObservationModal";
import { PlannedVsAdjusted } from "../components/target/PlannedVsAdjusted";
import { TargetAlerts } from "../components/target/TargetAlerts";
import { TargetChangeModal } from "../components/target/TargetChangeModal";
import { TargetCharts } from "../components/target/TargetCharts";
import { TargetFacts } from "../components/target/TargetFacts";
import { VersionsCard } from "../components/VersionsCard";
import { useIndicators, usePlans, useTarget } from "../hooks/usePlanQueries";
import { usePlanView, viewQuery } from "../hooks/usePlanView";

/** How a figure of an indicator is written: rates as percentages, levels in the indicator's unit. */
function measureFor(indicators: Indicator[] | undefined, target: TargetProgress) {
  return (code: string): Measure => {
    const ind = indicators?.find((i) => i.code === code);
    if (ind)
      return { kind: ind.kind === "growth" ? "growth" : "level", decimals: ind.decimals, unit: ind.unit };
    return {
      kind: target.kind === "growth" ? "growth" : "level",
      decimals: target.decimals,
      unit: target.unit,
    };
  };
}

/** Today in Asia/Shanghai (the server evaluates as of today unless told otherwise). */
const today = () => formatDate(new Date());

/** The rules a target's explanation names: its own, the bands of the statuses, the forecast. */
const ruleKeys = (t: TargetProgress) => [t.rule, "statuses", ...(t.kind === "milestone" ? [] : ["forecast"])];

/**
 * One target: status and figures, forecast, charts, alerts, how it is computed, every figure with its source and
 * vintage, as planned beside as adjusted, versions; the city adds and verifies figures and requests changes.
 */
export function TargetPage() {
  const { code = "" } = useParams();
  const { t, pick } = useI18n();
  const { can } = useAuth();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const { view } = usePlanView();
  const query = useTarget(code, view);
  const indicators = useIndicators();
  const plans = usePlans();
  const plan = plans.data?.find((p) => p.code === view.plan) ?? plans.data?.[0];
  const [modal, setModal] = useState<"observation" | "change" | null>(null);
  const verify = useMutation({
    mutationFn: (o: Observation) => verifyObservation(o.id),
    onSuccess: () => {
      void message.success(t("plan.review.verifiedOk"));
      void queryClient.invalidateQueries({ queryKey: planKeys.all });
    },
    onError: (e) => void message.error(e instanceof Error ? e.message : String(e)),
  });
  const dashboardLink = `/console/plan${viewQuery(view, ["plan", "asOf", "as"])}`;
  const crumbs = [{ title: t("menu.plan") }, { title: t("menu.planDashboard"), to: dashboardLink }];

  if (!query.data)
    return recordStates({
      query,
      documentTitle: t("plan.target.documentTitle"),
      breadcrumbs: crumbs,
      notFound: {
        title: t("plan.target.notFound"),
        backTo: dashboardLink,
        backLabel: t("menu.planDashboard"),
      },
      skeleton: (
        <Row gutter={[16, 16]}>
          <Col xs={24} xl={16}>
            <Skeleton active paragraph={{ rows: 10 }} />
          </Col>
          <Col xs={24} xl={8}>
            <Skeleton active paragraph={{ rows: 8 }} />
          </Col>
        </Row>
      ),
    });

  const { current, planned, observations, versions, rules } = query.data;
  const name = pick(current.indicatorName);
  const manage = can("plan.manage");
  const codes = [...new Set([current.indicatorCode, ...observations.map((o) => o.indicatorCode)])];
  return (
    <>
      <PageHeader
        title={name}
        subTitle={pick(current.text)}
        breadcrumbs={[...crumbs, { title: name }]}
        tags={
          <>
            <StatusTag status={current.status} />
            <Tag>{t("plan.target.section", { section: current.section })}</Tag>
            {current.taskCode && <Tag>{t("plan.target.ofTask", { code: current.taskCode })}</Tag>}
            {current.adjusted && <Tag color="purple">{t("plan.target.adjusted")}</Tag>}
          </>
        }
        extra={
          manage && (
            <>
              <Button type="primary" icon={<PlusOutlined />} onClick={() => setModal("observation")}>
                {t("plan.observation.add")}
              </Button>
              <Button icon={<CloudUploadOutlined />} onClick={() => navigate("/console/plan/import")}>
                {t("plan.import.button")}
              </Button>
              <Button icon={<EditOutlined />} onClick={() => setModal("change")}>
                {t("plan.change.request")}
              </Button>
            </>
          )
        }
      />
      <TargetAlerts target={current} />
      <Row gutter={[16, 16]} style={{ opacity: query.isPlaceholderData ? 0.6 : 1 }}>
        <Col xs={24} xl={16}>
          <TargetCharts
            target={current}
            observations={observations}
            indicators={indicators.data}
            fromYear={plan?.baseYear}
            asOf={view.asOf ?? today()}
          />
        </Col>
        <Col xs={24} xl={8}>
          <Flex vertical gap={16}>
            <TargetFacts target={current} />
            <ForecastCard
              target={current}
              levelUnit={
                current.kind === "growth"
                  ? indicators.data?.find(
                      (i) =>
                        i.code !== current.indicatorCode && codes.includes(i.code) && i.kind !== "growth",
                    )?.unit
                  : undefined
              }
            />
          </Flex>
        </Col>
        {current.kind === "growth" && (
          <Col xs={24} xl={16}>
            <GrowthTable target={current} />
          </Col>
        )}
        <Col xs={24}>
          <HowComputed rules={rules} keys={ruleKeys(current)} />
        </Col>
        <Col xs={24}>
          <ObservationHistory
            observations={observations}
            indicators={indicators.data}
            measureOf={measureFor(indicators.data, current)}
            onVerify={manage ? (o) => verify.mutate(o) : undefined}
            verifying={verify.isPending ? (verify.variables?.id ?? null) : null}
          />
        </Col>
        {planned && (
          <Col xs={24} xl={12}>
            <PlannedVsAdjusted planned={planned} current={current} />
          </Col>
        )}
        <Col xs={24} xl={12}>
          <VersionsCard recordType="target" versions={versions} />
        </Col>
        <Col xs={24} xl={12}>
          <ChangesCard recordType="target" code={current.code} />
        </Col>
      </Row>
      {manage && indicators.data && (
        <ObservationModal
          open={modal === "observation"}
          onClose={() => setModal(null)}
          indicators={indicators.data}
          codes={codes}
          defaultCode={current.indicatorCode}
        />
      )}
      {manage && (
        <TargetChangeModal
          target={current}
          plan={view.plan}
          open={modal === "change"}
          onClose={() => setModal(null)}
        />
      )}
    </>
  );
}
