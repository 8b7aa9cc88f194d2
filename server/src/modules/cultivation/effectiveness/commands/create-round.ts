import { type EvaluationRoundCreate, EvaluationRoundCreateSchema } from "@rdcity/common";
import type { Actor } from "../../../../core/actor.js";
import { recordAudit } from "../../../../core/audit/index.js";
import type { Db } from "../../../../core/db/client.js";
import { defaultEnv, type WorkflowEnv } from "../../../../core/workflow/index.js";
import { evaluationRounds } from "../../schema.js";
import { checkFrameworkMetrics } from "../framework.js";
import type { RoundRow } from "../repo.js";

/** Creates a round (a draft): title, year, framework (metric keys checked, 422 naming each unknown), thresholds, weight. */
export async function createEvaluationRound(
  db: Db,
  actor: Actor,
  input: EvaluationRoundCreate,
  env: Partial<WorkflowEnv> = {},
): Promise<RoundRow> {
  const parsed = EvaluationRoundCreateSchema.parse(input);
  checkFrameworkMetrics(parsed.framework);
  const now = { ...defaultEnv, ...env }.clock.now();
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(evaluationRounds)
      .values({
        title: parsed.title,
        year: parsed.year,
        framework: parsed.framework as unknown as Record<string, unknown>,
        thresholds: parsed.thresholds,
        expertWeight: parsed.expertWeight.toFixed(3),
        status: "draft",
        createdAt: now,
        createdBy: actor.username,
        updatedAt: now,
        updatedBy: actor.username,
      })
      .returning();
    await recordAudit(tx, actor, {
      action: "cultivation.evaluation.create",
      targetType: "evaluation_round",
      targetId: row!.id,
      after: {
        title: parsed.title,
        year: parsed.year,
        indicators: parsed.framework.indicators.map((i) => i.key),
        thresholds: parsed.thresholds,
        expertWeight: parsed.expertWeight,
      },
    });
    return row!;
  });
}
