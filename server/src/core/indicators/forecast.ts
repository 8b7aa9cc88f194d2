import {
  type GrowthTargetInput,
  type LevelTargetInput,
  PROGRESS_THRESHOLDS,
  seriesByYear,
  type YearValue,
} from "./progress.js";
import { studentTCdf, studentTQuantile } from "./stats.js";

/**
 * Forecasts of a target to its target year: an ordinary least-squares trend through the observations since the
 * base year, straight on the values (level targets) or on their logarithm (growth targets), with a Student t
 * prediction interval and the probability of reaching the target. See PROGRESS_RULES.forecast.
 */

export type TrendMethod = "linear" | "log_linear";

/**
 * A fitted trend y = intercept + slope·year, where y is the value ("linear") or ln(value) ("log_linear").
 * Centred figures (meanYear, meanY, sxx) are kept so predictions do not lose digits to years near 2000.
 */
export interface TrendFit {
  method: TrendMethod;
  /** n, the number of years fitted. */
  points: number;
  slope: number;
  /** Value of y at year 0 (for display of the equation; predictions use the centred form). */
  intercept: number;
  meanYear: number;
  /** ȳ, on the fitted scale. */
  meanY: number;
  /** Σ(year − x̄)². */
  sxx: number;
  /** s = √(Σ residual² / (n − 2)), on the fitted scale; 0 for a perfect fit. */
  residualSd: number;
  /** n − 2. */
  df: number;
}

/** The trend and its prediction interval in one year, back on the original scale. */
export interface TrendPoint {
  year: number;
  value: number;
  low: number;
  high: number;
}

/**
 * Least-squares fit through the points (one per year; the last given wins). Null with fewer than 3 years, or for
 * "log_linear" when a value is not positive.
 */
export function fitTrend(observations: readonly YearValue[], method: TrendMethod): TrendFit | null {
  const series = seriesByYear(observations);
  const n = series.length;
  if (n < PROGRESS_THRESHOLDS.minForecastPoints) return null;
  if (method === "log_linear" && series.some((o) => !(o.value > 0))) return null;
  const xs = series.map((o) => o.year);
  const ys = series.map((o) => (method === "log_linear" ? Math.log(o.value) : o.value));
  const meanYear = xs.reduce((a, b) => a + b, 0) / n;
  const meanY = ys.reduce((a, b) => a + b, 0) / n;
  let sxx = 0;
  let sxy = 0;
  for (let i = 0; i < n; i++) {
    sxx += (xs[i]! - meanYear) ** 2;
    sxy += (xs[i]! - meanYear) * (ys[i]! - meanY);
  }
  const slope = sxy / sxx;
  let sse = 0;
  for (let i = 0; i < n; i++) sse += (ys[i]! - meanY - slope * (xs[i]! - meanYear)) ** 2;
  let residualSd = Math.sqrt(sse / (n - 2));
  // Rounding leaves ~1e-16 residuals on a perfect line: count those as an exact fit.
  const scale = Math.max(...ys.map(Math.abs), Number.MIN_VALUE);
  if (residualSd <= 1e-12 * scale) residualSd = 0;
  return {
    method,
    points: n,
    slope,
    intercept: meanY - slope * meanYear,
    meanYear,
    meanY,
    sxx,
    residualSd,
    df: n - 2,
  };
}

/** ŷ and its prediction standard error s·√(1 + 1/n + (x0 − x̄)²/Sxx), on the fitted scale. */
function predictFitted(fit: TrendFit, year: number) {
  const dx = year - fit.meanYear;
  const y = fit.meanY + fit.slope * dx;
  const se = fit.residualSd * Math.sqrt(1 + 1 / fit.points + (dx * dx) / fit.sxx);
  return { y, se };
}

/** The trend and its prediction interval (default 80 %) in one year, on the original scale. */
export function predictAt(
  fit: TrendFit,
  year: number,
  interval: number = PROGRESS_THRESHOLDS.predictionInterval,
): TrendPoint {
  const { y, se } = predictFitted(fit, year);
  const half = se === 0 ? 0 : studentTQuantile((1 + interval) / 2, fit.df) * se;
  const back = fit.method === "log_linear" ? Math.exp : (v: number) => v;
  return { year, value: back(y), low: back(y - half), high: back(y + half) };
}

/** The trend line and band for each whole year from fromYear to toYear (e.g. last observation → target year). */
export function trendBand(
  fit: TrendFit,
  fromYear: number,
  toYear: number,
  interval: number = PROGRESS_THRESHOLDS.predictionInterval,
): TrendPoint[] {
  const band: TrendPoint[] = [];
  for (let year = Math.ceil(fromYear); year <= toYear; year++) band.push(predictAt(fit, year, interval));
  return band;
}

// ---------------------------------------------------------------------------------------------------------------

export type ForecastInput = ({ kind: "level" } & LevelTargetInput) | ({ kind: "growth" } & GrowthTargetInput);

export interface Forecast extends TrendPoint {
  /** The target year. */
  year: number;
  /** Probability that the value in the target year reaches the target (≥ T; ≤ T for a decrease). */
  probability: number;
  method: TrendMethod;
  /** n, the observations fitted. */
  points: number;
  /** The interval's coverage (0.8). */
  interval: number;
  /** The level compared with: T, or B·(1 + g)^(Y − Y0) for a growth target. */
  targetLevel: number;
  fit: TrendFit;
}

export type ForecastUnavailableReason =
  /** Fewer than 3 observations (years) since the base year. */
  | "fewer_than_3_points"
  /** A growth target without a baseline level (stated or observed in the base year). */
  | "no_baseline"
  /** An observation for the target year or later exists: progress is final, nothing to forecast. */
  | "target_year_passed"
  /** A growth target whose baseline or observations are zero or negative (no logarithm). */
  | "non_positive_values";

export type ForecastOutcome =
  | { forecast: Forecast; reason: null }
  | { forecast: null; reason: ForecastUnavailableReason };

const unavailable = (reason: ForecastUnavailableReason): ForecastOutcome => ({ forecast: null, reason });

/** Ties within rounding (a perfect line through the target) count as reaching it. */
const reaches = (predicted: number, target: number, decrease: boolean) => {
  const tolerance = 1e-9 * Math.max(1, Math.abs(target));
  return decrease ? predicted <= target + tolerance : predicted >= target - tolerance;
};

export function forecast(
  input: ForecastInput,
  interval: number = PROGRESS_THRESHOLDS.predictionInterval,
): ForecastOutcome {
  const all = seriesByYear(input.observations);
  const Y = input.targetYear;
  const Y0 = input.baseYear ?? null;
  const since = Y0 == null ? all : all.filter((o) => o.year >= Y0);
  const method: TrendMethod = input.kind === "growth" ? "log_linear" : "linear";
  const decrease = input.kind === "level" && input.direction === "decrease";

  let targetLevel: number;
  let targetFitted: number;
  if (input.kind === "growth") {
    const B = input.baseline ?? all.find((o) => o.year === input.baseYear)?.value ?? null;
    if (B == null || !Number.isFinite(B)) return unavailable("no_baseline");
    if (!(B > 0) || !(1 + input.rate > 0)) return unavailable("non_positive_values");
    targetLevel = B * (1 + input.rate) ** (Y - input.baseYear);
    targetFitted = Math.log(B) + (Y - input.baseYear) * Math.log1p(input.rate);
  } else {
    targetLevel = input.target;
    targetFitted = input.target;
  }
  const last = all.at(-1);
  if (last && last.year >= Y) return unavailable("target_year_passed");
  if (since.length < PROGRESS_THRESHOLDS.minForecastPoints) return unavailable("fewer_than_3_points");
  const fit = fitTrend(since, method);
  if (!fit) return unavailable("non_positive_values");

  const { y, se } = predictFitted(fit, Y);
  let probability: number;
  if (se === 0) probability = reaches(y, targetFitted, decrease) ? 1 : 0;
  else {
    const z = (y - targetFitted) / se;
    probability = studentTCdf(decrease ? -z : z, fit.df);
  }
  const point = predictAt(fit, Y, interval);
  return {
    forecast: { ...point, probability, method, points: fit.points, interval, targetLevel, fit },
    reason: null,
  };
}
