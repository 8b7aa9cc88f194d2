import type { EvaluationDistribution, EvaluationGrade } from "@rdcity/common";
import ReactEChartsCore from "echarts-for-react/esm/core";
import { useMemo } from "react";
import { useI18n } from "../../../../../app/i18n/I18nProvider";
import { GRADE_HEX } from "../gradeStyle";
import { echarts } from "./echarts";

const AXIS = "#595959";
const BAND = "#5b7fd6";

/**
 * The round's results by grade (one bar per grade in its colour, its count and share above it), or by 10-point
 * score band (a histogram).
 */
export function GradeChart({
  distribution,
  by,
  height = 280,
}: {
  distribution: EvaluationDistribution;
  by: "grade" | "band";
  height?: number;
}) {
  const { t, pick, lang } = useI18n();
  const total = distribution.total || 1;
  const bars = useMemo<{ name: string; count: number; grade: EvaluationGrade | null }[]>(
    () =>
      by === "grade"
        ? distribution.byGrade.map((g) => ({
            name: pick(g.name),
            count: g.count,
            grade: g.grade,
          }))
        : distribution.scoreBands.map((b) => ({
            name: `${b.from}–${b.to}`,
            count: b.count,
            grade: null,
          })),
    [by, distribution, pick],
  );
  const option = useMemo(() => {
    const withShare = (n: number) =>
      t("cultivation.evaluation.chart.countShare", {
        count: n,
        share: new Intl.NumberFormat(lang, { style: "percent", maximumFractionDigits: 1 }).format(n / total),
      });
    return {
      animation: false,
      grid: { left: 8, right: 16, top: 28, bottom: by === "band" ? 28 : 8, containLabel: true },
      tooltip: {
        trigger: "axis",
        axisPointer: { type: "shadow" },
        valueFormatter: (v: number) => withShare(v),
      },
      xAxis: {
        type: "category",
        data: bars.map((b) => b.name),
        name: by === "band" ? t("cultivation.evaluation.chart.scoreAxis") : undefined,
        nameLocation: "middle",
        nameGap: by === "band" ? 44 : 28,
        axisLabel: { color: AXIS, interval: 0, rotate: by === "band" ? 40 : 0 },
        axisTick: { alignWithLabel: true },
      },
      yAxis: {
        type: "value",
        minInterval: 1,
        axisLabel: { color: AXIS },
        splitLine: { lineStyle: { color: "#f0f0f0" } },
      },
      series: [
        {
          type: "bar",
          name: t("cultivation.evaluation.chart.platforms"),
          barMaxWidth: by === "grade" ? 56 : 36,
          // Bands may straddle a threshold: they keep one neutral colour, grades their own.
          data: bars.map((b) => ({
            value: b.count,
            itemStyle: { color: b.grade ? GRADE_HEX[b.grade] : BAND },
          })),
          label: {
            show: true,
            position: "top",
            color: "#262626",
            formatter: (p: { value: number }) => (by === "grade" ? withShare(p.value) : `${p.value}`),
          },
        },
      ],
    };
  }, [bars, by, t, lang, total]);
  const summary = bars.map((b) => `${b.name} ${b.count}`).join(t("common.listSeparator"));
  return (
    <div
      role="img"
      aria-label={`${by === "grade" ? t("cultivation.evaluation.chart.byGrade") : t("cultivation.evaluation.chart.byBand")}${t("common.listSeparator")}${summary}`}
    >
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
