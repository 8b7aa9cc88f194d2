import { EVALUATION_GRADE_NAMES, EVALUATION_GRADES, type EvaluationRound } from "@rdcity/common";
import { Card, Col, Row, Statistic } from "antd";
import { useI18n } from "../../../../app/i18n/I18nProvider";
import { GRADE_TEXT } from "./gradeStyle";

/** The round in figures: platforms evaluated, each grade with its share, expert reviews (open ones), rectifications. */
export function RoundSummary({ round }: { round: EvaluationRound }) {
  const { t, pick, lang } = useI18n();
  const c = round.counts;
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
