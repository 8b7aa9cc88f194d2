import { type EvaluationRoundPatch, EvaluationRoundPatchSchema } from "@rdcity/common";
import { eq } from "drizzle-orm";
import type { Actor } from "../../../../core/actor.js";
import { recordAudit } from "../../../../core/audit/index.js";
import type { Db } from "../../../../core/db/client.js";
import { AppError } from "../../../../core/errors.js";
import { defaultEnv, type WorkflowEnv } from "../../../../core/workflow/index.js";
import { evaluationResults, evaluationRounds } from "../../schema.js";
import { checkFrameworkMetrics } from "../framework.js";
import { assertRoundStatus, followupCount, type RoundRow, roundForUpdate } from "../repo.js";

/**
 * Changes a round before publishing (If-Match). A changed framework, thresholds or weight makes earlier scores
 * void: the results are removed and the round is a draft again (refused once reviews or rectifications started).
 */
export async function updateEvaluationRound(
  db: Db,
  actor: Actor,
  id: string,
  expectedVersion: number,
  input: EvaluationRoundPatch,
  env: Partial<WorkflowEnv> = {},
): Promise<RoundRow> {
  const patch = EvaluationRoundPatchSchema.parse(input);
  if (patch.framework) checkFrameworkMetrics(patch.framework);
  const now = { ...defaultEnv, ...env }.clock.now();
  return db.transaction(async (tx) => {
    const round = await roundForUpdate(tx, id, expectedVersion);
    assertRoundStatus(round, ["draft", "scored"], { zh: "修改", en: "changed" });
    const rulesChange = patch.framework || patch.thresholds || patch.expertWeight !== undefined;
    if (rulesChange && round.status === "scored") {
      const used = await followupCount(tx, round.id);
      if (used) throw new AppError("evaluation_round_in_use", { count: used });
      await tx.delete(evaluationResults).where(eq(evaluationResults.roundId, round.id));
    }
    const [after] = await tx
      .update(evaluationRounds)
      .set({
        ...(patch.title ? { title: patch.title } : {}),
        ...(patch.framework ? { framework: patch.framework as unknown as Record<string, unknown> } : {}),
        ...(patch.thresholds ? { thresholds: patch.thresholds } : {}),
        ...(patch.expertWeight !== undefined ? { expertWeight: patch.expertWeight.toFixed(3) } : {}),
        ...(rulesChange ? { status: "draft", scoredAt: null } : {}),
        version: round.version + 1,
        updatedAt: now,
        updatedBy: actor.username,
      })
      .where(eq(evaluationRounds.id, round.id))
      .returning();
    await recordAudit(tx, actor, {
      action: "cultivation.evaluation.update",
      targetType: "evaluation_round",
      targetId: round.id,
      before: { version: round.version, status: round.status },
      after: { version: after!.version, status: after!.status, changed: Object.keys(patch) },
    });
    return after!;
  });
}
