/**
 * 6. The plan module on the real Changsha 2023 pack and published figures, over the platforms benchmark's
 * registry (10 000 platforms with status history, 50 000 annual reports) and generated district figures and
 * quarterly work: target progress (`evaluateTargets`, as adjusted and as planned, for the city and a district),
 * the leadership dashboard, a department's task list and one indicator's latest vintages, each through the
 * module's own functions against hand-written SQL through the driver that fetches the same answer's data
 * (checked: the same computed series and figures per target, the same tasks with the same overdue reasons and
 * open notices, the same district counts, the same observation ids), and through HTTP.
 */
import type { TargetProgress, TaskSummary } from "@rdcity/common";
import type { FastifyInstance } from "fastify";
import { type Actor, systemActor, userActor } from "../server/src/core/actor.js";
import { createUser } from "../server/src/core/auth/users.js";
import type { Database } from "../server/src/core/db/client.js";
import { latestVintages, observationsOf } from "../server/src/core/indicators/index.js";
import { dashboard } from "../server/src/modules/plan/dashboard.js";
import type { PlanRow } from "../server/src/modules/plan/plans.js";
import { evaluateTargets } from "../server/src/modules/plan/progress.js";
import { planTaskContext } from "../server/src/modules/plan/queries.js";
import { listTasks } from "../server/src/modules/plan/tasks.js";
import { type Raw, rawOf } from "./lib/engines.js";
import { ADMIN_PASSWORD_IN_PROCESS, httpGet } from "./lib/http.js";
import { type Answer, type Measured, measure } from "./lib/measure.js";
import {
  type RawTarget,
  type RawTask,
  rawDistricts,
  rawLatestVintages,
  rawTargets,
  rawTasks,
  upTo,
} from "./lib/plan-raw.js";
import { log } from "./lib/stats.js";

export interface Figures extends Measured {
  name: string;
  /** What the raw side does. */
  baseline: string;
  /** Statements sent for one answer by the module and by the baseline. */
  statements: { product: number; raw: number };
}

const DISTRICT = "430104";
const OBS_INDICATOR = "gdp";

// ---- keys: the data both sides must agree on ----

/** Per target: its computed series, and the series it was judged on when that is the official one. */
function targetsKey(targets: { code: string; computed: unknown; judged: unknown }[]): string {
  return JSON.stringify(targets.map((t) => [t.code, t.computed, t.judged]));
}

const productTargets = (ts: TargetProgress[]) =>
  targetsKey(
    ts.map((t) => ({
      code: t.code,
      computed: t.computedSeries.map((p) => [p.year, p.value]),
      judged: t.authoritative === "reported" ? t.series.map((p) => [p.year, p.value]) : "computed",
    })),
  );

/** A window target's figures: the increases since the year before its window (none without that year). */
const since = (points: { year: number; value: number }[], from: number | null) => {
  if (from == null) return points;
  const start = points.find((p) => p.year === from - 1);
  return start
    ? points.filter((p) => p.year >= start.year).map((p) => ({ ...p, value: p.value - start.value }))
    : [];
};

const rawTargetsKey = (ts: RawTarget[]) =>
  targetsKey(
    ts.map((t) => ({
      code: t.code,
      computed: since(t.computed, t.windowFrom).map((p) => [p.year, p.value]),
      judged:
        t.authoritative === "reported"
          ? since(upTo(t.reported, t.year), t.windowFrom).map((p) => [p.year, p.value])
          : "computed",
    })),
  );

type TaskKeyRow = [string, string, number, [string, string, string][], number];
const sortReasons = (rs: [string, string, string][]) =>
  [...rs].sort((a, b) => a.join("|").localeCompare(b.join("|")));

const productTasksKey = (ts: TaskSummary[]) =>
  JSON.stringify(
    ts.map(
      (t): TaskKeyRow => [
        t.id,
        t.projectCode,
        t.progressPercent,
        sortReasons(t.overdueReasons.map((r) => [r.kind, r.label.zh, r.due])),
        t.openSupervision,
      ],
    ),
  );

const rawTasksKey = (ts: RawTask[]) =>
  JSON.stringify(
    ts.map(
      (t): TaskKeyRow => [
        t.id,
        t.projectCode,
        t.progressPercent,
        sortReasons(t.reasons.map((r) => [r.kind, r.label, r.due])),
        t.openSupervision,
      ],
    ),
  );

interface Measure {
  name: string;
  baseline: string;
  product: () => Promise<Answer>;
  raw: () => Promise<Answer>;
  http?: { url: string; cookie: string };
}

/** A signed-in user of a role, through the app's own sign-in (for the HTTP timings). */
async function signInAs(
  app: FastifyInstance,
  database: Database,
  username: string,
  role: "leadership" | "department",
  orgId: string | null,
): Promise<string> {
  await database.db.transaction((tx) =>
    createUser(
      tx,
      systemActor("bench"),
      {
        username,
        displayName: username,
        role,
        password: ADMIN_PASSWORD_IN_PROCESS,
        orgId,
        mustChangePassword: false,
      },
      "zh-CN",
      { bypassSeparation: true },
    ),
  );
  const res = await app.inject({
    method: "POST",
    url: "/api/auth/login",
    payload: { username, password: ADMIN_PASSWORD_IN_PROCESS },
  });
  if (res.statusCode !== 200) throw new Error(`sign-in of ${username} failed: ${res.statusCode} ${res.body}`);
  return res.cookies.map((c) => `${c.name}=${c.value}`).join("; ");
}

const actorOf = (role: "leadership" | "department", orgId: string | null): Actor =>
  userActor(
    {
      id:
        role === "leadership"
          ? "00000000-0000-4000-8000-0000000000a1"
          : "00000000-0000-4000-8000-0000000000a2",
      username: `bench-${role}`,
      role,
      areaCode: null,
      orgId,
    },
    null,
    "session",
  );

/** The unit that leads the most tasks (ties by code): the department whose list is measured. */
async function busiestUnit(raw: Raw, plan: PlanRow): Promise<{ id: string; code: string; tasks: number }> {
  const [row] = await raw.query<{ id: string; code: string; n: number }>(
    `SELECT u.id, u.code, count(*)::int AS n FROM plan_tasks t JOIN plan_units u ON u.id = t.lead_unit_id
      WHERE t.plan_id = $1 AND u.kind = 'department' GROUP BY u.id, u.code ORDER BY n DESC, u.code LIMIT 1`,
    [plan.id],
  );
  if (!row) throw new Error("no department leads a task of the plan");
  return { id: row.id, code: row.code, tasks: Number(row.n) };
}

export async function benchPlan(
  database: Database,
  plan: PlanRow,
  opts: {
    runs: number;
    warmup: number;
    budgetMs: number;
    asOf: string;
    http?: { app: FastifyInstance } | undefined;
  },
): Promise<{ figures: Figures[]; unit: string }> {
  const raw = rawOf(database);
  const ctx = planTaskContext();
  const { asOf } = opts;
  const unit = await busiestUnit(raw, plan);
  const leader = actorOf("leadership", null);
  const department = actorOf("department", unit.id);
  const cookies = opts.http
    ? {
        leader: await signInAs(opts.http.app, database, "bench-leader", "leadership", null),
        department: await signInAs(opts.http.app, database, "bench-department", "department", unit.id),
      }
    : null;
  const q = `plan=${plan.code}&asOf=${asOf}`;

  const targets = (as: "planned" | "current", areaCode?: string) => async (): Promise<Answer> => {
    const ts = await evaluateTargets(database.db, plan, { asOf, as, ...(areaCode ? { areaCode } : {}) });
    return { key: productTargets(ts), total: ts.length };
  };
  const targetsRaw =
    (as: "planned" | "current", areaCode?: string, batched = false) =>
    async (): Promise<Answer> => {
      const ts = await rawTargets(raw, plan, { asOf, as, ...(areaCode ? { areaCode } : {}), batched });
      return { key: rawTargetsKey(ts), total: ts.length };
    };
  const PER_YEAR = "1 count per series × year";

  const measures: Measure[] = [
    {
      name: "evaluateTargets current",
      baseline: PER_YEAR,
      product: targets("current"),
      raw: targetsRaw("current"),
      ...(cookies ? { http: { url: `/api/plan/targets?${q}&as=current`, cookie: cookies.leader } } : {}),
    },
    {
      name: "evaluateTargets current",
      baseline: "all platform series × years in 1 statement",
      product: targets("current"),
      raw: targetsRaw("current", undefined, true),
    },
    {
      name: "evaluateTargets planned",
      baseline: PER_YEAR,
      product: targets("planned"),
      raw: targetsRaw("planned"),
      ...(cookies ? { http: { url: `/api/plan/targets?${q}&as=planned`, cookie: cookies.leader } } : {}),
    },
    {
      name: "evaluateTargets current, 岳麓区",
      baseline: PER_YEAR,
      product: targets("current", DISTRICT),
      raw: targetsRaw("current", DISTRICT),
    },
    {
      name: "dashboard (leadership)",
      baseline: `${PER_YEAR}; 1 for tasks; GROUP BY district`,
      product: async () => {
        const d = await dashboard(database.db, leader, plan, { asOf, as: "current" }, ctx);
        const districts = Object.fromEntries(d.districts.items.map((i) => [i.code, i.values]));
        return {
          key: JSON.stringify([
            productTargets(d.targets),
            productTasksKey(d.overdue),
            d.taskCount,
            d.projects.map((x) => x.code),
            districts,
          ]),
          total: d.targets.length,
        };
      },
      raw: async () => {
        const ts = await rawTargets(raw, plan, { asOf, as: "current" });
        const tasks = await rawTasks(raw, plan, { asOf });
        const projects = await raw.query<{ code: string }>(
          "SELECT code FROM plan_projects WHERE plan_id = $1 ORDER BY seq",
          [plan.id],
        );
        const districts = await rawDistricts(raw, asOf);
        return {
          key: JSON.stringify([
            rawTargetsKey(ts),
            rawTasksKey(tasks.filter((t) => t.reasons.length > 0)),
            tasks.length,
            projects.map((x) => x.code),
            districts,
          ]),
          total: ts.length,
        };
      },
      ...(cookies ? { http: { url: `/api/plan/dashboard?${q}`, cookie: cookies.leader } } : {}),
    },
    {
      name: `listTasks, department (${unit.code})`,
      baseline: "1 statement",
      product: async () => {
        const ts = await listTasks(database.db, department, { planId: plan.id, asOf }, ctx);
        return { key: productTasksKey(ts), total: ts.length };
      },
      raw: async () => {
        const ts = await rawTasks(raw, plan, { asOf, unitId: unit.id });
        return { key: rawTasksKey(ts), total: ts.length };
      },
      ...(cookies ? { http: { url: `/api/plan/tasks?${q}`, cookie: cookies.department } } : {}),
    },
    {
      name: `observationsOf + latestVintages (${OBS_INDICATOR}, 岳麓区)`,
      baseline: "1 statement (DISTINCT ON)",
      product: async () => {
        const rows = latestVintages(await observationsOf(database.db, [OBS_INDICATOR], DISTRICT), asOf);
        return { key: rows.map((r) => r.id).join(), total: rows.length };
      },
      raw: async () => {
        const rows = await rawLatestVintages(raw, OBS_INDICATOR, DISTRICT, asOf);
        return { key: rows.map((r) => r.id).join(), total: rows.length };
      },
    },
  ];

  const out: Figures[] = [];
  for (const m of measures) {
    const measured = await measure(
      {
        product: m.product,
        raw: m.raw,
        http: m.http && opts.http ? httpGet(opts.http.app, m.http.url, m.http.cookie) : null,
      },
      {
        ...opts,
        countOn: database,
        disagree: (mine, theirs) => {
          log(`  ! ${m.name}: module and raw SQL disagree (totals ${mine.total}/${theirs.total})`);
          log(`    module: ${mine.key.slice(0, 1500)}`);
          log(`    raw:    ${theirs.key.slice(0, 1500)}`);
        },
      },
    );
    const statements = measured.statements!;
    const figures: Figures = { name: m.name, baseline: m.baseline, ...measured, statements };
    log(
      `  ${m.name} [${m.baseline}]: module p50 ${figures.product.p50} / p95 ${figures.product.p95} ms, raw p50 ${figures.raw.p50} / p95 ${figures.raw.p95} ms (${figures.ratio}× / ${figures.ratioP95}×; ${statements.product} / ${statements.raw} statements)`,
    );
    out.push(figures);
  }
  return { figures: out, unit: unit.code };
}
