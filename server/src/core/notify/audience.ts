import {
  AREA_SCOPED_ROLES,
  DISTRICT_CODES,
  ORG_MEMBER_ROLES,
  type Role,
  ZONE_CODES,
  zoneWithDescendants,
} from "@rdcity/common";
import { and, asc, eq, inArray, or, type SQL } from "drizzle-orm";
import { users } from "../auth/schema.js";
import type { Executor } from "../db/client.js";

/**
 * Who is told: named users, holders of a role (an area-scoped role only in the area named), and the users of
 * organisations (entity and department users whose users.org_id is one of them). Everything is resolved to active accounts;
 * `exceptUserIds` leaves people out (the actor is never told of their own action).
 */
export interface Audience {
  userIds?: string[];
  /**
   * `areaCode` (a district code or a zone code) limits an area-scoped role (district) to the users whose area
   * covers it: district users of that district, or zone users whose zone is that zone or one above it. Without
   * an areaCode every holder of the role is told; other roles ignore it.
   */
  roles?: { role: Role; areaCode?: string | null }[];
  orgIds?: string[];
  exceptUserIds?: string[];
}

export interface Recipient {
  id: string;
  username: string;
  role: Role;
  email: string | null;
  language: string | null;
}

/** The account areas whose scope covers `code`: the district itself, or the zone and every zone above it. */
export function areasCovering(code: string): string[] {
  if ((DISTRICT_CODES as readonly string[]).includes(code)) return [code];
  if (!(ZONE_CODES as readonly string[]).includes(code)) return [];
  return ZONE_CODES.filter((zone) => zoneWithDescendants(zone).includes(code));
}

const isUuid = (v: string) => /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(v);

/** Resolves an audience to active users, each once, in a stable order (by user name). */
export async function resolveAudience(ex: Executor, audience: Audience): Promise<Recipient[]> {
  const who: SQL[] = [];
  const userIds = (audience.userIds ?? []).filter(isUuid);
  if (userIds.length) who.push(inArray(users.id, userIds));
  const orgIds = (audience.orgIds ?? []).filter(isUuid);
  if (orgIds.length) who.push(and(inArray(users.orgId, orgIds), inArray(users.role, [...ORG_MEMBER_ROLES]))!);
  for (const { role, areaCode } of audience.roles ?? []) {
    if (AREA_SCOPED_ROLES.includes(role) && areaCode) {
      const areas = areasCovering(areaCode);
      if (areas.length) who.push(and(eq(users.role, role), inArray(users.areaCode, areas))!);
    } else {
      who.push(eq(users.role, role));
    }
  }
  if (!who.length) return [];
  const rows = await ex
    .select({
      id: users.id,
      username: users.username,
      role: users.role,
      email: users.email,
      language: users.language,
    })
    .from(users)
    .where(and(eq(users.status, "active"), or(...who)))
    .orderBy(asc(users.username));
  const except = new Set(audience.exceptUserIds ?? []);
  return rows.filter((r) => !except.has(r.id)).map((r) => ({ ...r, role: r.role as Role }));
}
