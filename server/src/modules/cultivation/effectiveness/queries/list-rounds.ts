import type { EvaluationRound } from "@rdcity/common";
import { and, count, desc, eq, inArray, sql } from "drizzle-orm";
import type { Actor } from "../../../../core/actor.js";
import type { Executor } from "../../../../core/db/client.js";
import { evaluationFollowups, evaluationResults, evaluationRounds } from "../../schema.js";
import { presentRound, type RoundCounts } from "../presenters.js";
import { evaluationViewer, type RoundRow, roundOr404, seesRound } from "../repo.js";
import { visibleResults } from "./visible-results.js";

/**
 * Counts of results by grade, reviews (and open ones) and rectifications, per round; `resultIds` limits them to
 * the results an area-scoped official may see.
 */
export async function roundCounts(
  ex: Executor,
  roundIds: string[],
  resultIds?: string[],
): Promise<Map<string, RoundCounts>> {
  const out = new Map<string, RoundCounts>(
    roundIds.map((id) => [id, { results: 0, byGrade: {}, reviews: 0, reviewsOpen: 0, rectifications: 0 }]),
  );
  if (!roundIds.length) return out;
  const grades = await ex
    .select({ roundId: evaluationResults.roundId, grade: evaluationResults.grade, n: count() })
    .from(evaluationResults)
    .where(and(inArray(evaluationResults.roundId, roundIds), scoped(resultIds)))
    .groupBy(evaluationResults.roundId, evaluationResults.grade);
  for (const g of grades) {
    const c = out.get(g.roundId)!;
    c.results += Number(g.n);
    c.byGrade[g.grade] = Number(g.n);
  }
  const follow = await ex
    .select({
      roundId: evaluationResults.roundId,
      kind: evaluationFollowups.kind,
      status: evaluationFollowups.status,
      n: count(),
    })
    .from(evaluationFollowups)
    .innerJoin(evaluationResults, eq(evaluationResults.id, evaluationFollowups.resultId))
    .where(and(inArray(evaluationResults.roundId, roundIds), scoped(resultIds)))
    .groupBy(evaluationResults.roundId, evaluationFollowups.kind, evaluationFollowups.status);
  for (const f of follow) {
    const c = out.get(f.roundId)!;
    if (f.kind === "review") {
      c.reviews += Number(f.n);
      if (f.status === "open") c.reviewsOpen += Number(f.n);
    }
    if (f.kind === "rectification") c.rectifications += Number(f.n);
  }
  return out;
}

/** The counts a host organisation may see: those of its own platforms' results. */
async function hostCounts(ex: Executor, actor: Actor, round: RoundRow): Promise<RoundCounts> {
  const { heads } = await visibleResults(ex, actor, round);
  const byGrade: Record<string, number> = {};
  for (const h of heads) byGrade[h.grade] = (byGrade[h.grade] ?? 0) + 1;
  return { results: heads.length, byGrade, reviews: 0, reviewsOpen: 0, rectifications: 0 };
}

const scoped = (resultIds: string[] | undefined) =>
  resultIds === undefined
    ? undefined
    : resultIds.length
      ? inArray(evaluationResults.id, resultIds)
      : sql`false`;

async function countsFor(ex: Executor, actor: Actor, rounds: RoundRow[]) {
  const viewer = evaluationViewer(actor);
  if (viewer.kind === "officials" && viewer.scope.kind === "all")
    return roundCounts(
      ex,
      rounds.map((r) => r.id),
    );
  if (viewer.kind === "officials") {
    // A district official counts the results of its area only, as its lists and charts do.
    const out = new Map<string, RoundCounts>();
    for (const r of rounds) {
      const { heads } = await visibleResults(ex, actor, r);
      const counts = await roundCounts(
        ex,
        [r.id],
        heads.map((h) => h.id),
      );
      out.set(r.id, counts.get(r.id)!);
    }
    return out;
  }
  const out = new Map<string, RoundCounts>();
  for (const r of rounds) out.set(r.id, await hostCounts(ex, actor, r));
  return out;
}

/** The rounds the actor may see, newest year first. */
export async function listRounds(
  db: Executor,
  actor: Actor,
  q: { year?: number } = {},
): Promise<{ items: EvaluationRound[] }> {
  const viewer = evaluationViewer(actor);
  if (viewer.kind === "none") return { items: [] };
  const rows = await db
    .select()
    .from(evaluationRounds)
    .where(
      and(
        q.year ? eq(evaluationRounds.year, q.year) : undefined,
        viewer.kind === "host" ? eq(evaluationRounds.status, "published") : undefined,
      ),
    )
    .orderBy(desc(evaluationRounds.year), desc(evaluationRounds.createdAt));
  const visible = rows.filter((r) => seesRound(viewer, r));
  const counts = await countsFor(db, actor, visible);
  return { items: visible.map((r) => presentRound(r, counts.get(r.id)!)) };
}

/** One round as the actor sees it (404 when it may not). */
export async function getRound(db: Executor, actor: Actor, id: string): Promise<EvaluationRound> {
  const round = await roundOr404(db, actor, id);
  const counts = await countsFor(db, actor, [round]);
  return presentRound(round, counts.get(round.id)!);
}

/** A round just changed, for the officials who changed it. */
export async function presentRoundRow(db: Executor, round: RoundRow): Promise<EvaluationRound> {
  const counts = await roundCounts(db, [round.id]);
  return presentRound(round, counts.get(round.id)!);
}
