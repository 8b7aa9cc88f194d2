import type { Actor } from "../actor.js";
import type { Executor } from "../db/client.js";
import type { ProcessDefinition } from "./definition.js";
import type { InstanceRow } from "./registry.js";

/**
 * What happened on an instance, told to every subscriber inside the engine's transaction (so a notification is
 * written atomically with the step that caused it). Subscribers are core mechanisms (notifications) that must
 * not be imported by the engine; modules use their process hooks instead.
 */
export type WorkflowEventKind =
  | "started"
  | "transition"
  | "experts_drawn"
  | "score_submitted"
  | "notice_opened"
  | "objection_recorded"
  | "objection_answered"
  | "comment_added"
  | "certificate_issued";

export interface WorkflowEvent {
  kind: WorkflowEventKind;
  def: ProcessDefinition;
  /** The instance after the event. */
  instance: InstanceRow;
  actor: Actor;
  at: Date;
  /** For transitions: the action and the states. */
  action?: string;
  from?: string;
  to?: string;
  comment?: string | null;
  /** For comments: internal notes are told to officials only. */
  internal?: boolean;
  /** For draws: the users of the experts drawn (experts without an account are not told in the app). */
  expertUserIds?: string[];
  /** For certificates: the number issued. */
  certificateNumber?: string;
}

export type WorkflowListener = (tx: Executor, event: WorkflowEvent) => Promise<void>;

const listeners = new Set<WorkflowListener>();

/** Subscribes to every workflow event; returns the function that unsubscribes. */
export function onWorkflowEvent(listener: WorkflowListener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export async function emitWorkflowEvent(tx: Executor, event: WorkflowEvent): Promise<void> {
  for (const listener of listeners) await listener(tx, event);
}
