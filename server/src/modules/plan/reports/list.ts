import { and, asc, desc, eq, inArray, type SQL, sql } from "drizzle-orm";
import type { Actor } from "../../../core/actor.js";
import type { Executor } from "../../../core/db/client.js";
import { planProgressReports, planUnits } from "../schema.js";
import { seesAllTasks } from "../units.js";
import { presentProgressReport } from "./presenters.js";
import type { ProgressReport } from "./schemas.js";
import { type TaskRow, visibleTask } from "./task-access.js";

/** Reports the actor may read: the city and the leadership all; a unit only its own. */
export function reportScope(actor: Actor, unitIds: readonly string[]): SQL | undefined {
  if (seesAllTasks(actor)) return undefined;
  return unitIds.length ? inArray(planProgressReports.unitId, [...unitIds]) : sql`false`;
}

/** One task's reports, newest period first (404 when the task is out of the actor's reach). */
export async function listTaskReports(ex: Executor, actor: Actor, taskId: string): Promise<ProgressReport[]> {
  const { task, units } = await visibleTask(ex, actor, taskId);
  return reportsOf(
    ex,
    actor,
    task,
    units.map((u) => u.id),
  );
}

export async function reportsOf(
  ex: Executor,
  actor: Actor,
  task: TaskRow,
  unitIds: readonly string[],
  ...conditions: SQL[]
): Promise<ProgressReport[]> {
  const rows = await ex
    .select({ report: planProgressReports, unit: planUnits })
    .from(planProgressReports)
    .innerJoin(planUnits, eq(planUnits.id, planProgressReports.unitId))
    .where(and(eq(planProgressReports.taskId, task.id), reportScope(actor, unitIds), ...conditions))
    .orderBy(desc(planProgressReports.period), asc(planUnits.code));
  return rows.map((r) => presentProgressReport(r.report, r.unit, task.code));
}

/** One report by id (after creating it), as the actor sees it. */
export async function progressReportById(
  ex: Executor,
  actor: Actor,
  task: TaskRow,
  unitIds: string[],
  id: string,
) {
  const [found] = await reportsOf(ex, actor, task, unitIds, eq(planProgressReports.id, id));
  return found!;
}
