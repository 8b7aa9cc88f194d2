import { formatNumber, type Lang, PROGRESS_STATUS_NAMES, type ProgressStatus } from "@rdcity/common";

type Label = { zh: string; en: string };

/** What it takes to write a target's figures: a growth target speaks in rates, the others in their unit. */
export interface Measure {
  kind: "level" | "growth" | "milestone";
  decimals: number;
  unit: Label;
}

/** Tag colours of the statuses (antd's named palettes keep the text's contrast). */
export const STATUS_COLOURS: Record<ProgressStatus, string> = {
  achieved: "green",
  on_track: "blue",
  at_risk: "orange",
  off_track: "red",
  no_data: "default",
};

/** The same statuses as solid colours (charts, the bar of counts). */
export const STATUS_HEX: Record<ProgressStatus, string> = {
  achieved: "#389e0d",
  on_track: "#1456c8",
  at_risk: "#d46b08",
  off_track: "#cf1322",
  no_data: "#8c8c8c",
};

export const STATUS_ORDER: readonly ProgressStatus[] = [
  "achieved",
  "on_track",
  "at_risk",
  "off_track",
  "no_data",
];

export function statusName(status: string, lang: Lang): string {
  const names = PROGRESS_STATUS_NAMES[status as ProgressStatus];
  if (!names) return status;
  return lang === "en-US" ? names.en : names.zh;
}

/** 0.132 → 13.2% (a rate as a percentage, one decimal at most). */
export function formatRate(value: number | null | undefined, lang: Lang, digits = 1): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return "—";
  return `${new Intl.NumberFormat(lang, { maximumFractionDigits: digits }).format(value * 100)}%`;
}

/** A share as a percentage without decimals (ratios, probabilities). */
export function formatShare(value: number | null | undefined, lang: Lang): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return "—";
  return `${new Intl.NumberFormat(lang, { maximumFractionDigits: 0 }).format(value * 100)}%`;
}

/** The unit written after a number: "家", "%"; in English with a space except for a percent sign. */
export function unitText(unit: Label, lang: Lang): string {
  const text = lang === "en-US" ? unit.en : unit.zh;
  return text ?? "";
}

/** A value in its unit (1.2万家 / 12K enterprises); rates of growth targets as percentages. */
export function formatMeasure(
  value: number | null | undefined,
  m: Measure,
  lang: Lang,
  opts: { unit?: boolean; rate?: boolean } = {},
): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return "—";
  if (opts.rate ?? m.kind === "growth") return formatRate(value, lang);
  // Compact figures (1.2万 / 3.5M) keep their decimals whatever the indicator's precision.
  const number = formatNumber(value, lang, Math.abs(value) >= 10000 ? {} : { digits: m.decimals });
  if (opts.unit === false) return number;
  const unit = unitText(m.unit, lang);
  if (!unit) return number;
  if (unit.startsWith("%") || lang !== "en-US") return `${number}${unit}`;
  return `${number} ${unit}`;
}

/** The target's value, a range when it has a maximum (2–3 家); a milestone is reached, it has no figure. */
export function formatTargetValue(
  t: Measure & { targetValue: number; targetValueMax: number | null },
  lang: Lang,
): string {
  if (t.targetValueMax === null || t.targetValueMax === t.targetValue)
    return formatMeasure(t.targetValue, t, lang);
  const low = formatMeasure(t.targetValue, t, lang, { unit: false });
  return `${low}–${formatMeasure(t.targetValueMax, t, lang)}`;
}

/** A figure's qualifier as the publication wrote it: 超过 / 约 / 不低于 … before the number. */
const QUALIFIERS: Record<string, Label> = {
  gt: { zh: "超过", en: "over" },
  ge: { zh: "不少于", en: "at least" },
  approx: { zh: "约", en: "about" },
  lt: { zh: "不足", en: "under" },
  le: { zh: "不超过", en: "at most" },
};

export function qualifierText(q: string | null | undefined, lang: Lang): string {
  if (!q) return "";
  const label = QUALIFIERS[q];
  if (!label) return q;
  return lang === "en-US" ? label.en : label.zh;
}

/** "超过 8500家" / "over 8,500 enterprises". */
export function withQualifier(text: string, q: string | null | undefined, lang: Lang): string {
  const word = qualifierText(q, lang);
  if (!word) return text;
  return lang === "en-US" ? `${word} ${text}` : `${word}${text}`;
}

/** 2025 → 2025年 / 2025; a quarter 2026Q3 → 2026年第3季度 / Q3 2026. */
export function formatPeriod(period: string | null | undefined, lang: Lang): string {
  if (!period) return "—";
  const quarter = /^(\d{4})Q([1-4])$/.exec(period);
  if (quarter)
    return lang === "en-US" ? `Q${quarter[2]} ${quarter[1]}` : `${quarter[1]}年第${quarter[2]}季度`;
  if (/^\d{4}$/.test(period)) return lang === "en-US" ? period : `${period}年`;
  return period;
}

/** Whether a unit is a percentage (a rate series rather than levels). */
export function isPercentUnit(unit: Label): boolean {
  return unit.zh.includes("%") || unit.en.includes("%");
}
