import { and, eq } from "drizzle-orm";
import type { Actor } from "../actor.js";
import { recordAudit } from "../audit/index.js";
import type { Db, Executor } from "../db/client.js";
import { AppError } from "../errors.js";
import { type LoadedInstance, loadInstance, mayAct } from "./access.js";
import { type Transition, transitionsFrom } from "./definition.js";
import { envOf, type WorkflowEnv } from "./env.js";
import { emitWorkflowEvent } from "./events.js";
import { actionParams, dueOnEntering, guardProblems } from "./guards.js";
import { dataDelta, presentInstance, type WorkflowInstance, writeHistory } from "./history.js";
import { TransitionInput } from "./inputs.js";
import { pair, rolesLabel } from "./labels.js";
import type { InstanceRow } from "./registry.js";
import { workflowInstances } from "./schema.js";
import { applySteps } from "./steps.js";
import { versionConflictOf } from "./versions.js";

/** Largest instance data accepted (the JSON text), so that one application cannot bloat every read. */
export const MAX_DATA_BYTES = 512 * 1024;

export function versionConflict(row: InstanceRow): never {
  versionConflictOf(row);
}

export function mergeData(
  before: Record<string, unknown>,
  input: Record<string, unknown> | undefined,
): Record<string, unknown> {
  const merged = { ...before, ...input };
  const size = Buffer.byteLength(JSON.stringify(merged));
  if (size > MAX_DATA_BYTES) throw new AppError("payload_too_large", { limit: "512 KB" });
  return merged;
}

/** The transition named `action` from the instance's state, if the actor may take it; fails naming the rule. */
export function findTransition(loaded: LoadedInstance, actor: Actor, action: string): Transition {
  const { def, instance } = loaded;
  const t = transitionsFrom(def, instance.state).find((x) => x.action === action);
  if (!t) {
    const label = def.transitions.find((x) => x.action === action)?.label ?? { zh: action, en: action };
    throw new AppError("transition_not_allowed", actionParams(def, { action, label }, instance.state));
  }
  if (!mayAct(actor, instance, t.roles)) {
    throw new AppError("transition_role", {
      ...actionParams(def, t, instance.state),
      ...pair("roles", rolesLabel(t.roles)),
    });
  }
  return t;
}

export interface TransitionRequest {
  action: string;
  expectedVersion: number;
  data?: Record<string, unknown>;
  comment?: string | null;
  /** For a public_notice step: its length (default: the definition's, normally 5 working days). */
  noticeWorkingDays?: number;
}

/**
 * Takes a transition inside the caller's transaction: version, state, role, rules, then a conditional UPDATE
 * (`WHERE version = expected`), so two people acting at once cannot both move the instance; history, step
 * effects, the module's hook and the audit record follow in the same transaction.
 */
export async function applyTransition(
  tx: Executor,
  actor: Actor,
  loaded: LoadedInstance,
  request: TransitionRequest,
  env: WorkflowEnv,
): Promise<InstanceRow> {
  const { def, hooks, instance } = loaded;
  if (instance.version !== request.expectedVersion) versionConflict(instance);
  const t = findTransition(loaded, actor, request.action);
  const now = env.clock.now();
  const { checklist, ...inputData } = request.data ?? {};
  const formalCheck = t.step === "formal_check";
  const data = mergeData(instance.data, formalCheck ? inputData : request.data);
  const comment = request.comment?.trim() || null;
  const problems = await guardProblems({
    tx,
    actor,
    def,
    t,
    instance,
    env,
    now,
    data,
    input: { data: request.data ?? {}, comment },
  });
  if (problems.length) throw problems[0];

  const final = def.states[t.to]?.final ?? false;
  const [moved] = await tx
    .update(workflowInstances)
    .set({
      state: t.to,
      stateEnteredAt: now,
      data,
      dueAt: final ? null : dueOnEntering(env, def, t.to, now),
      closedAt: final ? now : null,
      version: instance.version + 1,
      updatedAt: now,
      updatedBy: actor.username,
    })
    .where(and(eq(workflowInstances.id, instance.id), eq(workflowInstances.version, request.expectedVersion)))
    .returning();
  if (!moved) {
    const [current] = await tx.select().from(workflowInstances).where(eq(workflowInstances.id, instance.id));
    versionConflict(current ?? instance);
  }

  const patch = await applySteps(tx, actor, loaded, t, instance, moved, now, env, {
    comment,
    checklist:
      formalCheck && checklist && typeof checklist === "object"
        ? (checklist as Record<string, unknown>)
        : null,
    noticeWorkingDays: request.noticeWorkingDays,
  });
  let after = moved;
  if (Object.keys(patch.stepResults).length || patch.dueAt !== undefined) {
    const [patched] = await tx
      .update(workflowInstances)
      .set({
        stepResults: { ...moved.stepResults, ...patch.stepResults },
        ...(patch.dueAt !== undefined ? { dueAt: patch.dueAt } : {}),
      })
      .where(eq(workflowInstances.id, instance.id))
      .returning();
    after = patched!;
  }

  const delta = dataDelta(instance.data, data);
  await writeHistory(tx, actor, instance.id, now, {
    kind: "transition",
    action: t.action,
    from: instance.state,
    to: t.to,
    version: after.version,
    comment,
    dataDelta: delta,
  });
  await recordAudit(tx, actor, {
    action: `workflow.transition.${def.key}.${t.action}`,
    targetType: "workflow_instance",
    targetId: instance.id,
    before: { state: instance.state, version: instance.version },
    after: {
      state: t.to,
      version: after.version,
      comment,
      dataDelta: delta,
      stepResults: patch.stepResults,
    },
  });
  await hooks.afterTransition?.(tx, {
    instance: after,
    actor,
    action: t.action,
    from: instance.state,
    to: t.to,
    comment,
  });
  await emitWorkflowEvent(tx, {
    kind: "transition",
    def,
    instance: after,
    actor,
    at: now,
    action: t.action,
    from: instance.state,
    to: t.to,
    comment,
  });
  const issued = patch.stepResults.certificate as { number?: string } | undefined;
  if (issued?.number) {
    await emitWorkflowEvent(tx, {
      kind: "certificate_issued",
      def,
      instance: after,
      actor,
      at: now,
      certificateNumber: issued.number,
    });
  }
  if (t.step === "public_notice") {
    await emitWorkflowEvent(tx, { kind: "notice_opened", def, instance: after, actor, at: now });
  }
  return after;
}

/** Takes an action on an instance (see applyTransition); returns the instance as the actor sees it. */
export async function transition(
  db: Db,
  actor: Actor,
  instanceId: string,
  input: TransitionInput,
  env: Partial<WorkflowEnv> = {},
): Promise<WorkflowInstance> {
  const request = TransitionInput.parse(input);
  const e = envOf(env);
  return db.transaction(async (tx) => {
    const loaded = await loadInstance(tx, actor, instanceId);
    const after = await applyTransition(tx, actor, loaded, request, e);
    return presentInstance(loaded.def, after);
  });
}
