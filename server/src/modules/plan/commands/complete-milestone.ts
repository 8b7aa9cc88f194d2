import { eq, sql } from "drizzle-orm";
import type { Actor } from "../../../core/actor.js";
import { recordAudit } from "../../../core/audit/index.js";
import type { Db } from "../../../core/db/client.js";
import { AppError } from "../../../core/errors.js";
import { actorUnitOfTask, visibleTask } from "../reports/task-access.js";
import { planMilestones } from "../schema.js";
import { seesAllTasks } from "../units.js";

const isUuid = (v: string) => /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(v);

/**
 * Records that a milestone was reached (or, with null, that it was not after all): the task's lead unit or the
 * city. The date may not lie in the future; a stale version is refused (412), like every edit.
 */
export async function completeMilestone(
  db: Db,
  actor: Actor,
  milestoneId: string,
  input: { doneOn: string | null; expectedVersion: number },
  today: string,
) {
  if (!isUuid(milestoneId)) throw new AppError("not_found");
  if (input.doneOn && input.doneOn > today) throw new AppError("milestone_date_future", { today });
  return db.transaction(async (tx) => {
    const [m] = await tx
      .select()
      .from(planMilestones)
      .where(eq(planMilestones.id, milestoneId))
      .for("update");
    if (!m) throw new AppError("not_found");
    const { task, units } = await visibleTask(tx, actor, m.taskId);
    if (!(seesAllTasks(actor) && actor.role !== "leadership")) {
      const unit = actorUnitOfTask(task, units);
      if (unit.id !== task.leadUnitId) throw new AppError("plan_task_not_yours");
    }
    if (m.version !== input.expectedVersion)
      throw new AppError("version_conflict", { by: m.updatedBy ?? "", at: m.updatedAt.toISOString() });
    const [row] = await tx
      .update(planMilestones)
      .set({
        doneOn: input.doneOn,
        version: sql`${planMilestones.version} + 1`,
        updatedAt: new Date(),
        updatedBy: actor.username,
      })
      .where(eq(planMilestones.id, milestoneId))
      .returning();
    await recordAudit(tx, actor, {
      action: "plan_milestone.update",
      targetType: "plan_milestone",
      targetId: milestoneId,
      before: { doneOn: m.doneOn },
      after: { doneOn: row!.doneOn },
    });
    return row!;
  });
}
