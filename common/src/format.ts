import type { Lang } from "./i18n/lang.js";

const TZ = "Asia/Shanghai";

/** YYYY-MM-DD in Asia/Shanghai. */
export function formatDate(value: string | Date | null | undefined): string {
  if (!value) return "";
  const d = typeof value === "string" ? new Date(value) : value;
  if (Number.isNaN(d.getTime())) return "";
  return new Intl.DateTimeFormat("sv-SE", {
    timeZone: TZ,
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
  }).format(d);
}

/** YYYY-MM-DD HH:mm:ss in Asia/Shanghai. */
export function formatDateTime(value: string | Date | null | undefined): string {
  if (!value) return "";
  const d = typeof value === "string" ? new Date(value) : value;
  if (Number.isNaN(d.getTime())) return "";
  return new Intl.DateTimeFormat("sv-SE", {
    timeZone: TZ,
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    second: "2-digit",
    hour12: false,
  }).format(d);
}

/** Counts and money: 1.2万 / 3.5亿 in zh-CN, 12K / 350M in en-US; small numbers stay whole. */
export function formatNumber(
  value: number | null | undefined,
  lang: Lang,
  opts: { compact?: boolean; digits?: number } = {},
): string {
  if (value === null || value === undefined || Number.isNaN(value)) return "—";
  const compact = opts.compact ?? Math.abs(value) >= 10000;
  return new Intl.NumberFormat(lang, {
    notation: compact ? "compact" : "standard",
    maximumFractionDigits: opts.digits ?? (compact ? 2 : 2),
  }).format(value);
}

const EN_MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];

function dateParts(isoDate: string): [number, number, number] {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(isoDate);
  if (!m) throw new Error(`not an ISO date: ${isoDate}`);
  return [Number(m[1]), Number(m[2]), Number(m[3])];
}

/** 2026-11-28 → 2026年11月28日 (the form of official documents: no leading zeros). */
export function chineseDate(isoDate: string): string {
  const [y, m, d] = dateParts(isoDate);
  return `${y}年${m}月${d}日`;
}

/** 2026-11-28 → 28 November 2026. */
export function englishDate(isoDate: string): string {
  const [y, m, d] = dateParts(isoDate);
  return `${d} ${EN_MONTHS[m - 1]} ${y}`;
}

/** A date written out as a certificate prints it, in the reader's language. */
export function longDate(isoDate: string, lang: "zh-CN" | "en-US"): string {
  return lang === "en-US" ? englishDate(isoDate) : chineseDate(isoDate);
}
