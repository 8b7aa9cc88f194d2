import { PROGRESS_STATUS_NAMES } from "@rdcity/common";
import { assertDate } from "../calendar/dates.js";

/**
 * Progress of the plan's targets (规划目标进度): level targets, growth targets and milestones, each judged by one
 * ratio r against the bands in PROGRESS_THRESHOLDS. Pure functions on plain numbers; figures are returned
 * unrounded (the caller formats them). PROGRESS_RULES states each rule in words for the "how is this computed?"
 * panel, so the text and the code live side by side.
 */

export const PROGRESS_THRESHOLDS = {
  /** r ≥ onTrack: on track. */
  onTrack: 0.95,
  /** atRisk ≤ r < onTrack: at risk; below: off track. */
  atRisk: 0.8,
  /** Coverage of the forecast's prediction interval (80 %). */
  predictionInterval: 0.8,
  /** Fewest observations since the base year for a forecast (n − 2 ≥ 1 degrees of freedom). */
  minForecastPoints: 3,
} as const;

export type ProgressStatus = "achieved" | "on_track" | "at_risk" | "off_track" | "no_data";
export type TargetDirection = "increase" | "decrease";
export type LocalText = { zh: string; en: string };

/** One figure for one year: an observation, a point of a required path. */
export interface YearValue {
  year: number;
  value: number;
}

/** The band of a ratio: on track r ≥ 0.95, at risk 0.80 ≤ r < 0.95, off track below (and for NaN). */
export function statusFromRatio(r: number): "on_track" | "at_risk" | "off_track" {
  if (r >= PROGRESS_THRESHOLDS.onTrack) return "on_track";
  if (r >= PROGRESS_THRESHOLDS.atRisk) return "at_risk";
  return "off_track";
}

/** Finite observations, one per year (the last given wins), sorted by year. */
export function seriesByYear(observations: readonly YearValue[]): YearValue[] {
  const byYear = new Map<number, number>();
  for (const o of observations) {
    if (Number.isFinite(o.year) && Number.isFinite(o.value)) byYear.set(o.year, o.value);
  }
  return [...byYear].sort((a, b) => a[0] - b[0]).map(([year, value]) => ({ year, value }));
}

// ---------------------------------------------------------------------------------------------------------------
// Level targets: reach T by year Y from B in year Y0.

export interface LevelTargetInput {
  target: number;
  targetYear: number;
  /** Y0; without it there is no baseline and the basis is the target alone. */
  baseYear?: number | null;
  /** B, the plan's stated baseline; when absent, the observation for the base year (if any) is used. */
  baseline?: number | null;
  /** "increase" (≥ T, the default) or "decrease" (≤ T): every comparison is mirrored. */
  direction?: TargetDirection;
  observations: readonly YearValue[];
}

export type ProgressBasis = "baseline" | "target_only";

export interface LevelProgress {
  status: ProgressStatus;
  /** r; null only with no data. */
  ratio: number | null;
  basis: ProgressBasis | null;
  /** A and its year t: the observation with the greatest year. */
  latest: YearValue | null;
  /** The baseline B used (stated, else observed in the base year). */
  baseline: number | null;
  /** E, the value on the straight required path in year t (t capped at the target year); null without baseline. */
  expected: number | null;
  /** T − A (A − T for a decrease): positive while short of the target, ≤ 0 once achieved. */
  gap: number | null;
  /** (Y0, B) … (Y, T) for each whole year; empty without a baseline. */
  requiredPath: YearValue[];
}

function baselineOf(
  baseline: number | null | undefined,
  baseYear: number | null | undefined,
  series: YearValue[],
) {
  if (baseline != null && Number.isFinite(baseline)) return baseline;
  if (baseYear == null) return null;
  return series.find((o) => o.year === baseYear)?.value ?? null;
}

function linearPath(baseYear: number, baseline: number, targetYear: number, target: number): YearValue[] {
  if (targetYear <= baseYear) return [{ year: targetYear, value: target }];
  const path: YearValue[] = [];
  for (let year = baseYear; year <= targetYear; year++) {
    path.push({
      year,
      value: baseline + ((target - baseline) * (year - baseYear)) / (targetYear - baseYear),
    });
  }
  return path;
}

export function levelProgress(input: LevelTargetInput): LevelProgress {
  const { target: T, targetYear: Y } = input;
  const decrease = input.direction === "decrease";
  const series = seriesByYear(input.observations);
  const latest = series.at(-1) ?? null;
  const Y0 = input.baseYear ?? null;
  const B = baselineOf(input.baseline, Y0, series);
  const requiredPath = Y0 != null && B != null ? linearPath(Y0, B, Y, T) : [];
  if (!latest) {
    return {
      status: "no_data",
      ratio: null,
      basis: null,
      latest: null,
      baseline: B,
      expected: null,
      gap: null,
      requiredPath,
    };
  }
  const A = latest.value;
  const t = latest.year;
  const achieved = decrease ? A <= T : A >= T;
  const gap = decrease ? A - T : T - A;
  let ratio: number;
  let expected: number | null = null;
  let basis: ProgressBasis;
  if (Y0 != null && B != null) {
    basis = "baseline";
    const share = t <= Y0 ? 0 : Y > Y0 ? Math.min(1, (t - Y0) / (Y - Y0)) : 1;
    expected = B + (T - B) * share;
    if (expected === B) ratio = (decrease ? A <= B : A >= B) ? 1 : 0;
    else ratio = (A - B) / (expected - B);
  } else {
    basis = "target_only";
    const [num, den] = decrease ? [T, A] : [A, T];
    ratio = den === 0 ? 0 : num / den;
  }
  const status = achieved ? "achieved" : statusFromRatio(ratio);
  return { status, ratio, basis, latest, baseline: B, expected, gap, requiredPath };
}

// ---------------------------------------------------------------------------------------------------------------
// Growth targets: grow by g a year from Y0 to Y.

export interface GrowthTargetInput {
  /** g as a fraction a year (13 % = 0.13). */
  rate: number;
  baseYear: number;
  targetYear: number;
  /** The level in the base year; when absent, the observation for the base year (if any). */
  baseline?: number | null;
  /** Levels (e.g. R&D spending). */
  observations: readonly YearValue[];
  /** Growth over the year before as reported (fractions), for years whose levels are missing. */
  reportedRates?: readonly YearValue[];
}

export type CagrBasis = "levels" | "reported_rates" | "partial_rates";

export interface YearlyGrowth {
  year: number;
  /** Growth over the year before, a fraction. */
  rate: number;
  /** "reported" when a reported rate exists for the year (preferred), else "levels": A_y / A_{y−1} − 1. */
  source: "reported" | "levels";
}

export interface GrowthProgress {
  status: ProgressStatus;
  /** r = CAGR / g; null only with no data. */
  ratio: number | null;
  cagr: number | null;
  cagrBasis: CagrBasis | null;
  /** t, the last year the CAGR covers. */
  throughYear: number | null;
  /** Every year with a growth figure, earliest first (years before the base year included, for display). */
  yearlyGrowth: YearlyGrowth[];
  /** The level B used for the base year. */
  baseline: number | null;
  /** The latest level observed. */
  latest: YearValue | null;
  /** B·(1 + g)^(t − Y0), the level the required path reaches in year t; null without B or t. */
  expected: number | null;
  /** B·(1 + g)^(year − Y0) for each whole year from Y0 to Y; empty without B. */
  requiredPath: YearValue[];
}

function yearlyGrowthOf(levels: YearValue[], reported: YearValue[]): YearlyGrowth[] {
  const byYear = new Map<number, YearlyGrowth>();
  for (let i = 1; i < levels.length; i++) {
    const prev = levels[i - 1]!;
    const cur = levels[i]!;
    if (cur.year === prev.year + 1 && prev.value > 0) {
      byYear.set(cur.year, { year: cur.year, rate: cur.value / prev.value - 1, source: "levels" });
    }
  }
  for (const r of reported) byYear.set(r.year, { year: r.year, rate: r.value, source: "reported" });
  return [...byYear.values()].sort((a, b) => a.year - b.year);
}

/** CAGR from rates: the geometric mean of (1 + rate) − 1 (−1 if a rate of −100 % or worse occurs). */
function geometricMeanRate(rates: number[]): number {
  const logSum = rates.reduce((sum, r) => sum + Math.log(1 + r), 0);
  return Number.isNaN(logSum) ? -1 : Math.exp(logSum / rates.length) - 1;
}

export function growthProgress(input: GrowthTargetInput): GrowthProgress {
  const { rate: g, baseYear: Y0, targetYear: Y } = input;
  const observed = seriesByYear(input.observations);
  const B = baselineOf(input.baseline, Y0, observed);
  const levels = B == null ? observed : seriesByYear([...observed, { year: Y0, value: B }]);
  const latest = observed.at(-1) ?? null;
  const yearlyGrowth = yearlyGrowthOf(levels, seriesByYear(input.reportedRates ?? []));
  const requiredPath: YearValue[] = [];
  if (B != null)
    for (let year = Y0; year <= Y; year++) requiredPath.push({ year, value: B * (1 + g) ** (year - Y0) });

  let cagr: number | null = null;
  let cagrBasis: CagrBasis | null = null;
  let throughYear: number | null = null;
  if (B != null && B > 0 && latest && latest.year > Y0 && latest.value > 0) {
    cagr = (latest.value / B) ** (1 / (latest.year - Y0)) - 1;
    cagrBasis = "levels";
    throughYear = latest.year;
  } else {
    const since = yearlyGrowth.filter((y) => y.year > Y0);
    const last = since.at(-1);
    if (last) {
      cagr = geometricMeanRate(since.map((y) => y.rate));
      cagrBasis = since.length === last.year - Y0 ? "reported_rates" : "partial_rates";
      throughYear = last.year;
    }
  }
  const expected = B != null && throughYear != null ? B * (1 + g) ** (throughYear - Y0) : null;
  if (cagr == null || throughYear == null) {
    return {
      status: "no_data",
      ratio: null,
      cagr: null,
      cagrBasis: null,
      throughYear: null,
      yearlyGrowth,
      baseline: B,
      latest,
      expected: null,
      requiredPath,
    };
  }
  const ratio = g > 0 ? cagr / g : cagr >= g ? 1 : 0;
  const status = throughYear >= Y && cagr >= g ? "achieved" : statusFromRatio(ratio);
  return {
    status,
    ratio,
    cagr,
    cagrBasis,
    throughYear,
    yearlyGrowth,
    baseline: B,
    latest,
    expected,
    requiredPath,
  };
}

// ---------------------------------------------------------------------------------------------------------------
// Milestones: from zero to one (e.g. a national laboratory) by the end of the target year.

export interface MilestoneInput {
  targetYear: number;
  /** YYYY-MM-DD when the milestone was achieved; null while it is not. */
  achievedOn?: string | null;
  /** The evaluation date, YYYY-MM-DD. */
  asOf: string;
}

export interface MilestoneProgress {
  status: "achieved" | "at_risk" | "off_track";
  /** The achievement date when achieved (on or before asOf), else null. */
  achievedOn: string | null;
  /** The last day of the target year, YYYY-12-31. */
  deadline: string;
}

/** Throws AppError("validation_failed") for a malformed date. */
export function milestoneProgress(input: MilestoneInput): MilestoneProgress {
  const asOf = assertDate(input.asOf);
  const deadline = `${String(input.targetYear).padStart(4, "0")}-12-31`;
  const achievedOn = input.achievedOn == null ? null : assertDate(input.achievedOn);
  if (achievedOn != null && achievedOn <= asOf) return { status: "achieved", achievedOn, deadline };
  return { status: asOf <= deadline ? "at_risk" : "off_track", achievedOn: null, deadline };
}

// ---------------------------------------------------------------------------------------------------------------

const pct = (x: number) => `${Math.round(x * 1000) / 10}%`;
const ON = pct(PROGRESS_THRESHOLDS.onTrack);
const RISK = pct(PROGRESS_THRESHOLDS.atRisk);
const PI = pct(PROGRESS_THRESHOLDS.predictionInterval);
const N = PROGRESS_THRESHOLDS.minForecastPoints;
const S = PROGRESS_STATUS_NAMES;

/** Each rule in plain words, zh-CN and en-US, for the "如何计算？ / How is this computed?" panel. */
export const PROGRESS_RULES: Record<"statuses" | "level" | "growth" | "milestone" | "forecast", LocalText> = {
  statuses: {
    zh:
      `进度按完成比 r 分档：r ≥ ${ON} 为“${S.on_track.zh}”，${RISK} ≤ r < ${ON} 为“${S.at_risk.zh}”，` +
      `r < ${RISK} 为“${S.off_track.zh}”；达到目标为“${S.achieved.zh}”；没有观测值为“${S.no_data.zh}”。`,
    en:
      `Progress is banded by the ratio r: ${S.on_track.en} when r ≥ ${ON}, ${S.at_risk.en} when ${RISK} ≤ r < ${ON}, ` +
      `${S.off_track.en} when r < ${RISK}; ${S.achieved.en} once the target is met; ${S.no_data.en} without observations.`,
  },
  level: {
    zh:
      "总量目标：Y 年达到 T，基期 Y0 的基数为 B（规划给出的基数，未给出时取基期年的观测值），最新观测值为 t 年的 A。" +
      "A ≥ T 即为已完成。否则按从 B 到 T 的匀速路径计算 t 年应达值 E = B + (T − B) × (t − Y0) / (Y − Y0)" +
      "（t 超过 Y 时按 Y 计，即 E 不超过 T），完成比 r = (A − B) / (E − B)；尚未经过时间（t ≤ Y0）时，A ≥ B 则 r = 1，否则 r = 0。" +
      "没有基数时直接与目标值比较：r = A / T。差距为 T − A。" +
      "对“下降”类目标（越低越好）一切比较取反：A ≤ T 为已完成，无基数时 r = T / A，差距为 A − T。",
    en:
      "Level target: reach T in year Y from the baseline B in base year Y0 (the plan's stated baseline, else the " +
      "observation for Y0); A is the latest observation, in year t. Achieved when A ≥ T. Otherwise the expected " +
      "value on the straight path from B to T is E = B + (T − B) × (t − Y0) / (Y − Y0) (t counted as Y when later, " +
      "so E never passes T) and r = (A − B) / (E − B); when no time has passed (t ≤ Y0), r = 1 if A ≥ B, else 0. " +
      "Without a baseline, A is compared with the target itself: r = A / T. The gap is T − A. For a target to " +
      "decrease (lower is better) every comparison is mirrored: achieved when A ≤ T, r = T / A without a " +
      "baseline, gap A − T.",
  },
  growth: {
    zh:
      "增速目标：自基期 Y0 起年均增长 g（如 13%）。年均增速 CAGR = (A_t / A_Y0)^(1 / (t − Y0)) − 1，按基期与最新年份的总量计算；" +
      "基期或最新总量缺失时，取基期之后各年增速（优先用公布的增速，否则由相邻两年总量算出）的几何平均 " +
      "((1 + g1) × … × (1 + gk))^(1/k) − 1，缺少某些年份时标注为“部分年份”。完成比 r = CAGR / g，分档同上；" +
      "已到目标年（t ≥ Y）且 CAGR ≥ g 为已完成。应达路径为 B × (1 + g)^(年份 − Y0)。",
    en:
      "Growth target: grow by g a year (e.g. 13%) from base year Y0. The compound annual growth rate is " +
      "CAGR = (A_t / A_Y0)^(1 / (t − Y0)) − 1 from the levels of the base year and the latest year; when either " +
      "level is missing, it is the geometric mean of the yearly growth rates after Y0 (the reported rate, else the " +
      "one computed from two consecutive levels): ((1 + g1) × … × (1 + gk))^(1/k) − 1, marked partial when some " +
      "years are missing. r = CAGR / g with the same bands; achieved once the target year is reached (t ≥ Y) with " +
      "CAGR ≥ g. The required path is B × (1 + g)^(year − Y0).",
  },
  milestone: {
    zh: "里程碑目标（从无到有，如国家实验室）：记录了实现日期即为已完成；未实现时，目标年 12 月 31 日前为“存在风险”，之后为“进度滞后”。",
    en:
      "Milestone (from none to one, e.g. a national laboratory): achieved once the date it was achieved is " +
      "recorded; until then at risk up to 31 December of the target year and off track after it.",
  },
  forecast: {
    zh:
      `预测：对基期以来（含基期）的观测值（至少 ${N} 个）做最小二乘趋势拟合——总量目标对数值本身做直线拟合，` +
      "增速目标对数值的对数做直线拟合（即按固定增速外推）。给出目标年的趋势值、" +
      `${PI} 预测区间（自由度 n − 2 的 t 分布，标准误 s × √(1 + 1/n + (Y − x̄)² / Σ(x − x̄)²)）` +
      "以及达到目标的概率（增速目标的目标值为 B × (1 + g)^(Y − Y0)）。观测值少时区间很宽；目标年已有观测值时不再预测。",
    en:
      `Forecast: a least-squares trend through the observations since the base year (at least ${N}) — a ` +
      "straight line on the values for level targets, on their logarithm (constant growth) for growth targets. At " +
      `the target year it gives the trend value, a ${PI} prediction interval (Student's t with n − 2 degrees of ` +
      "freedom, standard error s × √(1 + 1/n + (Y − x̄)² / Σ(x − x̄)²)) and the probability of reaching the target " +
      "(for growth targets the level B × (1 + g)^(Y − Y0)). With few observations the interval is wide; once the " +
      "target year has been observed there is no forecast.",
  },
};
