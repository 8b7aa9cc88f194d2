import {
  CULTIVATION_EXCLUSION_NAMES,
  CULTIVATION_POOL_STATUS_NAMES,
  CULTIVATION_ROUND_STATUS_NAMES,
  type CultivationCandidate,
  CultivationCriteriaSchema,
  type CultivationExclusion,
  type CultivationPart,
  type CultivationPoolEntry,
  type CultivationPoolStatus,
  type CultivationRound,
  type CultivationRoundStatus,
  cultivationField,
} from "@rdcity/common";
import type { CandidateRow, PlatformSummary, PoolRow, RoundRow } from "./repo.js";
import type { CriterionPart, ExclusionPart, StoredPart } from "./scoring.js";

/** The public facts of a platform in a list (current name, type, level and place). */
export function platformFacts(platformId: string, p: PlatformSummary | undefined) {
  return {
    platformId,
    name: p?.name ?? "",
    typeCode: p?.typeCode ?? "",
    level: p?.level ?? "",
    districtCode: p?.districtCode ?? "",
    zoneCode: p?.zoneCode ?? null,
  };
}

export const etagOf = (row: { version: number }) => `"v${row.version}"`;

/** The version an If-Match header names: null when absent, -1 when it names no version of ours. */
export function versionFromIfMatch(header: string | undefined): number | null {
  if (!header) return null;
  const m = /^(?:W\/)?"v(\d+)"$/.exec(header.trim());
  return m ? Number(m[1]) : -1;
}

export function presentPart(p: CriterionPart): CultivationPart {
  const field = cultivationField(p.field);
  return {
    field: p.field,
    label: field ? { zh: field.zh, en: field.en } : { zh: p.field, en: p.field },
    value: p.value,
    unit: field?.unit ?? { zh: "", en: "" },
    rule: p.rule,
    points: Math.round(p.points * 10_000) / 10_000,
    weight: p.weight,
    share: Math.round(p.share * 1_000_000) / 1_000_000,
    contribution: Math.round(p.contribution * 10_000) / 10_000,
    reason: p.reason,
  };
}

const criterionParts = (parts: unknown) =>
  (parts as StoredPart[]).filter((p): p is CriterionPart => p.kind === "criterion");
const exclusionParts = (parts: unknown) =>
  (parts as StoredPart[]).filter((p): p is ExclusionPart => p.kind === "exclusion");

export function presentCandidate(row: CandidateRow, p: PlatformSummary | undefined): CultivationCandidate {
  return {
    ...platformFacts(row.platformId, p),
    rank: row.rank,
    score: Number(row.score),
    selected: row.selected,
    parts: criterionParts(row.parts).map(presentPart),
  };
}

export const presentReasons = (parts: unknown) =>
  exclusionParts(parts).map((x) => ({
    reason: x.reason,
    label: CULTIVATION_EXCLUSION_NAMES[x.reason],
    detail: x.detail,
  }));

export function presentExcluded(row: CandidateRow, p: PlatformSummary | undefined) {
  return { ...platformFacts(row.platformId, p), reasons: presentReasons(row.parts) };
}

export interface RoundCounts {
  considered: number;
  eligible: number;
  selected: number;
  excluded: { reason: CultivationExclusion; label: { zh: string; en: string }; count: number }[];
}

export function presentRound(r: RoundRow, counts: RoundCounts): CultivationRound {
  const status = r.status as CultivationRoundStatus;
  return {
    id: r.id,
    title: r.title,
    year: r.year,
    dataYear: r.dataYear,
    criteria: CultivationCriteriaSchema.parse(r.criteria),
    cap: r.cap,
    status,
    statusLabel: CULTIVATION_ROUND_STATUS_NAMES[status] ?? { zh: r.status, en: r.status },
    instanceId: r.instanceId,
    scoredAt: r.scoredAt?.toISOString() ?? null,
    counts,
    version: r.version,
    createdAt: r.createdAt.toISOString(),
    createdBy: r.createdBy,
    updatedAt: r.updatedAt.toISOString(),
    updatedBy: r.updatedBy,
  };
}

export function presentPoolEntry(
  row: PoolRow,
  round: Pick<RoundRow, "title" | "year"> | undefined,
  p: PlatformSummary | undefined,
): CultivationPoolEntry {
  const status = row.status as CultivationPoolStatus;
  return {
    id: row.id,
    ...platformFacts(row.platformId, p),
    roundId: row.roundId,
    roundTitle: round?.title ?? "",
    roundYear: round?.year ?? 0,
    enteredOn: row.enteredOn,
    status,
    statusLabel: CULTIVATION_POOL_STATUS_NAMES[status] ?? { zh: row.status, en: row.status },
    promotedOn: row.promotedOn,
    promotedTypeCode: row.promotedTypeCode,
    droppedOn: row.droppedOn,
    droppedReason: row.droppedReason,
    version: row.version,
  };
}
