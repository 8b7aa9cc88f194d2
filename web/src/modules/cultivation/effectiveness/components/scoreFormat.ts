import type { Lang } from "@rdcity/common";

/** A score or points as stored (to three decimals), grouped in the reader's language; — when absent. */
export function formatScore(value: number | null | undefined, lang: Lang, digits = 3): string {
  if (value === null || value === undefined || Number.isNaN(value)) return "—";
  return new Intl.NumberFormat(lang, { maximumFractionDigits: digits }).format(value);
}

export function formatShare(value: number, lang: Lang): string {
  return new Intl.NumberFormat(lang, { style: "percent", maximumFractionDigits: 1 }).format(value);
}
