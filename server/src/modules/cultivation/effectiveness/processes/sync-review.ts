import { gradeOf } from "@rdcity/common";
import { and, eq, isNotNull } from "drizzle-orm";
import { recordAudit } from "../../../../core/audit/index.js";
import type { Executor } from "../../../../core/db/client.js";
import type { TransitionEvent } from "../../../../core/workflow/index.js";
import { evaluationFollowups, evaluationResults, evaluationRounds } from "../../schema.js";
import { roundRules } from "../framework.js";
import { assertRoundStatus } from "../repo.js";
import { expertScoreMilli, finalScoreMilli, ranksOf } from "../scoring/score-subjects.js";
import { REVIEW_MAX_TOTAL } from "./review-criteria.js";

const fixed3 = (milli: number) => (milli / 1000).toFixed(3);
const toMilli = (v: string) => Math.round(Number(v) * 1000);

/** Ranks within a peer group again after a score changed (results without a report stay unranked). */
async function rerankGroup(tx: Executor, roundId: string, peerGroup: string): Promise<void> {
  const rows = await tx
    .select({ id: evaluationResults.id, score: evaluationResults.score, rank: evaluationResults.rankInGroup })
    .from(evaluationResults)
    .where(
      and(
        eq(evaluationResults.roundId, roundId),
        eq(evaluationResults.peerGroup, peerGroup),
        isNotNull(evaluationResults.rankInGroup),
      ),
    );
  const ranks = ranksOf(rows.map((r) => ({ id: r.id, milli: toMilli(r.score) })));
  for (const r of rows) {
    const rank = ranks.get(r.id)!;
    if (rank !== r.rank)
      await tx.update(evaluationResults).set({ rankInGroup: rank }).where(eq(evaluationResults.id, r.id));
  }
}

/**
 * The review process's hook, inside every transition's transaction. Concluding stores the experts' score (the mean
 * of the submitted totals, scaled to 0–100) on the result, the final score (1 − w)·data + w·expert with the round's
 * weight, the grade it reaches, and the ranks of its peer group; the review's follow-up row closes. A round already
 * published is not changed (its reviews were concluded before publishing).
 */
export async function syncReview(tx: Executor, event: TransitionEvent): Promise<void> {
  const { instance, actor, to } = event;
  if (to !== "concluded" && to !== "cancelled") return;
  const [row] = await tx
    .select({ result: evaluationResults, round: evaluationRounds })
    .from(evaluationResults)
    .innerJoin(evaluationRounds, eq(evaluationRounds.id, evaluationResults.roundId))
    .where(eq(evaluationResults.id, instance.subjectId))
    .for("update", { of: evaluationResults });
  if (!row) throw new Error(`evaluation result ${instance.subjectId} of instance ${instance.id} is missing`);
  const { result, round } = row;
  const at = instance.stateEnteredAt;
  await tx
    .update(evaluationFollowups)
    .set({ status: to === "concluded" ? "done" : "closed", updatedAt: at, updatedBy: actor.username })
    .where(and(eq(evaluationFollowups.resultId, result.id), eq(evaluationFollowups.kind, "review")));
  if (to === "cancelled") return;

  assertRoundStatus(round, ["scored"], { zh: "更改评审得分", en: "changed by a review" });
  const review = (instance.stepResults as { review?: { total?: { mean: number } | null } }).review;
  const mean = review?.total?.mean ?? 0;
  const rules = roundRules(round);
  const expert = expertScoreMilli(mean, REVIEW_MAX_TOTAL);
  const score = finalScoreMilli(toMilli(result.dataScore), expert, rules.expertWeightMilli);
  const grade = result.rankInGroup === null ? "fail" : gradeOf(score / 1000, rules.thresholds);
  await tx
    .update(evaluationResults)
    .set({
      expertScore: fixed3(expert),
      score: fixed3(score),
      grade,
      version: result.version + 1,
      updatedAt: at,
      updatedBy: actor.username,
    })
    .where(eq(evaluationResults.id, result.id));
  await rerankGroup(tx, round.id, result.peerGroup);
  await recordAudit(tx, actor, {
    action: "cultivation.evaluation.review_concluded",
    targetType: "evaluation_result",
    targetId: result.id,
    before: { score: result.score, grade: result.grade, expertScore: result.expertScore },
    after: {
      score: fixed3(score),
      grade,
      expertScore: fixed3(expert),
      expertMean: mean,
      instanceId: instance.id,
    },
  });
}
