import { FOLLOWUP_STATUS_NAMES, type FollowupKind, type FollowupStatus } from "@rdcity/common";
import { desc, eq } from "drizzle-orm";
import type { Actor } from "../../../../core/actor.js";
import type { Executor } from "../../../../core/db/client.js";
import { evaluationFollowups, evaluationResults } from "../../schema.js";
import { evaluationViewer, platformFactsOf, roundOr404, seesPlatform } from "../repo.js";

/** The follow-ups (reviews, rectifications, revocations) of a round's results the actor may see, newest first. */
export async function listFollowups(db: Executor, actor: Actor, roundId: string, kind?: FollowupKind) {
  const round = await roundOr404(db, actor, roundId);
  const viewer = evaluationViewer(actor);
  const rows = await db
    .select({ f: evaluationFollowups })
    .from(evaluationFollowups)
    .innerJoin(evaluationResults, eq(evaluationResults.id, evaluationFollowups.resultId))
    .where(eq(evaluationResults.roundId, round.id))
    .orderBy(desc(evaluationFollowups.createdAt));
  const facts = await platformFactsOf(
    db,
    rows.map((r) => r.f.platformId),
  );
  return {
    items: rows
      .map((r) => r.f)
      .filter((f) => (!kind || f.kind === kind) && seesPlatform(viewer, facts.get(f.platformId)))
      .map((f) => ({
        id: f.id,
        resultId: f.resultId,
        platformId: f.platformId,
        platformName: facts.get(f.platformId)?.name ?? "",
        kind: f.kind as FollowupKind,
        status: f.status as FollowupStatus,
        statusName: FOLLOWUP_STATUS_NAMES[f.kind as FollowupKind][f.status as FollowupStatus],
        deadline: f.deadline,
        instanceId: f.instanceId,
        createdAt: f.createdAt.toISOString(),
      })),
  };
}
