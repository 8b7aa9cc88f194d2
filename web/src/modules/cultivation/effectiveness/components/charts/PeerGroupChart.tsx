import { EVALUATION_GRADE_NAMES, EVALUATION_GRADES, type EvaluationDistribution } from "@rdcity/common";
import ReactEChartsCore from "echarts-for-react/esm/core";
import { useMemo } from "react";
import { useI18n } from "../../../../../app/i18n/I18nProvider";
import { GRADE_HEX } from "../gradeStyle";
import { echarts } from "./echarts";

type Group = EvaluationDistribution["byPeerGroup"][number];

/** Each peer group as one horizontal bar, stacked by grade (largest group on top). */
export function PeerGroupChart({ groups }: { groups: Group[] }) {
  const { t, pick, lang } = useI18n();
  const names = groups.map((g) => pick(g.name));
  const option = useMemo(
    () => ({
      animation: false,
      legend: { top: 0, left: 0, itemWidth: 14, itemHeight: 10, textStyle: { color: "#262626" } },
      grid: { left: 8, right: 24, top: 32, bottom: 8, containLabel: true },
      tooltip: { trigger: "axis", axisPointer: { type: "shadow" } },
      xAxis: {
        type: "value",
        minInterval: 1,
        axisLabel: { color: "#595959" },
        splitLine: { lineStyle: { color: "#f0f0f0" } },
      },
      yAxis: {
        type: "category",
        inverse: true,
        data: names,
        axisLabel: { color: "#262626", width: lang === "en-US" ? 260 : 200, overflow: "truncate" },
      },
      series: EVALUATION_GRADES.map((grade) => ({
        type: "bar",
        stack: "grades",
        name: pick(EVALUATION_GRADE_NAMES[grade]),
        barMaxWidth: 18,
        itemStyle: { color: GRADE_HEX[grade] },
        emphasis: { focus: "series" },
        data: groups.map((g) => g.byGrade[grade] ?? 0),
      })),
    }),
    [groups, names, pick, lang],
  );
  const sep = t("common.listSeparator");
  const summary = groups
    .map(
      (g) =>
        `${pick(g.name)}: ${EVALUATION_GRADES.map((k) => `${pick(EVALUATION_GRADE_NAMES[k])} ${g.byGrade[k] ?? 0}`).join(", ")}`,
    )
    .join(sep);
  return (
    <div role="img" aria-label={`${t("cultivation.evaluation.chart.byPeerGroup")}${sep}${summary}`}>
      <ReactEChartsCore
        echarts={echarts}
        option={option}
        notMerge
        opts={{ renderer: "svg" }}
        style={{ height: 56 + groups.length * 26, width: "100%" }}
        aria-hidden="true"
      />
    </div>
  );
}
