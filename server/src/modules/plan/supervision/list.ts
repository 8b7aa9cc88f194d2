import { and, asc, count, desc, eq, inArray, type SQL, sql } from "drizzle-orm";
import type { Actor } from "../../../core/actor.js";
import type { Executor } from "../../../core/db/client.js";
import { visibleTask } from "../reports/task-access.js";
import { planSupervisionNotices as n, planTasks, planUnits } from "../schema.js";
import { seesAllTasks, unitsOfActor } from "../units.js";
import { presentNotice } from "./presenters.js";
import type { SupervisionNotice, SupervisionQuery } from "./schemas.js";

/** Notices the actor may read: the city and the leadership all; a unit those addressed to it. */
export function noticeScope(actor: Actor, unitIds: readonly string[]): SQL | undefined {
  if (seesAllTasks(actor)) return undefined;
  return unitIds.length ? inArray(n.unitId, [...unitIds]) : sql`false`;
}

async function noticesWhere(
  ex: Executor,
  where: SQL | undefined,
  today: string,
  limit = 1000,
): Promise<SupervisionNotice[]> {
  const rows = await ex
    .select({ notice: n, task: planTasks, unit: planUnits })
    .from(n)
    .innerJoin(planTasks, eq(planTasks.id, n.taskId))
    .innerJoin(planUnits, eq(planUnits.id, n.unitId))
    .where(where)
    .orderBy(desc(n.createdAt), asc(n.id))
    .limit(limit);
  return rows.map((r) => presentNotice(r.notice, r.task, r.unit, today));
}

/** GET /api/plan/supervision: notices in the actor's scope, newest first, filtered by status and task. */
export async function listNotices(ex: Executor, actor: Actor, q: SupervisionQuery, today: string) {
  const units = await unitsOfActor(ex, actor);
  const where = and(
    noticeScope(
      actor,
      units.map((u) => u.id),
    ),
    q.status ? eq(n.status, q.status) : undefined,
    q.taskId ? eq(n.taskId, q.taskId) : undefined,
  );
  return noticesWhere(ex, where, today, q.limit);
}

/** One task's notices the actor may read (404 when the task is out of reach). */
export async function taskNotices(
  ex: Executor,
  actor: Actor,
  taskId: string,
  today: string,
): Promise<SupervisionNotice[]> {
  const { task, units } = await visibleTask(ex, actor, taskId);
  const where = and(
    eq(n.taskId, task.id),
    noticeScope(
      actor,
      units.map((u) => u.id),
    ),
  );
  return noticesWhere(ex, where, today);
}

/** One notice by id, unscoped (after issuing it). */
export async function noticeById(ex: Executor, id: string, today: string): Promise<SupervisionNotice> {
  const [notice] = await noticesWhere(ex, eq(n.id, id), today, 1);
  return notice!;
}

/** Open notices (issued or replied, not closed) per task, for the task list. */
export async function openSupervisionCounts(ex: Executor, taskIds: string[]): Promise<Map<string, number>> {
  const out = new Map<string, number>();
  if (!taskIds.length) return out;
  const rows = await ex
    .select({ taskId: n.taskId, open: count() })
    .from(n)
    .where(and(inArray(n.taskId, taskIds), inArray(n.status, ["issued", "replied"])))
    .groupBy(n.taskId);
  for (const r of rows) out.set(r.taskId, Number(r.open));
  return out;
}
