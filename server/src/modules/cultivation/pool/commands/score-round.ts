import {
  CULTIVATION_FILTER_STATUSES,
  type CultivationCriteria,
  CultivationCriteriaSchema,
  type PlatformStatus,
} from "@rdcity/common";
import { eq } from "drizzle-orm";
import type { Actor } from "../../../../core/actor.js";
import { recordAudit } from "../../../../core/audit/index.js";
import type { Db } from "../../../../core/db/client.js";
import { platformFigures } from "../../../platforms/index.js";
import { cultivationCandidates, cultivationRounds } from "../../schema.js";
import { assertDraft, getRoundOr404, type RoundRow } from "../repo.js";
import { scoreRound } from "../scoring.js";

const BATCH = 500;

/**
 * Scores a draft round in one transaction: reads every platform not revoked or merged with its accepted annual
 * reports of the data year and the year before, applies the filters and the scored criteria, and replaces the
 * round's candidates — the eligible ranked (rank ≥ 1, selected = rank ≤ cap, parts with the reason for every
 * point), the others with rank 0 and the filters that excluded them. Scoring again replaces them all.
 */
export async function scoreRoundCommand(
  db: Db,
  actor: Actor,
  id: string,
  opts: { now?: Date } = {},
): Promise<RoundRow> {
  const at = opts.now ?? new Date();
  return db.transaction(async (tx) => {
    const round = await getRoundOr404(tx, id, { forUpdate: true });
    assertDraft(round);
    const criteria: CultivationCriteria = CultivationCriteriaSchema.parse(round.criteria);
    const platforms = await platformFigures(tx, {
      year: round.dataYear,
      statuses: CULTIVATION_FILTER_STATUSES as PlatformStatus[],
    });
    const { candidates, excluded } = scoreRound(platforms, criteria, {
      cap: round.cap,
      dataYear: round.dataYear,
    });
    await tx.delete(cultivationCandidates).where(eq(cultivationCandidates.roundId, id));
    const rows = [
      ...candidates.map((c) => ({
        roundId: id,
        platformId: c.platform.id,
        rank: c.rank,
        score: c.score.toFixed(4),
        parts: [...c.parts, c.tiebreak] as unknown as Record<string, unknown>[],
        selected: c.selected,
      })),
      ...excluded.map((e) => ({
        roundId: id,
        platformId: e.platform.id,
        rank: 0,
        score: "0",
        parts: e.reasons as unknown as Record<string, unknown>[],
        selected: false,
      })),
    ];
    for (let i = 0; i < rows.length; i += BATCH)
      await tx.insert(cultivationCandidates).values(rows.slice(i, i + BATCH));
    const [after] = await tx
      .update(cultivationRounds)
      .set({ scoredAt: at, version: round.version + 1, updatedAt: at, updatedBy: actor.username })
      .where(eq(cultivationRounds.id, id))
      .returning();
    const counts: Record<string, number> = {};
    for (const e of excluded) counts[e.reasons[0]!.reason] = (counts[e.reasons[0]!.reason] ?? 0) + 1;
    await recordAudit(tx, actor, {
      action: "cultivation_round.score",
      targetType: "cultivation_round",
      targetId: id,
      before: { version: round.version, scoredAt: round.scoredAt?.toISOString() ?? null },
      after: {
        version: after!.version,
        considered: platforms.length,
        eligible: candidates.length,
        selected: candidates.filter((c) => c.selected).length,
        excluded: counts,
      },
    });
    return after!;
  });
}
