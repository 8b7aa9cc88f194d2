import type { ProgressReportInput } from "@rdcity/common";
import { and, eq } from "drizzle-orm";
import type { Actor } from "../../../../core/actor.js";
import { recordAudit } from "../../../../core/audit/index.js";
import { shanghaiDate } from "../../../../core/calendar/index.js";
import type { Db } from "../../../../core/db/client.js";
import { AppError } from "../../../../core/errors.js";
import { defaultEnv, startInstance, type WorkflowEnv } from "../../../../core/workflow/index.js";
import { planProgressReports } from "../../schema.js";
import { unitsOfActor } from "../../units.js";
import { PROGRESS_PROCESS, PROGRESS_SUBJECT } from "../process.js";
import { currentPeriod, parsePeriod } from "../quarters.js";
import type { ProgressReportRow } from "../sync.js";
import { actorUnitOfTask, assertTaskActive, isUniqueViolation, taskOr404 } from "../task-access.js";
import { instancePlacement } from "../unit-instances.js";

/** A period may be reported on from its quarter on (not a future quarter), and not before the year 2000. */
export function assertReportablePeriod(period: string, today: string): void {
  const q = parsePeriod(period);
  if (!q || q.year < 2000 || period > currentPeriod(today))
    throw new AppError("progress_period_invalid", { period });
}

/**
 * Files a unit's draft report on a task: the report row and its workflow instance in one transaction. Only a
 * unit of the task files (403 otherwise); one report per task, unit and period (409). The evidence is uploaded
 * and the report submitted through the workflow's own routes.
 */
export async function createProgressReport(
  db: Db,
  actor: Actor,
  taskId: string,
  input: ProgressReportInput,
  env: Partial<WorkflowEnv> = {},
): Promise<ProgressReportRow> {
  const e = { ...defaultEnv, ...env };
  const now = e.clock.now();
  const { task, plan } = await taskOr404(db, taskId);
  const unit = actorUnitOfTask(task, await unitsOfActor(db, actor));
  assertTaskActive(task);
  assertReportablePeriod(input.period, shanghaiDate(now));
  const duplicate = () => new AppError("progress_report_duplicate", { period: input.period });
  const [taken] = await db
    .select({ id: planProgressReports.id })
    .from(planProgressReports)
    .where(
      and(
        eq(planProgressReports.taskId, task.id),
        eq(planProgressReports.unitId, unit.id),
        eq(planProgressReports.period, input.period),
      ),
    );
  if (taken) throw duplicate();
  const fields = {
    percent: input.percent,
    summary: input.summary,
    indicatorCodes: input.indicatorCodes ?? [],
  };
  try {
    return await db.transaction(async (tx) => {
      const [row] = await tx
        .insert(planProgressReports)
        .values({
          taskId: task.id,
          unitId: unit.id,
          period: input.period,
          ...fields,
          status: "draft",
          createdAt: now,
          createdBy: actor.username,
          updatedAt: now,
          updatedBy: actor.username,
        })
        .returning();
      const instance = await startInstance(
        tx as unknown as Db,
        actor,
        {
          process: PROGRESS_PROCESS,
          subject: { type: PROGRESS_SUBJECT, id: row!.id },
          ...instancePlacement(unit, plan.cityCode),
          data: { taskId: task.id, taskCode: task.code, period: input.period, ...fields },
        },
        e,
      );
      const [linked] = await tx
        .update(planProgressReports)
        .set({ instanceId: instance.id })
        .where(eq(planProgressReports.id, row!.id))
        .returning();
      await recordAudit(tx, actor, {
        action: "plan_progress_report.create",
        targetType: "plan_progress_report",
        targetId: row!.id,
        after: { taskId: task.id, unitId: unit.id, period: input.period, ...fields, instanceId: instance.id },
      });
      return linked!;
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw duplicate();
    throw error;
  }
}
