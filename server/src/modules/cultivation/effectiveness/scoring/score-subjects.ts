import {
  type EvaluationDimension,
  type EvaluationFramework,
  type EvaluationGrade,
  type EvaluationThresholds,
  gradeOf,
} from "@rdcity/common";
import { type FigureSet, type MissingReason, rawValue } from "./indicator-values.js";
import { minMaxScore, winsorBounds } from "./normalise.js";
import { assignPeerGroups } from "./peer-groups.js";

export interface ScoringSubject {
  id: string;
  typeCode: string;
  level: string;
  report: FigureSet | null;
  previous: FigureSet | null;
}

/** One indicator of one result, as stored (numbers rounded to three decimals). */
export interface ScoredPart {
  key: string;
  dimension: EvaluationDimension;
  raw: number | null;
  missing: MissingReason | null;
  normalised: number;
  weight: number;
  points: number;
}

export interface ScoredSubject {
  id: string;
  peerGroup: string;
  peers: number;
  parts: ScoredPart[];
  /** The data score in thousandths (exact sum of the rounded points). */
  dataMilli: number;
  grade: EvaluationGrade;
  rankInGroup: number | null;
  noReport: boolean;
}

const milli = (v: number) => Math.round(v * 1000);
const round3 = (v: number) => milli(v) / 1000;

/** Competition ranks (1, 2, 2, 4) by score, highest first. Pure. */
export function ranksOf(entries: readonly { id: string; milli: number }[]): Map<string, number> {
  const sorted = [...entries].sort((a, b) => b.milli - a.milli);
  const ranks = new Map<string, number>();
  sorted.forEach((e, i) => {
    const prev = sorted[i - 1];
    ranks.set(e.id, prev && prev.milli === e.milli ? ranks.get(prev.id)! : i + 1);
  });
  return ranks;
}

/**
 * Scores every subject of a round (pure): peer groups, each indicator's raw value, its bounds within the group,
 * the normalised score, the points (normalised × weight ÷ total weight, rounded to thousandths), the data score as
 * the exact sum of the points, the grade, and the rank in the group. A subject without the year's report gets
 * 0 points on every indicator, fails, and takes no part in the bounds or the ranking.
 */
export function scoreSubjects(
  framework: EvaluationFramework,
  thresholds: EvaluationThresholds,
  subjects: readonly ScoringSubject[],
): ScoredSubject[] {
  const groups = assignPeerGroups(
    subjects.map((s) => ({ id: s.id, typeCode: s.typeCode, level: s.level, scored: s.report !== null })),
    framework.peerGroups.minSize,
  );
  const totalWeight = framework.indicators.reduce((sum, i) => sum + i.weight, 0);
  const raws = new Map(
    subjects.map((s) => [
      s.id,
      framework.indicators.map((ind) => rawValue(ind.formula, s.report, s.previous)),
    ]),
  );
  const members = new Map<string, ScoringSubject[]>();
  for (const s of subjects) {
    const key = groups.get(s.id)!.key;
    const list = members.get(key);
    if (list) list.push(s);
    else members.set(key, [s]);
  }
  const { lowerPercentile, upperPercentile, floor } = framework.normalisation;
  const bounds = new Map(
    [...members].map(([key, list]) => {
      const scored = list.filter((s) => s.report !== null);
      return [
        key,
        framework.indicators.map((_, i) =>
          winsorBounds(
            scored.map((s) => raws.get(s.id)![i]!.raw),
            lowerPercentile,
            upperPercentile,
          ),
        ),
      ];
    }),
  );
  const results: ScoredSubject[] = subjects.map((s) => {
    const group = groups.get(s.id)!;
    const parts = framework.indicators.map((ind, i): ScoredPart => {
      const { raw, missing } = raws.get(s.id)![i]!;
      const normalisedMilli = milli(minMaxScore(raw, bounds.get(group.key)![i], ind.direction, floor));
      const pointsMilli = Math.round((normalisedMilli * ind.weight) / totalWeight);
      return {
        key: ind.key,
        dimension: ind.dimension,
        raw: raw === null ? null : round3(raw),
        missing,
        normalised: normalisedMilli / 1000,
        weight: ind.weight,
        points: pointsMilli / 1000,
      };
    });
    const dataMilli = parts.reduce((sum, p) => sum + milli(p.points), 0);
    const noReport = s.report === null;
    return {
      id: s.id,
      peerGroup: group.key,
      peers: group.peers,
      parts,
      dataMilli,
      grade: noReport ? "fail" : gradeOf(dataMilli / 1000, thresholds),
      rankInGroup: null,
      noReport,
    };
  });
  for (const key of members.keys()) {
    const ranked = results.filter((r) => r.peerGroup === key && !r.noReport);
    const ranks = ranksOf(ranked.map((r) => ({ id: r.id, milli: r.dataMilli })));
    for (const r of ranked) r.rankInGroup = ranks.get(r.id)!;
  }
  return results;
}

/**
 * The final score in thousandths: (1 − w)·data + w·expert, with w in thousandths (numeric(4,3)), computed in
 * integers and rounded half up. Without an expert score the final score is the data score.
 */
export function finalScoreMilli(dataMilli: number, expertMilli: number | null, weightMilli: number): number {
  if (expertMilli === null) return dataMilli;
  return Math.round(((1000 - weightMilli) * dataMilli + weightMilli * expertMilli) / 1000);
}

/** The experts' mean total scaled to 0–100, in thousandths. */
export function expertScoreMilli(meanTotal: number, maxTotal: number): number {
  return Math.round((meanTotal / maxTotal) * 100_000);
}
