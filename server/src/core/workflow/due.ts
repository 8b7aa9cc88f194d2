import { and, asc, isNotNull, isNull, lte } from "drizzle-orm";
import type { Executor } from "../db/client.js";
import { type Participant, transitionsFrom } from "./definition.js";
import { presentInstance, type WorkflowInstance } from "./history.js";
import { findProcess } from "./registry.js";
import { workflowInstances } from "./schema.js";

export interface DueInstance {
  instance: WorkflowInstance;
  dueAt: string;
  overdue: boolean;
  /** Who can act in the current state: the notifications module turns these into recipients. */
  waitingOn: Participant[];
}

/**
 * Open instances due by `now + horizonMs` (default: due by now), earliest first: for reminders. A system job
 * without an actor: it reads everything and decides nothing.
 */
export async function dueInstances(
  db: Executor,
  now: Date,
  opts: { horizonMs?: number; limit?: number } = {},
): Promise<DueInstance[]> {
  const until = new Date(now.getTime() + (opts.horizonMs ?? 0));
  const rows = await db
    .select()
    .from(workflowInstances)
    .where(
      and(
        isNull(workflowInstances.closedAt),
        isNotNull(workflowInstances.dueAt),
        lte(workflowInstances.dueAt, until),
      ),
    )
    .orderBy(asc(workflowInstances.dueAt))
    .limit(Math.min(opts.limit ?? 1000, 10_000));
  return rows.flatMap((row) => {
    const def = findProcess(row.processKey, row.processVersion)?.def;
    if (!def) return [];
    return {
      instance: presentInstance(def, row),
      dueAt: row.dueAt!.toISOString(),
      overdue: row.dueAt!.getTime() < now.getTime(),
      waitingOn: [...new Set(transitionsFrom(def, row.state).flatMap((t) => t.roles))],
    };
  });
}
