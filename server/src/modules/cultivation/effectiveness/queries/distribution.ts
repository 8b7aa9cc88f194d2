import {
  EVALUATION_GRADE_NAMES,
  EVALUATION_GRADES,
  type EvaluationDistribution,
  type EvaluationGrade,
} from "@rdcity/common";
import type { Actor } from "../../../../core/actor.js";
import type { Executor } from "../../../../core/db/client.js";
import { roundOr404 } from "../repo.js";
import { peerGroupName } from "../scoring/peer-groups.js";
import { visibleResults } from "./visible-results.js";

/**
 * For the charts: the results the actor may see by grade, by peer group (with the grades inside it and the mean
 * final score) and in 10-point score bands. The counts add up to the results counted.
 */
export async function evaluationDistribution(
  db: Executor,
  actor: Actor,
  roundId: string,
): Promise<EvaluationDistribution> {
  const round = await roundOr404(db, actor, roundId);
  const { heads } = await visibleResults(db, actor, round);
  const zeroGrades = () => Object.fromEntries(EVALUATION_GRADES.map((g) => [g, 0])) as Record<string, number>;
  const byGrade = zeroGrades();
  const groups = new Map<
    string,
    { peers: number; count: number; byGrade: Record<string, number>; sum: number }
  >();
  const bands = Array.from({ length: 10 }, (_, i) => ({ from: i * 10, to: (i + 1) * 10, count: 0 }));
  for (const h of heads) {
    byGrade[h.grade] = (byGrade[h.grade] ?? 0) + 1;
    const g = groups.get(h.peerGroup) ?? { peers: h.peers, count: 0, byGrade: zeroGrades(), sum: 0 };
    g.count++;
    g.byGrade[h.grade] = (g.byGrade[h.grade] ?? 0) + 1;
    g.sum += Math.round(Number(h.score) * 1000);
    groups.set(h.peerGroup, g);
    const score = Number(h.score);
    bands[Math.min(9, Math.floor(score / 10))]!.count++;
  }
  return {
    total: heads.length,
    byGrade: EVALUATION_GRADES.map((grade) => ({
      grade,
      name: EVALUATION_GRADE_NAMES[grade as EvaluationGrade],
      count: byGrade[grade] ?? 0,
    })),
    byPeerGroup: [...groups]
      .map(([peerGroup, g]) => ({
        peerGroup,
        name: peerGroupName(peerGroup),
        peers: g.peers,
        count: g.count,
        byGrade: g.byGrade,
        meanScore: g.count ? Math.round(g.sum / g.count) / 1000 : null,
      }))
      .sort((a, b) => b.count - a.count || a.peerGroup.localeCompare(b.peerGroup)),
    scoreBands: bands,
  };
}
