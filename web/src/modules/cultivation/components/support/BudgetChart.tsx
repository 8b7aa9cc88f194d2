import ReactEChartsCore from "echarts-for-react/esm/core";
import { useMemo } from "react";
import { useI18n } from "../../../../app/i18n/I18nProvider";
import { echarts, escapeHtml } from "./echarts";
import { formatMoney } from "./money";

export interface MoneyBar {
  name: string;
  value: number;
  colour: string;
}

/**
 * Amounts side by side as horizontal bars in 万元 (a scheme's total, its budget, the fund's room …), each with its
 * figure at the end; the text alternative lists them.
 */
export function BudgetChart({ bars, label }: { bars: MoneyBar[]; label: string }) {
  const { t, lang } = useI18n();
  const unit = t("cultivation.unit");
  const option = useMemo(() => {
    const names = bars.map((b) => b.name).reverse();
    return {
      animation: false,
      grid: { left: 8, right: 96, top: 8, bottom: 24, containLabel: true },
      tooltip: {
        trigger: "item",
        formatter: (p: { name: string; value: number }) =>
          `${escapeHtml(p.name)}：${escapeHtml(formatMoney(p.value, lang))} ${escapeHtml(unit)}`,
      },
      xAxis: {
        type: "value",
        axisLabel: {
          formatter: (v: number) => new Intl.NumberFormat(lang, { maximumFractionDigits: 0 }).format(v),
        },
        splitLine: { lineStyle: { color: "#eef0f3" } },
      },
      yAxis: { type: "category", data: names, axisLabel: { color: "#374151" }, axisTick: { show: false } },
      series: [
        {
          type: "bar",
          barMaxWidth: 26,
          data: [...bars].reverse().map((b) => ({ value: b.value, itemStyle: { color: b.colour } })),
          label: {
            show: true,
            position: "right",
            color: "#1f2937",
            formatter: (p: { value: number }) => formatMoney(p.value, lang),
          },
        },
      ],
    };
  }, [bars, lang, unit]);
  const summary = bars
    .map((b) => `${b.name} ${formatMoney(b.value, lang)} ${unit}`)
    .join(t("common.listSeparator"));
  return (
    <div role="img" aria-label={`${label}${t("common.listSeparator")}${summary}`}>
      <div className="rd-small" style={{ color: "#6b7280", textAlign: "right" }} aria-hidden="true">
        {t("cultivation.unitNote")}
      </div>
      <ReactEChartsCore
        echarts={echarts}
        option={option}
        notMerge
        opts={{ renderer: "svg" }}
        style={{ height: 48 + bars.length * 40, width: "100%" }}
        aria-hidden="true"
      />
    </div>
  );
}
