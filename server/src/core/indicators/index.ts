/**
 * Indicators (public face of core/indicators, P-02/P-03): definitions shared by plans and evaluations,
 * observations with sources and vintages, series the registries compute (wired by the composition root), and
 * the pure progress and forecast rules. Modules import only this file.
 */
export {
  type ComputedSeries,
  computedSeries,
  knownComputedSeries,
  registerComputedSeries,
} from "./computed.js";
export {
  type IndicatorDefinition,
  type IndicatorKind,
  type IndicatorRow,
  indicatorByCode,
  listIndicators,
  upsertIndicators,
} from "./definitions.js";
export {
  type Forecast,
  type ForecastOutcome,
  type ForecastUnavailableReason,
  fitTrend,
  forecast,
  predictAt,
  type TrendFit,
  trendBand,
} from "./forecast.js";
export {
  checkNotDuplicate,
  checkObservation,
  latestVintages,
  type ObservationRow,
  observationsOf,
  periodEnd,
  presentObservation,
  recordObservation,
  verifyObservation,
} from "./observations.js";
export {
  growthProgress,
  levelProgress,
  milestoneProgress,
  PROGRESS_RULES,
  PROGRESS_THRESHOLDS,
  statusFromRatio,
  type YearValue,
} from "./progress.js";
export { indicatorObservations, indicators } from "./schema.js";
