import type { Db } from "../../../core/db/client.js";
import type { DemoPeople } from "../../platforms/index.js";

export async function seedDemoEffectiveness(_db: Db, _people: DemoPeople): Promise<{ rounds: number }> {
  return { rounds: 0 };
}
