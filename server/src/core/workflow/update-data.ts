import { and, eq } from "drizzle-orm";
import type { Actor } from "../actor.js";
import { recordAudit } from "../audit/index.js";
import type { Db } from "../db/client.js";
import { AppError } from "../errors.js";
import { loadInstance, mayAct } from "./access.js";
import { envOf, type WorkflowEnv } from "./env.js";
import { dataDelta, presentInstance, type WorkflowInstance, writeEvent } from "./history.js";
import { UpdateDataInput } from "./inputs.js";
import { pair, rolesLabel, stateLabel } from "./labels.js";
import { workflowInstances } from "./schema.js";
import { mergeData, versionConflict } from "./transition.js";

/** Saves data without a transition (a draft, a returned application), where the state's `editableBy` allows. */
export async function updateInstanceData(
  db: Db,
  actor: Actor,
  instanceId: string,
  input: UpdateDataInput,
  env: Partial<WorkflowEnv> = {},
): Promise<WorkflowInstance> {
  const parsed = UpdateDataInput.parse(input);
  const now = envOf(env).clock.now();
  return db.transaction(async (tx) => {
    const loaded = await loadInstance(tx, actor, instanceId);
    const { def, instance } = loaded;
    if (instance.version !== parsed.expectedVersion) versionConflict(instance);
    const editors = def.states[instance.state]?.editableBy ?? [];
    if (!editors.length || !mayAct(actor, instance, editors)) {
      throw new AppError("transition_role", {
        action: "edit",
        ...pair("action", {
          zh: `修改“${stateLabel(def, instance.state).zh}”的填报内容`,
          en: "editing the data",
        }),
        ...pair("roles", rolesLabel(editors.length ? editors : ["system"])),
      });
    }
    const data = mergeData(instance.data, parsed.data);
    const [row] = await tx
      .update(workflowInstances)
      .set({ data, version: instance.version + 1, updatedAt: now, updatedBy: actor.username })
      .where(and(eq(workflowInstances.id, instanceId), eq(workflowInstances.version, parsed.expectedVersion)))
      .returning();
    if (!row) versionConflict(instance);
    const delta = dataDelta(instance.data, data);
    await writeEvent(tx, actor, row, now, "edit", delta);
    await recordAudit(tx, actor, {
      action: `workflow.edit.${def.key}`,
      targetType: "workflow_instance",
      targetId: instanceId,
      before: { version: instance.version },
      after: { version: row.version, dataDelta: delta },
    });
    return presentInstance(def, row);
  });
}
