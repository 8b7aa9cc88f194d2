import { type CultivationRoundPatch, CultivationRoundPatchSchema } from "@rdcity/common";
import { and, eq, gt, sql } from "drizzle-orm";
import type { Actor } from "../../../../core/actor.js";
import { recordAudit } from "../../../../core/audit/index.js";
import type { Db } from "../../../../core/db/client.js";
import { cultivationCandidates, cultivationRounds } from "../../schema.js";
import { checkCriteria } from "../criteria.js";
import { assertDraft, getRoundOr404, type RoundRow, versionConflict } from "../repo.js";
import { checkYears } from "./create-round.js";

/**
 * Changes a draft round (If-Match: the caller's version, checked again in the UPDATE's WHERE clause). New criteria
 * or a new data year make the stored scores stale: they are removed and the round must be scored again. A new cap
 * only moves the line: selected = rank ≤ cap.
 */
export async function updateRound(
  db: Db,
  actor: Actor,
  id: string,
  expectedVersion: number,
  input: CultivationRoundPatch,
  opts: { now?: Date } = {},
): Promise<RoundRow> {
  const patch = CultivationRoundPatchSchema.parse(input);
  const criteria = patch.criteria ? checkCriteria(patch.criteria) : undefined;
  const at = opts.now ?? new Date();
  return db.transaction(async (tx) => {
    const before = await getRoundOr404(tx, id, { forUpdate: true });
    if (before.version !== expectedVersion) versionConflict(before);
    assertDraft(before);
    const year = patch.year ?? before.year;
    const dataYear = patch.dataYear ?? before.dataYear;
    checkYears(year, dataYear);
    const stale =
      (criteria !== undefined && JSON.stringify(criteria) !== JSON.stringify(before.criteria)) ||
      dataYear !== before.dataYear;
    const cap = patch.cap ?? before.cap;
    const [after] = await tx
      .update(cultivationRounds)
      .set({
        title: patch.title ?? before.title,
        year,
        dataYear,
        ...(criteria ? { criteria } : {}),
        cap,
        ...(stale ? { scoredAt: null } : {}),
        version: before.version + 1,
        updatedAt: at,
        updatedBy: actor.username,
      })
      .where(and(eq(cultivationRounds.id, id), eq(cultivationRounds.version, expectedVersion)))
      .returning();
    if (!after) versionConflict(before);
    if (stale) await tx.delete(cultivationCandidates).where(eq(cultivationCandidates.roundId, id));
    else if (cap !== before.cap)
      await tx
        .update(cultivationCandidates)
        .set({ selected: sql`${cultivationCandidates.rank} <= ${cap}` })
        .where(and(eq(cultivationCandidates.roundId, id), gt(cultivationCandidates.rank, 0)));
    await recordAudit(tx, actor, {
      action: "cultivation_round.update",
      targetType: "cultivation_round",
      targetId: id,
      before: {
        version: before.version,
        title: before.title,
        year: before.year,
        dataYear: before.dataYear,
        cap: before.cap,
        criteria: before.criteria,
      },
      after: {
        version: after.version,
        title: after.title,
        year,
        dataYear,
        cap,
        criteria: after.criteria,
        scoresCleared: stale,
      },
    });
    return after;
  });
}
