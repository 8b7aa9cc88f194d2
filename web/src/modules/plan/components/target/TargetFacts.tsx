import type { TargetProgress } from "@rdcity/common";
import { Card, Descriptions, Typography } from "antd";
import { useI18n } from "../../../../app/i18n/I18nProvider";
import type { MessageKey } from "../../../../app/i18n/zh-CN";
import {
  formatMeasure,
  formatPeriod,
  formatRate,
  formatShare,
  formatTargetValue,
  isPercentUnit,
} from "../planFormat";
import { SourceInfo } from "../SourceList";
import { StatusTag } from "../StatusTag";
import { latestText } from "../TargetCard";
import { windowOf } from "../windowTarget";

/** On what the ratio rests: a baseline or the target alone (levels); levels or yearly rates (growth). */
const BASIS: Record<string, MessageKey> = {
  baseline: "plan.basis.baseline",
  target_only: "plan.basis.target_only",
  levels: "plan.basis.levels",
  reported_rates: "plan.basis.reported_rates",
  partial_rates: "plan.basis.partial_rates",
};

/** The target's figures: status, latest, target, baseline, ratio, expected value, gap, CAGR, the series used. */
export function TargetFacts({ target: t }: { target: TargetProgress }) {
  const { t: tr, lang, pick } = useI18n();
  // The expected value and the gap of a growth target are levels (the required path's), not rates.
  const level = { ...t, kind: "level" as const };
  const growthInLevels = t.kind === "growth" && !isPercentUnit(t.unit);
  const span = windowOf(t);
  const items = [
    { key: "status", label: tr("plan.fact.status"), children: <StatusTag status={t.status} /> },
    {
      key: "latest",
      label: tr("plan.fact.latest"),
      children: (
        <span>
          {t.kind === "milestone"
            ? t.achievedOn
              ? tr("plan.card.achievedOn", { date: t.achievedOn })
              : tr("plan.card.notYet")
            : span
              ? tr("plan.fact.increase", {
                  value: latestText(t, lang),
                  year: span.from + 1,
                  total: latestText(t, lang),
                })
              : latestText(t, lang)}
          {t.latestPeriod && (
            <Typography.Text type="secondary"> · {formatPeriod(t.latestPeriod, lang)}</Typography.Text>
          )}
          <SourceInfo sources={t.sources} label={tr("plan.source.of", { name: pick(t.indicatorName) })} />
        </span>
      ),
    },
    {
      key: "target",
      label: tr("plan.fact.target"),
      children:
        t.kind === "milestone"
          ? tr("plan.fact.milestoneTarget", { year: t.year })
          : tr("plan.fact.targetValue", { value: formatTargetValue(t, lang), year: t.year }),
    },
    ...(!span && (t.baselineValue !== null || t.baselineYear !== null)
      ? [
          {
            key: "baseline",
            label: tr("plan.fact.baseline"),
            children:
              t.baselineValue !== null
                ? tr("plan.fact.baselineValue", {
                    value: formatMeasure(
                      t.baselineValue,
                      growthInLevels || t.kind !== "growth" ? level : t,
                      lang,
                    ),
                    year: t.baselineYear ?? "—",
                  })
                : String(t.baselineYear),
          },
        ]
      : []),
    { key: "ratio", label: tr("plan.fact.ratio"), children: formatShare(t.ratio, lang) },
    ...(t.kind === "growth" ? [{ key: "cagr", label: tr("plan.fact.cagr"), children: cagrText() }] : []),
    ...(t.expected !== null
      ? [
          {
            key: "expected",
            label: tr("plan.fact.expected"),
            children: formatMeasure(t.expected, level, lang),
          },
        ]
      : []),
    ...(t.gap !== null
      ? [
          {
            key: "gap",
            label: tr("plan.fact.gap"),
            children:
              t.gap > 0
                ? formatMeasure(t.gap, level, lang)
                : tr("plan.fact.exceeded", { value: formatMeasure(-t.gap, level, lang) }),
          },
        ]
      : []),
    ...(t.basis && BASIS[t.basis]
      ? [{ key: "basis", label: tr("plan.fact.basis"), children: tr(BASIS[t.basis] as MessageKey) }]
      : []),
    {
      key: "series",
      label: tr("plan.fact.series"),
      children: tr(t.authoritative === "computed" ? "plan.series.computed" : "plan.series.reported"),
    },
  ];
  function cagrText() {
    if (t.cagr === null) return "—";
    return tr("plan.fact.cagrValue", {
      value: formatRate(t.cagr, lang),
      target: formatRate(t.targetValue, lang),
    });
  }
  return (
    <Card size="small" className="rd-card" title={tr("plan.fact.title")}>
      <Descriptions size="small" column={1} items={items} styles={{ label: { width: 120 } }} />
    </Card>
  );
}
