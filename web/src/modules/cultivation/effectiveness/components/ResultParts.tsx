import {
  EVALUATION_DIMENSION_NAMES,
  type EvaluationFramework,
  type EvaluationPart,
  type EvaluationResult,
} from "@rdcity/common";
import { Descriptions, Flex, Table, Typography } from "antd";
import { Link } from "react-router";
import { useI18n } from "../../../../app/i18n/I18nProvider";
import type { MessageKey } from "../../../../app/i18n/zh-CN";
import { FollowupLinks } from "./FollowupLinks";
import { indicatorUnit } from "./frameworkText";
import { formatScore, formatShare } from "./scoreFormat";

const MISSING: Record<string, MessageKey> = {
  no_report: "cultivation.evaluation.missing.no_report",
  not_reported: "cultivation.evaluation.missing.not_reported",
  zero_denominator: "cultivation.evaluation.missing.zero_denominator",
  no_previous: "cultivation.evaluation.missing.no_previous",
};

/**
 * One result opened up: each indicator's raw value (or why it is missing), its normalised score within the peer
 * group, weight and points; the dimensions' subtotals, the data, expert and final scores; the review and the
 * other follow-ups with links to their workflow instances.
 */
export function ResultParts({
  result,
  framework,
}: {
  result: EvaluationResult;
  framework: EvaluationFramework | null;
}) {
  const { t, pick, lang } = useI18n();
  const total = result.parts.reduce((s, p) => s + p.weight, 0) || 1;
  const indicator = (key: string) => framework?.indicators.find((i) => i.key === key);
  const dims = Object.entries(result.dimensions) as [keyof typeof EVALUATION_DIMENSION_NAMES, number][];
  return (
    <Flex vertical gap={12} style={{ padding: "4px 0" }}>
      {result.reason && (
        <Typography.Text type="danger">
          {t("cultivation.evaluation.result.reason", { reason: pick(result.reason) })}
        </Typography.Text>
      )}
      <Table<EvaluationPart>
        size="small"
        rowKey="key"
        pagination={false}
        dataSource={result.parts}
        aria-label={t("cultivation.evaluation.result.partsOf", { name: result.platform.name })}
        scroll={{ x: 760 }}
        columns={[
          {
            key: "dimension",
            title: t("cultivation.evaluation.framework.dimension"),
            width: 80,
            render: (_, p) => pick(EVALUATION_DIMENSION_NAMES[p.dimension]),
          },
          {
            key: "indicator",
            title: t("cultivation.evaluation.framework.indicator"),
            render: (_, p) => pick(p.label),
          },
          {
            key: "raw",
            title: t("cultivation.evaluation.result.raw"),
            align: "right",
            render: (_, p) =>
              p.raw === null ? (
                <Typography.Text type="secondary">
                  {p.missing && MISSING[p.missing] ? t(MISSING[p.missing] as MessageKey) : "—"}
                </Typography.Text>
              ) : (
                `${formatScore(p.raw, lang)}${indicatorUnit(indicator(p.key), lang)}`
              ),
          },
          {
            key: "normalised",
            title: t("cultivation.evaluation.result.normalised"),
            align: "right",
            render: (_, p) => formatScore(p.normalised, lang),
          },
          {
            key: "weight",
            title: t("cultivation.evaluation.framework.weight"),
            align: "right",
            render: (_, p) =>
              t("cultivation.evaluation.result.weightShare", {
                weight: p.weight,
                share: formatShare(p.weight / total, lang),
              }),
          },
          {
            key: "points",
            title: t("cultivation.evaluation.result.points"),
            align: "right",
            render: (_, p) => <strong>{formatScore(p.points, lang)}</strong>,
          },
        ]}
      />
      <Descriptions
        size="small"
        column={{ xs: 1, md: 2, xl: 4 }}
        items={[
          ...dims.map(([d, v]) => ({
            key: d,
            label: pick(EVALUATION_DIMENSION_NAMES[d] ?? { zh: d, en: d }),
            children: formatScore(v, lang),
          })),
          {
            key: "data",
            label: t("cultivation.evaluation.col.dataScore"),
            children: formatScore(result.dataScore, lang),
          },
          {
            key: "expert",
            label: t("cultivation.evaluation.col.expertScore"),
            children:
              result.expertScore === null ? (
                t("cultivation.evaluation.result.notReviewed")
              ) : (
                <Flex gap={8} wrap>
                  {formatScore(result.expertScore, lang)}
                  {result.reviewInstanceId && (
                    <Link to={`/console/workflow/${result.reviewInstanceId}`}>
                      {t("cultivation.evaluation.result.openReview")}
                    </Link>
                  )}
                </Flex>
              ),
          },
          {
            key: "final",
            label: t("cultivation.evaluation.col.score"),
            children: <strong>{formatScore(result.score, lang)}</strong>,
          },
          {
            key: "followups",
            label: t("cultivation.evaluation.col.followups"),
            children: <FollowupLinks followups={result.followups} />,
          },
        ]}
      />
    </Flex>
  );
}
