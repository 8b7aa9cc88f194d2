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
