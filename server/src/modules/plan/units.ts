import { and, eq, inArray, or, type SQL, sql } from "drizzle-orm";
import type { Actor } from "../../core/actor.js";
import type { Executor } from "../../core/db/client.js";
import { planTasks, planUnits } from "./schema.js";

export type UnitRow = typeof planUnits.$inferSelect;

/** Roles that read every task (the city, the leadership, the system). */
const SEES_ALL = new Set(["city_admin", "leadership", "system", "sys_admin"]);

/**
 * The units an actor speaks for: a department user's organisation is its unit (users.org_id = plan_units.id);
 * a district user belongs to the district unit of its area. Others belong to none.
 */
export async function unitsOfActor(ex: Executor, actor: Actor): Promise<UnitRow[]> {
  if (actor.role === "department" && actor.orgId)
    return ex.select().from(planUnits).where(eq(planUnits.id, actor.orgId));
  if (actor.role === "district" && actor.areaCode)
    return ex
      .select()
      .from(planUnits)
      .where(and(eq(planUnits.kind, "district"), eq(planUnits.areaCode, actor.areaCode)));
  return [];
}

export function seesAllTasks(actor: Actor): boolean {
  return SEES_ALL.has(actor.role);
}

/**
 * The WHERE clause that limits tasks to the actor's: all for the city and the leadership; for a unit, the tasks
 * it leads or takes part in; nothing for anyone else. Every task query takes it (scope in the query).
 */
export function taskScope(actor: Actor, unitIds: readonly string[]): SQL | undefined {
  if (seesAllTasks(actor)) return undefined;
  if (!unitIds.length) return sql`false`;
  return or(
    inArray(planTasks.leadUnitId, [...unitIds]),
    sql`${planTasks.partnerUnitIds} && ARRAY[${sql.join(
      unitIds.map((id) => sql`${id}`),
      sql`, `,
    )}]::uuid[]`,
  );
}

/** Scope for an actor in one call: loads its units and returns the filter with them. */
export async function scopedTasks(ex: Executor, actor: Actor) {
  const units = await unitsOfActor(ex, actor);
  return {
    units,
    where: taskScope(
      actor,
      units.map((u) => u.id),
    ),
  };
}

export async function unitsByIds(ex: Executor, ids: readonly string[]): Promise<UnitRow[]> {
  if (!ids.length) return [];
  return ex
    .select()
    .from(planUnits)
    .where(inArray(planUnits.id, [...ids]));
}

export function presentUnit(u: UnitRow) {
  return {
    id: u.id,
    code: u.code,
    name: { zh: u.nameZh, en: u.nameEn },
    kind: u.kind as "department" | "district",
    areaCode: u.areaCode,
    demo: u.demo,
  };
}
