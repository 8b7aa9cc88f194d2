import { EVALUATION_GRADE_NAMES, type EvaluationGrade } from "@rdcity/common";
import { and, eq, inArray } from "drizzle-orm";
import type { Actor } from "../../../../core/actor.js";
import { recordAudit } from "../../../../core/audit/index.js";
import { shanghaiDate } from "../../../../core/calendar/index.js";
import type { Db, Executor } from "../../../../core/db/client.js";
import { AppError } from "../../../../core/errors.js";
import { defaultEnv, type WorkflowEnv } from "../../../../core/workflow/index.js";
import { changePlatformStatus } from "../../../platforms/index.js";
import { evaluationFollowups, evaluationResults, evaluationRounds } from "../../schema.js";
import { assertRoundStatus, platformFactsOf, type RoundRow, roundForUpdate } from "../repo.js";

/** Statuses from which the lifecycle allows `evaluated` (an evaluated platform is evaluated again each cycle). */
const EVALUABLE = ["recognised", "operating", "evaluated"];
const PASSED: EvaluationGrade[] = ["excellent", "good", "pass"];

export interface PublishOutcome {
  round: RoundRow;
  /** Platforms moved to `evaluated`. */
  evaluated: number;
  /** Platforms the lifecycle refused (e.g. a later status date), with the reason's code. */
  skipped: { platformId: string; code: string }[];
}

async function openReviews(ex: Executor, roundId: string): Promise<number> {
  const rows = await ex
    .select({ id: evaluationFollowups.id })
    .from(evaluationFollowups)
    .innerJoin(evaluationResults, eq(evaluationResults.id, evaluationFollowups.resultId))
    .where(
      and(
        eq(evaluationResults.roundId, roundId),
        eq(evaluationFollowups.kind, "review"),
        eq(evaluationFollowups.status, "open"),
      ),
    );
  return rows.length;
}

/**
 * Publishes a scored round (its reviews concluded or cancelled): the results become visible to the platforms'
 * host organisations. Platforms graded 合格 or better whose status allows it move to `evaluated` through the
 * platforms module (its lifecycle rules and history, dated the day of publication); a platform the lifecycle
 * refuses keeps its status and is listed. One transaction.
 */
export async function publishEvaluationRound(
  db: Db,
  actor: Actor,
  id: string,
  expectedVersion: number,
  opts: { markEvaluated?: boolean } = {},
  env: Partial<WorkflowEnv> = {},
): Promise<PublishOutcome> {
  const now = { ...defaultEnv, ...env }.clock.now();
  const today = shanghaiDate(now);
  return db.transaction(async (tx) => {
    const round = await roundForUpdate(tx, id, expectedVersion);
    assertRoundStatus(round, ["scored"], { zh: "发布", en: "published" });
    const open = await openReviews(tx, round.id);
    if (open) throw new AppError("evaluation_reviews_open", { count: open });
    const [after] = await tx
      .update(evaluationRounds)
      .set({
        status: "published",
        publishedAt: now,
        version: round.version + 1,
        updatedAt: now,
        updatedBy: actor.username,
      })
      .where(eq(evaluationRounds.id, round.id))
      .returning();
    let evaluated = 0;
    const skipped: PublishOutcome["skipped"] = [];
    if (opts.markEvaluated !== false) {
      const passed = await tx
        .select({ platformId: evaluationResults.platformId, grade: evaluationResults.grade })
        .from(evaluationResults)
        .where(and(eq(evaluationResults.roundId, round.id), inArray(evaluationResults.grade, PASSED)));
      const facts = await platformFactsOf(
        tx,
        passed.map((r) => r.platformId),
      );
      for (const r of passed) {
        const platform = facts.get(r.platformId);
        if (!platform || !EVALUABLE.includes(platform.status)) continue;
        const grade = EVALUATION_GRADE_NAMES[r.grade as EvaluationGrade].zh;
        try {
          await changePlatformStatus(tx as unknown as Db, actor, r.platformId, {
            status: "evaluated",
            statusOn: today,
            note: `${round.title}：${grade}`.slice(0, 500),
          });
          evaluated++;
        } catch (error) {
          if (!(error instanceof AppError)) throw error;
          skipped.push({ platformId: r.platformId, code: error.code });
        }
      }
    }
    await recordAudit(tx, actor, {
      action: "cultivation.evaluation.publish",
      targetType: "evaluation_round",
      targetId: round.id,
      before: { status: round.status, version: round.version },
      after: { status: "published", version: after!.version, evaluated, skipped: skipped.length },
    });
    return { round: after!, evaluated, skipped };
  });
}
