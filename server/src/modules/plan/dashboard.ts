import { CITY_CODE, DISTRICTS, type TargetProgress } from "@rdcity/common";
import type { Actor } from "../../core/actor.js";
import type { Executor } from "../../core/db/client.js";
import { computedSeries } from "../../core/indicators/index.js";
import type { PlanRow } from "./plans.js";
import { evaluateTargets } from "./progress.js";
import { listTasks, projectRollup, type TaskContext } from "./tasks.js";

/** The district breakdown shows the registry's counts that can be split by area. */
const DISTRICT_SERIES = ["platforms.all", "platforms.rd_centres", "platforms.national"] as const;

/**
 * The leadership dashboard in one call: every target with its status, the projects with their task roll-up, the
 * overdue tasks with why, and the districts with the registry's counts for the map.
 */
export async function dashboard(
  ex: Executor,
  actor: Actor,
  plan: PlanRow,
  opts: { asOf: string; as: "planned" | "current" },
  ctx: TaskContext,
) {
  const targets = await evaluateTargets(ex, plan, opts);
  const tasks = await listTasks(ex, actor, { planId: plan.id, asOf: opts.asOf }, ctx);
  const projects = await projectRollup(ex, plan.id, tasks);
  const districts = await districtBreakdown(ex, opts.asOf);
  const counts = countStatuses(targets);
  return {
    asOf: opts.asOf,
    as: opts.as,
    statusCounts: counts,
    targets,
    projects,
    overdue: tasks.filter((t) => t.overdue),
    supervisedTasks: tasks.filter((t) => t.openSupervision > 0).length,
    taskCount: tasks.length,
    districts,
  };
}

export function countStatuses(targets: TargetProgress[]) {
  const counts = { achieved: 0, on_track: 0, at_risk: 0, off_track: 0, no_data: 0 };
  for (const t of targets) counts[t.status]++;
  return counts;
}

async function districtBreakdown(ex: Executor, asOf: string) {
  const series = DISTRICT_SERIES.map((k) => computedSeries(k)).filter((s) => !!s);
  // One call per series when it can count every district at once.
  const byDistrict = new Map<string, Map<string, number>>();
  for (const s of series) if (s.countByDistrict) byDistrict.set(s.key, await s.countByDistrict(ex, { asOf }));
  const out = [];
  for (const d of DISTRICTS) {
    const values: Record<string, number | null> = {};
    for (const s of series) {
      const all = byDistrict.get(s.key);
      values[s.key] = all ? (all.get(d.code) ?? 0) : await s.count(ex, { asOf, areaCode: d.code });
    }
    out.push({ code: d.code, name: { zh: d.name, en: d.nameEn }, values });
  }
  const labels = Object.fromEntries(series.map((s) => [s.key, s.label]));
  return { cityCode: CITY_CODE, series: labels, items: out };
}
