import type { Indicator, Observation, TargetProgress } from "@rdcity/common";
import { CITY_CODE, formatNumber } from "@rdcity/common";
import { Card, Empty, Flex, Typography } from "antd";
import { useMemo } from "react";
import { useI18n } from "../../../../app/i18n/I18nProvider";
import { hasPoints, levelModel, rateModel, type YearValue } from "../charts/chartModel";
import type { ValueAxis } from "../charts/chartOption";
import { TargetChart } from "../charts/TargetChart";
import { formatMeasure, formatRate, unitText } from "../planFormat";
import { windowOf } from "../windowTarget";
import { MilestoneCard } from "./MilestoneCard";

/** The latest vintage of each year's city-wide figure of an indicator. */
export function levelsOf(observations: Observation[], code: string): YearValue[] {
  const byYear = new Map<number, number>();
  for (const o of observations) {
    if (o.indicatorCode !== code || o.superseded || o.value === null || o.areaCode !== CITY_CODE) continue;
    if (!/^\d{4}$/.test(o.period)) continue;
    byYear.set(Number(o.period), o.value);
  }
  return [...byYear].sort((a, b) => a[0] - b[0]).map(([year, value]) => ({ year, value }));
}

/**
 * The target's charts: its levels with the registry's count, the required path, the forecast band and the target;
 * for a growth target also each year's growth against the rate it must average.
 */
export function TargetCharts({
  target,
  observations,
  indicators,
  fromYear,
  asOf,
}: {
  target: TargetProgress;
  observations: Observation[];
  indicators: Indicator[] | undefined;
  /** The plan's base year: where the charts' years start. */
  fromYear?: number;
  /** The day the figures are evaluated at. */
  asOf?: string;
}) {
  const { t: tr, lang, pick } = useI18n();
  // A window target is drawn as what was added over its window (the path runs from 0).
  const t = target;
  const own = indicators?.find((i) => i.code === t.indicatorCode);
  // A growth target on a rate indicator: its levels are those of the indicator it is the growth of.
  const levelCode = observations.find((o) => o.indicatorCode !== t.indicatorCode)?.indicatorCode;
  const levelIndicator = levelCode ? indicators?.find((i) => i.code === levelCode) : undefined;
  const seriesAreRates = t.kind === "growth" && (own ? own.kind === "growth" : !!levelCode);
  const levels = useMemo(
    () => (seriesAreRates ? (levelCode ? levelsOf(observations, levelCode) : []) : t.series),
    [seriesAreRates, levelCode, observations, t.series],
  );
  const levelDecimals = seriesAreRates && levelIndicator ? levelIndicator.decimals : t.decimals;
  const levelUnit = seriesAreRates && levelIndicator ? levelIndicator.unit : t.unit;
  const levelChart = useMemo(() => levelModel(t, levels, fromYear), [t, levels, fromYear]);
  const rates = useMemo(
    () =>
      t.kind === "growth"
        ? rateModel(t, t.yearlyGrowth.length ? t.yearlyGrowth : seriesAreRates ? t.series : [], fromYear)
        : null,
    [t, seriesAreRates, fromYear],
  );
  const formatLevel = useMemo(
    () => (v: number) => formatMeasure(v, { kind: "level", decimals: levelDecimals, unit: levelUnit }, lang),
    [levelDecimals, levelUnit, lang],
  );
  const formatRateValue = useMemo(() => (v: number) => formatRate(v, lang), [lang]);
  const levelAxis = useMemo<ValueAxis>(
    () => ({
      format: (v: number) => formatNumber(v, lang, Math.abs(v) >= 10000 ? {} : { digits: levelDecimals }),
      name: unitText(levelUnit, lang),
      integer: levelDecimals === 0,
    }),
    [lang, levelDecimals, levelUnit],
  );
  const span = windowOf(target);
  const levelTitle =
    t.kind === "growth" && seriesAreRates && levelIndicator
      ? tr("plan.chart.levelsOf", { name: pick(levelIndicator.name) })
      : span
        ? tr("plan.chart.increase", { year: span.from + 1 })
        : tr("plan.chart.title");
  if (t.kind === "milestone") return <MilestoneCard target={target} asOf={asOf} />;
  return (
    <Flex vertical gap={16}>
      {rates && (
        <Card size="small" className="rd-card" title={tr("plan.chart.rates")}>
          {hasPoints(rates) ? (
            <TargetChart model={rates} format={formatRateValue} height={260} label={tr("plan.chart.rates")} />
          ) : (
            <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={tr("plan.chart.empty")} />
          )}
        </Card>
      )}
      <Card size="small" className="rd-card" title={levelTitle}>
        {hasPoints(levelChart) ? (
          <TargetChart
            model={levelChart}
            format={formatLevel}
            height={320}
            label={levelTitle}
            axis={levelAxis}
          />
        ) : (
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={tr("plan.chart.empty")} />
        )}
        {t.computedSeries.length > 0 && t.authoritative === "reported" && (
          <Typography.Paragraph type="secondary" className="rd-small" style={{ margin: "8px 0 0" }}>
            {tr("plan.chart.computedNote")}
          </Typography.Paragraph>
        )}
      </Card>
    </Flex>
  );
}
