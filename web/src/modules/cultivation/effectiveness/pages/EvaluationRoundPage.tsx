import { formatDate } from "@rdcity/common";
import { Alert, Card, Flex, Skeleton, Tabs } from "antd";
import { useParams, useSearchParams } from "react-router";
import { useAuth } from "../../../../app/auth/AuthProvider";
import { PageHeader } from "../../../../app/components/PageHeader";
import { recordStates } from "../../../../app/components/RecordStates";
import { useI18n } from "../../../../app/i18n/I18nProvider";
import { DistributionCards } from "../components/DistributionCards";
import { FollowupsCard } from "../components/FollowupsCard";
import { FrameworkCard } from "../components/FrameworkCard";
import { ResultsCard } from "../components/ResultsCard";
import { RoundActions } from "../components/RoundActions";
import { RoundStatusTag } from "../components/RoundStatusTag";
import { RoundSummary } from "../components/RoundSummary";
import { useEvaluationRound } from "../hooks/useEvaluations";

const TABS = ["results", "followups", "framework"] as const;
type Tab = (typeof TABS)[number];

/**
 * One evaluation round: its status and the city's actions, the figures, the distribution by grade and by peer
 * group, then the results (filtered, each opening to its indicators), the follow-ups and the framework in words.
 */
export function EvaluationRoundPage() {
  const { id = "" } = useParams();
  const { t } = useI18n();
  const { can } = useAuth();
  const query = useEvaluationRound(id);
  const [search, setSearch] = useSearchParams();
  const crumbs = [
    { title: t("menu.cultivation") },
    { title: t("cultivation.evaluation.menu.rounds"), to: "/console/cultivation/evaluations" },
  ];
  if (!query.data)
    return recordStates({
      query,
      documentTitle: t("cultivation.evaluation.menu.rounds"),
      breadcrumbs: crumbs,
      notFound: {
        title: t("cultivation.evaluation.round.notFound"),
        backTo: "/console/cultivation/evaluations",
        backLabel: t("cultivation.evaluation.rounds.title"),
      },
      skeleton: (
        <Flex vertical gap={16}>
          <Card size="small" className="rd-card">
            <Skeleton active paragraph={{ rows: 2 }} />
          </Card>
          <Card size="small" className="rd-card">
            <Skeleton active paragraph={{ rows: 8 }} />
          </Card>
        </Flex>
      ),
    });
  const { data: round, etag } = query.data;
  const raw = search.get("tab");
  const tab: Tab = TABS.includes(raw as Tab) ? (raw as Tab) : "results";
  const setTab = (key: string) =>
    setSearch(
      (prev) => {
        const next = new URLSearchParams(prev);
        if (key === "results") next.delete("tab");
        else next.set("tab", key);
        return next;
      },
      { replace: true },
    );
  const progress = round.publishedAt
    ? t("cultivation.evaluation.rounds.publishedOn", { date: formatDate(round.publishedAt) })
    : round.scoredAt
      ? t("cultivation.evaluation.rounds.scoredOn", { date: formatDate(round.scoredAt) })
      : t("cultivation.evaluation.rounds.createdOn", { date: formatDate(round.createdAt) });
  return (
    <>
      <PageHeader
        title={round.title}
        breadcrumbs={[...crumbs, { title: round.title }]}
        tags={<RoundStatusTag round={round} />}
        subTitle={t("cultivation.evaluation.round.subTitle", { year: round.year, progress })}
        extra={can("cultivation.manage") && <RoundActions round={round} etag={etag} />}
      />
      <Flex vertical gap={16}>
        {round.status === "draft" ? (
          <Alert
            type="info"
            showIcon
            title={t("cultivation.evaluation.round.draftTitle")}
            description={t("cultivation.evaluation.round.draftText", { year: round.year })}
          />
        ) : (
          <RoundSummary round={round} />
        )}
        {round.status !== "draft" && <DistributionCards round={round} />}
        <Tabs
          activeKey={tab}
          onChange={setTab}
          items={[
            {
              key: "results",
              label: t("cultivation.evaluation.round.tab.results"),
              children: <ResultsCard round={round} mayManage={can("cultivation.manage")} />,
            },
            {
              key: "followups",
              label: t("cultivation.evaluation.round.tab.followups"),
              children: <FollowupsCard roundId={round.id} />,
            },
            {
              key: "framework",
              label: t("cultivation.evaluation.round.tab.framework"),
              children: <FrameworkCard round={round} />,
            },
          ]}
        />
      </Flex>
    </>
  );
}
