import type { TargetProgress } from "@rdcity/common";
import { Card, Descriptions, Progress, Typography } from "antd";
import { useI18n } from "../../../../app/i18n/I18nProvider";
import type { MessageKey } from "../../../../app/i18n/zh-CN";
import { formatMeasure, formatShare } from "../planFormat";

const WHY_NOT: Record<string, MessageKey> = {
  fewer_than_3_points: "plan.forecast.why.fewer_than_3_points",
  no_baseline: "plan.forecast.why.no_baseline",
  target_year_passed: "plan.forecast.why.target_year_passed",
  non_positive_values: "plan.forecast.why.non_positive_values",
  milestone: "plan.forecast.why.milestone",
};

/** The forecast at the target year: trend value, 80 % interval, probability of meeting the target — or why none. */
export function ForecastCard({
  target: t,
  levelUnit,
}: {
  target: TargetProgress;
  levelUnit?: { zh: string; en: string };
}) {
  const { t: tr, lang } = useI18n();
  const f = t.forecast;
  // A forecast is made on levels: a growth target's forecast is the level its required path reaches.
  const level = { ...t, kind: "level" as const, unit: levelUnit ?? t.unit };
  return (
    <Card size="small" className="rd-card" title={tr("plan.forecast.title", { year: t.year })}>
      {f ? (
        <Descriptions
          size="small"
          column={1}
          styles={{ label: { width: 120 } }}
          items={[
            { key: "value", label: tr("plan.forecast.value"), children: formatMeasure(f.value, level, lang) },
            {
              key: "interval",
              label: tr("plan.forecast.interval"),
              children: `${formatMeasure(f.low, level, lang)} – ${formatMeasure(f.high, level, lang)}`,
            },
            {
              key: "probability",
              label: tr("plan.forecast.probability"),
              children: (
                <Progress
                  percent={Math.round(f.probability * 100)}
                  size="small"
                  format={() => formatShare(f.probability, lang)}
                  strokeColor={f.probability >= 0.5 ? "#389e0d" : "#d46b08"}
                  aria-label={tr("plan.forecast.probability")}
                />
              ),
            },
            {
              key: "method",
              label: tr("plan.forecast.method"),
              children: tr(f.method === "log_linear" ? "plan.forecast.logLinear" : "plan.forecast.linear", {
                points: f.points,
              }),
            },
          ]}
        />
      ) : (
        <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
          {tr("plan.forecast.none")}
          {t.forecastUnavailable && WHY_NOT[t.forecastUnavailable]
            ? tr(WHY_NOT[t.forecastUnavailable] as MessageKey)
            : (t.forecastUnavailable ?? "")}
        </Typography.Paragraph>
      )}
    </Card>
  );
}
