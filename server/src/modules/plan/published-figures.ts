import { CITY_CODE } from "@rdcity/common";
import { and, eq } from "drizzle-orm";
import type { Actor } from "../../core/actor.js";
import { recordAudit } from "../../core/audit/index.js";
import type { Db } from "../../core/db/client.js";
import { indicatorObservations } from "../../core/indicators/index.js";
import { parseCsv } from "../../core/io/csv-parse.js";
import type { PlanPack } from "./pack/schema.js";

export interface FiguresReport {
  loaded: number;
  missing: number;
  skipped: { line: number; indicator: string; reason: string }[];
}

const URL_RE = /https?:\/\/[^\s;,)"]+/;
const DATE_RE = /(\d{4})-(\d{2})-(\d{2})/;

/** "platforms (>)" → gt; "(≥)" → ge; "(≈)" → approx. */
function qualifierOf(unit: string): string | null {
  if (/\(>\)|超过/.test(unit)) return "gt";
  if (/\(≥\)|以上/.test(unit)) return "ge";
  if (/\(≈\)|约/.test(unit)) return "approx";
  return null;
}

/**
 * Loads a published-figures file (year, indicator, value, unit, source, status, note — the format of
 * server/assets/changsha/changsha_indicators.csv) into observations of the pack's indicators, matched by their
 * aliases. A missing figure stays missing (a row without a value, with its note); doubtful years keep their status
 * so the pages can flag them; plan targets in the file are not observations and are skipped. Figures already
 * present for a period are left as they are (loading twice changes nothing). All or nothing.
 */
export async function loadPublishedFigures(
  db: Db,
  actor: Actor,
  pack: Pick<PlanPack, "indicators">,
  csvText: string,
  opts: { areaCode?: string } = {},
): Promise<FiguresReport> {
  const byAlias = new Map<string, PlanPack["indicators"][number]>();
  for (const ind of pack.indicators) for (const a of ind.aliases) byAlias.set(a, ind);
  const records = [...parseCsv(csvText.replace(/^\uFEFF/, ""))];
  const header = records.shift()?.fields ?? [];
  const col = (name: string) => header.indexOf(name);
  const [cYear, cInd, cValue, cUnit, cSource, cStatus, cNote] = [
    "year",
    "indicator",
    "value",
    "unit",
    "source",
    "status",
    "note",
  ].map(col);
  const report: FiguresReport = { loaded: 0, missing: 0, skipped: [] };
  const areaCode = opts.areaCode ?? CITY_CODE;
  return db.transaction(async (tx) => {
    for (const { record, fields } of records) {
      const name = fields[cInd!] ?? "";
      const status = fields[cStatus!] ?? "";
      const ind = byAlias.get(name);
      if (!ind) {
        report.skipped.push({ line: record, indicator: name, reason: "no_indicator" });
        continue;
      }
      if (status === "target") {
        report.skipped.push({ line: record, indicator: name, reason: "target" });
        continue;
      }
      const period = fields[cYear!] ?? "";
      const [exists] = await tx
        .select({ id: indicatorObservations.id })
        .from(indicatorObservations)
        .where(
          and(
            eq(indicatorObservations.indicatorCode, ind.code),
            eq(indicatorObservations.period, period),
            eq(indicatorObservations.areaCode, areaCode),
          ),
        )
        .limit(1);
      if (exists) {
        report.skipped.push({ line: record, indicator: name, reason: "present" });
        continue;
      }
      const raw = (fields[cValue!] ?? "").trim();
      const source = fields[cSource!] ?? "";
      const date = source.match(DATE_RE);
      const value = raw === "" ? null : String(Number(raw) * ind.publishedScale);
      if (value === null) report.missing++;
      else report.loaded++;
      const [row] = await tx
        .insert(indicatorObservations)
        .values({
          indicatorCode: ind.code,
          period,
          periodEnd: `${period}-12-31`,
          areaCode,
          vintage: 1,
          value,
          qualifier: qualifierOf(fields[cUnit!] ?? ""),
          dataStatus: value === null ? "missing" : status || "reported",
          sourceTitle: source || null,
          sourceDate: date ? date[0] : null,
          sourceUrl: source.match(URL_RE)?.[0] ?? null,
          note: fields[cNote!] || null,
          createdBy: actor.username,
          updatedBy: actor.username,
        })
        .returning({ id: indicatorObservations.id });
      await recordAudit(tx, actor, {
        action: "observation.load",
        targetType: "observation",
        targetId: row!.id,
        after: { indicator: ind.code, period, value },
      });
    }
    return report;
  });
}
