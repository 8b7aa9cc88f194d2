import { EntityRowSchema } from "@rdcity/common";
import { systemActor } from "../../core/actor.js";
import type { Db } from "../../core/db/client.js";
import { generateEntities, realEntities } from "./demo/index.js";
import { insertEntityRows } from "./import-kind.js";

export const DEMO_ENTITY_COUNT = 600;

/**
 * Demo registry: real, publicly known Changsha organisations (synthetic codes) plus generated entities,
 * all marked `isDemo`. Written in one transaction with versions and audit entries like any other write.
 */
export async function seedDemoEntities(db: Db, count = DEMO_ENTITY_COUNT): Promise<number> {
  const real = realEntities().map((e) => EntityRowSchema.parse(e));
  const generated = generateEntities({ count, seed: 2023, startIndex: real.length + 1 }).map((e) =>
    EntityRowSchema.parse(e),
  );
  return db.transaction((tx) =>
    insertEntityRows(tx, systemActor("seed"), [...real, ...generated], { isDemo: true, action: "create" }),
  );
}
