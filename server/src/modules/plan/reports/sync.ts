import { eq } from "drizzle-orm";
import { recordAudit } from "../../../core/audit/index.js";
import { shanghaiDate } from "../../../core/calendar/index.js";
import type { Executor } from "../../../core/db/client.js";
import { AppError } from "../../../core/errors.js";
import type { TransitionEvent } from "../../../core/workflow/index.js";
import { planProgressReports, planTasks } from "../schema.js";
import { ProgressFields } from "./fields.js";

export type ProgressReportRow = typeof planProgressReports.$inferSelect;

/**
 * The process hook: runs inside every transition's transaction (the generic workflow routes take them), so the
 * report's status never differs from its instance's state.
 * - submit: the figures of the (possibly edited) draft are taken from the instance data into the report;
 * - accept: the task's progress follows when the report's period is the latest accepted one (for one period,
 *   the lead unit's report counts over a partner's); the lead unit's 100 % completes an active task.
 */
export async function syncProgressReport(tx: Executor, event: TransitionEvent): Promise<void> {
  const { instance, actor, action, to } = event;
  const at = instance.stateEnteredAt;
  const [report] = await tx
    .select()
    .from(planProgressReports)
    .where(eq(planProgressReports.id, instance.subjectId))
    .for("update");
  if (!report) throw new Error(`progress report ${instance.subjectId} of instance ${instance.id} is missing`);
  const set: Partial<ProgressReportRow> = {
    status: to,
    version: report.version + 1,
    updatedAt: at,
    updatedBy: actor.username,
  };
  if (action === "submit") {
    if (instance.data.period !== undefined && instance.data.period !== report.period)
      throw new AppError("validation_failed", {
        detail: `period ${String(instance.data.period)} ≠ ${report.period}`,
      });
    const fields = ProgressFields.parse(instance.data);
    Object.assign(set, {
      percent: fields.percent,
      summary: fields.summary,
      indicatorCodes: fields.indicatorCodes ?? report.indicatorCodes,
      submittedAt: at,
    });
  }
  const [after] = await tx
    .update(planProgressReports)
    .set(set)
    .where(eq(planProgressReports.id, report.id))
    .returning();
  await recordAudit(tx, actor, {
    action: `plan_progress_report.${action}`,
    targetType: "plan_progress_report",
    targetId: report.id,
    before: { status: report.status, version: report.version },
    after: {
      status: after!.status,
      version: after!.version,
      percent: after!.percent,
      ...(event.comment ? { comment: event.comment } : {}),
    },
  });
  if (action === "accept") await followProgress(tx, event, after!);
}

async function followProgress(tx: Executor, event: TransitionEvent, report: ProgressReportRow) {
  const [task] = await tx.select().from(planTasks).where(eq(planTasks.id, report.taskId)).for("update");
  if (!task) return;
  const fromLead = !task.leadUnitId || task.leadUnitId === report.unitId;
  const current = task.progressPeriod;
  const latest = !current || report.period > current || (report.period === current && fromLead);
  if (!latest) return;
  const completes = fromLead && report.percent === 100 && task.status === "active";
  const at = event.instance.stateEnteredAt;
  const set: Partial<typeof planTasks.$inferSelect> = {
    progressPercent: report.percent,
    progressPeriod: report.period,
    updatedAt: at,
    updatedBy: event.actor.username,
    ...(completes ? { status: "completed", completedOn: shanghaiDate(at) } : {}),
  };
  await tx.update(planTasks).set(set).where(eq(planTasks.id, task.id));
  await recordAudit(tx, event.actor, {
    action: "plan_task.progress",
    targetType: "plan_task",
    targetId: task.id,
    before: {
      progressPercent: task.progressPercent,
      progressPeriod: task.progressPeriod,
      status: task.status,
    },
    after: {
      progressPercent: report.percent,
      progressPeriod: report.period,
      status: completes ? "completed" : task.status,
      reportId: report.id,
    },
  });
}
