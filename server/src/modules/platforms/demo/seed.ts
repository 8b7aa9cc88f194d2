import { RD_CENTRE_TYPE_CODES } from "@rdcity/common";
import { systemActor } from "../../../core/actor.js";
import type { Db } from "../../../core/db/client.js";
import { demoEntityProfiles } from "../../registry/index.js";
import { seedDemoReports } from "../reports/demo.js";
import { insertPlatforms } from "../row-values.js";
import { type GenerateOptions, generateDemoPlatforms } from "./generate-platforms.js";

/**
 * Demo platforms and R&D centres hosted by the demo registry's organisations (seed them after the entities):
 * written in one transaction, in batches of 1000, with status history, versions and audit entries like any
 * other write, all marked `isDemo`; then their annual reports for 2022–2025 (reports/demo.ts).
 */
export async function seedDemoPlatforms(
  db: Db,
  opts: GenerateOptions = {},
): Promise<{ platforms: number; rdCentres: number; reports: number }> {
  const hosts = await demoEntityProfiles(db);
  if (!hosts.length) return { platforms: 0, rdCentres: 0, reports: 0 };
  const items = generateDemoPlatforms(hosts, opts);
  await db.transaction((tx) =>
    insertPlatforms(tx, systemActor("seed"), items, { isDemo: true, action: "create" }),
  );
  const { reports } = await seedDemoReports(db);
  return {
    platforms: items.length,
    rdCentres: items.filter((i) => RD_CENTRE_TYPE_CODES.includes(i.fields.typeCode)).length,
    reports,
  };
}
