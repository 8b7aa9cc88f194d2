/**
 * The registry module's public face (主体库). Other modules use these functions, never its tables.
 */
import { registryRoutes } from "./routes.js";

export { createEntity } from "./commands/create-entity.js";
export { seedDemoEntities } from "./demo-seed.js";
export { exportEntitiesToFile } from "./export.js";
export { entityImportKind } from "./import-kind.js";
export { countEntities, demoEntityProfiles, entitiesByUscc, entitySummaries } from "./queries.js";

/** The module's Fastify plugin: its routes, encapsulated. */
export const registryModule = registryRoutes;
