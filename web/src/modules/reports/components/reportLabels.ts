import {
  formatDate,
  type Lang,
  metricLabel,
  PLATFORM_LEVEL_NAMES,
  type PlatformLevel,
  platformTypeByCode,
  REPORT_METRICS,
  REPORT_STATUS_NAMES,
  type ReportMetricKey,
  type ReportStatus,
  reportMetric,
} from "@rdcity/common";
import { useMemo } from "react";
import { useI18n } from "../../../app/i18n/I18nProvider";
import { useLabels } from "../../../app/i18n/labels";

/** Tag colours of the statuses (named palettes: their text keeps the contrast WCAG AA asks for). */
export const REPORT_STATUS_COLOURS: Record<ReportStatus, string> = {
  draft: "default",
  submitted: "blue",
  returned: "orange",
  accepted: "green",
};

/** A figure as people read it: money with two decimals (the text as the server sent it), counts grouped. */
export function formatFigure(metric: string, value: string | number | null | undefined, lang: Lang): string {
  if (value === null || value === undefined || value === "") return "—";
  const money = reportMetric(metric)?.kind === "money";
  const n = Number(value);
  if (!Number.isFinite(n)) return String(value);
  return new Intl.NumberFormat(lang, {
    minimumFractionDigits: money ? 2 : 0,
    maximumFractionDigits: money ? 2 : 0,
  }).format(n);
}

export function formatChange(pct: number | null | undefined, lang: Lang): string {
  if (pct === null || pct === undefined) return "—";
  const text = new Intl.NumberFormat(lang, { maximumFractionDigits: 1, minimumFractionDigits: 1 }).format(
    Math.abs(pct),
  );
  return `${pct > 0 ? "+" : pct < 0 ? "−" : "±"}${text}%`;
}

/** Names of the report code lists and the platform's facts in the current language. */
export function useReportLabels() {
  const { pick, lang } = useI18n();
  const labels = useLabels();
  return useMemo(
    () => ({
      ...labels,
      reportStatus: (code: string) =>
        code in REPORT_STATUS_NAMES ? pick(REPORT_STATUS_NAMES[code as ReportStatus]) : code,
      metric: (key: string) => {
        const m = reportMetric(key);
        return m ? pick(metricLabel(m)) : key;
      },
      /** The metric's name without its unit (for the compact lists of flags). */
      metricName: (key: string) => {
        const m = reportMetric(key);
        return m ? pick({ zh: m.zh, en: m.en }) : key;
      },
      type: (code: string) => {
        const type = platformTypeByCode(code);
        return type ? pick({ zh: type.name, en: type.nameEn }) : code;
      },
      level: (code: string) =>
        code in PLATFORM_LEVEL_NAMES ? pick(PLATFORM_LEVEL_NAMES[code as PlatformLevel]) : code,
      date: (iso: string | null | undefined) => formatDate(iso ?? null),
      figure: (metric: string, value: string | number | null | undefined) =>
        formatFigure(metric, value, lang),
      change: (pct: number | null | undefined) => formatChange(pct, lang),
    }),
    [labels, pick, lang],
  );
}
export type ReportLabels = ReturnType<typeof useReportLabels>;

export const METRIC_KEYS = REPORT_METRICS.map((m) => m.key) as ReportMetricKey[];
