import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { systemActor } from "../core/actor.js";
import type { Db } from "../core/db/client.js";
import { loadPlan, loadPublishedFigures, planByCode } from "../modules/plan/index.js";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../..");
/** The Changsha 2023 plan pack and the published figures (sources in server/assets/changsha/SOURCES.md). */
export const CHANGSHA_PACK = path.join(ROOT, "plans/changsha-2023.yaml");
export const CHANGSHA_FIGURES = path.join(ROOT, "server/assets/changsha/changsha_indicators.csv");

/**
 * Loads the Changsha plan and its published figures on a fresh database (they are real data, not demo). A pack
 * that does not validate is a defect of the repository: the start fails, naming every problem.
 */
export async function seedChangshaPlan(db: Db): Promise<string[]> {
  const actor = systemActor("seed");
  const lines: string[] = [];
  const loaded = await planByCode(db, "changsha-2023").catch(() => null);
  if (!loaded) {
    const result = await loadPlan(db, actor, fs.readFileSync(CHANGSHA_PACK, "utf8"), {
      sourceFile: "plans/changsha-2023.yaml",
    });
    if (!result.ok)
      throw new Error(
        `plans/changsha-2023.yaml does not load:\n${result.problems.map((p) => `  ${p.path}: ${p.message.en}`).join("\n")}`,
      );
    const c = result.counts;
    lines.push(
      `Plan changsha-2023 loaded: ${c.targets} targets, ${c.projects} projects, ${c.tasks} tasks and items, ${c.indicators} indicators.`,
    );
    const plan = await planByCode(db, "changsha-2023");
    const figures = await loadPublishedFigures(
      db,
      actor,
      plan.pack as never,
      fs.readFileSync(CHANGSHA_FIGURES, "utf8"),
    );
    lines.push(`Published Changsha figures: ${figures.loaded} loaded, ${figures.missing} marked missing.`);
  }
  return lines;
}
