import { and, eq } from "drizzle-orm";
import { users } from "../../../core/auth/schema.js";
import type { Executor } from "../../../core/db/client.js";
import type { Audience } from "../../../core/notify/index.js";
import type { UnitRow } from "../units.js";

/**
 * Where a unit's workflow instance sits, so that the engine's owner and area rules name the unit's people:
 * a department unit owns it (its users' org_id is the unit's id, they act as "owner") and it lies in the city;
 * a district unit's instance lies in its district (its users act through the "district" role there).
 */
export function instancePlacement(unit: UnitRow, cityCode: string) {
  const district = unit.kind === "district" && !!unit.areaCode;
  return {
    ownerOrgId: district ? null : unit.id,
    ownerName: unit.nameZh,
    areaCode: district ? unit.areaCode! : cityCode,
  };
}

/**
 * The people of a unit, for notifications: a department's users (users.org_id = the unit), or the district
 * users of a district unit's area. Named by id for departments, because the notification audience's
 * organisations are entity users only.
 */
export async function unitAudience(ex: Executor, unit: UnitRow): Promise<Audience> {
  if (unit.kind === "district" && unit.areaCode)
    return { roles: [{ role: "district", areaCode: unit.areaCode }] };
  const people = await ex
    .select({ id: users.id })
    .from(users)
    .where(and(eq(users.role, "department"), eq(users.orgId, unit.id), eq(users.status, "active")));
  return { userIds: people.map((p) => p.id) };
}

/** Audiences of several units, one query per department unit (reminders run every 15 minutes: units are few). */
export async function unitAudiences(ex: Executor, units: UnitRow[]): Promise<Map<string, Audience>> {
  const out = new Map<string, Audience>();
  for (const unit of units) out.set(unit.id, await unitAudience(ex, unit));
  return out;
}
