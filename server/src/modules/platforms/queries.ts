import { inArray } from "drizzle-orm";
import type { Executor } from "../../core/db/client.js";
import { platforms } from "./schema.js";

/** Names, types and places of platforms by id, for other modules' lists (workflow inboxes, annual reports). */
export async function platformSummaries(db: Executor, ids: string[]) {
  if (!ids.length) return [];
  return db
    .select({
      id: platforms.id,
      name: platforms.name,
      typeCode: platforms.typeCode,
      level: platforms.level,
      hostEntityId: platforms.hostEntityId,
      districtCode: platforms.districtCode,
      zoneCode: platforms.zoneCode,
      status: platforms.status,
      successorId: platforms.successorId,
    })
    .from(platforms)
    .where(inArray(platforms.id, ids));
}
