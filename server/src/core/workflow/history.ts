import { asc, eq } from "drizzle-orm";
import type { Actor } from "../actor.js";
import type { Executor } from "../db/client.js";
import { loadInstance } from "./access.js";
import type { ProcessDefinition } from "./definition.js";
import type { InstanceRow } from "./registry.js";
import { workflowHistory } from "./schema.js";

export interface HistoryEntry {
  kind: "transition" | "event";
  action: string;
  from: string;
  to: string;
  version: number;
  comment?: string | null;
  dataDelta?: Record<string, unknown> | null;
}

export async function writeHistory(
  tx: Executor,
  actor: Actor,
  instanceId: string,
  at: Date,
  entry: HistoryEntry,
): Promise<void> {
  await tx.insert(workflowHistory).values({
    instanceId,
    kind: entry.kind,
    at,
    actorId: actor.userId,
    actorName: actor.username,
    actorRole: actor.role,
    action: entry.action,
    fromState: entry.from,
    toState: entry.to,
    version: entry.version,
    comment: entry.comment ?? null,
    dataDelta: entry.dataDelta ?? null,
  });
}

/** Records a step event (no state change) on the instance's timeline. */
export function writeEvent(
  tx: Executor,
  actor: Actor,
  instance: InstanceRow,
  at: Date,
  action: string,
  dataDelta: Record<string, unknown> | null = null,
): Promise<void> {
  return writeHistory(tx, actor, instance.id, at, {
    kind: "event",
    action,
    from: instance.state,
    to: instance.state,
    version: instance.version,
    dataDelta,
  });
}

/** The keys whose values differ between two data objects, with their new values (null when removed). */
export function dataDelta(
  before: Record<string, unknown>,
  after: Record<string, unknown>,
): Record<string, unknown> | null {
  const delta: Record<string, unknown> = {};
  for (const key of new Set([...Object.keys(before), ...Object.keys(after)])) {
    if (JSON.stringify(before[key]) !== JSON.stringify(after[key])) delta[key] = after[key] ?? null;
  }
  return Object.keys(delta).length ? delta : null;
}

export function presentInstance(def: ProcessDefinition, row: InstanceRow) {
  return {
    id: row.id,
    process: { key: row.processKey, version: row.processVersion, label: def.label },
    subject: { type: row.subjectType, id: row.subjectId },
    ownerId: row.ownerId,
    ownerName: row.ownerName,
    ownerOrgId: row.ownerOrgId,
    areaCode: row.areaCode,
    zoneCode: row.zoneCode,
    state: row.state,
    stateLabel: def.states[row.state]?.label ?? { zh: row.state, en: row.state },
    stateEnteredAt: row.stateEnteredAt.toISOString(),
    data: row.data,
    stepResults: row.stepResults,
    dueAt: row.dueAt?.toISOString() ?? null,
    closedAt: row.closedAt?.toISOString() ?? null,
    version: row.version,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    updatedBy: row.updatedBy,
  };
}
export type WorkflowInstance = ReturnType<typeof presentInstance>;

/** An instance as the actor may see it. */
export async function getInstance(db: Executor, actor: Actor, instanceId: string): Promise<WorkflowInstance> {
  const { def, instance } = await loadInstance(db, actor, instanceId);
  return presentInstance(def, instance);
}

/** The instance's timeline, oldest first. */
export async function instanceHistory(db: Executor, actor: Actor, instanceId: string) {
  await loadInstance(db, actor, instanceId);
  const rows = await db
    .select()
    .from(workflowHistory)
    .where(eq(workflowHistory.instanceId, instanceId))
    .orderBy(asc(workflowHistory.id));
  return rows.map((r) => ({
    id: r.id,
    kind: r.kind as HistoryEntry["kind"],
    at: r.at.toISOString(),
    actorName: r.actorName,
    actorRole: r.actorRole,
    action: r.action,
    from: r.fromState,
    to: r.toState,
    version: r.version,
    comment: r.comment,
    dataDelta: r.dataDelta,
  }));
}
