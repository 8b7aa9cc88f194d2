/**
 * Demo and synthetic data for the entity registry (issue 2, item 12): real Changsha organisations with
 * synthetic codes, a deterministic generator of realistic synthetic entities, and name variants for testing
 * duplicate detection. Everything from here is demo data: store it with `isDemo: true`.
 */
import type { EntityCreate } from "@rdcity/common";
import { generateEntities } from "./generate-entities.js";
import { realEntities } from "./real-entities.js";

export { DEMO_ORG_CODE_PREFIX, isDemoUscc } from "./demo-uscc.js";
export {
  type GenerateEntitiesOptions,
  type GenerationStats,
  generateEntities,
  generateEntitiesWithStats,
} from "./generate-entities.js";
export { nameVariantsOf } from "./name-variants.js";
export { REAL_ENTITIES, type RealEntity, realEntities } from "./real-entities.js";

/**
 * The demo registry: the real organisations first, then `generated` synthetic ones (default 600, so the demo
 * has well over 500 entities across all districts and industries).
 */
export function demoEntities(options: { generated?: number; seed?: number | string } = {}): EntityCreate[] {
  return [
    ...realEntities(),
    ...generateEntities({ count: options.generated ?? 600, seed: options.seed ?? "rdcity-demo" }),
  ];
}
