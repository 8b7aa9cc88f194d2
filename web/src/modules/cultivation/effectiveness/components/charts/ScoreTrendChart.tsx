import type { EvaluationResult } from "@rdcity/common";
import ReactEChartsCore from "echarts-for-react/esm/core";
import { useMemo } from "react";
import { useI18n } from "../../../../../app/i18n/I18nProvider";
import { GRADE_HEX, GRADE_TEXT } from "../gradeStyle";
import { formatScore } from "../scoreFormat";
import { echarts } from "./echarts";

/**
 * A platform's scores over the rounds (oldest first): the final score as a line whose points carry the grade's
 * colour and name, and the data score dashed where experts moved it.
 */
export function ScoreTrendChart({ results, height = 260 }: { results: EvaluationResult[]; height?: number }) {
  const { t, pick, lang } = useI18n();
  const items = useMemo(
    () => [...results].sort((a, b) => a.year - b.year || a.roundTitle.localeCompare(b.roundTitle)),
    [results],
  );
  // A year evaluated twice (a second round) reads "2025", "2025 · 2".
  const labels = useMemo(
    () =>
      items.map((r, i) => {
        const n = items.slice(0, i + 1).filter((x) => x.year === r.year).length;
        return n > 1 ? `${r.year} · ${n}` : String(r.year);
      }),
    [items],
  );
  const reviewed = items.some((r) => r.expertScore !== null);
  const option = useMemo(
    () => ({
      animation: false,
      legend: reviewed ? { top: 0, left: 0, textStyle: { color: "#262626" } } : undefined,
      grid: { left: 8, right: 24, top: reviewed ? 36 : 24, bottom: 8, containLabel: true },
      tooltip: {
        trigger: "axis",
        valueFormatter: (v: number) => formatScore(v, lang),
      },
      xAxis: {
        type: "category",
        data: labels,
        axisLabel: { color: "#595959" },
        boundaryGap: items.length < 3,
      },
      yAxis: {
        type: "value",
        min: 0,
        max: 100,
        axisLabel: { color: "#595959" },
        splitLine: { lineStyle: { color: "#f0f0f0" } },
      },
      series: [
        {
          type: "line",
          name: t("cultivation.evaluation.col.score"),
          lineStyle: { color: "#1456c8", width: 2 },
          itemStyle: { color: "#1456c8" },
          symbolSize: 10,
          data: items.map((r) => ({
            value: r.score,
            itemStyle: { color: GRADE_HEX[r.grade] },
            label: {
              show: true,
              position: "top",
              color: GRADE_TEXT[r.grade],
              fontWeight: "bold",
              formatter: `${formatScore(r.score, lang, 1)} ${pick(r.gradeName)}`,
            },
          })),
        },
        ...(reviewed
          ? [
              {
                type: "line",
                name: t("cultivation.evaluation.col.dataScore"),
                lineStyle: { color: "#6b7280", type: "dashed", width: 1.5 },
                itemStyle: { color: "#6b7280" },
                symbolSize: 6,
                data: items.map((r) => r.dataScore),
              },
            ]
          : []),
      ],
    }),
    [items, labels, reviewed, t, pick, lang],
  );
  const summary = items
    .map((r, i) => `${labels[i]} ${r.roundTitle} ${formatScore(r.score, lang)} ${pick(r.gradeName)}`)
    .join(t("common.listSeparator"));
  return (
    <div
      role="img"
      aria-label={`${t("cultivation.evaluation.history.trend")}${t("common.listSeparator")}${summary}`}
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
