import { AREA_SCOPED_ROLES, ORG_SCOPED_ROLES, type Role } from "@rdcity/common";
import type { Executor } from "../db/client.js";
import {
  type Participant,
  type ProcessDefinition,
  type Transition,
  transitionsFrom,
} from "../workflow/index.js";
import { type Audience, type Recipient, resolveAudience } from "./audience.js";

/** The parts of an instance that decide who is told (a row or a presented instance both have them). */
export interface InstanceScope {
  id: string;
  ownerId: string | null;
  ownerOrgId: string | null;
  areaCode: string;
  zoneCode: string | null;
}

export const instanceLink = (instanceId: string) => `/console/workflow/${instanceId}`;

/** The applicant and the users of the applying organisation ("owner" in a definition). */
export const ownerAudience = (i: InstanceScope): Audience => ({
  userIds: i.ownerId ? [i.ownerId] : [],
  orgIds: i.ownerOrgId ? [i.ownerOrgId] : [],
});

/**
 * The people a participant names for one instance, as the engine's mayAct decides: the owner; district users of
 * the instance's district or of a zone covering its zone; entity users of the owning organisation; every holder
 * of any other role. "system" names nobody, and experts are told when they are drawn (only drawn experts act).
 */
export function participantAudience(p: Participant, i: InstanceScope): Audience | null {
  if (p === "system" || p === "expert") return null;
  if (p === "owner") return ownerAudience(i);
  const role: Role = p;
  if (AREA_SCOPED_ROLES.includes(role)) {
    return {
      roles: [{ role, areaCode: i.areaCode }, ...(i.zoneCode ? [{ role, areaCode: i.zoneCode }] : [])],
    };
  }
  if (ORG_SCOPED_ROLES.includes(role)) return { orgIds: i.ownerOrgId ? [i.ownerOrgId] : [] };
  return { roles: [{ role }] };
}

export interface WhoMayAct {
  recipient: Recipient;
  /** The transitions this person may take from the state. */
  actions: Transition[];
}

/**
 * Everyone who may take a step from `state`, each with the steps they may take. `participants` narrows the
 * roles considered (e.g. officials only).
 */
export async function whoMayAct(
  ex: Executor,
  def: ProcessDefinition,
  instance: InstanceScope,
  state: string,
  participants?: (p: Participant) => boolean,
): Promise<Map<string, WhoMayAct>> {
  const out = new Map<string, WhoMayAct>();
  const transitions = transitionsFrom(def, state);
  const roles = [...new Set(transitions.flatMap((t) => t.roles))].filter((p) => participants?.(p) ?? true);
  for (const p of roles) {
    const audience = participantAudience(p, instance);
    if (!audience) continue;
    const actions = transitions.filter((t) => t.roles.includes(p));
    for (const recipient of await resolveAudience(ex, audience)) {
      const entry = out.get(recipient.id) ?? { recipient, actions: [] };
      for (const t of actions) if (!entry.actions.includes(t)) entry.actions.push(t);
      out.set(recipient.id, entry);
    }
  }
  return out;
}

/** Groups people by the set of actions they may take, so each group gets one notification. */
export function groupByActions(people: Iterable<WhoMayAct>): { userIds: string[]; actions: Transition[] }[] {
  const groups = new Map<string, { userIds: string[]; actions: Transition[] }>();
  for (const { recipient, actions } of people) {
    const key = actions.map((t) => t.action).join(",");
    const group = groups.get(key) ?? { userIds: [], actions };
    group.userIds.push(recipient.id);
    groups.set(key, group);
  }
  return [...groups.values()];
}
