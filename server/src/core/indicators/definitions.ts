import { eq, sql } from "drizzle-orm";
import type { Actor } from "../actor.js";
import { recordAuditMany } from "../audit/index.js";
import type { Executor } from "../db/client.js";
import { indicators } from "./schema.js";

export type IndicatorRow = typeof indicators.$inferSelect;
export type IndicatorKind = "level" | "growth" | "count" | "milestone";

export interface IndicatorDefinition {
  code: string;
  name: { zh: string; en: string };
  unit: { zh: string; en: string };
  kind: IndicatorKind;
  direction: "increase" | "decrease";
  source: "reported" | "computed" | "both";
  computed?: string | null;
  authoritative?: "reported" | "computed";
  tolerance?: number;
  decimals?: number;
  range?: { min?: number | null; max?: number | null } | null;
  period?: "year";
  aliases?: string[];
}

const columnsOf = (d: IndicatorDefinition) => ({
  nameZh: d.name.zh,
  nameEn: d.name.en,
  unitZh: d.unit.zh,
  unitEn: d.unit.en,
  kind: d.kind,
  direction: d.direction,
  source: d.source,
  computedKey: d.computed ?? null,
  authoritative: d.authoritative ?? "reported",
  tolerance: d.tolerance ?? 0.1,
  decimals: d.decimals ?? 0,
  rangeMin: d.range?.min == null ? null : String(d.range.min),
  rangeMax: d.range?.max == null ? null : String(d.range.max),
  period: d.period ?? "year",
  aliases: d.aliases ?? [],
});

/**
 * Stores indicator definitions (a plan pack's): new codes are inserted, known ones updated to the pack's
 * definition with their version bumped; every write is audited in the caller's transaction.
 */
export async function upsertIndicators(
  tx: Executor,
  actor: Actor,
  defs: IndicatorDefinition[],
  definedBy: string,
): Promise<{ inserted: number; updated: number }> {
  let inserted = 0;
  let updated = 0;
  const audits = [];
  for (const d of defs) {
    const [before] = await tx.select().from(indicators).where(eq(indicators.code, d.code));
    const values = columnsOf(d);
    if (!before) {
      await tx.insert(indicators).values({ code: d.code, ...values, definedBy, createdBy: actor.username });
      inserted++;
      audits.push({ action: "indicator.create", targetType: "indicator", targetId: d.code, after: values });
    } else {
      await tx
        .update(indicators)
        .set({
          ...values,
          version: sql`${indicators.version} + 1`,
          updatedAt: new Date(),
          updatedBy: actor.username,
        })
        .where(eq(indicators.code, d.code));
      updated++;
      audits.push({
        action: "indicator.update",
        targetType: "indicator",
        targetId: d.code,
        before,
        after: values,
      });
    }
  }
  await recordAuditMany(tx, actor, audits);
  return { inserted, updated };
}

export async function listIndicators(ex: Executor): Promise<IndicatorRow[]> {
  return ex.select().from(indicators).orderBy(indicators.code);
}

export async function indicatorByCode(ex: Executor, code: string): Promise<IndicatorRow | undefined> {
  const [row] = await ex.select().from(indicators).where(eq(indicators.code, code));
  return row;
}
