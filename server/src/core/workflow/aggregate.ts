/** One expert's score sheet: a score per criterion and the weighted total. */
export interface ScoreSheet {
  scores: Record<string, number>;
  total: number;
}

export interface Statistic {
  n: number;
  mean: number;
  /** The mean without the single highest and lowest score; only with 5 or more scores, else null. */
  trimmedMean: number | null;
}

export interface ScoreSummary {
  count: number;
  criteria: Record<string, Statistic>;
  total: Statistic | null;
}

export const TRIM_FROM = 5;

export function statistic(values: number[]): Statistic {
  const n = values.length;
  const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
  const mean = n ? sum(values) / n : 0;
  if (n < TRIM_FROM) return { n, mean, trimmedMean: null };
  const sorted = [...values].sort((a, b) => a - b);
  return { n, mean, trimmedMean: sum(sorted.slice(1, -1)) / (n - 2) };
}

/** Mean and trimmed mean per criterion and of the totals. Pure. */
export function aggregate(sheets: ScoreSheet[], criteria: readonly { key: string }[]): ScoreSummary {
  return {
    count: sheets.length,
    criteria: Object.fromEntries(
      criteria.map((c) => [
        c.key,
        statistic(sheets.map((s) => s.scores[c.key]).filter((v): v is number => typeof v === "number")),
      ]),
    ),
    total: sheets.length ? statistic(sheets.map((s) => s.total)) : null,
  };
}

/** The weighted total of a sheet. */
export function totalOf(
  scores: Record<string, number>,
  criteria: readonly { key: string; weight: number }[],
): number {
  return criteria.reduce((sum, c) => sum + (scores[c.key] ?? 0) * c.weight, 0);
}
