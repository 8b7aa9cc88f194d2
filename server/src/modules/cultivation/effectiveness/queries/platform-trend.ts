import type { EvaluationResult } from "@rdcity/common";
import { asc, eq } from "drizzle-orm";
import type { Actor } from "../../../../core/actor.js";
import type { Executor } from "../../../../core/db/client.js";
import { AppError } from "../../../../core/errors.js";
import { evaluationResults, evaluationRounds } from "../../schema.js";
import { roundRules } from "../framework.js";
import { presentResult } from "../presenters.js";
import { evaluationViewer, followupsOf, platformFactsOf, seesPlatform, seesRound } from "../repo.js";

/**
 * One platform's results over the rounds the actor may see, oldest year first (the trend). A platform out of the
 * actor's scope is a 404; a host sees its platforms' published results only.
 */
export async function platformEvaluations(
  db: Executor,
  actor: Actor,
  platformId: string,
): Promise<{ platformId: string; items: EvaluationResult[] }> {
  const viewer = evaluationViewer(actor);
  const facts = await platformFactsOf(db, [platformId]);
  const platform = facts.get(platformId);
  if (!seesPlatform(viewer, platform)) throw new AppError("not_found");
  const rows = await db
    .select({ result: evaluationResults, round: evaluationRounds })
    .from(evaluationResults)
    .innerJoin(evaluationRounds, eq(evaluationRounds.id, evaluationResults.roundId))
    .where(eq(evaluationResults.platformId, platformId))
    .orderBy(asc(evaluationRounds.year), asc(evaluationRounds.createdAt));
  const visible = rows.filter((r) => seesRound(viewer, r.round));
  const followups = await followupsOf(
    db,
    visible.map((r) => r.result.id),
  );
  return {
    platformId,
    items: visible.map(({ result, round }) =>
      presentResult(result, round, roundRules(round).framework, platform, followups.get(result.id) ?? []),
    ),
  };
}
