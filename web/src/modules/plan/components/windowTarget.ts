import type { YearValue } from "./charts/chartModel";

/** What a window target (力争三年内新获批…) needs: its rule, the required path from 0, and the level series. */
interface WindowLike {
  rule: string;
  requiredPath: YearValue[];
  series: YearValue[];
  latestValue: number | null;
  computedSeries?: YearValue[];
}

/**
 * A window target counts what is added since the end of the year before its window, but the API gives its figures
 * as levels (18 labs) beside a target that is an increase (1–2 new ones). The window starts where the required
 * path does (at 0); the level that year is the base the increase counts from.
 */
export function windowOf(t: WindowLike): { from: number; base: number } | null {
  if (t.rule !== "window_increase" || !t.requiredPath.length) return null;
  const from = t.requiredPath[0]!.year;
  const base = t.series.find((p) => p.year === from)?.value;
  return base === undefined ? null : { from, base };
}

/** The target with its figures as increases over the window (unchanged for any other target). */
export function asIncrease<T extends WindowLike>(t: T): T {
  const w = windowOf(t);
  if (!w) return t;
  const since = <P extends YearValue>(points: P[], base: number) =>
    points.filter((p) => p.year >= w.from).map((p) => ({ ...p, value: p.value - base }));
  const computedBase = t.computedSeries?.find((p) => p.year === w.from)?.value;
  return {
    ...t,
    series: since(t.series, w.base),
    latestValue: t.latestValue === null ? null : t.latestValue - w.base,
    computedSeries:
      t.computedSeries && computedBase !== undefined
        ? since(t.computedSeries, computedBase)
        : t.computedSeries,
  };
}
