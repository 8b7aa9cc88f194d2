import {
  type CultivationCriteria,
  CultivationCriteriaSchema,
  type CultivationPreview,
  type CultivationPreviewInput,
  CultivationPreviewInputSchema,
} from "@rdcity/common";
import { and, asc, eq, gt } from "drizzle-orm";
import type { Actor } from "../../../core/actor.js";
import type { Executor } from "../../../core/db/client.js";
import { AppError } from "../../../core/errors.js";
import { cultivationCandidates } from "../schema.js";
import { checkWeights } from "./criteria.js";
import { platformFacts } from "./presenters.js";
import { getRoundOr404, visiblePlatforms } from "./repo.js";
import { reweight, type StoredPart } from "./scoring.js";

/**
 * The ranking under other weights, computed and returned, never saved: the stored points of every eligible
 * platform recombined with the weights tried (fields not named keep theirs), ranked with the same tie-breaks,
 * each with its rank before and the change. Lists the first `limit` by the new rank and every platform that
 * leaves the selection.
 */
export async function previewRound(
  ex: Executor,
  actor: Actor,
  id: string,
  input: CultivationPreviewInput,
): Promise<CultivationPreview> {
  const { weights, limit } = CultivationPreviewInputSchema.parse(input);
  const round = await getRoundOr404(ex, id);
  const criteria: CultivationCriteria = CultivationCriteriaSchema.parse(round.criteria);
  checkWeights(criteria, weights);
  if (!round.scoredAt) throw new AppError("cultivation_round_not_scored", { title: round.title });
  const stored = await ex
    .select()
    .from(cultivationCandidates)
    .where(and(eq(cultivationCandidates.roundId, id), gt(cultivationCandidates.rank, 0)))
    .orderBy(asc(cultivationCandidates.rank));
  const ranked = reweight(
    stored.map((c) => ({
      platformId: c.platformId,
      rank: c.rank,
      score: Number(c.score),
      selected: c.selected,
      parts: c.parts as unknown as StoredPart[],
    })),
    weights,
    round.cap,
  );
  const shown = ranked.filter((r, i) => i < limit || (r.wasSelected && !r.selected));
  const facts = await visiblePlatforms(
    ex,
    actor,
    shown.map((r) => r.platformId),
  );
  const effective = Object.fromEntries(criteria.scored.map((c) => [c.field, weights[c.field] ?? c.weight]));
  return {
    weights: effective,
    total: ranked.length,
    entering: ranked.filter((r) => r.selected && !r.wasSelected).length,
    leaving: ranked.filter((r) => !r.selected && r.wasSelected).length,
    items: shown
      .filter((r) => facts.has(r.platformId))
      .map((r) => ({ ...platformFacts(r.platformId, facts.get(r.platformId)), ...r })),
  };
}
