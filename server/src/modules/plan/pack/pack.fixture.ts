import fs from "node:fs";
import path from "node:path";

/** The repository's root (this file is server/src/modules/plan/pack/). */
export const REPO_ROOT = path.resolve(import.meta.dirname, "../../../../..");

export const readRepoFile = (relative: string): string =>
  fs.readFileSync(path.join(REPO_ROOT, relative), "utf8");

/**
 * The computed series the server registers (the validator takes them as a parameter); app/computed-series.test.ts
 * checks that this list is the one the composition root registers.
 */
export const KNOWN_SERIES: ReadonlySet<string> = new Set([
  "platforms.all",
  "platforms.rd_centres",
  "platforms.national",
  "platforms.national_key_labs",
  "platforms.national_innovation_centres",
  "platforms.national_enterprise_tech_centres",
  "platforms.national_labs",
  "platforms.major_facilities",
  "entities.listed",
  "entities.little_giants",
  "entities.high_tech",
  "cultivation.pool",
  "reports.rd_spending",
]);

/** Replaces the first occurrence of `from` (which must exist) and returns the 1-based line where `to` starts. */
export function edit(text: string, from: string, to: string): { text: string; line: number } {
  const at = text.indexOf(from);
  if (at < 0) throw new Error(`not in the pack: ${from}`);
  const edited = text.slice(0, at) + to + text.slice(at + from.length);
  return { text: edited, line: text.slice(0, at).split("\n").length };
}
