import type { Lang } from "@rdcity/common";

/** 万元 as people read them in the console: grouped, always two decimals ("12,000.00"), like the reports. */
export function formatMoney(value: string | number | null | undefined, lang: Lang): string {
  if (value === null || value === undefined || value === "") return "—";
  const n = Number(value);
  if (!Number.isFinite(n)) return String(value);
  return new Intl.NumberFormat(lang, { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(n);
}

/** A bound as rules state it: 1,000 / 2,500.50 (no decimals when whole). */
export function formatMoneyShort(value: string | number | null | undefined, lang: Lang): string {
  if (value === null || value === undefined || value === "") return "—";
  const n = Number(value);
  if (!Number.isFinite(n)) return String(value);
  const whole = Number.isInteger(n);
  return new Intl.NumberFormat(lang, {
    minimumFractionDigits: whole ? 0 : 2,
    maximumFractionDigits: 2,
  }).format(n);
}

/** A signed change in 万元: +12.50 / −3.00 / ±0.00. */
export function formatMoneyDelta(value: string | number | null | undefined, lang: Lang): string {
  if (value === null || value === undefined || value === "") return "—";
  const n = Number(value);
  if (!Number.isFinite(n)) return String(value);
  const sign = n > 0 ? "+" : n < 0 ? "−" : "±";
  return `${sign}${formatMoney(Math.abs(n), lang)}`;
}

/** A rate in per cent as the rules state it (5 → "5%", 2.5 → "2.5%"). */
export function formatPercent(value: number | null | undefined, lang: Lang): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return "—";
  return `${new Intl.NumberFormat(lang, { maximumFractionDigits: 4 }).format(value)}%`;
}

/** Money text as a number for charts (万元). */
export const moneyNumber = (value: string | null | undefined): number => Number(value ?? 0) || 0;
