import { isPercentUnit } from "../planFormat";

export interface YearValue {
  year: number;
  value: number;
}

/** The parts of a target (console or public) that its charts draw. */
export interface ChartTarget {
  kind: "level" | "growth" | "milestone";
  targetValue: number;
  year: number;
  baselineYear: number | null;
  unit: { zh: string; en: string };
  series: YearValue[];
  requiredPath: YearValue[];
  forecast: { band: { year: number; value: number; low: number; high: number }[] } | null;
  /** Console only: each year's growth (growth targets) and the registry's count beside official statistics. */
  yearlyGrowth?: YearValue[];
  computedSeries?: YearValue[];
}

/** Every line of a chart on one axis of years (null where a line has no point). */
export interface ChartModel {
  /** The values are growth rates (a percent axis), not levels. */
  rate: boolean;
  years: number[];
  observed: (number | null)[];
  computed: (number | null)[] | null;
  required: (number | null)[];
  trend: (number | null)[];
  low: (number | null)[];
  high: (number | null)[];
  target: YearValue | null;
}

const byYear = (points: readonly YearValue[]) => new Map(points.map((p) => [p.year, p.value]));

function yearsOf(...lists: (readonly { year: number }[])[]): number[] {
  const all = lists.flat().map((p) => p.year);
  if (!all.length) return [];
  const first = Math.min(...all);
  const last = Math.max(...all);
  return Array.from({ length: last - first + 1 }, (_, i) => first + i);
}

const along = (years: number[], points: readonly YearValue[]) => {
  const map = byYear(points);
  return years.map((y) => map.get(y) ?? null);
};

/** Each year's growth rate against the target rate g (a flat required line from the base year to the target year). */
export function rateModel(t: ChartTarget, rates: readonly YearValue[], fromYear?: number): ChartModel {
  const from = t.baselineYear != null ? t.baselineYear + 1 : (rates[0]?.year ?? t.year);
  const required = yearsOf([{ year: from }, { year: t.year }]).map((year) => ({
    year,
    value: t.targetValue,
  }));
  const target = { year: t.year, value: t.targetValue };
  const years = yearsOf(rates, required, fromYear ? [{ year: fromYear }] : []);
  const none = years.map(() => null);
  return {
    rate: true,
    years,
    observed: along(years, rates),
    computed: null,
    required: along(years, required),
    trend: none,
    low: none,
    high: none,
    target,
  };
}

/** Levels: the observed series, the registry's count, the required path, the forecast's trend and band, the target. */
export function levelModel(
  t: ChartTarget,
  levels: readonly YearValue[] = t.series,
  fromYear?: number,
): ChartModel {
  const band = t.forecast?.band ?? [];
  const computed =
    t.computedSeries?.length && !sameSeries(t.computedSeries, levels) ? t.computedSeries : null;
  const target =
    t.kind === "growth"
      ? (t.requiredPath.find((p) => p.year === t.year) ?? t.requiredPath.at(-1) ?? null)
      : { year: t.year, value: t.targetValue };
  const years = yearsOf(
    levels,
    t.requiredPath,
    band,
    computed ?? [],
    target ? [target] : [],
    fromYear ? [{ year: fromYear }] : [],
  );
  return {
    rate: false,
    years,
    observed: along(years, levels),
    computed: computed ? along(years, computed) : null,
    required: along(years, t.requiredPath),
    trend: along(
      years,
      band.map((b) => ({ year: b.year, value: b.value })),
    ),
    low: along(
      years,
      band.map((b) => ({ year: b.year, value: b.low })),
    ),
    high: along(
      years,
      band.map((b) => ({ year: b.year, value: b.high })),
    ),
    target,
  };
}

function sameSeries(a: readonly YearValue[], b: readonly YearValue[]): boolean {
  return a.length === b.length && a.every((p, i) => p.year === b[i]?.year && p.value === b[i]?.value);
}

/**
 * The rates of a growth target when there are any (the console's yearly growth, or a series that is itself a rate);
 * null when the target speaks in levels.
 */
export function growthRates(t: ChartTarget): YearValue[] | null {
  if (t.kind !== "growth") return null;
  if (t.yearlyGrowth?.length) return t.yearlyGrowth;
  if (isPercentUnit(t.unit) && t.series.length) return t.series;
  return null;
}

/**
 * The chart a target's card shows: a growth target's yearly rates, else its levels; from `fromYear` (the plan's
 * base year) so that every card spans the plan's years even with one figure.
 */
export function defaultModel(t: ChartTarget, fromYear?: number): ChartModel {
  const rates = growthRates(t);
  if (rates) return rateModel(t, rates, fromYear);
  return levelModel(t, t.series, fromYear);
}

/** Whether a model has anything to draw. */
export function hasPoints(m: ChartModel): boolean {
  return (
    m.observed.some((v) => v !== null) ||
    m.required.some((v) => v !== null) ||
    m.trend.some((v) => v !== null)
  );
}
