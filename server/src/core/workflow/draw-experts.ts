import { createHmac, randomBytes } from "node:crypto";
import { eq } from "drizzle-orm";
import type { Actor } from "../actor.js";
import { recordAudit } from "../audit/index.js";
import type { Db, Executor } from "../db/client.js";
import { AppError } from "../errors.js";
import { type LoadedInstance, loadInstance, mayAct } from "./access.js";
import { EXCLUSION_REASONS, type ExclusionReason, exclusionsOf } from "./conflicts.js";
import { transitionsFrom } from "./definition.js";
import { envOf, type WorkflowEnv } from "./env.js";
import { emitWorkflowEvent } from "./events.js";
import { writeEvent } from "./history.js";
import { DrawInput } from "./inputs.js";
import { pair, rolesLabel, stateLabel } from "./labels.js";
import { workflowExpertDraws, workflowExperts, workflowReviewAssignments } from "./schema.js";

/**
 * Randomness: each eligible expert's rank is HMAC-SHA256(seed, expert id) and the lowest ranks are drawn.
 * The seed (256 random bits unless the caller gives one) is stored with the draw, together with the candidate
 * list and every exclusion, so anyone can recompute the draw and see that it was neither steered nor repeated
 * until a preferred result came (every draw is recorded and audited). The order of the pool does not matter.
 * A caller-given seed is for tests and replays only (it is recorded as such): whoever picks the seed can pick
 * the experts, so routes must never take one from a request.
 */
export function drawRank(seed: string, expertId: string): string {
  return createHmac("sha256", seed).update(expertId).digest("hex");
}

/** The review step of the current state (a transition with step expert_review) and that the actor runs it. */
export function assertReviewOpen(loaded: LoadedInstance, actor: Actor): void {
  const { def, instance } = loaded;
  const concluding = transitionsFrom(def, instance.state).filter((t) => t.step === "expert_review");
  if (!concluding.length || instance.closedAt) {
    throw new AppError("review_not_open", {
      state: instance.state,
      ...pair("state", stateLabel(def, instance.state)),
    });
  }
  const roles = [...new Set(concluding.flatMap((t) => t.roles))];
  if (!mayAct(actor, instance, roles)) {
    throw new AppError("transition_role", {
      action: "draw_experts",
      ...pair("action", { zh: "抽取评审专家", en: "Drawing experts" }),
      ...pair("roles", rolesLabel(roles)),
    });
  }
}

export interface DrawResult {
  drawId: string;
  seed: string;
  selected: { expertId: string; name: string; assignmentId: string }[];
  excluded: { expertId: string; name: string; reasons: ExclusionReason[] }[];
  candidates: number;
}

async function assignedIds(tx: Executor, instanceId: string): Promise<Set<string>> {
  const rows = await tx
    .select({ expertId: workflowReviewAssignments.expertId })
    .from(workflowReviewAssignments)
    .where(eq(workflowReviewAssignments.instanceId, instanceId));
  return new Set(rows.map((r) => r.expertId));
}

/**
 * Draws `count` experts at random from the pool for the instance's review, never one with a conflict of
 * interest; records the seed, the candidates, every exclusion with its reasons, and the assignments.
 * Fails with experts_insufficient (nothing written) when fewer than `count` remain.
 */
export async function drawExperts(
  db: Db,
  actor: Actor,
  instanceId: string,
  input: DrawInput,
  env: Partial<WorkflowEnv> = {},
): Promise<DrawResult> {
  const parsed = DrawInput.parse(input);
  const now = envOf(env).clock.now();
  return db.transaction(async (tx) => {
    const loaded = await loadInstance(tx, actor, instanceId, { forUpdate: true });
    assertReviewOpen(loaded, actor);
    const { def, instance } = loaded;
    const rules = {
      requireDifferentDistrict: parsed.requireDifferentDistrict ?? def.review!.requireDifferentDistrict,
      fields: parsed.fields ?? [],
      assignedExpertIds: await assignedIds(tx, instanceId),
    };
    const pool = await tx.select().from(workflowExperts);
    const seed = parsed.seed ?? randomBytes(32).toString("hex");
    const excluded: DrawResult["excluded"] = [];
    const candidates: { expertId: string; name: string; rank: string }[] = [];
    for (const expert of pool) {
      const reasons = exclusionsOf(expert, instance, rules);
      if (reasons.length) excluded.push({ expertId: expert.id, name: expert.name, reasons });
      else candidates.push({ expertId: expert.id, name: expert.name, rank: drawRank(seed, expert.id) });
    }
    candidates.sort((a, b) => (a.rank < b.rank ? -1 : a.rank > b.rank ? 1 : 0));
    if (candidates.length < parsed.count) {
      throw new AppError(
        "experts_insufficient",
        { available: candidates.length, count: parsed.count, excluded: excluded.length },
        {
          excluded: excluded.map((x) => ({
            ...x,
            reasonLabels: x.reasons.map((r) => EXCLUSION_REASONS[r]),
          })),
        },
      );
    }
    const chosen = candidates.slice(0, parsed.count);
    const [draw] = await tx
      .insert(workflowExpertDraws)
      .values({
        instanceId,
        at: now,
        byName: actor.username,
        seed,
        seedSource: parsed.seed ? "caller" : "random",
        count: parsed.count,
        requireDifferentDistrict: rules.requireDifferentDistrict,
        fields: [...rules.fields],
        candidates,
        excluded,
        selected: chosen.map((c) => c.expertId),
      })
      .returning({ id: workflowExpertDraws.id });
    const assignments = await tx
      .insert(workflowReviewAssignments)
      .values(chosen.map((c) => ({ instanceId, expertId: c.expertId, drawId: draw!.id, drawnAt: now })))
      .returning({ id: workflowReviewAssignments.id, expertId: workflowReviewAssignments.expertId });
    const assignmentOf = new Map(assignments.map((a) => [a.expertId, a.id]));
    const selected = chosen.map((c) => ({
      expertId: c.expertId,
      name: c.name,
      assignmentId: assignmentOf.get(c.expertId)!,
    }));
    // The timeline names no experts (the applicant reads it); the draw record and the audit log do.
    await writeEvent(tx, actor, instance, now, "draw_experts", { drawn: chosen.length });
    await recordAudit(tx, actor, {
      action: "workflow.draw_experts",
      targetType: "workflow_instance",
      targetId: instanceId,
      after: {
        drawId: draw!.id,
        seed,
        count: parsed.count,
        selected,
        excluded,
        candidates: candidates.length,
      },
    });
    const userOf = new Map(pool.map((p) => [p.id, p.userId]));
    await emitWorkflowEvent(tx, {
      kind: "experts_drawn",
      def,
      instance,
      actor,
      at: now,
      expertUserIds: chosen.flatMap((c) => userOf.get(c.expertId) ?? []),
    });
    return { drawId: draw!.id, seed, selected, excluded, candidates: candidates.length };
  });
}

/** The draws of an instance, for officials who run its review. */
export async function listDraws(db: Executor, actor: Actor, instanceId: string) {
  const loaded = await loadInstance(db, actor, instanceId);
  const roles = loaded.def.transitions.filter((t) => t.step === "expert_review").flatMap((t) => t.roles);
  if (
    !mayAct(
      actor,
      loaded.instance,
      roles.filter((r) => r !== "owner"),
    )
  )
    throw new AppError("forbidden");
  return db.select().from(workflowExpertDraws).where(eq(workflowExpertDraws.instanceId, instanceId));
}
