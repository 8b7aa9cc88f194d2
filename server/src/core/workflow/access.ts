import { and, eq } from "drizzle-orm";
import type { Actor } from "../actor.js";
import { inScope, scopeOf } from "../auth/scope.js";
import type { Executor } from "../db/client.js";
import { AppError } from "../errors.js";
import { type Participant, type ProcessDefinition, participantRoles } from "./definition.js";
import { type InstanceRow, processOf, type RegisteredProcess } from "./registry.js";
import { workflowExperts, workflowInstances, workflowReviewAssignments } from "./schema.js";

/** Roles whose users act for their organisation (an entity's staff, a department's staff for its unit). */
export const actsForOrg = (actor: Pick<Actor, "role">): boolean =>
  actor.role === "entity" || actor.role === "department";

/** The applicant, or a user of the applying organisation (colleagues carry on when the applicant leaves). */
export function isOwner(actor: Actor, instance: InstanceRow): boolean {
  if (actor.userId && actor.userId === instance.ownerId) return true;
  return actsForOrg(actor) && !!actor.orgId && actor.orgId === instance.ownerOrgId;
}

/** Whether the instance lies in the actor's area (district users) or organisation (entity users). */
export function inActorScope(actor: Actor, instance: InstanceRow): boolean {
  return inScope(scopeOf(actor), {
    districtCode: instance.areaCode,
    zoneCode: instance.zoneCode,
    orgId: instance.ownerOrgId,
  });
}

/** Whether one of the participants names this actor for this instance. */
export function mayAct(actor: Actor, instance: InstanceRow, roles: readonly Participant[]): boolean {
  if (roles.includes("owner") && isOwner(actor, instance)) return true;
  if (actor.role === "system") return roles.includes("system");
  return roles.includes(actor.role) && inActorScope(actor, instance);
}

async function isAssignedExpert(ex: Executor, actor: Actor, instanceId: string): Promise<boolean> {
  if (!actor.userId || actor.role !== "expert") return false;
  const [row] = await ex
    .select({ id: workflowReviewAssignments.id })
    .from(workflowReviewAssignments)
    .innerJoin(workflowExperts, eq(workflowExperts.id, workflowReviewAssignments.expertId))
    .where(
      and(eq(workflowReviewAssignments.instanceId, instanceId), eq(workflowExperts.userId, actor.userId)),
    )
    .limit(1);
  return !!row;
}

/** Who may see an instance: its owner, the system, participants and readers in scope, its drawn experts. */
export async function canRead(
  ex: Executor,
  actor: Actor,
  def: ProcessDefinition,
  instance: InstanceRow,
): Promise<boolean> {
  if (actor.role === "system" || isOwner(actor, instance)) return true;
  if (participantRoles(def).has(actor.role) && inActorScope(actor, instance)) return true;
  return isAssignedExpert(ex, actor, instance.id);
}

/** Officials handling the instance (not its owner, not an expert): they see internal notes and personal data. */
export function isOfficial(actor: Actor, def: ProcessDefinition, instance: InstanceRow): boolean {
  if (actor.role === "system") return true;
  if (isOwner(actor, instance) || actor.role === "expert" || actor.role === "entity") return false;
  return participantRoles(def).has(actor.role) && inActorScope(actor, instance);
}

export interface LoadedInstance extends RegisteredProcess {
  instance: InstanceRow;
}

/**
 * Loads an instance the actor may read, or fails with 404 (an instance out of reach does not exist for this
 * actor). `forUpdate` locks the row until the transaction ends, serialising writers of one instance.
 */
export async function loadInstance(
  ex: Executor,
  actor: Actor,
  instanceId: string,
  opts: { forUpdate?: boolean } = {},
): Promise<LoadedInstance> {
  if (!isUuid(instanceId)) throw new AppError("not_found");
  const query = ex.select().from(workflowInstances).where(eq(workflowInstances.id, instanceId));
  const [instance] = opts.forUpdate ? await query.for("update") : await query;
  if (!instance) throw new AppError("not_found");
  const registered = processOf(instance);
  if (!(await canRead(ex, actor, registered.def, instance))) throw new AppError("not_found");
  return { ...registered, instance };
}

export const isUuid = (value: string) =>
  /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value);
