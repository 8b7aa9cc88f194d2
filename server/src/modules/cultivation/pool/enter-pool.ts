import { and, asc, eq, inArray } from "drizzle-orm";
import type { Actor } from "../../../core/actor.js";
import { recordAudit } from "../../../core/audit/index.js";
import type { Executor } from "../../../core/db/client.js";
import { cultivationCandidates, cultivationPool } from "../schema.js";
import type { RoundRow } from "./repo.js";

/**
 * On announcement (inside the transition's transaction): the round's selected platforms enter the pool on the
 * announcement day. A platform already in the pool through an earlier round stays with its first entry (it is
 * selected again, not entered twice); members of earlier rounds not selected again stay as they are — the pool is
 * tracked over the years and only leaves by promotion or by being dropped.
 */
export async function enterPool(tx: Executor, actor: Actor, round: RoundRow, day: string, at: Date) {
  const selected = await tx
    .select({ platformId: cultivationCandidates.platformId })
    .from(cultivationCandidates)
    .where(and(eq(cultivationCandidates.roundId, round.id), eq(cultivationCandidates.selected, true)))
    .orderBy(asc(cultivationCandidates.rank));
  const ids = selected.map((s) => s.platformId);
  const already = ids.length
    ? await tx
        .select({ platformId: cultivationPool.platformId })
        .from(cultivationPool)
        .where(and(inArray(cultivationPool.platformId, ids), eq(cultivationPool.status, "in_pool")))
    : [];
  const staying = new Set(already.map((a) => a.platformId));
  const entering = ids.filter((id) => !staying.has(id));
  if (entering.length)
    await tx.insert(cultivationPool).values(
      entering.map((platformId) => ({
        platformId,
        roundId: round.id,
        enteredOn: day,
        status: "in_pool",
        createdAt: at,
        createdBy: actor.username,
        updatedAt: at,
        updatedBy: actor.username,
      })),
    );
  await recordAudit(tx, actor, {
    action: "cultivation_pool.enter",
    targetType: "cultivation_round",
    targetId: round.id,
    after: { enteredOn: day, entered: entering.length, alreadyInPool: staying.size },
  });
  return { entered: entering.length, alreadyInPool: staying.size };
}
