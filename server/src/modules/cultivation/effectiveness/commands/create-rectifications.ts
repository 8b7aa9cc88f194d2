import { type RectificationCreate, RectificationCreateSchema } from "@rdcity/common";
import { and, eq, inArray } from "drizzle-orm";
import type { Actor } from "../../../../core/actor.js";
import { recordAudit } from "../../../../core/audit/index.js";
import { shanghaiDate } from "../../../../core/calendar/index.js";
import type { Db } from "../../../../core/db/client.js";
import { AppError } from "../../../../core/errors.js";
import { defaultEnv, type WorkflowEnv } from "../../../../core/workflow/index.js";
import { evaluationFollowups, evaluationResults } from "../../schema.js";
import { RECTIFICATION_PROCESS, RECTIFICATION_SUBJECT } from "../processes/rectification-process.js";
import { assertRoundStatus, type FollowupRow, platformFactsOf, roundForUpdate } from "../repo.js";
import { hostNames, startForHost } from "./host-instance.js";

/** The deadline lies after today and at most a year ahead. */
export function assertDeadline(deadline: string, today: string): void {
  const yearAhead = `${Number(today.slice(0, 4)) + 1}${today.slice(4)}`;
  const valid = !Number.isNaN(Date.parse(`${deadline}T00:00:00Z`));
  if (!valid || !(deadline > today && deadline <= yearAhead))
    throw new AppError("evaluation_deadline_invalid", { today });
}

/**
 * Orders rectification (整改) with a deadline for failed results of a published round: the named ones (each must
 * have failed and have no rectification yet), or every failed result without one. Each gets a follow-up row and a
 * platform_rectification instance that its host organisation carries on; one transaction for all.
 */
export async function createRectifications(
  db: Db,
  actor: Actor,
  roundId: string,
  input: RectificationCreate,
  env: Partial<WorkflowEnv> = {},
): Promise<FollowupRow[]> {
  const parsed = RectificationCreateSchema.parse(input);
  const e = { ...defaultEnv, ...env };
  const now = e.clock.now();
  assertDeadline(parsed.deadline, shanghaiDate(now));
  return db.transaction(async (tx) => {
    const round = await roundForUpdate(tx, roundId);
    assertRoundStatus(round, ["published"], { zh: "下达整改", en: "followed by rectification" });
    const results = await tx
      .select()
      .from(evaluationResults)
      .where(
        and(
          eq(evaluationResults.roundId, round.id),
          parsed.resultIds
            ? inArray(evaluationResults.id, parsed.resultIds)
            : eq(evaluationResults.grade, "fail"),
        ),
      );
    if (parsed.resultIds && results.length < parsed.resultIds.length) throw new AppError("not_found");
    const facts = await platformFactsOf(
      tx,
      results.map((r) => r.platformId),
    );
    const nameOf = (r: { platformId: string }) => facts.get(r.platformId)?.name ?? r.platformId;
    const notFailed = results.filter((r) => r.grade !== "fail");
    if (notFailed.length)
      throw new AppError("evaluation_result_not_failed", { names: notFailed.map(nameOf).join("、") });
    const existing = results.length
      ? await tx
          .select({ resultId: evaluationFollowups.resultId })
          .from(evaluationFollowups)
          .where(
            and(
              inArray(
                evaluationFollowups.resultId,
                results.map((r) => r.id),
              ),
              eq(evaluationFollowups.kind, "rectification"),
            ),
          )
      : [];
    const has = new Set(existing.map((x) => x.resultId));
    if (parsed.resultIds && has.size)
      throw new AppError("evaluation_followup_exists", {
        kindZh: "整改",
        kindEn: "rectification",
        names: results
          .filter((r) => has.has(r.id))
          .map(nameOf)
          .join("、"),
      });
    const chosen = results.filter((r) => !has.has(r.id) && facts.has(r.platformId));
    if (!chosen.length) throw new AppError("evaluation_selection_empty");
    const names = await hostNames(tx, [...facts.values()]);
    const created: FollowupRow[] = [];
    for (const result of chosen) {
      const platform = facts.get(result.platformId)!;
      const [row] = await tx
        .insert(evaluationFollowups)
        .values({
          resultId: result.id,
          platformId: result.platformId,
          kind: "rectification",
          deadline: parsed.deadline,
          status: "open",
          createdAt: now,
          createdBy: actor.username,
          updatedAt: now,
          updatedBy: actor.username,
        })
        .returning();
      const instance = await startForHost(
        tx,
        actor,
        {
          process: RECTIFICATION_PROCESS,
          subject: { type: RECTIFICATION_SUBJECT, id: row!.id },
          platform,
          hostName: names.get(platform.hostEntityId) ?? platform.name,
          data: {
            roundTitle: round.title,
            platformName: platform.name,
            requirements: parsed.requirements,
            deadline: parsed.deadline,
          },
          message: {
            kind: "cultivation.rectification",
            title: { zh: `整改通知：${platform.name}`, en: `Rectification: ${platform.name}` },
            body: {
              zh: `“${round.title}”评估结果为不合格，请于 ${parsed.deadline} 前完成整改并提交整改报告。整改要求：${parsed.requirements}`,
              en: `“${round.title}” graded the platform as failed: rectify and submit the report by ${parsed.deadline}. Requirements: ${parsed.requirements}`,
            },
          },
        },
        e,
      );
      const [linked] = await tx
        .update(evaluationFollowups)
        .set({ instanceId: instance.id })
        .where(eq(evaluationFollowups.id, row!.id))
        .returning();
      created.push(linked!);
    }
    await recordAudit(tx, actor, {
      action: "cultivation.evaluation.rectify",
      targetType: "evaluation_round",
      targetId: round.id,
      after: { count: created.length, deadline: parsed.deadline, requirements: parsed.requirements },
    });
    return created;
  });
}
