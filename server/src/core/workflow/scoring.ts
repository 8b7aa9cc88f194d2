import { and, eq } from "drizzle-orm";
import type { Actor } from "../actor.js";
import { recordAudit } from "../audit/index.js";
import type { Db, Executor } from "../db/client.js";
import { AppError } from "../errors.js";
import { isOfficial, isUuid, loadInstance } from "./access.js";
import { aggregate, type ScoreSummary, totalOf } from "./aggregate.js";
import { conflictsOf, EXCLUSION_REASONS } from "./conflicts.js";
import { type ProcessDefinition, transitionsFrom } from "./definition.js";
import { envOf, type WorkflowEnv } from "./env.js";
import { emitWorkflowEvent } from "./events.js";
import { writeEvent } from "./history.js";
import { ScoreInput } from "./inputs.js";
import { getProcess } from "./registry.js";
import { workflowExperts, workflowInstances, workflowReviewAssignments } from "./schema.js";

const STATUS_LABELS: Record<string, { zh: string; en: string }> = {
  submitted: { zh: "提交", en: "submitted" },
  recused: { zh: "回避", en: "recused" },
  lapsed: { zh: "结束", en: "closed" },
};

/** Problems of a score sheet against the definition's criteria, in both languages (empty: valid). Pure. */
export function scoreSheetProblems(def: ProcessDefinition, scores: Record<string, number>) {
  const criteria = def.review!.criteria;
  const zh: string[] = [];
  const en: string[] = [];
  for (const c of criteria) {
    const v = scores[c.key];
    if (v === undefined) {
      zh.push(`缺少“${c.label.zh}”的评分`);
      en.push(`no score for “${c.label.en}”`);
    } else if (!Number.isFinite(v) || v < 0 || v > c.max) {
      zh.push(`“${c.label.zh}”须在 0 至 ${c.max} 之间`);
      en.push(`“${c.label.en}” must be between 0 and ${c.max}`);
    }
  }
  for (const key of Object.keys(scores)) {
    if (!criteria.some((c) => c.key === key)) {
      zh.push(`评分表没有“${key}”项`);
      en.push(`the form has no criterion “${key}”`);
    }
  }
  return { zh, en };
}

/** Loads an assignment of the acting expert (404 for anyone else) with its expert and instance, locked. */
async function loadOwnAssignment(tx: Executor, expertActor: Actor, assignmentId: string) {
  if (!isUuid(assignmentId) || !expertActor.userId) throw new AppError("not_found");
  const [row] = await tx
    .select({ a: workflowReviewAssignments, x: workflowExperts, i: workflowInstances })
    .from(workflowReviewAssignments)
    .innerJoin(workflowExperts, eq(workflowExperts.id, workflowReviewAssignments.expertId))
    .innerJoin(workflowInstances, eq(workflowInstances.id, workflowReviewAssignments.instanceId))
    .where(eq(workflowReviewAssignments.id, assignmentId))
    .for("update", { of: workflowReviewAssignments });
  if (!row || row.x.userId !== expertActor.userId) throw new AppError("not_found");
  if (row.a.status !== "assigned") {
    const label = STATUS_LABELS[row.a.status] ?? { zh: row.a.status, en: row.a.status };
    throw new AppError("review_closed", { statusZh: label.zh, statusEn: label.en });
  }
  const def = getProcess(row.i.processKey, row.i.processVersion).def;
  const reviewing = transitionsFrom(def, row.i.state).some((t) => t.step === "expert_review");
  if (row.i.closedAt || !reviewing)
    throw new AppError("review_closed", { statusZh: "结束", statusEn: "closed" });
  const conflicts = conflictsOf(row.x, row.i);
  if (conflicts.length) {
    const reason = EXCLUSION_REASONS[conflicts[0]!];
    throw new AppError("conflict_of_interest", {
      expert: row.x.name,
      reasonZh: reason.zh,
      reasonEn: reason.en,
    });
  }
  return { assignment: row.a, expert: row.x, instance: row.i, def };
}

/**
 * An expert submits the score sheet of an assignment: one score per criterion of the definition's form,
 * within 0..max; the total is weighted. Conflicts are checked again (a relation declared after the draw
 * stops the expert), and a sheet is submitted once.
 */
export async function submitScore(
  db: Db,
  expertActor: Actor,
  assignmentId: string,
  input: ScoreInput,
  env: Partial<WorkflowEnv> = {},
) {
  const parsed = ScoreInput.parse(input);
  const now = envOf(env).clock.now();
  return db.transaction(async (tx) => {
    const { assignment, def, instance } = await loadOwnAssignment(tx, expertActor, assignmentId);
    const problems = scoreSheetProblems(def, parsed.scores);
    if (problems.zh.length) {
      throw new AppError("score_invalid", {
        detailZh: problems.zh.join("；"),
        detailEn: problems.en.join("; "),
      });
    }
    const total = totalOf(parsed.scores, def.review!.criteria);
    const [row] = await tx
      .update(workflowReviewAssignments)
      .set({
        status: "submitted",
        scores: parsed.scores,
        total,
        comment: parsed.comment ?? null,
        submittedAt: now,
      })
      .where(
        and(
          eq(workflowReviewAssignments.id, assignment.id),
          eq(workflowReviewAssignments.status, "assigned"),
        ),
      )
      .returning();
    await writeEvent(tx, expertActor, instance, now, "submit_score", null);
    await emitWorkflowEvent(tx, { kind: "score_submitted", def, instance, actor: expertActor, at: now });
    await recordAudit(tx, expertActor, {
      action: "workflow.submit_score",
      targetType: "workflow_instance",
      targetId: instance.id,
      after: { assignmentId, scores: parsed.scores, total },
    });
    return {
      assignmentId,
      status: row!.status,
      scores: parsed.scores,
      total,
      submittedAt: now.toISOString(),
    };
  });
}

/** An expert stands aside from an assignment (a relation the pool did not know); the manager draws again. */
export async function recuseFromReview(
  db: Db,
  expertActor: Actor,
  assignmentId: string,
  input: { reason: string },
  env: Partial<WorkflowEnv> = {},
) {
  const reason = input.reason.trim();
  if (!reason) throw new AppError("validation_failed", { detail: "reason" });
  const now = envOf(env).clock.now();
  return db.transaction(async (tx) => {
    if (!isUuid(assignmentId) || !expertActor.userId) throw new AppError("not_found");
    const [row] = await tx
      .select({ a: workflowReviewAssignments, x: workflowExperts, i: workflowInstances })
      .from(workflowReviewAssignments)
      .innerJoin(workflowExperts, eq(workflowExperts.id, workflowReviewAssignments.expertId))
      .innerJoin(workflowInstances, eq(workflowInstances.id, workflowReviewAssignments.instanceId))
      .where(eq(workflowReviewAssignments.id, assignmentId));
    if (!row || row.x.userId !== expertActor.userId) throw new AppError("not_found");
    const [updated] = await tx
      .update(workflowReviewAssignments)
      .set({ status: "recused", recusalReason: reason })
      .where(
        and(eq(workflowReviewAssignments.id, assignmentId), eq(workflowReviewAssignments.status, "assigned")),
      )
      .returning();
    if (!updated) throw new AppError("review_closed", { statusZh: "结束", statusEn: "closed" });
    await writeEvent(tx, expertActor, row.i, now, "recuse", null);
    await recordAudit(tx, expertActor, {
      action: "workflow.recuse",
      targetType: "workflow_instance",
      targetId: row.i.id,
      after: { assignmentId, reason },
    });
    return { assignmentId, status: updated.status };
  });
}

/**
 * Mean, and trimmed mean with 5 or more sheets, per criterion and of the totals, over submitted sheets. For
 * officials only: applicants and experts do not see individual or running scores.
 */
export async function aggregateScores(db: Executor, actor: Actor, instanceId: string): Promise<ScoreSummary> {
  const { def, instance } = await loadInstance(db, actor, instanceId);
  if (!isOfficial(actor, def, instance)) throw new AppError("forbidden");
  if (!def.review) return aggregate([], []);
  const sheets = await db
    .select()
    .from(workflowReviewAssignments)
    .where(
      and(
        eq(workflowReviewAssignments.instanceId, instanceId),
        eq(workflowReviewAssignments.status, "submitted"),
      ),
    );
  return aggregate(
    sheets.map((s) => ({ scores: s.scores ?? {}, total: s.total ?? 0 })),
    def.review.criteria,
  );
}
