import { EVALUATION_GRADE_NAMES, EVALUATION_GRADES, type EvaluationRound } from "@rdcity/common";
import { Card, Col, Row, Statistic } from "antd";
import { useI18n } from "../../../../app/i18n/I18nProvider";
import { useEvaluationDistribution, useEvaluationFollowups } from "../hooks/useEvaluations";
import { GRADE_TEXT } from "./gradeStyle";

/**
 * The round in figures: platforms evaluated, each grade with its share, expert reviews (open ones), rectifications.
 * They are counted from the distribution and the follow-ups, which are read in the caller's scope (a district its
 * area), so they agree with the charts and the table; the round's own counts stand in while those load.
 */
export function RoundSummary({ round }: { round: EvaluationRound }) {
  const { t, pick, lang } = useI18n();
  const distribution = useEvaluationDistribution(round.id).data;
  const followups = useEvaluationFollowups(round.id).data;
  const c = {
    results: distribution?.total ?? round.counts.results,
    byGrade: distribution
      ? Object.fromEntries(distribution.byGrade.map((g) => [g.grade, g.count]))
      : round.counts.byGrade,
    reviews: followups ? followups.filter((f) => f.kind === "review").length : round.counts.reviews,
    reviewsOpen: followups
      ? followups.filter((f) => f.kind === "review" && (f.status === "open" || f.status === "submitted"))
          .length
      : round.counts.reviewsOpen,
    rectifications: followups
      ? followups.filter((f) => f.kind === "rectification").length
      : round.counts.rectifications,
  };
  const n = (v: number) => new Intl.NumberFormat(lang).format(v);
  const share = (v: number) =>
    new Intl.NumberFormat(lang, { style: "percent", maximumFractionDigits: 1 }).format(v / c.results);
  const col = { flex: "1 1 140px" };
  return (
    <Card size="small" className="rd-card">
      <Row gutter={[16, 12]}>
        <Col {...col}>
          <Statistic title={t("cultivation.evaluation.rounds.col.results")} value={n(c.results)} />
        </Col>
        {EVALUATION_GRADES.map((g) => (
          <Col key={g} {...col}>
            <Statistic
              title={pick(EVALUATION_GRADE_NAMES[g])}
              value={n(c.byGrade[g] ?? 0)}
              suffix={c.results ? <span className="rd-small">{share(c.byGrade[g] ?? 0)}</span> : undefined}
              styles={{ content: { color: GRADE_TEXT[g] } }}
            />
          </Col>
        ))}
        <Col {...col}>
          <Statistic
            title={t("cultivation.evaluation.summary.reviews")}
            value={n(c.reviews)}
            suffix={
              c.reviewsOpen > 0 ? (
                <span className="rd-small">
                  {t("cultivation.evaluation.summary.reviewsOpen", { count: c.reviewsOpen })}
                </span>
              ) : undefined
            }
          />
        </Col>
        <Col {...col}>
          <Statistic title={t("cultivation.evaluation.summary.rectifications")} value={n(c.rectifications)} />
        </Col>
      </Row>
    </Card>
  );
}
