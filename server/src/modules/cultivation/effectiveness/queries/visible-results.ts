import { eq } from "drizzle-orm";
import type { Actor } from "../../../../core/actor.js";
import type { Executor } from "../../../../core/db/client.js";
import { evaluationResults } from "../../schema.js";
import {
  evaluationViewer,
  type PlatformFacts,
  platformFactsOf,
  type RoundRow,
  seesPlatform,
} from "../repo.js";

/** A result without its parts (lists filter and sort these, then read the parts of one page). */
export interface ResultHead {
  id: string;
  platformId: string;
  peerGroup: string;
  peers: number;
  dataScore: string;
  score: string;
  grade: string;
  rankInGroup: number | null;
}

/**
 * The results of a round the actor may see, with the platforms' current facts: officials those of platforms in
 * their scope, a host organisation its own platforms' (the round must be visible to it: roundOr404 checks).
 */
export async function visibleResults(
  ex: Executor,
  actor: Actor,
  round: RoundRow,
): Promise<{ heads: ResultHead[]; facts: Map<string, PlatformFacts> }> {
  const viewer = evaluationViewer(actor);
  if (viewer.kind === "none") return { heads: [], facts: new Map() };
  const rows = await ex
    .select({
      id: evaluationResults.id,
      platformId: evaluationResults.platformId,
      peerGroup: evaluationResults.peerGroup,
      peers: evaluationResults.peers,
      dataScore: evaluationResults.dataScore,
      score: evaluationResults.score,
      grade: evaluationResults.grade,
      rankInGroup: evaluationResults.rankInGroup,
    })
    .from(evaluationResults)
    .where(eq(evaluationResults.roundId, round.id));
  const facts = await platformFactsOf(
    ex,
    rows.map((r) => r.platformId),
  );
  return { heads: rows.filter((r) => seesPlatform(viewer, facts.get(r.platformId))), facts };
}
