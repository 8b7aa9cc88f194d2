import type { EvaluationReviewStart } from "@rdcity/common";
import { EvaluationReviewStartSchema } from "@rdcity/common";
import { and, eq, inArray, isNotNull } from "drizzle-orm";
import type { Actor } from "../../../../core/actor.js";
import { recordAudit } from "../../../../core/audit/index.js";
import type { Db } from "../../../../core/db/client.js";
import { AppError } from "../../../../core/errors.js";
import { defaultEnv, type WorkflowEnv } from "../../../../core/workflow/index.js";
import { evaluationFollowups, evaluationResults } from "../../schema.js";
import { REVIEW_PROCESS, REVIEW_SUBJECT } from "../processes/review-process.js";
import { assertRoundStatus, platformFactsOf, roundForUpdate } from "../repo.js";
import { hostNames, startForHost } from "./host-instance.js";

/**
 * Starts the evidence and expert review (platform_effectiveness_review) for the results the city selects — by id,
 * or every result of some grades (e.g. the failed and the excellent ones) — in a scored round. Results without a
 * report (nothing to review) and results already under review are left out when selecting by grade and refused
 * when named. One transaction: every instance, its result's link and its follow-up row, or none.
 */
export async function startEvaluationReviews(
  db: Db,
  actor: Actor,
  roundId: string,
  input: EvaluationReviewStart,
  env: Partial<WorkflowEnv> = {},
): Promise<{ resultId: string; instanceId: string }[]> {
  const selection = EvaluationReviewStartSchema.parse(input);
  const e = { ...defaultEnv, ...env };
  const now = e.clock.now();
  return db.transaction(async (tx) => {
    const round = await roundForUpdate(tx, roundId);
    assertRoundStatus(round, ["scored"], { zh: "启动专家评审", en: "reviewed" });
    const candidates = await tx
      .select()
      .from(evaluationResults)
      .where(
        and(
          eq(evaluationResults.roundId, round.id),
          isNotNull(evaluationResults.rankInGroup),
          selection.resultIds
            ? inArray(evaluationResults.id, selection.resultIds)
            : inArray(evaluationResults.grade, selection.grades!),
        ),
      );
    const taken = candidates.filter((r) => r.instanceId);
    if (selection.resultIds && (taken.length || candidates.length < selection.resultIds.length)) {
      if (taken.length) {
        const facts = await platformFactsOf(
          tx,
          taken.map((r) => r.platformId),
        );
        throw new AppError("evaluation_followup_exists", {
          kindZh: "专家评审",
          kindEn: "review",
          names: taken.map((r) => facts.get(r.platformId)?.name ?? r.platformId).join("、"),
        });
      }
      throw new AppError("evaluation_selection_empty");
    }
    const chosen = candidates.filter((r) => !r.instanceId);
    if (!chosen.length) throw new AppError("evaluation_selection_empty");
    const facts = await platformFactsOf(
      tx,
      chosen.map((r) => r.platformId),
    );
    const names = await hostNames(tx, [...facts.values()]);
    const started: { resultId: string; instanceId: string }[] = [];
    for (const result of chosen) {
      const platform = facts.get(result.platformId);
      if (!platform) continue;
      const instance = await startForHost(
        tx,
        actor,
        {
          process: REVIEW_PROCESS,
          subject: { type: REVIEW_SUBJECT, id: result.id },
          platform,
          hostName: names.get(platform.hostEntityId) ?? platform.name,
          data: { roundTitle: round.title, year: round.year, platformName: platform.name },
          message: {
            kind: "cultivation.evaluation_review",
            title: {
              zh: `效能评估专家评审：${platform.name}`,
              en: `Effectiveness review: ${platform.name}`,
            },
            body: {
              zh: `“${round.title}”选定该平台进行专家评审，请在 10 个工作日内上传佐证材料并提交自评报告。`,
              en: `“${round.title}” selected this platform for an expert review: upload evidence and submit the self-assessment within 10 working days.`,
            },
          },
        },
        e,
      );
      await tx
        .update(evaluationResults)
        .set({
          instanceId: instance.id,
          version: result.version + 1,
          updatedAt: now,
          updatedBy: actor.username,
        })
        .where(eq(evaluationResults.id, result.id));
      await tx.insert(evaluationFollowups).values({
        resultId: result.id,
        platformId: result.platformId,
        kind: "review",
        instanceId: instance.id,
        status: "open",
        createdAt: now,
        createdBy: actor.username,
        updatedAt: now,
        updatedBy: actor.username,
      });
      started.push({ resultId: result.id, instanceId: instance.id });
    }
    await recordAudit(tx, actor, {
      action: "cultivation.evaluation.start_reviews",
      targetType: "evaluation_round",
      targetId: round.id,
      after: { count: started.length, selection },
    });
    return started;
  });
}
