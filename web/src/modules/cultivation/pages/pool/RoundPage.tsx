import { Col, Empty, Flex, Row, Skeleton } from "antd";
import { useParams } from "react-router";
import { useAuth } from "../../../../app/auth/AuthProvider";
import { PageHeader } from "../../../../app/components/PageHeader";
import { recordStates } from "../../../../app/components/RecordStates";
import { useI18n } from "../../../../app/i18n/I18nProvider";
import { CriteriaCard } from "../../components/pool/CriteriaCard";
import { ExclusionsCard } from "../../components/pool/ExclusionsCard";
import { RankingTable } from "../../components/pool/RankingTable";
import { RoundActions } from "../../components/pool/RoundActions";
import { RoundFacts } from "../../components/pool/RoundFacts";
import { RoundStatusTag } from "../../components/pool/RoundStatusTag";
import { WeightsPanel } from "../../components/pool/WeightsPanel";
import { useRound } from "../../hooks/usePoolQueries";

/**
 * A selection round: its facts and criteria in words, the weights to try with the ranking's changes, the ranking
 * with each candidate's reasons, and the platforms left out by reason; the city scores and submits it here.
 */
export function RoundPage() {
  const { id = "" } = useParams();
  const { t } = useI18n();
  const { can } = useAuth();
  const query = useRound(id);
  const crumbs = [
    { title: t("menu.cultivation") },
    { title: t("menu.cultivationSelection"), to: "/console/cultivation/selection" },
  ];
  if (!query.data)
    return recordStates({
      query,
      documentTitle: t("cultivation.round.documentTitle"),
      breadcrumbs: crumbs,
      notFound: {
        title: t("cultivation.round.notFound"),
        backTo: "/console/cultivation/selection",
        backLabel: t("menu.cultivationSelection"),
      },
      skeleton: (
        <Row gutter={[16, 16]}>
          <Col xs={24} xl={9}>
            <Skeleton active paragraph={{ rows: 8 }} />
          </Col>
          <Col xs={24} xl={15}>
            <Skeleton active paragraph={{ rows: 8 }} />
          </Col>
          <Col xs={24}>
            <Skeleton active paragraph={{ rows: 10 }} />
          </Col>
        </Row>
      ),
    });
  const round = query.data;
  const manage = can("cultivation.manage");
  return (
    <>
      <PageHeader
        title={round.title}
        breadcrumbs={[...crumbs, { title: round.title }]}
        tags={<RoundStatusTag round={round} />}
        subTitle={t("cultivation.round.subTitle", {
          year: round.year,
          dataYear: round.dataYear,
          cap: round.cap,
        })}
        extra={<RoundActions round={round} />}
      />
      <Flex vertical gap={16}>
        <Row gutter={[16, 16]}>
          <Col xs={24} xl={9}>
            <RoundFacts round={round} />
          </Col>
          <Col xs={24} xl={15}>
            <CriteriaCard criteria={round.criteria} dataYear={round.dataYear} />
          </Col>
        </Row>
        {round.scoredAt ? (
          <>
            {manage && <WeightsPanel key={round.version} round={round} canSave={round.status === "draft"} />}
            <RankingTable round={round} />
            <ExclusionsCard round={round} />
          </>
        ) : (
          <Empty
            image={Empty.PRESENTED_IMAGE_SIMPLE}
            description={manage ? t("cultivation.round.scoreFirst") : t("cultivation.round.notScored")}
          />
        )}
      </Flex>
    </>
  );
}
