import { and, eq } from "drizzle-orm";
import { recordAudit } from "../../../core/audit/index.js";
import { shanghaiDate } from "../../../core/calendar/index.js";
import type { Executor } from "../../../core/db/client.js";
import { AppError } from "../../../core/errors.js";
import type { TransitionEvent } from "../../../core/workflow/index.js";
import { planChanges, planTargets, planTasks, planVersions } from "../schema.js";
import { targetSnapshot, taskSnapshot } from "../snapshots.js";
import {
  codesOfTaskChange,
  type TargetChange,
  type TargetRow,
  type TaskChange,
  type TaskRow,
  unitIdsByCode,
} from "./fields.js";

export type ChangeRow = typeof planChanges.$inferSelect;

const DECIDED: Record<string, string> = { approve: "approved", reject: "rejected", withdraw: "withdrawn" };

/**
 * The process hook, inside the transition's transaction. Approval applies the change: when the record's
 * version is still the one the change was proposed against, the record takes the proposed fields and the next
 * version, and a plan_versions row keeps the full snapshot with the reason and the change; a record changed
 * meanwhile refuses the approval (409 plan_change_stale, nothing written). Rejection and withdrawal record the
 * decision.
 */
export async function applyDecision(tx: Executor, event: TransitionEvent): Promise<void> {
  const { instance, actor, action } = event;
  const at = instance.stateEnteredAt;
  const [change] = await tx
    .select()
    .from(planChanges)
    .where(eq(planChanges.id, instance.subjectId))
    .for("update");
  if (!change) throw new Error(`plan change ${instance.subjectId} of instance ${instance.id} is missing`);
  const status = DECIDED[action];
  if (!status) return;
  let applied: { version: number; snapshot: Record<string, unknown> } | null = null;
  if (action === "approve") applied = await applyChange(tx, change, actor.username, at);
  await tx
    .update(planChanges)
    .set({ status, decidedAt: at, version: change.version + 1, updatedAt: at, updatedBy: actor.username })
    .where(eq(planChanges.id, change.id));
  await recordAudit(tx, actor, {
    action: `plan_change.${action}`,
    targetType: `plan_${change.recordType}`,
    targetId: change.recordId,
    before: { changeId: change.id, status: change.status, baseVersion: change.baseVersion },
    after: {
      changeId: change.id,
      status,
      ...(applied ? { version: applied.version, snapshot: applied.snapshot } : {}),
      ...(event.comment ? { comment: event.comment } : {}),
    },
  });
}

function stale(current: number, base: number): never {
  throw new AppError("plan_change_stale", { current, base });
}

async function applyChange(tx: Executor, change: ChangeRow, by: string, at: Date) {
  const stamp = { updatedAt: at, updatedBy: by };
  let version: number;
  let snapshot: Record<string, unknown>;
  if (change.recordType === "target") {
    const [row] = await tx
      .select()
      .from(planTargets)
      .where(eq(planTargets.id, change.recordId))
      .for("update");
    if (!row) throw new AppError("not_found");
    if (row.version !== change.baseVersion) stale(row.version, change.baseVersion);
    const [updated] = await tx
      .update(planTargets)
      .set({ ...targetSet(change.proposed as TargetChange), version: row.version + 1, ...stamp })
      .where(and(eq(planTargets.id, row.id), eq(planTargets.version, row.version)))
      .returning();
    if (!updated) stale(row.version + 1, change.baseVersion);
    version = updated.version;
    snapshot = targetSnapshot(updated);
  } else {
    const [row] = await tx.select().from(planTasks).where(eq(planTasks.id, change.recordId)).for("update");
    if (!row) throw new AppError("not_found");
    if (row.version !== change.baseVersion) stale(row.version, change.baseVersion);
    const set = await taskSet(tx, row, change.proposed as TaskChange, at);
    const [updated] = await tx
      .update(planTasks)
      .set({ ...set, version: row.version + 1, ...stamp })
      .where(and(eq(planTasks.id, row.id), eq(planTasks.version, row.version)))
      .returning();
    if (!updated) stale(row.version + 1, change.baseVersion);
    version = updated.version;
    snapshot = taskSnapshot(updated);
  }
  await tx.insert(planVersions).values({
    recordType: change.recordType,
    recordId: change.recordId,
    version,
    snapshot,
    reason: change.reason,
    changeId: change.id,
    createdAt: at,
    createdBy: by,
  });
  return { version, snapshot };
}

function targetSet(c: TargetChange): Partial<TargetRow> {
  const set: Partial<TargetRow> = {};
  if (c.year !== undefined) set.year = c.year;
  if (c.value !== undefined) set.value = String(c.value);
  if (c.valueMax !== undefined) set.valueMax = c.valueMax === null ? null : String(c.valueMax);
  if (c.text) Object.assign(set, { textZh: c.text.zh, textEn: c.text.en });
  if (c.status !== undefined) set.status = c.status;
  return set;
}

async function taskSet(tx: Executor, row: TaskRow, c: TaskChange, at: Date): Promise<Partial<TaskRow>> {
  const ids = await unitIdsByCode(tx, codesOfTaskChange(c));
  const set: Partial<TaskRow> = {};
  if (c.dueOn !== undefined) set.dueOn = c.dueOn;
  if (c.leadUnitCode !== undefined)
    set.leadUnitId = c.leadUnitCode === null ? null : ids.get(c.leadUnitCode)!;
  if (c.partnerUnitCodes !== undefined) set.partnerUnitIds = c.partnerUnitCodes.map((code) => ids.get(code)!);
  if (c.status !== undefined && c.status !== row.status) {
    set.status = c.status;
    set.completedOn = c.status === "completed" ? (row.completedOn ?? shanghaiDate(at)) : null;
  }
  return set;
}
