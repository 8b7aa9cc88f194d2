import type { EvaluationResult } from "@rdcity/common";
import { Card, Col, Empty, Flex, Row, Skeleton, Table, Typography } from "antd";
import { Link } from "react-router";
import { useAuth } from "../../../app/auth/AuthProvider";
import { ProblemAlert } from "../../../app/components/ProblemAlert";
import { useI18n } from "../../../app/i18n/I18nProvider";
import { ScoreTrendChart } from "../effectiveness/components/charts/ScoreTrendChart";
import { FollowupLinks } from "../effectiveness/components/FollowupLinks";
import { GradeTag } from "../effectiveness/components/GradeTag";
import { ResultParts } from "../effectiveness/components/ResultParts";
import { formatScore } from "../effectiveness/components/scoreFormat";
import { usePlatformEvaluations } from "../effectiveness/hooks/useEvaluations";

/**
 * A platform's evaluation results over the rounds: the trend of its score and grade, and each round's result
 * (peer group, scores, grade, rank, follow-ups) opening to its indicators. A host organisation sees its own
 * platforms' results of published rounds only (the server decides).
 */
export function EvaluationHistoryCard({ platformId }: { platformId: string }) {
  const { t, pick, lang } = useI18n();
  const { can } = useAuth();
  const query = usePlatformEvaluations(platformId);
  const items = [...(query.data ?? [])].sort((a, b) => b.year - a.year);
  const title = t("cultivation.evaluation.history.title");
  if (query.isPending)
    return (
      <Card size="small" className="rd-card" title={title}>
        <Skeleton active paragraph={{ rows: 5 }} />
      </Card>
    );
  return (
    <Card size="small" className="rd-card" title={title}>
      <ProblemAlert error={query.error} onRetry={() => void query.refetch()} />
      {items.length === 0 && !query.error ? (
        <Empty
          image={Empty.PRESENTED_IMAGE_SIMPLE}
          description={
            can("cultivation.read")
              ? t("cultivation.evaluation.history.empty")
              : t("cultivation.evaluation.history.emptyHost")
          }
        />
      ) : (
        <Row gutter={[16, 16]}>
          <Col xs={24} lg={9}>
            <Typography.Text strong>{t("cultivation.evaluation.history.trend")}</Typography.Text>
            <ScoreTrendChart results={items} />
          </Col>
          <Col xs={24} lg={15}>
            <Table<EvaluationResult>
              size="small"
              rowKey="id"
              pagination={false}
              dataSource={items}
              scroll={{ x: 640 }}
              aria-label={title}
              expandable={{
                expandedRowRender: (r) => <ResultParts result={r} framework={null} />,
                columnTitle: (
                  <span className="rd-visually-hidden">{t("cultivation.evaluation.results.expand")}</span>
                ),
              }}
              columns={[
                {
                  key: "round",
                  title: t("cultivation.evaluation.rounds.col.title"),
                  render: (_, r) => (
                    <Flex vertical>
                      {can("cultivation.read") ? (
                        <Link to={`/console/cultivation/evaluations/${r.roundId}`}>{r.roundTitle}</Link>
                      ) : (
                        r.roundTitle
                      )}
                      <Typography.Text type="secondary" className="rd-small">
                        {pick(r.peerGroupName)}
                      </Typography.Text>
                    </Flex>
                  ),
                },
                {
                  key: "score",
                  title: t("cultivation.evaluation.col.score"),
                  align: "right",
                  render: (_, r) => (
                    <>
                      <strong>{formatScore(r.score, lang)}</strong>
                      {r.expertScore !== null && (
                        <div className="rd-small">
                          {t("cultivation.evaluation.history.scoreParts", {
                            data: formatScore(r.dataScore, lang),
                            expert: formatScore(r.expertScore, lang),
                          })}
                        </div>
                      )}
                    </>
                  ),
                },
                {
                  key: "grade",
                  title: t("cultivation.evaluation.col.grade"),
                  render: (_, r) => (
                    <Flex vertical gap={2} align="start">
                      <GradeTag grade={r.grade} />
                      {r.reason && (
                        <Typography.Text type="danger" className="rd-small">
                          {pick(r.reason)}
                        </Typography.Text>
                      )}
                    </Flex>
                  ),
                },
                {
                  key: "rank",
                  title: t("cultivation.evaluation.col.rank"),
                  align: "right",
                  render: (_, r) =>
                    r.rankInGroup === null
                      ? t("cultivation.evaluation.col.unranked")
                      : t("cultivation.evaluation.col.rankOf", { rank: r.rankInGroup, peers: r.peers }),
                },
                {
                  key: "followups",
                  title: t("cultivation.evaluation.col.followups"),
                  render: (_, r) => <FollowupLinks followups={r.followups} compact />,
                },
              ]}
            />
          </Col>
        </Row>
      )}
    </Card>
  );
}
