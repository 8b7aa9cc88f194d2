import type { FollowupKind } from "@rdcity/common";
import { desc, eq } from "drizzle-orm";
import type { Actor } from "../../../../core/actor.js";
import type { Executor } from "../../../../core/db/client.js";
import { evaluationFollowups, evaluationResults } from "../../schema.js";
import { presentFollowup } from "../presenters.js";
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
        ...presentFollowup(f, facts.get(f.platformId)),
        resultId: f.resultId,
        platformId: f.platformId,
        platformName: facts.get(f.platformId)?.name ?? "",
        createdAt: f.createdAt.toISOString(),
      })),
  };
}
