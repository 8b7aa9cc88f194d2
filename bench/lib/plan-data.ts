/**
 * The plan benchmark's data: the real Changsha 2023 pack and published figures (through the module's own
 * loaders), the platforms benchmark's registry (10 000 platforms with status history and annual reports), and,
 * for the supervision side, generated figures and quarterly work written straight into the tables by
 * `INSERT … SELECT` (deterministic: the same rows on both engines):
 *
 * - observations of every reported indicator of the pack for the nine districts over twenty years, a fifth of
 *   them revised once and some twice (later vintages, later publication dates), a few missing;
 * - a quarterly progress report of each unit (lead and partners) of each task from the plan's first quarter to
 *   the last one due, all accepted but the last quarter's, where some are missing, drafts or only submitted;
 * - supervision notices (督办) on about a third of the tasks, issued, replied or closed.
 */
import fs from "node:fs";
import path from "node:path";
import { CITY_CODE, DISTRICTS } from "@rdcity/common";
import { registerComputedSeriesOfModules } from "../../server/src/app/computed-series.js";
import { systemActor } from "../../server/src/core/actor.js";
import type { Database } from "../../server/src/core/db/client.js";
import { loadPlan, loadPublishedFigures, planByCode } from "../../server/src/modules/plan/index.js";
import type { PlanRow } from "../../server/src/modules/plan/plans.js";
import {
  lastDueQuarter,
  nextQuarter,
  periodOf,
  quarterOfDate,
} from "../../server/src/modules/plan/reports/quarters.js";
import { rawOf } from "./engines.js";
import { loadPlatforms, type ReportsLoad } from "./platform-data.js";
import { ROOT } from "./process.js";
import { log } from "./stats.js";

export const PLAN_PACK = path.join(ROOT, "plans/changsha-2023.yaml");
export const PLAN_FIGURES = path.join(ROOT, "server/assets/changsha/changsha_indicators.csv");

export interface PlanLoad {
  platforms: number;
  entities: number;
  reports: ReportsLoad;
  plan: { targets: number; tasks: number; projects: number; indicators: number; milestones: number };
  figures: { loaded: number; missing: number };
  observations: { rows: number; series: number; revised: number; note: string };
  progressReports: number;
  notices: number;
  seconds: number;
}

/** Generated observations: 20 years up to last year, for each district. */
const OBS_YEARS = 20;

export async function loadPlanData(
  database: Database,
  opts: { platforms: number; entities: number; reportsPerPlatform: number; asOf: string },
): Promise<{ plan: PlanRow; load: PlanLoad }> {
  const start = performance.now();
  registerComputedSeriesOfModules();
  const registry = await loadPlatforms(database, {
    platforms: opts.platforms,
    entities: opts.entities,
    reportsPerPlatform: opts.reportsPerPlatform,
  });
  const db = database.db;
  const actor = systemActor("bench");
  const loaded = await loadPlan(db, actor, fs.readFileSync(PLAN_PACK, "utf8"), {
    sourceFile: "plans/changsha-2023.yaml",
  });
  if (!loaded.ok)
    throw new Error(
      `the pack does not load: ${loaded.problems.map((p) => `${p.path} ${p.code}`).join("; ")}`,
    );
  const plan = await planByCode(db, "changsha-2023");
  const figures = await loadPublishedFigures(
    db,
    actor,
    plan.pack as never,
    fs.readFileSync(PLAN_FIGURES, "utf8"),
  );
  const raw = rawOf(database);

  // Observations: reported indicators of the pack × districts × years × vintages.
  const reported = (
    (plan.pack as { indicators?: { code: string; source: string }[] }).indicators ?? []
  ).filter((i) => i.source !== "computed");
  const lastYear = Number(opts.asOf.slice(0, 4)) - 1;
  const firstYear = lastYear - OBS_YEARS + 1;
  const h = (key: string, n: number) => `(abs(hashtext(i.code || a.code || y::text || '${key}')) % ${n})`;
  // Vintages per series: 1 for most, 2 for about a fifth, 3 for about one in fifteen.
  const vintages = `(CASE WHEN ${h("v", 15)} = 0 THEN 3 WHEN ${h("v", 15)} < 4 THEN 2 ELSE 1 END)`;
  const published = `(CASE v WHEN 1 THEN make_date(y + 1, 4, 30) WHEN 2 THEN make_date(y + 1, 10, 31)
                             ELSE make_date(y + 2, 6, 30) END)`;
  await raw.query(
    `INSERT INTO indicator_observations (indicator_code, period, period_end, area_code, vintage, value, qualifier,
       data_status, source_title, source_date, note, review_state, created_at, updated_at, created_by, updated_by)
     SELECT i.code, y::text, make_date(y, 12, 31), a.code, v,
            CASE WHEN ${h("m", 40)} = 0 THEN NULL ELSE (1000 + 40 * (y - ${firstYear}) + ${h("x", 200)} + 7 * v)::numeric END,
            CASE WHEN ${h("q", 10)} = 0 THEN 'ge' ELSE NULL END,
            CASE WHEN ${h("m", 40)} = 0 THEN 'missing' WHEN ${h("d", 25)} = 0 THEN 'reported_check_year' ELSE 'reported' END,
            'bench: ' || a.code || ' statistical bulletin ' || (y + 1), ${published},
            CASE WHEN ${h("m", 40)} = 0 THEN 'not published' ELSE NULL END,
            CASE WHEN v = 1 THEN 'verified' ELSE 'entered' END,
            ${published}::timestamptz + interval '10 hours', ${published}::timestamptz + interval '10 hours',
            'bench', 'bench'
       FROM unnest($1::text[]) AS i(code)
      CROSS JOIN unnest($2::text[]) AS a(code)
      CROSS JOIN generate_series(${firstYear}, ${lastYear}) AS y
      CROSS JOIN generate_series(1, 3) AS v
      WHERE v <= ${vintages} AND ${published} <= CAST($3 AS date)`,
    [reported.map((i) => i.code), DISTRICTS.map((d) => d.code), opts.asOf],
  );
  const [obs] = await raw.query<{ rows: number; series: number; revised: number }>(
    `SELECT count(*)::int AS rows, count(DISTINCT (indicator_code, area_code))::int AS series,
            count(*) FILTER (WHERE vintage > 1)::int AS revised
       FROM indicator_observations WHERE area_code <> $1`,
    [CITY_CODE],
  );

  // Quarterly progress reports, from the first quarter after the plan was issued to the last one due.
  const last = lastDueQuarter(opts.asOf);
  const periods: string[] = [];
  for (let q = nextQuarter(quarterOfDate(plan.issuedOn)); periodOf(q) <= periodOf(last); q = nextQuarter(q))
    periods.push(periodOf(q));
  const lastPeriod = periodOf(last);
  // Hashes of codes, not of ids (random uuids): both engines get the same rows.
  const th = (key: string, n: number) => `(abs(hashtext(t.code || pu.code || '${key}')) % ${n})`;
  await raw.query(
    `INSERT INTO plan_progress_reports (task_id, unit_id, period, percent, summary, indicator_codes, status,
       submitted_at, created_at, updated_at, created_by, updated_by)
     SELECT t.id, u.id, p.period, LEAST(100, 5 * p.n + ${th("pct", 10)}),
            'bench: progress of ' || t.code || ' in ' || p.period, t.indicator_codes,
            CASE WHEN p.period < $2 THEN 'accepted'
                 WHEN ${th("s", 10)} = 0 THEN 'draft' WHEN ${th("s", 10)} = 1 THEN 'submitted' ELSE 'accepted' END,
            now(), now(), now(), 'bench', 'bench'
       FROM plan_tasks t
      CROSS JOIN LATERAL unnest(array_prepend(t.lead_unit_id, t.partner_unit_ids)) AS u(id)
      JOIN plan_units pu ON pu.id = u.id
      CROSS JOIN unnest($1::text[]) WITH ORDINALITY AS p(period, n)
      WHERE t.plan_id = $3 AND t.status = 'active'
        AND NOT (p.period = $2 AND ${th("s", 10)} IN (2, 3))
     ON CONFLICT DO NOTHING`,
    [periods, lastPeriod, plan.id],
  );
  // Tasks carry the percentage of their lead unit's latest accepted report.
  await raw.query(
    `UPDATE plan_tasks t SET progress_percent = r.percent, progress_period = r.period
       FROM (SELECT DISTINCT ON (task_id) task_id, percent, period FROM plan_progress_reports r
              WHERE status = 'accepted' ORDER BY task_id, period DESC) r
      WHERE r.task_id = t.id AND t.plan_id = $1`,
    [plan.id],
  );
  const tn = (key: string, n: number) => `(abs(hashtext(t.code || '${key}' || k::text)) % ${n})`;
  await raw.query(
    `INSERT INTO plan_supervision_notices (task_id, unit_id, number, reason, response_due, reply, replied_at,
       status, created_at, updated_at, created_by, updated_by)
     SELECT t.id, t.lead_unit_id, '督办〔bench〕' || row_number() OVER (ORDER BY t.code, k) || '号',
            'bench: progress behind plan', CAST($2 AS date) + ${tn("due", 60)} - 30,
            CASE WHEN ${tn("st", 3)} > 0 THEN 'bench reply' END,
            CASE WHEN ${tn("st", 3)} > 0 THEN now() END,
            CASE ${tn("st", 3)} WHEN 0 THEN 'issued' WHEN 1 THEN 'replied' ELSE 'closed' END,
            now(), now(), 'bench', 'bench'
       FROM plan_tasks t CROSS JOIN generate_series(1, 2) AS k
      WHERE t.plan_id = $1 AND t.lead_unit_id IS NOT NULL
        AND ${tn("has", 3)} = 0 AND (k = 1 OR ${tn("two", 2)} = 0)`,
    [plan.id, opts.asOf],
  );
  const [counts] = await raw.query<{
    targets: number;
    tasks: number;
    projects: number;
    indicators: number;
    milestones: number;
    reports: number;
    notices: number;
  }>(
    `SELECT (SELECT count(*)::int FROM plan_targets WHERE plan_id = $1) AS targets,
            (SELECT count(*)::int FROM plan_tasks WHERE plan_id = $1) AS tasks,
            (SELECT count(*)::int FROM plan_projects WHERE plan_id = $1) AS projects,
            (SELECT count(DISTINCT indicator_code)::int FROM plan_targets WHERE plan_id = $1) AS indicators,
            (SELECT count(*)::int FROM plan_milestones m JOIN plan_tasks t ON t.id = m.task_id
              WHERE t.plan_id = $1) AS milestones,
            (SELECT count(*)::int FROM plan_progress_reports) AS reports,
            (SELECT count(*)::int FROM plan_supervision_notices) AS notices`,
    [plan.id],
  );
  await raw.query("ANALYZE");
  const load: PlanLoad = {
    platforms: registry.platforms,
    entities: registry.entities,
    reports: registry.reports,
    plan: {
      targets: counts!.targets,
      tasks: counts!.tasks,
      projects: counts!.projects,
      indicators: counts!.indicators,
      milestones: counts!.milestones,
    },
    figures: { loaded: figures.loaded, missing: figures.missing },
    observations: {
      rows: obs!.rows,
      series: obs!.series,
      revised: obs!.revised,
      note: `${reported.length} reported indicators × ${DISTRICTS.length} districts × ${firstYear}–${lastYear}`,
    },
    progressReports: counts!.reports,
    notices: counts!.notices,
    seconds: (performance.now() - start) / 1000,
  };
  log(
    `  plan: ${load.plan.targets} targets, ${load.plan.tasks} tasks, ${load.figures.loaded} published figures; ` +
      `${load.observations.rows} generated observations (${load.observations.revised} later vintages), ` +
      `${load.progressReports} progress reports, ${load.notices} notices`,
  );
  return { plan, load };
}
