/**
 * Normalisation within a peer group (pure): values are winsorised at two percentiles, then scaled min–max to
 * 0–100. Percentiles interpolate linearly between order statistics (h = (n − 1)·p, as Excel's PERCENTILE.INC
 * and NumPy's default), so a hand calculation gives the same bounds.
 */

/** The p-th percentile (0–100) of values sorted ascending; undefined for none. */
export function percentile(sorted: readonly number[], p: number): number | undefined {
  if (!sorted.length) return undefined;
  const h = (sorted.length - 1) * (p / 100);
  const lo = Math.floor(h);
  const hi = Math.ceil(h);
  const a = sorted[lo]!;
  const b = sorted[hi]!;
  return a + (h - lo) * (b - a);
}

export interface Bounds {
  lower: number;
  upper: number;
}

/** The winsorising bounds of a group's values (nulls left out); undefined when no value is known. */
export function winsorBounds(
  values: readonly (number | null)[],
  lowerPercentile: number,
  upperPercentile: number,
): Bounds | undefined {
  const known = values.filter((v): v is number => v !== null).sort((a, b) => a - b);
  const lower = percentile(known, lowerPercentile);
  const upper = percentile(known, upperPercentile);
  return lower === undefined || upper === undefined ? undefined : { lower, upper };
}

/**
 * A value's 0–100 score between the bounds: its position (x − lower) ÷ (upper − lower), clamped into 0–1 and
 * reversed when lower is better, scored floor + (100 − floor) × position. Without spread (upper = lower) every
 * peer gets 100: the indicator does not tell them apart. A missing value gets 0.
 */
export function minMaxScore(
  value: number | null,
  bounds: Bounds | undefined,
  direction: "higher_better" | "lower_better",
  floor = 0,
): number {
  if (value === null || !bounds) return 0;
  const { lower, upper } = bounds;
  if (upper <= lower) return 100;
  const x = Math.min(Math.max(value, lower), upper);
  const share = (x - lower) / (upper - lower);
  return floor + (100 - floor) * (direction === "higher_better" ? share : 1 - share);
}
