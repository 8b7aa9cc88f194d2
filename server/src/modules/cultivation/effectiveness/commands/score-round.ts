import { eq } from "drizzle-orm";
import type { Actor } from "../../../../core/actor.js";
import { recordAudit } from "../../../../core/audit/index.js";
import type { Db, Executor } from "../../../../core/db/client.js";
import { AppError } from "../../../../core/errors.js";
import { defaultEnv, type WorkflowEnv } from "../../../../core/workflow/index.js";
import { platformFigures } from "../../../platforms/index.js";
import { evaluationResults, evaluationRounds } from "../../schema.js";
import { roundRules } from "../framework.js";
import { assertRoundStatus, followupCount, type RoundRow, roundForUpdate } from "../repo.js";
import { type ScoringSubject, scoreSubjects } from "../scoring/score-subjects.js";

const fixed3 = (milli: number) => (milli / 1000).toFixed(3);

/**
 * The subjects of a round: platforms counted in the registry (recognised, operating, evaluated) that were
 * recognised by the end of the year evaluated, with their accepted reports of the year and the year before.
 */
export async function roundSubjects(ex: Executor, year: number): Promise<ScoringSubject[]> {
  const figures = await platformFigures(ex, { year });
  return figures
    .filter((p) => p.recognisedOn !== null && p.recognisedOn <= `${year}-12-31`)
    .map((p) => ({ id: p.id, typeCode: p.typeCode, level: p.level, report: p.report, previous: p.previous }));
}

/**
 * Scores a round in one transaction: a result for every subject with its peer group, the parts per indicator,
 * the data score (the final score until an expert review), the grade and the rank in its group. A scored round may
 * be scored again (its results are replaced) until reviews or rectifications start.
 */
export async function scoreEvaluationRound(
  db: Db,
  actor: Actor,
  id: string,
  expectedVersion: number,
  env: Partial<WorkflowEnv> = {},
): Promise<RoundRow> {
  const now = { ...defaultEnv, ...env }.clock.now();
  return db.transaction(async (tx) => {
    const round = await roundForUpdate(tx, id, expectedVersion);
    assertRoundStatus(round, ["draft", "scored"], { zh: "评分", en: "scored" });
    if (round.status === "scored") {
      const used = await followupCount(tx, round.id);
      if (used) throw new AppError("evaluation_round_in_use", { count: used });
      await tx.delete(evaluationResults).where(eq(evaluationResults.roundId, round.id));
    }
    const { framework, thresholds } = roundRules(round);
    const subjects = await roundSubjects(tx, round.year);
    if (!subjects.length) throw new AppError("evaluation_no_subjects", { year: round.year });
    const scored = scoreSubjects(framework, thresholds, subjects);
    const rows = scored.map((s) => ({
      roundId: round.id,
      platformId: s.id,
      peerGroup: s.peerGroup,
      peers: s.peers,
      parts: s.parts as unknown as Record<string, unknown>[],
      dataScore: fixed3(s.dataMilli),
      score: fixed3(s.dataMilli),
      grade: s.grade,
      rankInGroup: s.rankInGroup,
      createdAt: now,
      createdBy: actor.username,
      updatedAt: now,
      updatedBy: actor.username,
    }));
    for (let i = 0; i < rows.length; i += 500)
      await tx.insert(evaluationResults).values(rows.slice(i, i + 500));
    const [after] = await tx
      .update(evaluationRounds)
      .set({
        status: "scored",
        scoredAt: now,
        version: round.version + 1,
        updatedAt: now,
        updatedBy: actor.username,
      })
      .where(eq(evaluationRounds.id, round.id))
      .returning();
    const byGrade: Record<string, number> = {};
    for (const s of scored) byGrade[s.grade] = (byGrade[s.grade] ?? 0) + 1;
    await recordAudit(tx, actor, {
      action: "cultivation.evaluation.score",
      targetType: "evaluation_round",
      targetId: round.id,
      before: { status: round.status, version: round.version },
      after: {
        status: "scored",
        version: after!.version,
        results: scored.length,
        noReport: scored.filter((s) => s.noReport).length,
        byGrade,
      },
    });
    return after!;
  });
}
