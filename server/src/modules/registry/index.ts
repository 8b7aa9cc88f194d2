/**
 * The registry module's public face (主体库). Other modules use these functions, never its tables.
 */
import { and, asc, eq, inArray } from "drizzle-orm";
import type { Executor } from "../../core/db/client.js";
import { registryRoutes } from "./routes.js";
import { entities } from "./schema.js";

export { createEntity } from "./commands/create-entity.js";
export { seedDemoEntities } from "./demo-seed.js";
export { exportEntitiesToFile } from "./export.js";
export { entityImportKind } from "./import-kind.js";
export { countEntities, entitySummaries } from "./queries.js";

/** The module's Fastify plugin: its routes, encapsulated. */
export const registryModule = registryRoutes;

/** Ids, names and status of entities by unified social credit code (other modules' imports name hosts by code). */
export async function entitiesByUscc(db: Executor, codes: string[]) {
  if (!codes.length) return [];
  return db
    .select({
      id: entities.id,
      name: entities.name,
      uscc: entities.uscc,
      districtCode: entities.districtCode,
      status: entities.status,
      successorId: entities.successorId,
    })
    .from(entities)
    .where(inArray(entities.uscc, codes));
}

/** The active demo entities with what other modules' demo generators draw on (kind, area, industries). */
export async function demoEntityProfiles(db: Executor) {
  return db
    .select({
      id: entities.id,
      name: entities.name,
      uscc: entities.uscc,
      kind: entities.kind,
      districtCode: entities.districtCode,
      zoneCode: entities.zoneCode,
      industries: entities.industries,
      isFortune500Affiliate: entities.isFortune500Affiliate,
      isForeignInvested: entities.isForeignInvested,
      isListed: entities.isListed,
      littleGiant: entities.littleGiant,
      isHighTech: entities.isHighTech,
    })
    .from(entities)
    .where(and(eq(entities.isDemo, true), eq(entities.status, "active")))
    .orderBy(asc(entities.uscc));
}
