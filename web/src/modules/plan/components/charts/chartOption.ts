import type { ChartModel } from "./chartModel";

export const CHART_COLOURS = {
  observed: "#1456c8",
  computed: "#389e0d",
  required: "#6b7280",
  trend: "#5b7fd6",
  band: "rgba(20, 86, 200, 0.14)",
  bandLegend: "rgba(20, 86, 200, 0.35)",
  target: "#cf1322",
};

/** The names of the lines in the reader's language. */
export interface ChartNames {
  observed: string;
  computed: string;
  required: string;
  trend: string;
  band: string;
  target: string;
}

interface TooltipParam {
  seriesId?: string;
  seriesName?: string;
  axisValue?: string | number;
  value?: unknown;
  marker?: string;
  dataIndex: number;
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/**
 * One chart of a target: the forecast band (shaded, stacked from its low edge), the trend, the required path
 * (dashed), the observed series, the registry's count, and the target as a marker. `compact` draws a sparkline.
 */
/** The value axis: its labels (numbers without the unit), the unit as its name, whole numbers only for counts. */
export interface ValueAxis {
  format: (value: number) => string;
  name?: string;
  integer?: boolean;
}

export function chartOption(
  m: ChartModel,
  names: ChartNames,
  format: (value: number) => string,
  compact: boolean,
  axis?: ValueAxis,
) {
  const years = m.years.map(String);
  const span = m.high.map((h, i) => {
    const l = m.low[i];
    return h === null || l === null || l === undefined ? null : h - l;
  });
  const hasBand = span.some((v) => v !== null);
  const line = (width: number) => ({ width: compact ? Math.max(1, width - 0.5) : width });
  const tooltipFormatter = (params: TooltipParam | TooltipParam[]) => {
    const list = Array.isArray(params) ? params : [params];
    const first = list[0];
    if (!first) return "";
    const i = first.dataIndex;
    const rows: string[] = [`<b>${escapeHtml(String(first.axisValue ?? m.years[i] ?? ""))}</b>`];
    const add = (label: string, value: number | null | undefined) => {
      if (value === null || value === undefined) return;
      rows.push(`${escapeHtml(label)}：${escapeHtml(format(value))}`);
    };
    add(names.observed, m.observed[i]);
    if (m.computed) add(names.computed, m.computed[i]);
    add(names.required, m.required[i]);
    add(names.trend, m.trend[i]);
    const low = m.low[i];
    const high = m.high[i];
    if (low !== null && low !== undefined && high !== null && high !== undefined)
      rows.push(`${escapeHtml(names.band)}：${escapeHtml(format(low))} – ${escapeHtml(format(high))}`);
    if (m.target && m.target.year === m.years[i]) add(names.target, m.target.value);
    return rows.join("<br/>");
  };

  const series: Record<string, unknown>[] = [];
  if (hasBand) {
    series.push(
      {
        id: "band-low",
        type: "line",
        stack: "band",
        data: m.low,
        symbol: "none",
        lineStyle: { opacity: 0 },
        silent: true,
        tooltip: { show: false },
      },
      {
        id: "band",
        name: names.band,
        type: "line",
        stack: "band",
        data: span,
        symbol: "none",
        lineStyle: { opacity: 0 },
        areaStyle: { color: CHART_COLOURS.band },
        itemStyle: { color: CHART_COLOURS.bandLegend },
        silent: true,
      },
      {
        id: "trend",
        name: names.trend,
        type: "line",
        data: m.trend,
        symbol: "none",
        lineStyle: { ...line(1.5), type: "dotted", color: CHART_COLOURS.trend },
        itemStyle: { color: CHART_COLOURS.trend },
      },
    );
  }
  const hasRequired = m.required.some((v) => v !== null);
  if (hasRequired)
    series.push({
      id: "required",
      name: names.required,
      type: "line",
      data: m.required,
      symbol: "none",
      connectNulls: true,
      lineStyle: { ...line(1.5), type: "dashed", color: CHART_COLOURS.required },
      itemStyle: { color: CHART_COLOURS.required },
    });
  if (m.computed) {
    series.push({
      id: "computed",
      name: names.computed,
      type: "line",
      data: m.computed,
      connectNulls: true,
      symbol: compact ? "none" : "rect",
      symbolSize: 6,
      lineStyle: { ...line(2), color: CHART_COLOURS.computed },
      itemStyle: { color: CHART_COLOURS.computed },
    });
  }
  series.push({
    id: "observed",
    name: names.observed,
    type: "line",
    data: m.observed,
    connectNulls: true,
    symbol: "circle",
    symbolSize: compact ? 4 : 7,
    lineStyle: { ...line(2.5), color: CHART_COLOURS.observed },
    itemStyle: { color: CHART_COLOURS.observed },
  });
  if (m.target) {
    series.push({
      id: "target",
      name: names.target,
      type: "scatter",
      data: m.years.map((y) => (y === m.target?.year ? m.target.value : null)),
      symbol: "diamond",
      symbolSize: compact ? 8 : 12,
      itemStyle: { color: CHART_COLOURS.target },
      label: compact
        ? undefined
        : {
            show: true,
            position: "top",
            // the target sits at the last year: its label runs to the left, inside the chart
            align: "right",
            color: CHART_COLOURS.target,
            fontSize: 12,
            formatter: () => `${names.target} ${m.target ? format(m.target.value) : ""}`,
          },
    });
  }

  const legendOrder = [
    names.observed,
    ...(m.computed ? [names.computed] : []),
    ...(hasRequired ? [names.required] : []),
    ...(hasBand ? [names.trend, names.band] : []),
    ...(m.target ? [names.target] : []),
  ];
  return {
    animation: !compact,
    grid: compact
      ? { left: 8, right: 8, top: 8, bottom: 4, containLabel: false }
      : { left: 8, right: 24, top: axis?.name ? 64 : 48, bottom: 8, containLabel: true },
    legend: compact ? undefined : { top: 0, left: 0, data: legendOrder, textStyle: { fontSize: 12 } },
    tooltip: {
      trigger: "axis",
      confine: true,
      formatter: tooltipFormatter,
      axisPointer: { type: "line" },
    },
    xAxis: {
      type: "category",
      data: years,
      boundaryGap: false,
      show: !compact,
      axisLabel: { color: "#4b5565" },
    },
    yAxis: {
      type: "value",
      show: !compact,
      scale: true,
      name: axis?.name,
      nameTextStyle: { color: "#4b5565", align: "left" },
      minInterval: axis?.integer ? 1 : undefined,
      axisLabel: { color: "#4b5565", formatter: (v: number) => (axis ?? { format }).format(v) },
      splitLine: { lineStyle: { color: "#eef0f3" } },
    },
    series,
  };
}
