/**
 * The plan benchmark's baselines: hand-written SQL through the driver that fetches the data of the plan module's
 * answers (targets with their computed series and latest figures, the task list with its overdue reasons, the
 * districts' counts), shaped in JS only as far as needed to check it is the same data.
 */
import { CITY_CODE, DISTRICTS, PLATFORM_COUNTED_STATUSES } from "@rdcity/common";
import type { PlanRow } from "../../server/src/modules/plan/plans.js";
import {
  lastDueQuarter,
  periodOf,
  quarterStart,
  reportDue,
} from "../../server/src/modules/plan/reports/quarters.js";
import type { Raw } from "./engines.js";

type Param = (value: unknown) => string;

/** Numbered parameters for one statement. */
export function statement() {
  const params: unknown[] = [];
  const p: Param = (value) => {
    params.push(value);
    return `$${params.length}`;
  };
  return { params, p };
}

// ---- computed series, as app/computed-series.ts defines them ----

type Series =
  | { kind: "platforms"; where: (p: Param) => string }
  | { kind: "entities"; where: string }
  | { kind: "reports" }
  | { kind: "pool" };

const types = (codes: string[]) => (p: Param) => `p.type_code = ANY(${p(codes)}::text[])`;
const SERIES: Record<string, Series> = {
  "platforms.all": { kind: "platforms", where: () => "true" },
  "platforms.rd_centres": {
    kind: "platforms",
    where: () => "p.type_code IN (SELECT code FROM platform_types WHERE is_rd_centre)",
  },
  "platforms.national": { kind: "platforms", where: (p) => `p.level = ${p("national")}` },
  "platforms.national_key_labs": { kind: "platforms", where: types(["state_key_lab"]) },
  "platforms.national_innovation_centres": {
    kind: "platforms",
    where: types([
      "national_tech_innovation_center",
      "national_mfg_innovation_center",
      "national_industry_innovation_center",
    ]),
  },
  "platforms.national_enterprise_tech_centres": {
    kind: "platforms",
    where: types(["national_enterprise_tech_center"]),
  },
  "platforms.national_labs": { kind: "platforms", where: types(["national_lab"]) },
  "platforms.major_facilities": { kind: "platforms", where: types(["major_infrastructure"]) },
  "entities.listed": { kind: "entities", where: "is_listed" },
  "entities.little_giants": { kind: "entities", where: "little_giant = 'national'" },
  "entities.high_tech": { kind: "entities", where: "is_high_tech" },
  "reports.rd_spending": { kind: "reports" },
  "cultivation.pool": { kind: "pool" },
};

export const DISTRICT_SERIES = ["platforms.all", "platforms.rd_centres", "platforms.national"] as const;

const area = (p: Param, areaCode: string | undefined, column = "p.district_code") =>
  areaCode && areaCode !== CITY_CODE ? ` AND ${column} = ${p(areaCode)}` : "";

/** The status a platform had at the end of a day: the last entry of its status history on or before it. */
const statusAsOf = (p: Param, day: string) =>
  `(SELECT h.status FROM platform_status_history h WHERE h.platform_id = p.id AND h.effective_on <= ${p(day)}::date
     ORDER BY h.effective_on DESC, h.id DESC LIMIT 1) = ANY(${p(PLATFORM_COUNTED_STATUSES)}::text[])`;

/** One figure of a series as of a day: one statement, as the module's count does. */
async function countOnce(
  raw: Raw,
  key: string,
  asOf: string,
  areaCode: string | undefined,
): Promise<number | null> {
  const series = SERIES[key];
  if (!series) throw new Error(`no raw SQL for the computed series ${key}`);
  const s = statement();
  if (series.kind === "platforms") {
    const [row] = await raw.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM platforms p WHERE ${series.where(s.p)}${area(s.p, areaCode)} AND ${statusAsOf(s.p, asOf)}`,
      s.params,
    );
    return Number(row!.n);
  }
  if (series.kind === "entities") {
    // The registry's flags have no dated history: only today's figure.
    if (asOf < new Date().toISOString().slice(0, 10)) return null;
    const [row] = await raw.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM entities WHERE status = 'active' AND ${series.where}${area(s.p, areaCode, "district_code")}`,
      s.params,
    );
    return Number(row!.n);
  }
  if (series.kind === "pool") {
    // Every platform that had entered the cultivation pool by then (the platform's current district).
    const [row] = await raw.query<{ n: number }>(
      `SELECT count(DISTINCT c.platform_id)::int AS n FROM cultivation_pool c WHERE c.entered_on <= ${s.p(asOf)}::date${
        areaCode && areaCode !== CITY_CODE
          ? ` AND EXISTS (SELECT 1 FROM platforms p WHERE p.id = c.platform_id${area(s.p, areaCode)})`
          : ""
      }`,
      s.params,
    );
    return Number(row!.n);
  }
  const [row] = await raw.query<{ n: number; s: string }>(
    `SELECT count(*)::int AS n, CAST(COALESCE(SUM(r.rd_spending), 0) AS numeric(16, 2))::text AS s
       FROM platform_annual_reports r JOIN platforms p ON p.id = r.platform_id
      WHERE r.year = ${s.p(Number(asOf.slice(0, 4)))} AND r.status = 'accepted'${area(s.p, areaCode)}`,
    s.params,
  );
  return Number(row!.n) ? Number(row!.s) / 10_000 : null;
}

/**
 * Every year's figure of several series at once: all the platform series in one statement (each platform's
 * status intervals from one pass over the history, joined to the year ends, a `FILTER` per series), the
 * annual reports' sums in one `GROUP BY year`, the registry's current counts as they are.
 */
async function countAllYears(
  raw: Raw,
  keys: readonly string[],
  ends: { year: number; asOf: string }[],
  areaCode: string | undefined,
): Promise<Map<string, Map<number, number | null>>> {
  const out = new Map<string, Map<number, number | null>>();
  for (const key of keys) {
    if (!SERIES[key]) throw new Error(`no raw SQL for the computed series ${key}`);
    out.set(key, new Map(ends.map((e) => [e.year, null])));
  }
  const platformKeys = keys.filter((k) => SERIES[k]!.kind === "platforms");
  if (platformKeys.length) {
    const s = statement();
    const counts = platformKeys.map(
      (k, i) =>
        `count(p.id) FILTER (WHERE ${(SERIES[k] as Extract<Series, { kind: "platforms" }>).where(s.p)})::int AS s${i}`,
    );
    const rows = await raw.query<Record<string, number>>(
      `WITH e(year, d) AS (SELECT * FROM unnest(${s.p(ends.map((e) => e.year))}::int[], ${s.p(ends.map((e) => e.asOf))}::date[])),
            iv AS (SELECT platform_id, status, effective_on AS since,
                          lead(effective_on) OVER (PARTITION BY platform_id ORDER BY effective_on, id) AS until
                     FROM platform_status_history)
       SELECT e.year, ${counts.join(", ")}
         FROM e LEFT JOIN (iv JOIN platforms p ON p.id = iv.platform_id${area(s.p, areaCode)})
              ON iv.since <= e.d AND (iv.until IS NULL OR iv.until > e.d)
             AND iv.status = ANY(${s.p(PLATFORM_COUNTED_STATUSES)}::text[])
        GROUP BY e.year`,
      s.params,
    );
    for (const r of rows)
      for (const [i, k] of platformKeys.entries()) out.get(k)!.set(Number(r.year), Number(r[`s${i}`]));
  }
  for (const key of keys.filter((k) => ["entities", "pool"].includes(SERIES[k]!.kind)))
    for (const e of ends) out.get(key)!.set(e.year, await countOnce(raw, key, e.asOf, areaCode));
  for (const key of keys.filter((k) => SERIES[k]!.kind === "reports")) {
    const s = statement();
    const rows = await raw.query<{ year: number; n: number; s: string }>(
      `SELECT r.year, count(*)::int AS n, CAST(COALESCE(SUM(r.rd_spending), 0) AS numeric(16, 2))::text AS s
         FROM platform_annual_reports r JOIN platforms p ON p.id = r.platform_id
        WHERE r.year = ANY(${s.p(ends.map((e) => e.year))}::int[]) AND r.status = 'accepted'${area(s.p, areaCode)}
        GROUP BY r.year`,
      s.params,
    );
    for (const r of rows) out.get(key)!.set(Number(r.year), Number(r.n) ? Number(r.s) / 10_000 : null);
  }
  return out;
}

// ---- targets ----

/** The figures up to a target's year, or all when there are none by then (as the module judges). */
export const upTo = (points: { year: number; value: number }[], year: number) => {
  const within = points.filter((p) => p.year <= year);
  return within.length ? within : points;
};

export interface RawTarget {
  code: string;
  year: number;
  indicatorCode: string;
  authoritative: "reported" | "computed";
  /** The computed series since the first year the registry held anything. */
  computed: { year: number; value: number }[];
  /** The latest vintage of each period, with a value (the indicator's own figures). */
  reported: { year: number; value: number }[];
  /** A level target's window's first year (its figures are the increases since the year before). */
  windowFrom: number | null;
}

interface TargetRowRaw {
  code: string;
  kind: string;
  year: number;
  status: string;
  indicator_code: string;
  window_from: number | null;
  task_code: string | null;
  snapshot: { year?: number; status?: string } | null;
}

interface IndicatorRowRaw {
  code: string;
  computed_key: string | null;
  authoritative: string;
}

/**
 * The data of every target's progress: the targets (as planned: their version-1 snapshot), their indicators,
 * the latest vintage of each period's figure known on `asOf`, and the computed series (one statement per series
 * and year, as the module counts — or, `batched`, every series and year in as few statements as they allow).
 */
export async function rawTargets(
  raw: Raw,
  plan: PlanRow,
  opts: { asOf: string; as: "planned" | "current"; areaCode?: string; batched?: boolean },
): Promise<RawTarget[]> {
  const areaCode = opts.areaCode ?? CITY_CODE;
  const t = statement();
  const targets = await raw.query<TargetRowRaw>(
    `SELECT t.*, k.code AS task_code, ${opts.as === "planned" ? "v.snapshot" : "NULL AS snapshot"}
       FROM plan_targets t LEFT JOIN plan_tasks k ON k.id = t.task_id
       ${opts.as === "planned" ? "LEFT JOIN plan_versions v ON v.record_type = 'target' AND v.record_id = t.id AND v.version = 1" : ""}
      WHERE t.plan_id = ${t.p(plan.id)} ORDER BY t.seq`,
    t.params,
  );
  const links = new Map(
    ((plan.pack as { indicators?: { code: string; growthOf?: string }[] }).indicators ?? []).flatMap((i) =>
      i.growthOf ? [[i.code, i.growthOf] as const] : [],
    ),
  );
  const codes = [...new Set(targets.map((r) => r.indicator_code))];
  const all = [...codes, ...codes.flatMap((c) => (links.get(c) ? [links.get(c)!] : []))];
  const inds = await raw.query<IndicatorRowRaw>("SELECT * FROM indicators WHERE code = ANY($1::text[])", [
    all,
  ]);
  const indByCode = new Map(inds.map((i) => [i.code, i]));
  const o = statement();
  // What was known on asOf: published (else recorded, at the latest at the period's end) by then, and revisions
  // recorded by then; the latest such vintage of each period, with what a target's sources show.
  const obs = await raw.query<{ indicator_code: string; period: string; value: string | null }>(
    `SELECT * FROM (
       SELECT DISTINCT ON (indicator_code, period) id, indicator_code, period, period_end, value, qualifier,
              data_status, source_title, source_date, source_url, note
         FROM indicator_observations
        WHERE indicator_code = ANY(${o.p(all)}::text[]) AND area_code = ${o.p(areaCode)}
          AND COALESCE(source_date, LEAST((created_at AT TIME ZONE 'UTC')::date, period_end)) <= ${o.p(opts.asOf)}::date
          AND NOT (vintage > 1 AND (created_at AT TIME ZONE 'UTC')::date > ${o.p(opts.asOf)}::date)
        ORDER BY indicator_code, period, vintage DESC) latest
      WHERE period_end <= ${o.p(`${opts.asOf.slice(0, 4)}-12-31`)}::date
      ORDER BY period_end`,
    o.params,
  );
  const lastYear = Number(opts.asOf.slice(0, 4));
  const ends: { year: number; asOf: string }[] = [];
  for (let year = plan.baseYear; year <= lastYear; year++) {
    const end = `${year}-12-31`;
    ends.push({ year, asOf: end < opts.asOf ? end : opts.asOf });
  }
  const scope = areaCode === CITY_CODE ? undefined : areaCode;
  const live = targets.flatMap((r) => {
    const status = typeof r.snapshot?.status === "string" ? r.snapshot.status : r.status;
    const key = indByCode.get(r.indicator_code)?.computed_key;
    return status !== "withdrawn" && key ? [key] : [];
  });
  const batch = opts.batched ? await countAllYears(raw, [...new Set(live)], ends, scope) : null;
  const computedOf = new Map<string, { year: number; value: number }[]>();
  const out: RawTarget[] = [];
  for (const r of targets) {
    const year = typeof r.snapshot?.year === "number" ? r.snapshot.year : r.year;
    const status = typeof r.snapshot?.status === "string" ? r.snapshot.status : r.status;
    const ind = indByCode.get(r.indicator_code);
    if (status === "withdrawn" || !ind) continue;
    if (!computedOf.has(ind.code)) {
      const points: { year: number; value: number }[] = [];
      if (ind.computed_key) {
        const byYear = batch?.get(ind.computed_key);
        for (const e of ends) {
          const value = byYear ? byYear.get(e.year) : await countOnce(raw, ind.computed_key, e.asOf, scope);
          if (value != null) points.push({ year: e.year, value });
        }
      }
      const first = points.findIndex((p) => p.value > 0);
      computedOf.set(ind.code, first < 0 ? [] : points.slice(first));
    }
    const computed = computedOf.get(ind.code)!;
    const reported = obs
      .filter((x) => x.indicator_code === ind.code && x.value != null)
      .map((x) => ({ year: Number(x.period.slice(0, 4)), value: Number(x.value) }));
    // The authoritative series; when it cannot answer (no figure, none at the start of a window), the other.
    const answers = (points: { year: number; value: number }[]) => {
      const used = upTo(points, year);
      return used.length > 0 && (r.window_from == null || used.some((p) => p.year === r.window_from! - 1));
    };
    let useComputed =
      (ind.authoritative === "computed" && computed.length > 0) || (!reported.length && computed.length > 0);
    if (!answers(useComputed ? computed : reported) && answers(useComputed ? reported : computed))
      useComputed = !useComputed;
    out.push({
      code: r.code,
      year,
      indicatorCode: ind.code,
      authoritative: useComputed ? "computed" : "reported",
      computed,
      reported,
      windowFrom: r.kind === "level" ? r.window_from : null,
    });
  }
  return out;
}

// ---- tasks ----

export interface RawTask {
  id: string;
  code: string;
  projectCode: string;
  status: string;
  progressPercent: number;
  reasons: { kind: string; label: string; due: string }[];
  openSupervision: number;
}

/**
 * The task list in one statement: the scope (a unit's tasks: those it leads or takes part in), and each overdue
 * reason — the task's own due date, milestones passed undone, units that have not given the last due quarter's
 * report (nor a later one) — and the open supervision notices, with the units' names.
 */
export async function rawTasks(
  raw: Raw,
  plan: PlanRow,
  opts: { asOf: string; unitId?: string },
): Promise<RawTask[]> {
  const q = lastDueQuarter(opts.asOf);
  const s = statement();
  const asOf = s.p(opts.asOf);
  const scope = opts.unitId
    ? ` AND (t.lead_unit_id = ${s.p(opts.unitId)}::uuid OR t.partner_unit_ids && ARRAY[${s.p(opts.unitId)}]::uuid[])`
    : "";
  const rows = await raw.query<{
    id: string;
    code: string;
    project_code: string;
    status: string;
    progress_percent: number;
    task_late: boolean;
    due_on: string | null;
    late_milestones: { zh: string; due: string }[];
    missing: { name: string }[];
    open_supervision: number;
  }>(
    `SELECT t.id, t.code, pr.code AS project_code, t.status, t.progress_percent, t.due_on::text AS due_on,
            (t.status = 'active' AND t.due_on < ${asOf}::date) AS task_late,
            CASE WHEN t.status = 'active' THEN
              (SELECT COALESCE(json_agg(json_build_object('zh', m.title_zh, 'due', m.due_on::text)), '[]')
                 FROM plan_milestones m WHERE m.task_id = t.id AND m.done_on IS NULL AND m.due_on < ${asOf}::date)
            ELSE '[]' END AS late_milestones,
            CASE WHEN t.status = 'active' AND pl.issued_on <= ${s.p(quarterStart(q))}::date THEN
              (SELECT COALESCE(json_agg(json_build_object('name', u.name_zh) ORDER BY x.ord), '[]')
                 FROM (SELECT DISTINCT ON (z.id) z.id, z.ord
                         FROM unnest(array_prepend(t.lead_unit_id, t.partner_unit_ids)) WITH ORDINALITY AS z(id, ord)
                        WHERE z.id IS NOT NULL ORDER BY z.id, z.ord) x
                 JOIN plan_units u ON u.id = x.id
                WHERE NOT EXISTS (SELECT 1 FROM plan_progress_reports r
                                   WHERE r.task_id = t.id AND r.unit_id = x.id AND r.period >= ${s.p(periodOf(q))}
                                     AND r.status IN ('submitted', 'accepted')))
            ELSE '[]' END AS missing,
            (SELECT count(*)::int FROM plan_supervision_notices n
              WHERE n.task_id = t.id AND n.status IN ('issued', 'replied')) AS open_supervision
       FROM plan_tasks t
       JOIN plan_projects pr ON pr.id = t.project_id
       JOIN plans pl ON pl.id = t.plan_id
      WHERE t.plan_id = ${s.p(plan.id)}${scope}
      ORDER BY pr.seq, t.seq`,
    s.params,
  );
  const period = periodOf(q);
  const due = reportDue(q);
  return rows.map((r) => ({
    id: r.id,
    code: r.code,
    projectCode: r.project_code,
    status: r.status,
    progressPercent: Number(r.progress_percent),
    reasons: [
      ...(r.task_late ? [{ kind: "task", label: "任务到期未完成", due: r.due_on! }] : []),
      ...r.late_milestones.map((m) => ({ kind: "milestone", label: m.zh, due: m.due })),
      ...r.missing.map((m) => ({ kind: "report", label: `${m.name} ${period} 季度进展报告未报送`, due })),
    ],
    openSupervision: Number(r.open_supervision),
  }));
}

/** The dashboard's map: each district's count of the three area series as of a day, one statement per series. */
export async function rawDistricts(raw: Raw, asOf: string): Promise<Record<string, Record<string, number>>> {
  const out: Record<string, Record<string, number>> = Object.fromEntries(DISTRICTS.map((d) => [d.code, {}]));
  for (const key of DISTRICT_SERIES) {
    const series = SERIES[key] as Extract<Series, { kind: "platforms" }>;
    const s = statement();
    const rows = await raw.query<{ code: string; n: number }>(
      `SELECT p.district_code AS code, count(*)::int AS n FROM platforms p
        WHERE ${series.where(s.p)} AND ${statusAsOf(s.p, asOf)} GROUP BY p.district_code`,
      s.params,
    );
    const counts = new Map(rows.map((r) => [r.code, Number(r.n)]));
    for (const d of DISTRICTS) out[d.code]![key] = counts.get(d.code) ?? 0;
  }
  return out;
}

/** The latest vintage of each period of one indicator in one area, as known on a day. */
export async function rawLatestVintages(raw: Raw, code: string, areaCode: string, asOf: string) {
  return raw.query<{ id: string }>(
    `SELECT * FROM (
       SELECT DISTINCT ON (period) * FROM indicator_observations
        WHERE indicator_code = $1 AND area_code = $2
          AND COALESCE(source_date, LEAST((created_at AT TIME ZONE 'UTC')::date, period_end)) <= $3::date
          AND NOT (vintage > 1 AND (created_at AT TIME ZONE 'UTC')::date > $3::date)
        ORDER BY period, vintage DESC) latest
      ORDER BY period_end`,
    [code, areaCode, asOf],
  );
}
