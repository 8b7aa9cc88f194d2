import type { EvaluationDistribution, EvaluationRound } from "@rdcity/common";
import { Button, Card, Col, Empty, Row, Segmented, Skeleton } from "antd";
import { useState } from "react";
import { ProblemAlert } from "../../../../app/components/ProblemAlert";
import { useI18n } from "../../../../app/i18n/I18nProvider";
import { useEvaluationDistribution } from "../hooks/useEvaluations";
import { GradeChart } from "./charts/GradeChart";
import { PeerGroupChart } from "./charts/PeerGroupChart";

/** Groups shown before "show all" (the largest first). */
const FIRST_GROUPS = 12;

/** The round's distribution: results by grade (or score band) beside the grades within each peer group. */
export function DistributionCards({ round }: { round: EvaluationRound }) {
  const { t } = useI18n();
  const query = useEvaluationDistribution(round.id);
  const [by, setBy] = useState<"grade" | "band">("grade");
  const [all, setAll] = useState(false);
  if (query.error) return <ProblemAlert error={query.error} onRetry={() => void query.refetch()} />;
  const data: EvaluationDistribution | undefined = query.data;
  const empty = data && data.total === 0;
  const groups = data ? (all ? data.byPeerGroup : data.byPeerGroup.slice(0, FIRST_GROUPS)) : [];
  const more = data ? data.byPeerGroup.length - FIRST_GROUPS : 0;
  // The grades' chart as tall as the peer groups' first view, so the two cards line up.
  const height = Math.max(280, 56 + Math.min(FIRST_GROUPS, data?.byPeerGroup.length ?? 0) * 26);
  return (
    <Row gutter={[16, 16]}>
      <Col xs={24} xl={10}>
        <Card
          size="small"
          className="rd-card"
          title={t("cultivation.evaluation.distribution.title")}
          extra={
            <Segmented<"grade" | "band">
              size="small"
              aria-label={t("cultivation.evaluation.distribution.by")}
              value={by}
              onChange={setBy}
              options={[
                { value: "grade", label: t("cultivation.evaluation.distribution.byGrade") },
                { value: "band", label: t("cultivation.evaluation.distribution.byBand") },
              ]}
            />
          }
        >
          {!data ? (
            <Skeleton active paragraph={{ rows: 6 }} />
          ) : empty ? (
            <Empty
              image={Empty.PRESENTED_IMAGE_SIMPLE}
              description={t("cultivation.evaluation.distribution.empty")}
            />
          ) : (
            <GradeChart distribution={data} by={by} height={height} />
          )}
        </Card>
      </Col>
      <Col xs={24} xl={14}>
        <Card
          size="small"
          className="rd-card"
          title={t("cultivation.evaluation.distribution.peerGroups", {
            count: data?.byPeerGroup.length ?? 0,
          })}
          extra={
            more > 0 && (
              <Button size="small" type="link" onClick={() => setAll(!all)} aria-expanded={all}>
                {all
                  ? t("cultivation.evaluation.distribution.fewerGroups", { count: FIRST_GROUPS })
                  : t("cultivation.evaluation.distribution.allGroups", {
                      count: data?.byPeerGroup.length ?? 0,
                    })}
              </Button>
            )
          }
        >
          {!data ? (
            <Skeleton active paragraph={{ rows: 6 }} />
          ) : empty ? (
            <Empty
              image={Empty.PRESENTED_IMAGE_SIMPLE}
              description={t("cultivation.evaluation.distribution.empty")}
            />
          ) : (
            <PeerGroupChart groups={groups} />
          )}
        </Card>
      </Col>
    </Row>
  );
}
