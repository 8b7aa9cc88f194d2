import type { SupervisionInput } from "@rdcity/common";
import { eq } from "drizzle-orm";
import type { Actor } from "../../../../core/actor.js";
import { recordAudit } from "../../../../core/audit/index.js";
import { shanghaiDate } from "../../../../core/calendar/index.js";
import type { Db, Executor } from "../../../../core/db/client.js";
import { AppError } from "../../../../core/errors.js";
import { notify } from "../../../../core/notify/index.js";
import { defaultEnv, startInstance, type WorkflowEnv } from "../../../../core/workflow/index.js";
import { assertTaskActive, type TaskRow, taskOr404, unitOfTask } from "../../reports/task-access.js";
import { instancePlacement, unitAudience } from "../../reports/unit-instances.js";
import { planSupervisionNotices, planUnits } from "../../schema.js";
import type { UnitRow } from "../../units.js";
import { nextNoticeNumber } from "../number.js";
import { SUPERVISION_PROCESS, SUPERVISION_SUBJECT } from "../process.js";
import type { NoticeRow } from "../sync.js";

/** The reply date must be after today and at most a year ahead (the same date next year). */
export function assertResponseDue(responseDue: string, today: string): void {
  const yearAhead = `${Number(today.slice(0, 4)) + 1}${today.slice(4)}`;
  if (!(responseDue > today && responseDue <= yearAhead))
    throw new AppError("supervision_due_invalid", { today });
}

/** The unit addressed: the one named by code, else the task's lead; it must lead or take part in the task. */
async function addressedUnit(ex: Executor, task: TaskRow, unitCode: string | undefined): Promise<UnitRow> {
  if (!unitCode && !task.leadUnitId) throw new AppError("supervision_unit_required");
  const [unit] = await ex
    .select()
    .from(planUnits)
    .where(unitCode ? eq(planUnits.code, unitCode) : eq(planUnits.id, task.leadUnitId!));
  if (!unit) throw new AppError("plan_unit_unknown", { codes: unitCode ?? "" });
  if (!unitOfTask(task, unit.id)) throw new AppError("plan_unit_not_of_task", { unit: unit.nameZh });
  return unit;
}

/**
 * Issues a supervision notice (督办) on a task to one of its units: the notice with the year's next number and
 * its workflow instance in state `issued`, in one transaction.
 *
 * The instance is started without the issuer's user id, so that the issuer does not become its "owner" (the
 * owner replies): the owner is the addressed department unit, or nobody for a district unit, whose users reply
 * through the district role. The issuer is named in the history and in the audit record of the notice.
 */
export async function issueSupervisionNotice(
  db: Db,
  actor: Actor,
  taskId: string,
  input: SupervisionInput,
  env: Partial<WorkflowEnv> = {},
): Promise<NoticeRow> {
  const e = { ...defaultEnv, ...env };
  const now = e.clock.now();
  const today = shanghaiDate(now);
  const { task, plan } = await taskOr404(db, taskId);
  assertTaskActive(task);
  assertResponseDue(input.responseDue, today);
  const unit = await addressedUnit(db, task, input.unitCode);
  return db.transaction(async (tx) => {
    const number = await nextNoticeNumber(tx, Number(today.slice(0, 4)));
    const [row] = await tx
      .insert(planSupervisionNotices)
      .values({
        taskId: task.id,
        unitId: unit.id,
        number,
        reason: input.reason,
        responseDue: input.responseDue,
        status: "issued",
        createdAt: now,
        createdBy: actor.username,
        updatedAt: now,
        updatedBy: actor.username,
      })
      .returning();
    const instance = await startInstance(
      tx as unknown as Db,
      { ...actor, userId: null },
      {
        process: SUPERVISION_PROCESS,
        subject: { type: SUPERVISION_SUBJECT, id: row!.id },
        ...instancePlacement(unit, plan.cityCode),
        data: {
          number,
          taskId: task.id,
          taskCode: task.code,
          reason: input.reason,
          responseDue: input.responseDue,
        },
      },
      e,
    );
    const [linked] = await tx
      .update(planSupervisionNotices)
      .set({ instanceId: instance.id })
      .where(eq(planSupervisionNotices.id, row!.id))
      .returning();
    await recordAudit(tx, actor, {
      action: "plan_supervision.issue",
      targetType: "plan_supervision_notice",
      targetId: row!.id,
      after: {
        number,
        taskId: task.id,
        unitId: unit.id,
        reason: input.reason,
        responseDue: input.responseDue,
        instanceId: instance.id,
      },
    });
    await tellDepartment(tx, unit, task, linked!);
    return linked!;
  });
}

/**
 * A notice starts in the state that awaits the unit, and the workflow tells nobody of a start (its subscriber tells
 * of transitions), so the addressed department is told here, with the notice's text. A district unit's users are
 * told by the district role's inbox notification of the same instance.
 */
async function tellDepartment(tx: Executor, unit: UnitRow, task: TaskRow, notice: NoticeRow) {
  if (unit.kind === "district") return;
  await notify(tx, {
    audience: await unitAudience(tx, unit),
    kind: "plan.supervision_issued",
    title: {
      zh: `${notice.number}：任务“${task.code} ${task.titleZh}”`,
      en: `Supervision notice ${notice.number}: task ${task.code} “${task.titleEn}”`,
    },
    body: {
      zh: `督办事由：${notice.reason}（请于 ${notice.responseDue} 前答复）`,
      en: `Reason: ${notice.reason} (reply by ${notice.responseDue})`,
    },
    link: `/console/workflow/${notice.instanceId}`,
    subjectType: "workflow_instance",
    subjectId: notice.instanceId!,
    dedupeKey: `plan_supervision:${notice.id}:issued`,
  });
}
