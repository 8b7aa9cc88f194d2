import {
  EVALUATION_DIMENSION_NAMES,
  EVALUATION_DIMENSIONS,
  type EvaluationIndicator,
  type EvaluationRound,
} from "@rdcity/common";
import { Card, Col, Descriptions, Flex, Row, Table, Typography } from "antd";
import { useI18n } from "../../../../app/i18n/I18nProvider";
import { formulaText, frameworkOf, indicatorShares } from "./frameworkText";
import { GradeTag } from "./GradeTag";

interface IndicatorRow extends EvaluationIndicator {
  share: number;
  /** Rows of its dimension when it is the dimension's first, else 0 (the dimension cell spans them). */
  span: number;
  dimensionShare: number;
}

const pct = (v: number, lang: string) =>
  new Intl.NumberFormat(lang, { style: "percent", maximumFractionDigits: 1 }).format(v);

/**
 * A round's framework in words: the indicators by dimension (投入 / 产出 / 效益) with how each is computed, its
 * weight and share; the thresholds, the experts' share, the normalisation and the peer groups; the rules as the
 * server states them.
 */
export function FrameworkCard({ round }: { round: EvaluationRound }) {
  const { t, pick, lang } = useI18n();
  const framework = frameworkOf(round.framework);
  if (!framework) return null;
  const shares = indicatorShares(framework);
  const rows: IndicatorRow[] = EVALUATION_DIMENSIONS.flatMap((d) => {
    const list = framework.indicators.filter((i) => i.dimension === d);
    const dimensionShare = list.reduce((s, i) => s + (shares.get(i.key) ?? 0), 0);
    return list.map((i, n) => ({
      ...i,
      share: shares.get(i.key) ?? 0,
      span: n === 0 ? list.length : 0,
      dimensionShare,
    }));
  });
  const { thresholds: th, expertWeight: w } = round;
  const n = framework.normalisation;
  const rules = lang === "en-US" ? round.rules.en : round.rules.zh;
  return (
    <Flex vertical gap={16}>
      <Card size="small" className="rd-card" title={t("cultivation.evaluation.framework.indicators")}>
        <Table<IndicatorRow>
          size="small"
          rowKey="key"
          pagination={false}
          dataSource={rows}
          scroll={{ x: 760 }}
          aria-label={t("cultivation.evaluation.framework.indicators")}
          columns={[
            {
              key: "dimension",
              title: t("cultivation.evaluation.framework.dimension"),
              width: 130,
              onCell: (r) => ({ rowSpan: r.span }),
              render: (_, r) => (
                <Flex vertical>
                  <Typography.Text strong>{pick(EVALUATION_DIMENSION_NAMES[r.dimension])}</Typography.Text>
                  <Typography.Text type="secondary">{pct(r.dimensionShare, lang)}</Typography.Text>
                </Flex>
              ),
            },
            {
              key: "indicator",
              title: t("cultivation.evaluation.framework.indicator"),
              render: (_, r) => pick(r.label),
            },
            {
              key: "formula",
              title: t("cultivation.evaluation.framework.formula"),
              render: (_, r) => (
                <Flex vertical>
                  <span>{formulaText(r, lang)}</span>
                  {r.direction === "lower_better" && (
                    <Typography.Text type="secondary">
                      {t("cultivation.evaluation.framework.lowerBetter")}
                    </Typography.Text>
                  )}
                </Flex>
              ),
            },
            {
              key: "weight",
              title: t("cultivation.evaluation.framework.weight"),
              align: "right",
              width: 90,
              render: (_, r) => r.weight,
            },
            {
              key: "share",
              title: t("cultivation.evaluation.framework.share"),
              align: "right",
              width: 90,
              render: (_, r) => pct(r.share, lang),
            },
          ]}
        />
      </Card>
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={10}>
          <Card size="small" className="rd-card" title={t("cultivation.evaluation.framework.settings")}>
            <Descriptions
              column={1}
              size="small"
              items={[
                {
                  key: "year",
                  label: t("cultivation.evaluation.framework.year"),
                  children: t("cultivation.evaluation.framework.yearText", { year: round.year }),
                },
                {
                  key: "thresholds",
                  label: t("cultivation.evaluation.framework.thresholds"),
                  children: (
                    <Flex vertical gap={4}>
                      <span>
                        <GradeTag grade="excellent" /> ≥ {th.excellent}
                      </span>
                      <span>
                        <GradeTag grade="good" /> {th.good} – {th.excellent}
                      </span>
                      <span>
                        <GradeTag grade="pass" /> {th.pass} – {th.good}
                      </span>
                      <span>
                        <GradeTag grade="fail" /> &lt; {th.pass}
                      </span>
                    </Flex>
                  ),
                },
                {
                  key: "expert",
                  label: t("cultivation.evaluation.framework.expertWeight"),
                  children: t("cultivation.evaluation.framework.expertText", {
                    data: pct(1 - w, lang),
                    expert: pct(w, lang),
                  }),
                },
                {
                  key: "normalisation",
                  label: t("cultivation.evaluation.framework.normalisation"),
                  children: t("cultivation.evaluation.framework.normalisationText", {
                    lower: n.lowerPercentile,
                    upper: n.upperPercentile,
                    floor: n.floor,
                  }),
                },
                {
                  key: "peers",
                  label: t("cultivation.evaluation.framework.peerGroups"),
                  children: t("cultivation.evaluation.framework.peerGroupsText", {
                    min: framework.peerGroups.minSize,
                  }),
                },
              ]}
            />
          </Card>
        </Col>
        <Col xs={24} xl={14}>
          <Card size="small" className="rd-card" title={t("cultivation.evaluation.framework.rules")}>
            <ol style={{ margin: 0, paddingInlineStart: 20 }}>
              {rules.map((text) => (
                <li key={text} style={{ marginBottom: 8 }}>
                  {text}
                </li>
              ))}
            </ol>
          </Card>
        </Col>
      </Row>
    </Flex>
  );
}
