import { asc, eq, sql } from "drizzle-orm";
import type { Executor } from "../../core/db/client.js";
import { AppError } from "../../core/errors.js";
import { planProjects, plans, planTargets, planTasks } from "./schema.js";

export type PlanRow = typeof plans.$inferSelect;

/** The plan named by its code, or (no code) the first plan loaded — Changsha 2023 on a fresh install. */
export async function planByCode(ex: Executor, code?: string): Promise<PlanRow> {
  const query = ex.select().from(plans);
  const [row] = code
    ? await query.where(eq(plans.code, code))
    : await query.orderBy(asc(plans.createdAt), asc(plans.code)).limit(1);
  if (!row) throw new AppError("not_found");
  return row;
}

export async function listPlans(ex: Executor) {
  const rows = await ex
    .select({
      plan: plans,
      targets: sql<number>`(SELECT count(*)::int FROM ${planTargets} WHERE ${planTargets.planId} = ${plans.id})`,
      projects: sql<number>`(SELECT count(*)::int FROM ${planProjects} WHERE ${planProjects.planId} = ${plans.id})`,
      tasks: sql<number>`(SELECT count(*)::int FROM ${planTasks} WHERE ${planTasks.planId} = ${plans.id})`,
      indicators: sql<number>`(SELECT count(DISTINCT ${planTargets.indicatorCode})::int FROM ${planTargets} WHERE ${planTargets.planId} = ${plans.id})`,
    })
    .from(plans)
    .orderBy(asc(plans.createdAt), asc(plans.code));
  return rows.map((r) => ({
    ...presentPlan(r.plan),
    counts: {
      targets: Number(r.targets),
      projects: Number(r.projects),
      tasks: Number(r.tasks),
      indicators: Number(r.indicators),
    },
  }));
}

export function presentPlan(p: PlanRow) {
  return {
    code: p.code,
    title: { zh: p.titleZh, en: p.titleEn },
    issuedOn: p.issuedOn,
    issuer: { zh: p.issuerZh, en: p.issuerEn },
    city: { code: p.cityCode, name: { zh: p.cityNameZh, en: p.cityNameEn } },
    baseYear: p.baseYear,
    horizon: p.horizon,
  };
}
