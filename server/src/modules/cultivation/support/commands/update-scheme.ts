import { type SchemePatch, SUPPORT_SCHEME_STATUS_NAMES, type SupportSchemeStatus } from "@rdcity/common";
import { and, eq } from "drizzle-orm";
import { ZodError } from "zod";
import type { Actor } from "../../../../core/actor.js";
import { recordAudit } from "../../../../core/audit/index.js";
import type { Db } from "../../../../core/db/client.js";
import { AppError } from "../../../../core/errors.js";
import { supportAllocations, supportSchemes } from "../../schema.js";
import { poolPlatformIds } from "../eligibility.js";
import { type SchemeRow, schemeOr404 } from "../repo.js";
import { versionConflict } from "./update-fund.js";

const EDITABLE = new Set(["draft", "returned"]);

/** A scheme may be changed and simulated again while it is a draft or returned (409 otherwise). */
export function assertEditable(scheme: SchemeRow): void {
  if (EDITABLE.has(scheme.status)) return;
  const name = SUPPORT_SCHEME_STATUS_NAMES[scheme.status as SupportSchemeStatus];
  throw new AppError("support_scheme_not_editable", { statusZh: name.zh, statusEn: name.en.toLowerCase() });
}

/**
 * Changes a draft (or returned) scheme (If-Match version): title, data year, budget, rules. A change to what the
 * amounts depend on drops the saved simulation, so that only a simulation of the current rules can be submitted.
 */
export async function updateScheme(
  db: Db,
  actor: Actor,
  id: string,
  expectedVersion: number,
  patch: SchemePatch,
  now: Date,
): Promise<SchemeRow> {
  if (patch.rules?.eligibility.kind === "pool" && patch.rules.eligibility.roundId)
    await poolPlatformIds(db, patch.rules.eligibility.roundId);
  return db.transaction(async (tx) => {
    const before = await schemeOr404(tx, id, { lock: true });
    if (before.version !== expectedVersion) versionConflict(before);
    assertEditable(before);
    const dataYear = patch.dataYear ?? before.dataYear;
    if (dataYear > before.year)
      throw new ZodError([
        {
          code: "custom",
          path: ["dataYear"],
          message: "the data year is after the support year",
          params: { code: "support_data_year_after" },
        },
      ]);
    const [after] = await tx
      .update(supportSchemes)
      .set({
        ...(patch.title !== undefined ? { title: patch.title } : {}),
        ...(patch.dataYear !== undefined ? { dataYear: patch.dataYear } : {}),
        ...(patch.budget !== undefined ? { budget: patch.budget } : {}),
        ...(patch.rules !== undefined ? { rules: patch.rules as Record<string, unknown> } : {}),
        version: before.version + 1,
        updatedAt: now,
        updatedBy: actor.username,
      })
      .where(and(eq(supportSchemes.id, id), eq(supportSchemes.version, expectedVersion)))
      .returning();
    if (!after) versionConflict(before);
    const recompute = patch.dataYear !== undefined || patch.budget !== undefined || patch.rules !== undefined;
    if (recompute) await tx.delete(supportAllocations).where(eq(supportAllocations.schemeId, id));
    await recordAudit(tx, actor, {
      action: "support_scheme.update",
      targetType: "support_scheme",
      targetId: id,
      before: { title: before.title, dataYear: before.dataYear, budget: before.budget, rules: before.rules },
      after: {
        title: after.title,
        dataYear: after.dataYear,
        budget: after.budget,
        rules: after.rules,
        simulationDropped: recompute,
      },
    });
    return after;
  });
}
