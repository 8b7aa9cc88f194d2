import type { EvaluationResult, EvaluationResultQuery } from "@rdcity/common";
import { eq, inArray } from "drizzle-orm";
import type { Actor } from "../../../../core/actor.js";
import type { Executor } from "../../../../core/db/client.js";
import { AppError } from "../../../../core/errors.js";
import { evaluationResults, evaluationRounds } from "../../schema.js";
import { roundRules } from "../framework.js";
import { presentResult } from "../presenters.js";
import {
  evaluationViewer,
  followupsOf,
  platformFactsOf,
  roundOr404,
  seesPlatform,
  seesRound,
} from "../repo.js";
import { type ResultHead, visibleResults } from "./visible-results.js";

const GRADE_ORDER: Record<string, number> = { excellent: 0, good: 1, pass: 2, fail: 3 };

/** Results of a round, filtered by grade, type, level, district, peer group and name; sorted; paged. */
export async function listResults(
  db: Executor,
  actor: Actor,
  roundId: string,
  q: EvaluationResultQuery,
): Promise<{ items: EvaluationResult[]; total: number }> {
  const round = await roundOr404(db, actor, roundId);
  const { heads, facts } = await visibleResults(db, actor, round);
  const needle = q.q?.toLowerCase();
  const kept = heads.filter((h) => {
    const p = facts.get(h.platformId)!;
    if (q.grade && !q.grade.includes(h.grade as never)) return false;
    if (q.typeCode && !q.typeCode.includes(p.typeCode as never)) return false;
    if (q.level && !q.level.includes(p.level as never)) return false;
    if (q.districtCode && !q.districtCode.includes(p.districtCode)) return false;
    if (q.peerGroup && h.peerGroup !== q.peerGroup) return false;
    if (needle && !p.name.toLowerCase().includes(needle)) return false;
    return true;
  });
  const name = (h: ResultHead) => facts.get(h.platformId)!.name;
  const score = (h: ResultHead) => Number(h.score);
  const sorters: Record<EvaluationResultQuery["sort"], (a: ResultHead, b: ResultHead) => number> = {
    "-score": (a, b) => score(b) - score(a) || name(a).localeCompare(name(b), "zh-CN"),
    score: (a, b) => score(a) - score(b) || name(a).localeCompare(name(b), "zh-CN"),
    name: (a, b) => name(a).localeCompare(name(b), "zh-CN"),
    rank: (a, b) =>
      a.peerGroup.localeCompare(b.peerGroup) ||
      (a.rankInGroup ?? 1e9) - (b.rankInGroup ?? 1e9) ||
      (GRADE_ORDER[a.grade] ?? 9) - (GRADE_ORDER[b.grade] ?? 9),
  };
  kept.sort(sorters[q.sort]);
  const page = kept.slice(q.offset, q.offset + q.limit);
  const rows = page.length
    ? await db
        .select()
        .from(evaluationResults)
        .where(
          inArray(
            evaluationResults.id,
            page.map((h) => h.id),
          ),
        )
    : [];
  const byId = new Map(rows.map((r) => [r.id, r]));
  const followups = await followupsOf(
    db,
    page.map((h) => h.id),
  );
  const { framework } = roundRules(round);
  return {
    items: page.map((h) =>
      presentResult(byId.get(h.id)!, round, framework, facts.get(h.platformId), followups.get(h.id) ?? []),
    ),
    total: kept.length,
  };
}

/** One result the actor may see (its round visible, its platform in scope), or 404. */
export async function getResult(db: Executor, actor: Actor, resultId: string): Promise<EvaluationResult> {
  const viewer = evaluationViewer(actor);
  const [row] = await db
    .select({ result: evaluationResults, round: evaluationRounds })
    .from(evaluationResults)
    .innerJoin(evaluationRounds, eq(evaluationRounds.id, evaluationResults.roundId))
    .where(eq(evaluationResults.id, resultId));
  if (!row || !seesRound(viewer, row.round)) throw new AppError("not_found");
  const facts = await platformFactsOf(db, [row.result.platformId]);
  const platform = facts.get(row.result.platformId);
  if (!seesPlatform(viewer, platform)) throw new AppError("not_found");
  const followups = await followupsOf(db, [row.result.id]);
  return presentResult(
    row.result,
    row.round,
    roundRules(row.round).framework,
    platform,
    followups.get(row.result.id) ?? [],
  );
}
