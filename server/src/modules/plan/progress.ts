import { CITY_CODE, type SourceRef, type TargetProgress } from "@rdcity/common";
import { and, asc, eq, inArray } from "drizzle-orm";
import type { Executor } from "../../core/db/client.js";
import {
  computedSeries,
  forecast,
  growthProgress,
  type IndicatorRow,
  indicators,
  latestVintages,
  levelProgress,
  milestoneProgress,
  type ObservationRow,
  observationsOf,
  trendBand,
  type YearValue,
} from "../../core/indicators/index.js";
import type { PlanRow } from "./plans.js";
import { planTargets, planTasks, planVersions } from "./schema.js";

export type TargetRow = typeof planTargets.$inferSelect;

export interface EvaluateOptions {
  asOf: string;
  /** planned: as first loaded (version 1); current: as adjusted. */
  as: "planned" | "current";
  areaCode?: string;
  /** Only these targets (a target's page); all when absent. */
  codes?: readonly string[];
}

/** Growth indicator → the level indicator whose growth it is (the pack's `growthOf`). */
export function growthLinks(plan: PlanRow): Map<string, string> {
  const list = (plan.pack as { indicators?: { code: string; growthOf?: string }[] }).indicators ?? [];
  return new Map(list.flatMap((i) => (i.growthOf ? [[i.code, i.growthOf] as [string, string]] : [])));
}

const num = (v: string | null | undefined) => (v == null ? null : Number(v));
const yearOf = (period: string) => Number(period.slice(0, 4));

/** A target as planned (its version-1 snapshot) or as adjusted (the row). */
function applyVersion(t: TargetRow, snapshot: Record<string, unknown> | undefined): TargetRow {
  if (!snapshot) return t;
  const s = snapshot as Partial<Record<string, unknown>>;
  return {
    ...t,
    year: typeof s.year === "number" ? s.year : t.year,
    value: s.value != null ? String(s.value) : t.value,
    valueMax: s.valueMax === null ? null : s.valueMax != null ? String(s.valueMax) : t.valueMax,
    textZh: typeof s.textZh === "string" ? s.textZh : t.textZh,
    textEn: typeof s.textEn === "string" ? s.textEn : t.textEn,
    status: typeof s.status === "string" ? s.status : t.status,
  };
}

/** The figures of the computed series for each year since the base year (as of each year's end, or asOf). */
async function computedPoints(
  ex: Executor,
  ind: IndicatorRow,
  fromYear: number,
  asOf: string,
  areaCode: string,
) {
  const series = ind.computedKey ? computedSeries(ind.computedKey) : undefined;
  if (!series) return [];
  const points: (YearValue & { asOf: string })[] = [];
  const area = areaCode === CITY_CODE ? undefined : areaCode;
  const ends: { year: number; end: string }[] = [];
  for (let year = fromYear; year <= yearOf(asOf); year++)
    ends.push({ year, end: `${year}-12-31` < asOf ? `${year}-12-31` : asOf });
  // One call for all the years when the series can answer several dates at once.
  const batch =
    series.countAt && ends.length
      ? await series.countAt(ex, { dates: ends.map((e) => e.end), areaCode: area })
      : null;
  for (const { year, end } of ends) {
    const value = batch ? (batch.get(end) ?? null) : await series.count(ex, { asOf: end, areaCode: area });
    if (value != null) points.push({ year, value, asOf: end });
  }
  // Years before the registry held anything are not a count of zero, they are unknown.
  const first = points.findIndex((p) => p.value > 0);
  return first < 0 ? [] : points.slice(first);
}

function sourceOf(o: ObservationRow): SourceRef {
  return {
    kind: "reported",
    observationId: o.id,
    title: o.sourceTitle,
    date: o.sourceDate,
    url: o.sourceUrl,
    period: o.period,
    value: num(o.value),
    dataStatus: o.dataStatus,
  };
}

/**
 * Every target's progress (P-03) by the stated rules: the authoritative series (official statistics by default,
 * the registry's count when the indicator says so or when no official figure exists), the status, the forecast
 * with its band, the divergence between both series, and the sources of every value used.
 */
export async function evaluateTargets(
  ex: Executor,
  plan: PlanRow,
  opts: EvaluateOptions,
): Promise<TargetProgress[]> {
  const rows = await ex
    .select({ target: planTargets, taskCode: planTasks.code })
    .from(planTargets)
    .leftJoin(planTasks, eq(planTasks.id, planTargets.taskId))
    .where(
      and(
        eq(planTargets.planId, plan.id),
        opts.codes ? inArray(planTargets.code, [...opts.codes]) : undefined,
      ),
    )
    .orderBy(asc(planTargets.seq));
  const planned =
    opts.as === "planned" && rows.length
      ? await ex
          .select()
          .from(planVersions)
          .where(
            and(
              eq(planVersions.recordType, "target"),
              eq(planVersions.version, 1),
              inArray(
                planVersions.recordId,
                rows.map((r) => r.target.id),
              ),
            ),
          )
      : [];
  const snapshotOf = new Map(planned.map((v) => [v.recordId, v.snapshot]));
  const codes = [...new Set(rows.map((r) => r.target.indicatorCode))];
  const links = growthLinks(plan);
  const rateCodes = codes.flatMap((c) => (links.get(c) ? [links.get(c)!] : []));
  const indRows = codes.length
    ? await ex
        .select()
        .from(indicators)
        .where(inArray(indicators.code, [...codes, ...rateCodes]))
    : [];
  const indByCode = new Map(indRows.map((i) => [i.code, i]));
  const areaCode = opts.areaCode ?? CITY_CODE;
  const obs = latestVintages(await observationsOf(ex, [...codes, ...rateCodes], areaCode), opts.asOf).filter(
    (o) => o.periodEnd <= `${yearOf(opts.asOf)}-12-31`,
  );
  const computedCache = new Map<string, Awaited<ReturnType<typeof computedPoints>>>();
  const out: TargetProgress[] = [];
  for (const { target: raw, taskCode } of rows) {
    const t = applyVersion(raw, snapshotOf.get(raw.id));
    if (t.status === "withdrawn") continue;
    const ind = indByCode.get(t.indicatorCode);
    if (!ind) continue;
    if (!computedCache.has(ind.code))
      computedCache.set(ind.code, await computedPoints(ex, ind, plan.baseYear, opts.asOf, areaCode));
    const levelInd = links.has(ind.code) ? indByCode.get(links.get(ind.code)!) : undefined;
    const computed = computedCache.get(ind.code)!;
    const judged = evaluateOne(t, taskCode, ind, plan, opts, obs, computed, levelInd, null);
    // When the authoritative series cannot answer (no figure, or none at the start of a window), the other one
    // does, and the result says which series it used.
    const other = judged.authoritative === "reported" ? "computed" : "reported";
    const retry =
      judged.status === "no_data" &&
      (other === "computed" ? computed.length > 0 : judged.computedSeries.length >= 0)
        ? evaluateOne(t, taskCode, ind, plan, opts, obs, computed, levelInd, other)
        : null;
    out.push(retry && retry.status !== "no_data" ? retry : judged);
  }
  return out;
}

function evaluateOne(
  t: TargetRow,
  taskCode: string | null,
  ind: IndicatorRow,
  plan: PlanRow,
  opts: EvaluateOptions,
  obs: ObservationRow[],
  computed: (YearValue & { asOf: string })[],
  levelInd: IndicatorRow | undefined,
  /** Use this series rather than the indicator's authoritative one (the fallback when that one has no answer). */
  force: "reported" | "computed" | null,
): TargetProgress {
  const reportedRows = obs.filter((o) => o.indicatorCode === ind.code);
  const allWithValue = reportedRows.filter((o) => o.value != null);
  const wantsComputed = ind.authoritative === "computed";
  const useComputed = force
    ? force === "computed"
    : (wantsComputed && computed.length > 0) || (!allWithValue.length && computed.length > 0);
  const authoritative = useComputed ? "computed" : "reported";
  // A target is judged on the figures up to its year; later ones count only when there are no earlier ones.
  const upTo = <T extends { year: number }>(points: T[]) => {
    const within = points.filter((p) => p.year <= t.year);
    return within.length ? within : points;
  };
  const withValue = upTo(allWithValue.map((o) => ({ o, year: yearOf(o.period) }))).map((x) => x.o);
  const reported = withValue.map((o) => ({ year: yearOf(o.period), value: Number(o.value) }));
  const computedUsed = upTo(computed);
  const series: YearValue[] = useComputed ? computedUsed : reported;
  const baseYear = t.baselineYear ?? plan.baseYear;
  const baseline = num(t.baselineValue);
  const target = Number(t.value);
  const direction = (ind.direction === "decrease" || t.comparator === "le" ? "decrease" : "increase") as
    | "increase"
    | "decrease";
  const sources: SourceRef[] = [];
  if (t.baselineValue != null)
    sources.push({
      kind: "baseline",
      observationId: null,
      title: t.baselineSource,
      date: null,
      url: null,
      period: String(baseYear),
      value: baseline,
      dataStatus: null,
    });

  const base = {
    code: t.code,
    section: t.section,
    text: { zh: t.textZh, en: t.textEn },
    indicatorCode: ind.code,
    indicatorName: { zh: ind.nameZh, en: ind.nameEn },
    unit: { zh: ind.unitZh, en: ind.unitEn },
    decimals: ind.decimals,
    kind: t.kind as TargetProgress["kind"],
    direction,
    year: t.year,
    targetValue: target,
    targetValueMax: num(t.valueMax),
    baselineYear: t.baselineYear ?? null,
    baselineValue: baseline,
    authoritative: authoritative as TargetProgress["authoritative"],
    taskCode,
    version: t.version,
    adjusted: t.version > 1,
    series: useComputed
      ? computedUsed.map(({ year, value }) => ({ year, value, qualifier: null, dataStatus: "computed" }))
      : withValue.map((o) => ({
          year: yearOf(o.period),
          value: Number(o.value),
          qualifier: o.qualifier,
          dataStatus: o.dataStatus,
        })),
    computedSeries: computed.map(({ year, value }) => ({ year, value })),
    doubtful: reportedRows
      .filter((o) => o.dataStatus !== "reported")
      .map((o) => ({ period: o.period, dataStatus: o.dataStatus, note: o.note })),
  };

  // The divergence between official statistics and the registry's count, in the latest year both have.
  let divergence: TargetProgress["divergence"] = null;
  for (const r of [...reported].reverse()) {
    const c = computed.find((p) => p.year === r.year);
    if (c && r.value !== 0) {
      const share = Math.abs(r.value - c.value) / Math.abs(r.value);
      divergence = {
        reported: r.value,
        computed: c.value,
        share,
        period: String(r.year),
        flagged: share > ind.tolerance,
      };
      break;
    }
  }

  const latestPoint = series.at(-1) ?? null;
  const latestRow = useComputed ? null : (withValue.at(-1) ?? null);
  if (latestRow) sources.push(sourceOf(latestRow));
  if (useComputed && latestPoint) {
    const c = computedUsed.at(-1)!;
    sources.push({
      kind: "computed",
      observationId: null,
      title: ind.computedKey,
      date: c.asOf,
      url: null,
      period: String(c.year),
      value: c.value,
      dataStatus: "computed",
    });
  }
  const latest = {
    latestValue: latestPoint?.value ?? null,
    latestPeriod: latestPoint ? String(latestPoint.year) : null,
    latestQualifier: latestRow?.qualifier ?? null,
  };

  if (t.kind === "milestone") {
    const reached = withValue.find((o) => Number(o.value) >= target) ?? null;
    const achievedOn = reached
      ? (reached.sourceDate ?? reached.periodEnd)
      : computedReached(computed, target);
    if (reached) sources.push(sourceOf(reached));
    const m = milestoneProgress({ targetYear: t.year, achievedOn, asOf: opts.asOf });
    return {
      ...base,
      ...latest,
      status: m.status,
      ratio: null,
      expected: null,
      gap: null,
      cagr: null,
      yearlyGrowth: [],
      achievedOn: m.achievedOn,
      rule: "milestone",
      window: null,
      pathUnit: null,
      basis: null,
      forecast: null,
      forecastUnavailable: "milestone",
      requiredPath: [],
      divergence,
      sources,
    };
  }

  if (t.kind === "growth") {
    // A growth indicator's own figures are yearly rates; its levels are those of the indicator it is the growth of.
    const ownRates = ind.kind === "growth";
    const levelRows = ownRates
      ? levelInd
        ? obs.filter((o) => o.indicatorCode === levelInd.code && o.value != null)
        : []
      : withValue;
    const levels = ownRates
      ? levelRows.map((o) => ({ year: yearOf(o.period), value: Number(o.value) }))
      : series;
    const rates = ownRates ? reported : [];
    if (ownRates) for (const o of levelRows) sources.push(sourceOf(o));
    const g = growthProgress({
      rate: target,
      baseYear,
      targetYear: t.year,
      baseline,
      observations: levels,
      reportedRates: rates,
    });
    const f = forecast({
      kind: "growth",
      rate: target,
      baseYear,
      targetYear: t.year,
      baseline,
      observations: levels,
    });
    return {
      ...base,
      ...latest,
      status: g.status,
      ratio: g.ratio,
      expected: g.expected,
      gap: null,
      cagr: g.cagr,
      yearlyGrowth: g.yearlyGrowth.map((y) => ({ year: y.year, value: y.rate })),
      achievedOn: null,
      rule: "growth",
      window: null,
      pathUnit: ownRates && levelInd ? { zh: levelInd.unitZh, en: levelInd.unitEn } : null,
      basis: g.cagrBasis,
      ...presentForecast(f, levels),
      requiredPath: g.requiredPath,
      divergence,
      sources,
    };
  }

  // A target over a window (力争三年内新获批…) counts the increase since the end of the year before the window.
  let levelSeries = series;
  let levelBaseYear = baseYear;
  let levelBaseline = baseline;
  let basisNote: string | null = null;
  let window: TargetProgress["window"] = null;
  let windowed: Partial<TargetProgress> = {};
  if (t.windowFrom != null) {
    const baseYearOfWindow = t.windowFrom - 1;
    const since = (points: YearValue[]) => {
      const start = points.find((p) => p.year === baseYearOfWindow);
      return start
        ? points
            .filter((p) => p.year >= start.year)
            .map((p) => ({ year: p.year, value: p.value - start.value }))
        : [];
    };
    const start = series.find((p) => p.year === baseYearOfWindow) ?? null;
    levelSeries = since(series);
    levelBaseYear = baseYearOfWindow;
    levelBaseline = 0;
    basisNote = "window_increase";
    window = {
      from: t.windowFrom,
      to: t.windowTo ?? t.year,
      baseYear: baseYearOfWindow,
      baseValue: start?.value ?? null,
    };
    // Every figure of a window target is what was added since the window's base year (the target counts that).
    const last = levelSeries.at(-1) ?? null;
    const computedSince = since(computed);
    windowed = {
      latestValue: last?.value ?? null,
      latestPeriod: last ? String(last.year) : null,
      series: base.series
        .filter((p) => p.year >= baseYearOfWindow && start)
        .map((p) => ({ ...p, value: p.value - start!.value })),
      computedSeries: computedSince,
    };
  }
  const l = levelProgress({
    target,
    targetYear: t.year,
    baseYear: levelBaseYear,
    baseline: levelBaseline,
    direction,
    observations: levelSeries,
  });
  const f = forecast({
    kind: "level",
    target,
    targetYear: t.year,
    baseYear: levelBaseYear,
    baseline: levelBaseline,
    direction,
    observations: levelSeries,
  });
  return {
    ...base,
    ...latest,
    ...windowed,
    window,
    pathUnit: null,
    baselineValue: l.baseline,
    status: l.status,
    ratio: l.ratio,
    expected: l.expected,
    gap: l.gap,
    cagr: null,
    yearlyGrowth: [],
    achievedOn: null,
    rule: basisNote ?? "level",
    basis: l.basis,
    ...presentForecast(f, levelSeries),
    requiredPath: l.requiredPath,
    divergence,
    sources,
  };
}

function computedReached(computed: (YearValue & { asOf: string })[], target: number): string | null {
  return computed.find((p) => p.value >= target)?.asOf ?? null;
}

function presentForecast(outcome: ReturnType<typeof forecast>, series: YearValue[]) {
  if (!outcome.forecast) return { forecast: null, forecastUnavailable: outcome.reason };
  const f = outcome.forecast;
  const last = series.at(-1)?.year ?? f.year;
  return {
    forecast: {
      value: f.value,
      low: f.low,
      high: f.high,
      probability: f.probability,
      method: f.method,
      points: f.points,
      band: trendBand(f.fit, last, f.year).map((p) => ({
        year: p.year,
        value: p.value,
        low: p.low,
        high: p.high,
      })),
    },
    forecastUnavailable: null,
  };
}
