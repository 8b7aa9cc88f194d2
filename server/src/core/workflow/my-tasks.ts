import { and, asc, eq, inArray, isNull, or, type SQL, sql } from "drizzle-orm";
import type { Actor } from "../actor.js";
import { scopeFilter, scopeOf } from "../auth/scope.js";
import type { Executor } from "../db/client.js";
import { actsForOrg } from "./access.js";
import { type Participant, type ProcessDefinition, transitionsFrom } from "./definition.js";
import { presentInstance, type WorkflowInstance } from "./history.js";
import { getProcess, registeredProcesses } from "./registry.js";
import { workflowExperts, workflowInstances, workflowReviewAssignments } from "./schema.js";

export type Task =
  | { kind: "act"; instance: WorkflowInstance; actions: string[] }
  | { kind: "review"; instance: WorkflowInstance; assignmentId: string; drawnAt: string };

/**
 * States of a definition in which someone named by `who` can take a transition. For the applicant only steps
 * that carry the application on count as tasks: being able to withdraw (into a final state) is not a task.
 */
function statesFor(
  def: ProcessDefinition,
  who: (roles: Participant[]) => boolean,
  opts: { onwardOnly?: boolean } = {},
): string[] {
  return Object.keys(def.states).filter((s) =>
    transitionsFrom(def, s).some((t) => who(t.roles) && !(opts.onwardOnly && def.states[t.to]?.final)),
  );
}

function actionsFor(def: ProcessDefinition, state: string, who: (roles: Participant[]) => boolean) {
  return transitionsFrom(def, state)
    .filter((t) => who(t.roles))
    .map((t) => t.action);
}

/**
 * The actor's inbox: open instances whose current state this actor can act on — by role within the actor's
 * scope (area for district users, organisation for entity users), or as the owner — and, for experts, their
 * pending review assignments. Earliest due first.
 */
export async function myTasks(db: Executor, actor: Actor, opts: { limit?: number } = {}): Promise<Task[]> {
  const limit = Math.min(Math.max(opts.limit ?? 200, 1), 1000);
  const byRole = (roles: Participant[]) =>
    actor.role === "system" ? roles.includes("system") : roles.includes(actor.role);
  const byOwner = (roles: Participant[]) => roles.includes("owner");
  const ownerMatch = or(
    actor.userId ? eq(workflowInstances.ownerId, actor.userId) : undefined,
    actsForOrg(actor) && actor.orgId ? eq(workflowInstances.ownerOrgId, actor.orgId) : undefined,
  );
  const scope = scopeFilter(scopeOf(actor), {
    districtCode: workflowInstances.areaCode,
    zoneCode: workflowInstances.zoneCode,
    orgId: workflowInstances.ownerOrgId,
  });
  const perProcess: SQL[] = [];
  for (const { def } of registeredProcesses()) {
    const roleStates = statesFor(def, byRole);
    const ownerStates = ownerMatch ? statesFor(def, byOwner, { onwardOnly: true }) : [];
    const arms = [
      roleStates.length ? and(inArray(workflowInstances.state, roleStates), scope) : undefined,
      ownerStates.length ? and(inArray(workflowInstances.state, ownerStates), ownerMatch) : undefined,
    ].filter((x): x is SQL => !!x);
    if (!arms.length) continue;
    perProcess.push(
      and(
        eq(workflowInstances.processKey, def.key),
        eq(workflowInstances.processVersion, def.version),
        or(...arms),
      )!,
    );
  }
  const tasks: Task[] = [];
  if (perProcess.length) {
    const rows = await db
      .select()
      .from(workflowInstances)
      .where(and(isNull(workflowInstances.closedAt), or(...perProcess)))
      .orderBy(sql`${workflowInstances.dueAt} ASC NULLS LAST`, asc(workflowInstances.updatedAt))
      .limit(limit);
    for (const row of rows) {
      const { def } = getProcess(row.processKey, row.processVersion);
      const owner = !!(
        (actor.userId && row.ownerId === actor.userId) ||
        (actsForOrg(actor) && actor.orgId && row.ownerOrgId === actor.orgId)
      );
      const who = (roles: Participant[]) => byRole(roles) || (owner && byOwner(roles));
      tasks.push({
        kind: "act",
        instance: presentInstance(def, row),
        actions: actionsFor(def, row.state, who),
      });
    }
  }
  if (actor.role === "expert" && actor.userId) {
    const reviews = await db
      .select({ a: workflowReviewAssignments, i: workflowInstances })
      .from(workflowReviewAssignments)
      .innerJoin(workflowExperts, eq(workflowExperts.id, workflowReviewAssignments.expertId))
      .innerJoin(workflowInstances, eq(workflowInstances.id, workflowReviewAssignments.instanceId))
      .where(
        and(
          eq(workflowExperts.userId, actor.userId),
          eq(workflowReviewAssignments.status, "assigned"),
          isNull(workflowInstances.closedAt),
        ),
      )
      .orderBy(asc(workflowReviewAssignments.drawnAt))
      .limit(limit);
    for (const { a, i } of reviews) {
      const { def } = getProcess(i.processKey, i.processVersion);
      tasks.push({
        kind: "review",
        instance: presentInstance(def, i),
        assignmentId: a.id,
        drawnAt: a.drawnAt.toISOString(),
      });
    }
  }
  return tasks;
}
