import { and, eq } from "drizzle-orm";
import type { Actor } from "../../../core/actor.js";
import type { Executor } from "../../../core/db/client.js";
import { AppError } from "../../../core/errors.js";
import { plans, planTasks } from "../schema.js";
import { scopedTasks, type UnitRow } from "../units.js";

export type TaskRow = typeof planTasks.$inferSelect;
export type PlanRow = typeof plans.$inferSelect;

const isUuid = (v: string) => /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(v);

/** Whether the unit leads the task or takes part in it. */
export const unitOfTask = (task: Pick<TaskRow, "leadUnitId" | "partnerUnitIds">, unitId: string) =>
  task.leadUnitId === unitId || task.partnerUnitIds.includes(unitId);

/** The task, unscoped (writes check the actor's unit themselves and answer 403), or 404. */
export async function taskOr404(ex: Executor, taskId: string): Promise<{ task: TaskRow; plan: PlanRow }> {
  if (!isUuid(taskId)) throw new AppError("not_found");
  const [row] = await ex
    .select({ task: planTasks, plan: plans })
    .from(planTasks)
    .innerJoin(plans, eq(plans.id, planTasks.planId))
    .where(eq(planTasks.id, taskId));
  if (!row) throw new AppError("not_found");
  return row;
}

/** A task the actor may see (the city and the leadership all, a unit those it leads or takes part in), or 404. */
export async function visibleTask(
  ex: Executor,
  actor: Actor,
  taskId: string,
): Promise<{ task: TaskRow; units: UnitRow[] }> {
  if (!isUuid(taskId)) throw new AppError("not_found");
  const { units, where } = await scopedTasks(ex, actor);
  const [task] = await ex
    .select()
    .from(planTasks)
    .where(and(eq(planTasks.id, taskId), where));
  if (!task) throw new AppError("not_found");
  return { task, units };
}

/** The actor's unit that leads or takes part in the task (its lead role first), or 403 plan_task_not_yours. */
export function actorUnitOfTask(task: TaskRow, units: UnitRow[]): UnitRow {
  const unit = units.find((u) => u.id === task.leadUnitId) ?? units.find((u) => unitOfTask(task, u.id));
  if (!unit) throw new AppError("plan_task_not_yours");
  return unit;
}

const TASK_STATUS_NAMES: Record<string, { zh: string; en: string }> = {
  active: { zh: "推进中", en: "active" },
  completed: { zh: "完成", en: "completed" },
  withdrawn: { zh: "撤销", en: "withdrawn" },
};

/** Progress reports and supervision notices concern active tasks only. */
export function assertTaskActive(task: TaskRow): void {
  if (task.status === "active") return;
  const name = TASK_STATUS_NAMES[task.status] ?? { zh: task.status, en: task.status };
  throw new AppError("plan_task_not_active", { code: task.code, statusZh: name.zh, statusEn: name.en });
}

export const isUniqueViolation = (error: unknown) => {
  for (let e: unknown = error; e; e = (e as { cause?: unknown }).cause)
    if ((e as { code?: string }).code === "23505") return true;
  return false;
};
