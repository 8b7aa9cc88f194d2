import {
  EVALUATION_DIMENSIONS,
  EVALUATION_GRADE_NAMES,
  EVALUATION_ROUND_STATUS_NAMES,
  type EvaluationFramework,
  type EvaluationGrade,
  type EvaluationPart,
  type EvaluationResult,
  type EvaluationRound,
  type EvaluationRoundStatus,
  evaluationRuleTexts,
  FOLLOWUP_STATUS_NAMES,
  type FollowupKind,
  type FollowupStatus,
  NO_REPORT_REASON,
} from "@rdcity/common";
import { roundRules } from "./framework.js";
import type { FollowupRow, PlatformFacts, ResultRow, RoundRow } from "./repo.js";
import { peerGroupName } from "./scoring/peer-groups.js";
import type { ScoredPart } from "./scoring/score-subjects.js";

export const etagOf = (row: { version: number }) => `"v${row.version}"`;

export interface RoundCounts {
  results: number;
  byGrade: Record<string, number>;
  reviews: number;
  reviewsOpen: number;
  rectifications: number;
}

export function presentRound(round: RoundRow, counts: RoundCounts): EvaluationRound {
  const rules = roundRules(round);
  const status = round.status as EvaluationRoundStatus;
  return {
    id: round.id,
    title: round.title,
    year: round.year,
    subjectKind: rules.framework.subjectKind,
    framework: rules.framework,
    thresholds: rules.thresholds,
    expertWeight: rules.expertWeight,
    status,
    statusName: EVALUATION_ROUND_STATUS_NAMES[status],
    rules: evaluationRuleTexts(rules),
    counts,
    scoredAt: round.scoredAt?.toISOString() ?? null,
    publishedAt: round.publishedAt?.toISOString() ?? null,
    version: round.version,
    createdAt: round.createdAt.toISOString(),
    createdBy: round.createdBy,
    updatedAt: round.updatedAt.toISOString(),
    updatedBy: round.updatedBy,
  };
}

const num = (v: string | null) => (v === null ? null : Number(v));

/** The parts with their labels from the round's framework, and the points per dimension. */
export function partsOf(framework: EvaluationFramework, stored: ScoredPart[]) {
  const labels = new Map(framework.indicators.map((i) => [i.key, i.label]));
  const parts: EvaluationPart[] = stored.map((p) => ({
    key: p.key,
    label: labels.get(p.key) ?? { zh: p.key, en: p.key },
    dimension: p.dimension,
    raw: p.raw,
    missing: p.missing,
    normalised: p.normalised,
    weight: p.weight,
    points: p.points,
  }));
  const dimensions = Object.fromEntries(
    EVALUATION_DIMENSIONS.map((d) => [
      d,
      parts.filter((p) => p.dimension === d).reduce((sum, p) => sum + Math.round(p.points * 1000), 0) / 1000,
    ]),
  );
  return { parts, dimensions };
}

export const noReportOf = (stored: ScoredPart[]) =>
  stored.length > 0 && stored.every((p) => p.missing === "no_report");

/**
 * A follow-up as shown. A revocation runs in the platforms module's own process, so its row stays open; it reads
 * as done once the platform's status is revoked.
 */
export function followupStatus(f: FollowupRow, platform: PlatformFacts | undefined): FollowupStatus {
  if (f.kind === "revocation" && f.status === "open" && platform?.status === "revoked") return "done";
  return f.status as FollowupStatus;
}

export function presentFollowup(f: FollowupRow, platform?: PlatformFacts) {
  const kind = f.kind as FollowupKind;
  const status = followupStatus(f, platform);
  return {
    id: f.id,
    kind,
    status,
    statusName: FOLLOWUP_STATUS_NAMES[kind][status],
    deadline: f.deadline,
    instanceId: f.instanceId,
  };
}

export function presentResult(
  result: ResultRow,
  round: RoundRow,
  framework: EvaluationFramework,
  platform: PlatformFacts | undefined,
  followups: FollowupRow[],
): EvaluationResult {
  const stored = result.parts as unknown as ScoredPart[];
  const grade = result.grade as EvaluationGrade;
  return {
    id: result.id,
    roundId: round.id,
    roundTitle: round.title,
    year: round.year,
    platform: {
      id: result.platformId,
      name: platform?.name ?? "",
      typeCode: platform?.typeCode ?? "",
      level: platform?.level ?? "",
      districtCode: platform?.districtCode ?? "",
      hostEntityId: platform?.hostEntityId ?? "00000000-0000-0000-0000-000000000000",
    },
    peerGroup: result.peerGroup,
    peerGroupName: peerGroupName(result.peerGroup),
    peers: result.peers,
    ...partsOf(framework, stored),
    dataScore: Number(result.dataScore),
    expertScore: num(result.expertScore),
    score: Number(result.score),
    grade,
    gradeName: EVALUATION_GRADE_NAMES[grade],
    reason: noReportOf(stored) ? { ...NO_REPORT_REASON } : null,
    rankInGroup: result.rankInGroup,
    reviewInstanceId: result.instanceId,
    followups: followups.map((f) => presentFollowup(f, platform)),
    version: result.version,
  };
}
