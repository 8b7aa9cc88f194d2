import { asc } from "drizzle-orm";
import type { Executor } from "../../core/db/client.js";
import { planUnits } from "./schema.js";
import { presentUnit } from "./units.js";

export async function listUnits(ex: Executor) {
  const rows = await ex.select().from(planUnits).orderBy(asc(planUnits.kind), asc(planUnits.code));
  return rows.map(presentUnit);
}
