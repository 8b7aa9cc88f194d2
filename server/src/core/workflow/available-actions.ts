import type { Actor } from "../actor.js";
import type { Executor } from "../db/client.js";
import { loadInstance, mayAct } from "./access.js";
import { type Label, transitionsFrom } from "./definition.js";
import { advisoryDate, envOf, type WorkflowEnv } from "./env.js";
import { guardProblems, limitEnd } from "./guards.js";
import { fieldLabelOf, kindLabel } from "./labels.js";

export interface AvailableAction {
  action: string;
  label: Label;
  to: string;
  toLabel: Label;
  step: string | null;
  outcome: "positive" | "negative";
  commentRequired: boolean;
  /** Field names (a list) or null when the definition validates with a schema. */
  requiredFields: { name: string; label: Label }[] | null;
  requiredAttachments: { kind: string; label: Label }[];
  dueAt: string | null;
  /** What stands in the way now, as error codes with their message parameters (empty: the action can be taken). */
  blockers: { code: string; params: Record<string, unknown> }[];
}

/** What this actor may do on the instance now, with what each action still needs (for buttons and hints). */
export async function availableActions(
  db: Executor,
  actor: Actor,
  instanceId: string,
  env: Partial<WorkflowEnv> = {},
): Promise<AvailableAction[]> {
  const e = envOf(env);
  const { def, instance } = await loadInstance(db, actor, instanceId);
  const now = e.clock.now();
  const result: AvailableAction[] = [];
  for (const t of transitionsFrom(def, instance.state)) {
    if (!mayAct(actor, instance, t.roles)) continue;
    const problems = await guardProblems({
      tx: db,
      actor,
      def,
      t,
      instance,
      env: e,
      now,
      data: instance.data,
    });
    const due = t.deadline
      ? advisoryDate(e, (calendar) => limitEnd(calendar, instance.stateEnteredAt, t.deadline!))
      : null;
    result.push({
      action: t.action,
      label: t.label,
      to: t.to,
      toLabel: def.states[t.to]!.label,
      step: t.step ?? null,
      outcome: t.outcome,
      commentRequired: t.commentRequired || t.outcome === "negative",
      requiredFields: Array.isArray(t.fields)
        ? t.fields.map((name) => ({ name, label: fieldLabelOf(def, name) }))
        : null,
      requiredAttachments: (t.attachments ?? []).map((kind) => ({ kind, label: kindLabel(def, kind) })),
      dueAt: due?.toISOString() ?? null,
      blockers: problems.map((p) => ({ code: p.code, params: { ...p.params, ...p.extra } })),
    });
  }
  return result;
}
