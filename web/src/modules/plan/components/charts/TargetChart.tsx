import ReactEChartsCore from "echarts-for-react/esm/core";
import { useMemo } from "react";
import { useI18n } from "../../../../app/i18n/I18nProvider";
import type { ChartModel } from "./chartModel";
import { type ChartNames, chartOption, type ValueAxis } from "./chartOption";
import { echarts } from "./echarts";

export function useChartNames(): ChartNames {
  const { t } = useI18n();
  return useMemo(
    () => ({
      observed: t("plan.chart.observed"),
      computed: t("plan.chart.computed"),
      required: t("plan.chart.required"),
      trend: t("plan.chart.trend"),
      band: t("plan.chart.band"),
      target: t("plan.chart.target"),
    }),
    [t],
  );
}

/** The chart's text alternative: the observed figures and the target (the drawing itself is hidden from readers). */
export function chartSummary(
  m: ChartModel,
  names: ChartNames,
  format: (v: number) => string,
  sep: string,
): string {
  const observed = m.years
    .map((y, i) => (m.observed[i] != null ? `${y} ${format(m.observed[i] as number)}` : null))
    .filter(Boolean)
    .join(sep);
  const parts = [`${names.observed}: ${observed || "—"}`];
  if (m.target) parts.push(`${names.target}: ${m.target.year} ${format(m.target.value)}`);
  return parts.join(sep);
}

/**
 * A target's chart: observed series, registry count, required path (dashed), forecast trend and 80 % band
 * (shaded), target marker. `compact` makes it a sparkline without axes or legend.
 */
export function TargetChart({
  model,
  format,
  height,
  compact = false,
  label,
  axis,
}: {
  model: ChartModel;
  format: (value: number) => string;
  height: number;
  compact?: boolean;
  /** What the chart shows, before its summary in the text alternative. */
  label?: string;
  axis?: ValueAxis;
}) {
  const { t } = useI18n();
  const names = useChartNames();
  const option = useMemo(
    () => chartOption(model, names, format, compact, axis),
    [model, names, format, compact, axis],
  );
  const summary = chartSummary(model, names, format, t("common.listSeparator"));
  return (
    <div role="img" aria-label={label ? `${label}${t("common.listSeparator")}${summary}` : summary}>
      <ReactEChartsCore
        echarts={echarts}
        option={option}
        notMerge
        opts={{ renderer: "svg" }}
        style={{ height, width: "100%" }}
        aria-hidden="true"
      />
    </div>
  );
}
