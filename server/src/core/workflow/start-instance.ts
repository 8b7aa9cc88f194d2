import type { Actor } from "../actor.js";
import { recordAudit } from "../audit/index.js";
import { inScope, scopeOf } from "../auth/scope.js";
import type { Db } from "../db/client.js";
import { AppError } from "../errors.js";
import { envOf, type WorkflowEnv } from "./env.js";
import { emitWorkflowEvent } from "./events.js";
import { dueOnEntering } from "./guards.js";
import { presentInstance, type WorkflowInstance, writeHistory } from "./history.js";
import { StartInstanceInput } from "./inputs.js";
import { pair, rolesLabel } from "./labels.js";
import { getProcess } from "./registry.js";
import { workflowInstances } from "./schema.js";
import { mergeData } from "./transition.js";

/**
 * Starts an instance of a process on a subject, in the process's initial state, with the actor as its owner
 * (the applicant). Entity users start only for their own organisation, district users only in their area.
 */
export async function startInstance(
  db: Db,
  actor: Actor,
  input: StartInstanceInput,
  env: Partial<WorkflowEnv> = {},
): Promise<WorkflowInstance> {
  const parsed = StartInstanceInput.parse(input);
  const { def } =
    typeof parsed.process === "string"
      ? getProcess(parsed.process)
      : getProcess(parsed.process.key, parsed.process.version);
  const e = envOf(env);
  const startLabel = { zh: "发起", en: "start" };
  const roleOk =
    actor.role === "system" ? def.starters.includes("system") : def.starters.includes(actor.role);
  if (!roleOk) {
    throw new AppError("transition_role", {
      action: "start",
      ...pair("action", startLabel),
      ...pair("roles", rolesLabel(def.starters)),
    });
  }
  if (parsed.subject.type !== def.subjectType) {
    throw new AppError("validation_failed", {
      detail: `subject type ${parsed.subject.type} (process ${def.key} runs on ${def.subjectType})`,
    });
  }
  const ownerOrgId = parsed.ownerOrgId ?? (actor.role === "entity" ? actor.orgId : null);
  const scope = scopeOf(actor);
  if (
    !inScope(scope, { districtCode: parsed.areaCode, zoneCode: parsed.zoneCode ?? null, orgId: ownerOrgId })
  ) {
    throw new AppError("out_of_scope", { area: actor.areaCode ?? actor.orgId ?? "" });
  }
  const now = e.clock.now();
  const data = mergeData({}, parsed.data);
  const partyOrgIds = [...new Set([...(ownerOrgId ? [ownerOrgId] : []), ...(parsed.partyOrgIds ?? [])])];
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(workflowInstances)
      .values({
        processKey: def.key,
        processVersion: def.version,
        subjectType: parsed.subject.type,
        subjectId: parsed.subject.id,
        ownerId: actor.userId,
        ownerName: parsed.ownerName ?? actor.username,
        ownerOrgId,
        partyOrgIds,
        areaCode: parsed.areaCode,
        zoneCode: parsed.zoneCode ?? null,
        state: def.initialState,
        stateEnteredAt: now,
        data,
        dueAt: dueOnEntering(e, def, def.initialState, now),
        createdAt: now,
        createdBy: actor.username,
        updatedAt: now,
        updatedBy: actor.username,
      })
      .returning();
    const instance = row!;
    await writeHistory(tx, actor, instance.id, now, {
      kind: "transition",
      action: "start",
      from: "",
      to: instance.state,
      version: instance.version,
      dataDelta: Object.keys(data).length ? data : null,
    });
    await recordAudit(tx, actor, {
      action: `workflow.start.${def.key}`,
      targetType: "workflow_instance",
      targetId: instance.id,
      after: {
        process: `${def.key}@${def.version}`,
        subject: parsed.subject,
        ownerOrgId,
        areaCode: parsed.areaCode,
        state: instance.state,
      },
    });
    await emitWorkflowEvent(tx, { kind: "started", def, instance, actor, at: now });
    return presentInstance(def, instance);
  });
}
