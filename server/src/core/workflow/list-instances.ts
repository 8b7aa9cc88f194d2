import { and, count, desc, eq, exists, inArray, isNotNull, isNull, or, type SQL, sql } from "drizzle-orm";
import type { Actor } from "../actor.js";
import { scopeFilter, scopeOf } from "../auth/scope.js";
import type { Executor } from "../db/client.js";
import { actsForOrg } from "./access.js";
import { participantRoles } from "./definition.js";
import { presentInstance, type WorkflowInstance } from "./history.js";
import { findProcess, registeredProcesses } from "./registry.js";
import { workflowExperts, workflowInstances, workflowReviewAssignments } from "./schema.js";

export interface InstanceListQuery {
  process?: string;
  state?: string;
  /** open: not closed; closed: final state reached. */
  status?: "open" | "closed";
  areaCode?: string;
  subjectType?: string;
  subjectId?: string;
  /** Only instances the actor applied for (or the actor's organisation). */
  mine?: boolean;
  limit?: number;
  offset?: number;
}

/**
 * Instances the actor may read, newest activity first: its own applications (owner or owner organisation),
 * instances of processes the actor's role takes part in within the actor's scope, and (experts) those
 * assigned to the actor for review. The same rule as `canRead`, written as a query.
 */
export async function listInstances(
  db: Executor,
  actor: Actor,
  query: InstanceListQuery = {},
): Promise<{ rows: WorkflowInstance[]; total: number }> {
  const limit = Math.min(Math.max(query.limit ?? 50, 1), 500);
  const offset = Math.max(query.offset ?? 0, 0);
  const owner = or(
    actor.userId ? eq(workflowInstances.ownerId, actor.userId) : undefined,
    actsForOrg(actor) && actor.orgId ? eq(workflowInstances.ownerOrgId, actor.orgId) : undefined,
  );
  const arms: (SQL | undefined)[] = [owner];
  if (!query.mine) {
    if (actor.role === "system") arms.push(sql`true`);
    const keys = registeredProcesses()
      .filter(({ def }) => participantRoles(def).has(actor.role as never))
      .map(({ def }) => def.key);
    if (keys.length && actor.role !== "entity") {
      arms.push(
        and(
          inArray(workflowInstances.processKey, [...new Set(keys)]),
          scopeFilter(scopeOf(actor), {
            districtCode: workflowInstances.areaCode,
            zoneCode: workflowInstances.zoneCode,
            orgId: workflowInstances.ownerOrgId,
          }),
        ),
      );
    }
    if (actor.role === "expert" && actor.userId) {
      arms.push(
        exists(
          db
            .select({ one: sql`1` })
            .from(workflowReviewAssignments)
            .innerJoin(workflowExperts, eq(workflowExperts.id, workflowReviewAssignments.expertId))
            .where(
              and(
                eq(workflowReviewAssignments.instanceId, workflowInstances.id),
                eq(workflowExperts.userId, actor.userId),
              ),
            ),
        ),
      );
    }
  }
  const visible = or(...arms.filter((a): a is SQL => !!a));
  if (!visible) return { rows: [], total: 0 };
  const where = and(
    visible,
    query.process ? eq(workflowInstances.processKey, query.process) : undefined,
    query.state ? eq(workflowInstances.state, query.state) : undefined,
    query.status === "open" ? isNull(workflowInstances.closedAt) : undefined,
    query.status === "closed" ? isNotNull(workflowInstances.closedAt) : undefined,
    query.areaCode ? eq(workflowInstances.areaCode, query.areaCode) : undefined,
    query.subjectType ? eq(workflowInstances.subjectType, query.subjectType) : undefined,
    query.subjectId ? eq(workflowInstances.subjectId, query.subjectId) : undefined,
  );
  const [rows, [{ n } = { n: 0 }]] = await Promise.all([
    db
      .select()
      .from(workflowInstances)
      .where(where)
      .orderBy(desc(workflowInstances.updatedAt), desc(workflowInstances.id))
      .limit(limit)
      .offset(offset),
    db.select({ n: count() }).from(workflowInstances).where(where),
  ]);
  return {
    rows: rows.flatMap((row) => {
      const def = findProcess(row.processKey, row.processVersion)?.def;
      return def ? [presentInstance(def, row)] : [];
    }),
    total: Number(n),
  };
}
