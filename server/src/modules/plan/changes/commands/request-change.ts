import type { ChangeRequestInput } from "@rdcity/common";
import { and, eq } from "drizzle-orm";
import type { Actor } from "../../../../core/actor.js";
import { recordAudit } from "../../../../core/audit/index.js";
import type { Db, Executor } from "../../../../core/db/client.js";
import { AppError } from "../../../../core/errors.js";
import { defaultEnv, startInstance, type WorkflowEnv } from "../../../../core/workflow/index.js";
import { planByCode } from "../../plans.js";
import { instancePlacement } from "../../reports/unit-instances.js";
import { planChanges, planTargets, planTasks } from "../../schema.js";
import { type UnitRow, unitsOfActor } from "../../units.js";
import type { ChangeRow } from "../apply.js";
import {
  codesOfTaskChange,
  effectiveChanges,
  type TargetRow,
  type TaskRow,
  targetFields,
  taskFields,
  unitCodesById,
  unitIdsByCode,
} from "../fields.js";
import { CHANGE_PROCESS, CHANGE_SUBJECT } from "../process.js";

type Found =
  | { type: "target"; row: TargetRow; title: string }
  | { type: "task"; row: TaskRow; title: string };

async function findRecord(ex: Executor, planId: string, input: ChangeRequestInput): Promise<Found> {
  if (input.recordType === "target") {
    const [row] = await ex
      .select()
      .from(planTargets)
      .where(and(eq(planTargets.planId, planId), eq(planTargets.code, input.code)));
    if (!row) throw new AppError("not_found");
    return { type: "target", row, title: row.textZh };
  }
  const [row] = await ex
    .select()
    .from(planTasks)
    .where(and(eq(planTasks.planId, planId), eq(planTasks.code, input.code)));
  if (!row) throw new AppError("not_found");
  return { type: "task", row, title: row.titleZh };
}

/**
 * Who may ask: the city for any target or task; a department or district unit for the tasks it leads (its unit
 * is returned, the instance is placed with it). Anyone else: 403 plan_change_not_allowed.
 */
async function requesterUnit(ex: Executor, actor: Actor, found: Found): Promise<UnitRow | null> {
  if (actor.role === "city_admin" || actor.role === "system") return null;
  if ((actor.role === "department" || actor.role === "district") && found.type === "task") {
    const unit = (await unitsOfActor(ex, actor)).find((u) => u.id === found.row.leadUnitId);
    if (unit) return unit;
  }
  throw new AppError("plan_change_not_allowed");
}

/**
 * Proposes a change to a target or task: only the fields that differ from the record's current version are kept
 * (none → 422 plan_change_empty; unknown unit codes → 422 plan_unit_unknown); the change row, against the
 * record's current version, and its workflow instance (state proposed) are written in one transaction.
 */
export async function requestChange(
  db: Db,
  actor: Actor,
  input: ChangeRequestInput,
  env: Partial<WorkflowEnv> = {},
): Promise<ChangeRow> {
  const e = { ...defaultEnv, ...env };
  const now = e.clock.now();
  const plan = await planByCode(db, input.plan);
  const found = await findRecord(db, plan.id, input);
  const unit = await requesterUnit(db, actor, found);
  let proposed: Record<string, unknown>;
  if (input.recordType === "target" && found.type === "target") {
    proposed = effectiveChanges(input.changes, targetFields(found.row));
  } else if (input.recordType === "task" && found.type === "task") {
    await unitIdsByCode(db, codesOfTaskChange(input.changes));
    const codes = await unitCodesById(db, [found.row.leadUnitId, ...found.row.partnerUnitIds]);
    proposed = effectiveChanges(input.changes, taskFields(found.row, codes));
  } else {
    throw new AppError("not_found");
  }
  const placement = unit
    ? instancePlacement(unit, plan.cityCode)
    : { ownerOrgId: null, areaCode: plan.cityCode };
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(planChanges)
      .values({
        planId: plan.id,
        recordType: found.type,
        recordId: found.row.id,
        baseVersion: found.row.version,
        proposed,
        reason: input.reason,
        status: "proposed",
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
        process: CHANGE_PROCESS,
        subject: { type: CHANGE_SUBJECT, id: row!.id },
        ...placement,
        data: {
          recordType: found.type,
          code: input.code,
          title: found.title,
          changes: proposed,
          reason: input.reason,
          baseVersion: found.row.version,
        },
      },
      e,
    );
    const [linked] = await tx
      .update(planChanges)
      .set({ instanceId: instance.id })
      .where(eq(planChanges.id, row!.id))
      .returning();
    await recordAudit(tx, actor, {
      action: "plan_change.propose",
      targetType: `plan_${found.type}`,
      targetId: found.row.id,
      after: {
        changeId: row!.id,
        baseVersion: found.row.version,
        proposed,
        reason: input.reason,
        instanceId: instance.id,
      },
    });
    return linked!;
  });
}
