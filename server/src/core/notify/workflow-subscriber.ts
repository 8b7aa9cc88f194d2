import type { Executor } from "../db/client.js";
import {
  onWorkflowEvent,
  stateLabel,
  type Transition,
  transitionsFrom,
  type WorkflowEvent,
} from "../workflow/index.js";
import { resolveAudience } from "./audience.js";
import { notify } from "./notify.js";
import { groupByActions, instanceLink, ownerAudience, whoMayAct } from "./workflow-audience.js";
import * as texts from "./workflow-texts.js";

/**
 * Turns workflow events into notifications, inside the engine's transaction. The composition root installs it
 * once (core/workflow does not know about notifications). Rules:
 * - a transition tells whoever may take a step from the new state, and tells the applicant the outcome (with the
 *   comment on a return or rejection, and what they may do next);
 * - a start tells the officials who may act on the first state (the applicant started it);
 * - drawn experts are told they have a score sheet; an objection tells the officials handling the notice;
 * - a comment tells the officials who may act now and, unless it is internal, the applicant;
 * - an issued certificate tells the applicant;
 * - the actor is never told of their own action.
 */
export async function notifyWorkflowEvent(tx: Executor, event: WorkflowEvent): Promise<void> {
  switch (event.kind) {
    case "started":
      return onStarted(tx, event);
    case "transition":
      return onTransition(tx, event);
    case "experts_drawn":
      return onExpertsDrawn(tx, event);
    case "objection_recorded":
      return onObjection(tx, event);
    case "comment_added":
      return onComment(tx, event);
    case "certificate_issued":
      return onCertificate(tx, event);
    default:
      // score_submitted, notice_opened (the transition into the notice told everyone), objection_answered.
      return;
  }
}

const base = (event: WorkflowEvent) => ({
  link: instanceLink(event.instance.id),
  subjectType: "workflow_instance",
  subjectId: event.instance.id,
});

const isActor = (event: WorkflowEvent, userId: string) => event.actor.userId === userId;
const officialsOnly = (p: string) => p !== "owner" && p !== "system";

async function ownerIds(tx: Executor, event: WorkflowEvent): Promise<Set<string>> {
  const owners = await resolveAudience(tx, ownerAudience(event.instance));
  return new Set(owners.map((o) => o.id));
}

/** Tells each group of people who may act from `state` (owners and the actor left out) what they may do. */
async function tellWhoMayAct(tx: Executor, event: WorkflowEvent, state: string, leaveOut: Set<string>) {
  const { def, instance } = event;
  const people = await whoMayAct(tx, def, instance, state);
  const others = [...people.values()].filter(
    (p) => !leaveOut.has(p.recipient.id) && !isActor(event, p.recipient.id),
  );
  for (const group of groupByActions(others)) {
    await notify(tx, {
      audience: { userIds: group.userIds },
      kind: "workflow.action_needed",
      ...texts.actionNeeded(def, stateLabel(def, state), instance.ownerName, group.actions),
      ...base(event),
    });
  }
}

async function onStarted(tx: Executor, event: WorkflowEvent) {
  await tellWhoMayAct(tx, event, event.instance.state, await ownerIds(tx, event));
}

async function onTransition(tx: Executor, event: WorkflowEvent) {
  const { def, instance } = event;
  const to = event.to ?? instance.state;
  const owners = await ownerIds(tx, event);
  await tellWhoMayAct(tx, event, to, owners);

  const transition = def.transitions.find(
    (t) =>
      t.action === event.action && (Array.isArray(t.from) ? t.from : [t.from]).includes(event.from ?? ""),
  );
  // A certificate step is told by its certificate event (with the number), not twice.
  if (transition?.step === "certificate") return;
  const ownerSteps: Transition[] = transitionsFrom(def, to).filter((t) => t.roles.includes("owner"));
  const tell = [...owners].filter((id) => !isActor(event, id));
  if (!tell.length) return;
  await notify(tx, {
    audience: { userIds: tell },
    kind: "workflow.outcome",
    ...texts.outcome(def, transition, stateLabel(def, to), event.comment, ownerSteps),
    ...base(event),
  });
}

async function onExpertsDrawn(tx: Executor, event: WorkflowEvent) {
  const experts = (event.expertUserIds ?? []).filter((id) => !isActor(event, id));
  if (!experts.length) return;
  await notify(tx, {
    audience: { userIds: experts },
    kind: "workflow.review_assigned",
    ...texts.reviewAssigned(event.def, event.instance.ownerName),
    ...base(event),
  });
}

async function officials(tx: Executor, event: WorkflowEvent): Promise<string[]> {
  const { def, instance } = event;
  const people = await whoMayAct(tx, def, instance, instance.state, officialsOnly);
  return [...people.keys()].filter((id) => !isActor(event, id));
}

async function onObjection(tx: Executor, event: WorkflowEvent) {
  const userIds = await officials(tx, event);
  if (!userIds.length) return;
  await notify(tx, {
    audience: { userIds },
    kind: "workflow.objection",
    ...texts.objectionRecorded(event.def, event.instance.ownerName),
    ...base(event),
  });
}

async function onComment(tx: Executor, event: WorkflowEvent) {
  const internal = event.internal ?? false;
  const userIds = new Set(await officials(tx, event));
  if (!internal) for (const id of await ownerIds(tx, event)) if (!isActor(event, id)) userIds.add(id);
  if (!userIds.size || !event.comment) return;
  await notify(tx, {
    audience: { userIds: [...userIds] },
    kind: "workflow.comment",
    ...texts.commentAdded(event.def, event.actor.username, event.comment, internal),
    ...base(event),
  });
}

async function onCertificate(tx: Executor, event: WorkflowEvent) {
  const tell = [...(await ownerIds(tx, event))].filter((id) => !isActor(event, id));
  if (!tell.length || !event.certificateNumber) return;
  await notify(tx, {
    audience: { userIds: tell },
    kind: "workflow.certificate",
    ...texts.certificateIssued(event.def, event.certificateNumber),
    ...base(event),
  });
}

let installed: (() => void) | null = null;

/** Subscribes the notifications to workflow events (once per process; calling again changes nothing). */
export function installWorkflowNotifications(): void {
  if (!installed) installed = onWorkflowEvent(notifyWorkflowEvent);
}
