import { Col, Empty, Flex, Result, Row, Skeleton } from "antd";
import { Link, useParams } from "react-router";
import { hasCode } from "../../../../app/api/problem";
import { useAuth } from "../../../../app/auth/AuthProvider";
import { PageHeader } from "../../../../app/components/PageHeader";
import { ProblemAlert } from "../../../../app/components/ProblemAlert";
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
  if (query.isPending)
    return (
      <>
        <PageHeader
          title={<Skeleton.Input active size="small" />}
          documentTitle={t("cultivation.round.documentTitle")}
          breadcrumbs={crumbs}
        />
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
      </>
    );
  if (query.error) {
    if (hasCode(query.error, "not_found"))
      return (
        <Result
          status="404"
          title={<h1 className="rd-result-title">{t("cultivation.round.notFound")}</h1>}
          subTitle={query.error.detail}
          extra={<Link to="/console/cultivation/selection">{t("menu.cultivationSelection")}</Link>}
        />
      );
    return (
      <>
        <PageHeader title={t("cultivation.round.documentTitle")} breadcrumbs={crumbs} />
        <ProblemAlert error={query.error} onRetry={() => void query.refetch()} />
      </>
    );
  }
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
