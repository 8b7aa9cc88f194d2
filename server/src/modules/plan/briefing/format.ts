import { chineseDate, englishDate, type Lang, type TargetProgress } from "@rdcity/common";

/** The figures of a growth indicator are fractions (0.13 = 13 %): its unit is "%". */
export const isRate = (unit: { zh: string; en: string }) => unit.zh.trim() === "%" || unit.en.trim() === "%";

const QUALIFIERS: Record<string, string> = { gt: ">", ge: "≥", approx: "≈", lt: "<", le: "≤" };

/** A figure in the indicator's unit: 2,600 家 / 13.0% / 3,500,000 people. */
export function formatValue(
  value: number | null,
  t: Pick<TargetProgress, "unit" | "decimals">,
  lang: Lang,
  opts: { unit?: boolean; qualifier?: string | null } = {},
): string {
  if (value == null || !Number.isFinite(value)) return "—";
  const rate = isRate(t.unit);
  const digits = rate ? Math.max(0, t.decimals - 2) : t.decimals;
  const shown = new Intl.NumberFormat(lang, {
    maximumFractionDigits: digits,
    minimumFractionDigits: 0,
  }).format(rate ? value * 100 : value);
  const q = opts.qualifier ? `${QUALIFIERS[opts.qualifier] ?? ""} ` : "";
  if (rate) return `${q}${shown}%`;
  if (opts.unit === false) return `${q}${shown}`;
  return lang === "en-US" ? `${q}${shown} ${t.unit.en}` : `${q}${shown}${t.unit.zh}`;
}

/** The target value, or its range (1–2 家). */
export function formatTarget(t: TargetProgress, lang: Lang): string {
  if (t.targetValueMax == null) return formatValue(t.targetValue, t, lang);
  return `${formatValue(t.targetValue, t, lang, { unit: false })}–${formatValue(t.targetValueMax, t, lang)}`;
}

/**
 * A ratio r as a percentage, as the rules state the bands (95 %, 80 %), cut (never rounded up) to one decimal so
 * that a ratio just under a band's edge never reads as the edge itself.
 */
export const formatRatio = (r: number | null) =>
  r == null || !Number.isFinite(r) ? "—" : `${(Math.floor(r * 1000 + 1e-9) / 10).toFixed(1)}%`;

/** A probability as a whole percentage. */
export const formatPercent = (p: number) => `${Math.round(p * 100)}%`;

export const formatDay = (isoDate: string, lang: Lang) =>
  lang === "en-US" ? englishDate(isoDate) : chineseDate(isoDate);

/** "2024" → 2024年 / 2024. */
export const formatPeriod = (period: string, lang: Lang) =>
  lang === "en-US" || !/^\d{4}$/.test(period) ? period : `${period}年`;

/** YYYY-MM-DD HH:mm in Asia/Shanghai. */
export function shanghaiMinute(at: Date): string {
  const parts = new Intl.DateTimeFormat("sv-SE", {
    timeZone: "Asia/Shanghai",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    hour12: false,
  }).format(at);
  return parts.replace(",", "");
}

/** A parenthesis as each language writes it: （…） after Chinese, " (…)" in English. */
export const paren = (text: string, lang: Lang) => (lang === "en-US" ? ` (${text})` : `（${text}）`);
