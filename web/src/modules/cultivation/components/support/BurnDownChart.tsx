import { type FundBurnDown, formatDate, type Lang } from "@rdcity/common";
import ReactEChartsCore from "echarts-for-react/esm/core";
import { useMemo } from "react";
import { useI18n } from "../../../../app/i18n/I18nProvider";
import { echarts, escapeHtml } from "./echarts";
import { formatMoney, moneyNumber } from "./money";
import { MONEY_COLOURS } from "./supportFormat";

/** 2026-03 → 2026年3月 / Mar 2026. */
function monthName(month: string, lang: Lang): string {
  const [y, mm] = month.split("-");
  return lang === "en-US"
    ? new Intl.DateTimeFormat("en-US", { month: "short", year: "numeric", timeZone: "UTC" }).format(
        new Date(Date.UTC(Number(y), Number(mm) - 1, 1)),
      )
    : `${y}年${Number(mm)}月`;
}

interface Param {
  dataIndex: number;
}

/**
 * The fund year's burn-down: paid per month (bars), paid to date (line) against the budget (dashed line); the
 * tooltip adds what remains. The text alternative lists paid to date by month.
 */
export function BurnDownChart({ data }: { data: FundBurnDown }) {
  const { t, lang } = useI18n();
  const unit = t("cultivation.unit");
  const names = useMemo(
    () => ({
      paid: t("cultivation.burn.paid"),
      toDate: t("cultivation.burn.toDate"),
      budget: t("cultivation.burn.budget"),
      remaining: t("cultivation.burn.remaining"),
    }),
    [t],
  );
  const option = useMemo(() => {
    const budget = moneyNumber(data.budget);
    // Months still to come have nothing paid to date yet: the line stops at this month.
    const thisMonth = formatDate(new Date()).slice(0, 7);
    const months = data.months;
    const money = (v: number) => `${formatMoney(v, lang)} ${unit}`;
    return {
      animation: false,
      color: [MONEY_COLOURS.paid, MONEY_COLOURS.toDate, MONEY_COLOURS.budget],
      grid: { left: 8, right: 24, top: 40, bottom: 8, containLabel: true },
      legend: { top: 0, data: [names.paid, names.toDate, names.budget] },
      tooltip: {
        trigger: "axis",
        formatter: (params: Param | Param[]) => {
          const i = (Array.isArray(params) ? params[0] : params)?.dataIndex ?? 0;
          const m = months[i];
          if (!m) return "";
          return [
            `<b>${escapeHtml(monthName(m.month, lang))}</b>`,
            `${escapeHtml(names.paid)}：${escapeHtml(money(moneyNumber(m.paid)))}`,
            `${escapeHtml(names.toDate)}：${escapeHtml(money(moneyNumber(m.paidToDate)))}`,
            `${escapeHtml(names.remaining)}：${escapeHtml(money(moneyNumber(m.remaining)))}`,
          ].join("<br/>");
        },
      },
      xAxis: {
        type: "category",
        data: months.map((m) => monthName(m.month, lang)),
        axisTick: { alignWithLabel: true },
      },
      yAxis: {
        type: "value",
        name: unit,
        axisLabel: {
          formatter: (v: number) => new Intl.NumberFormat(lang, { maximumFractionDigits: 0 }).format(v),
        },
        splitLine: { lineStyle: { color: "#eef0f3" } },
      },
      series: [
        { name: names.paid, type: "bar", barMaxWidth: 28, data: months.map((m) => moneyNumber(m.paid)) },
        {
          name: names.toDate,
          type: "line",
          symbolSize: 6,
          lineStyle: { width: 2.5 },
          data: months.map((m) => (m.month > thisMonth ? null : moneyNumber(m.paidToDate))),
        },
        {
          name: names.budget,
          type: "line",
          symbol: "none",
          lineStyle: { type: "dashed", width: 2 },
          data: months.map(() => budget),
        },
      ],
    };
  }, [data, lang, unit, names]);
  const summary = data.months
    .map((m) => `${monthName(m.month, lang)} ${formatMoney(m.paidToDate, lang)}`)
    .join(t("common.listSeparator"));
  return (
    <div
      role="img"
      aria-label={t("cultivation.burn.summary", {
        budget: formatMoney(data.budget, lang),
        list: summary || "—",
      })}
    >
      <ReactEChartsCore
        echarts={echarts}
        option={option}
        notMerge
        opts={{ renderer: "svg" }}
        style={{ height: 340, width: "100%" }}
        aria-hidden="true"
      />
    </div>
  );
}
