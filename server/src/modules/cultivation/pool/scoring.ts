import {
  CULTIVATION_DEFAULT_STATUSES,
  type CultivationCriteria,
  type CultivationExclusion,
  type CultivationFilters,
  type CultivationRule,
} from "@rdcity/common";
import type { PlatformFigures } from "../../platforms/index.js";
import { criterionReason, exclusionDetail, type Text } from "./reasons.js";

/**
 * The selection's arithmetic, pure (no database): filters, points per criterion, the weighted score, the ranking
 * with deterministic tie-breaks, the cap, and re-weighting for the preview.
 *
 * Points are 0–100 per criterion (linear between a floor and a ceiling, or the mid-rank percentile among the
 * eligible platforms); the score is Σ weight × points / Σ weights, rounded to 4 decimals (what is stored and
 * ranked). Ties: higher score, then higher R&D spending of the data year, then name (code-point order), then id.
 */

/** One scored criterion as stored in cultivation_candidates.parts (points kept unrounded for exact re-weighting). */
export interface CriterionPart {
  kind: "criterion";
  field: string;
  rule: CultivationRule;
  value: number | null;
  points: number;
  weight: number;
  share: number;
  contribution: number;
  reason: Text;
  /** For percentile rules: how many eligible platforms had a value. */
  n?: number;
}
/** What a tie is broken by, as read when the round was scored. */
export interface TiebreakPart {
  kind: "tiebreak";
  rdSpending: number | null;
  name: string;
}
/** A filter an excluded platform failed (stored with rank 0: it was considered, not ranked). */
export interface ExclusionPart {
  kind: "exclusion";
  reason: CultivationExclusion;
  detail: Text;
}
export type StoredPart = CriterionPart | TiebreakPart | ExclusionPart;

export interface ScoredCandidate {
  platform: PlatformFigures;
  rank: number;
  score: number;
  selected: boolean;
  parts: CriterionPart[];
  tiebreak: TiebreakPart;
}
export interface ExcludedPlatform {
  platform: PlatformFigures;
  reasons: ExclusionPart[];
}

export const round4 = (v: number) => Math.round(v * 10_000) / 10_000;

/** A field's value for a platform: a figure of the data year's report, or R&D spending growth in % over the year before. */
export function fieldValue(p: Pick<PlatformFigures, "report" | "previous">, field: string): number | null {
  if (!p.report) return null;
  if (field === "rdSpendingGrowth") {
    const now = p.report.rdSpending;
    const before = p.previous?.rdSpending ?? null;
    if (now === null || before === null || before === 0) return null;
    return ((now - before) / before) * 100;
  }
  const v = (p.report as Record<string, number | null>)[field];
  return v === undefined ? null : v;
}

export function linearPoints(value: number | null, floor: number, ceiling: number): number {
  if (value === null) return 0;
  if (value <= floor) return 0;
  if (value >= ceiling) return 100;
  return (100 * (value - floor)) / (ceiling - floor);
}

/** Mid-rank percentile of `value` among `values` (all non-null, `value` among them): 100 when alone. */
export function percentilePoints(value: number | null, values: readonly number[]): number {
  if (value === null) return 0;
  const n = values.length;
  if (n <= 1) return 100;
  let below = 0;
  let equal = 0;
  for (const v of values) {
    if (v < value) below++;
    else if (v === value) equal++;
  }
  return (100 * (below + (equal - 1) / 2)) / (n - 1);
}

/** Every filter the platform fails, in CULTIVATION_EXCLUSIONS order (empty: eligible). */
export function exclusionsOf(
  p: PlatformFigures,
  filters: CultivationFilters,
  dataYear: number,
): ExclusionPart[] {
  const out: ExclusionPart[] = [];
  const add = (reason: CultivationExclusion, detail: Text) => out.push({ kind: "exclusion", reason, detail });
  const statuses: readonly string[] = filters.statuses ?? CULTIVATION_DEFAULT_STATUSES;
  if (!statuses.includes(p.status)) add("status", exclusionDetail.status(p.status, statuses));
  if (p.level === "national") add("already_national", exclusionDetail.alreadyNational(p.typeCode));
  else if (filters.levels && !filters.levels.includes(p.level))
    add("level", exclusionDetail.level(p.level, filters.levels));
  if (filters.typeCodes && !filters.typeCodes.includes(p.typeCode))
    add("type", exclusionDetail.type(p.typeCode));
  if (filters.industries && !p.industries.some((i) => filters.industries!.includes(i)))
    add("industry", exclusionDetail.industry(p.industries));
  if (!p.report) add("no_report", exclusionDetail.noReport(dataYear));
  else if (filters.minRdSpending !== undefined) {
    const rd = p.report.rdSpending;
    if (rd === null || rd < filters.minRdSpending)
      add("min_rd_spending", exclusionDetail.minRdSpending(dataYear, rd, filters.minRdSpending));
  }
  return out;
}

interface Rankable {
  id: string;
  score: number;
  rdSpending: number | null;
  name: string;
}

/** The ranking order: score, then R&D spending (missing last), then name, then id — never two alike. */
export function compareRank(a: Rankable, b: Rankable): number {
  if (a.score !== b.score) return b.score - a.score;
  const ra = a.rdSpending ?? Number.NEGATIVE_INFINITY;
  const rb = b.rdSpending ?? Number.NEGATIVE_INFINITY;
  if (ra !== rb) return rb - ra;
  if (a.name !== b.name) return a.name < b.name ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** Scores the eligible platforms and lists the others with what excluded them. */
export function scoreRound(
  platforms: readonly PlatformFigures[],
  criteria: CultivationCriteria,
  opts: { cap: number; dataYear: number },
): { candidates: ScoredCandidate[]; excluded: ExcludedPlatform[] } {
  const excluded: ExcludedPlatform[] = [];
  const eligible: PlatformFigures[] = [];
  for (const p of platforms) {
    const reasons = exclusionsOf(p, criteria.filters, opts.dataYear);
    if (reasons.length) excluded.push({ platform: p, reasons });
    else eligible.push(p);
  }
  const totalWeight = criteria.scored.reduce((s, c) => s + c.weight, 0);
  const valuesOf = new Map(
    criteria.scored
      .filter((c) => c.rule.kind === "percentile")
      .map((c) => [
        c.field,
        eligible.map((p) => fieldValue(p, c.field)).filter((v): v is number => v !== null),
      ]),
  );
  const scored = eligible.map((p) => {
    const parts: CriterionPart[] = criteria.scored.map((c) => {
      const value = fieldValue(p, c.field);
      const values = valuesOf.get(c.field);
      const points =
        c.rule.kind === "linear"
          ? linearPoints(value, c.rule.floor, c.rule.ceiling)
          : percentilePoints(value, values ?? []);
      const share = c.weight / totalWeight;
      const n = values ? { n: values.length } : undefined;
      return {
        kind: "criterion",
        field: c.field,
        rule: c.rule,
        value,
        points,
        weight: c.weight,
        share,
        contribution: points * share,
        reason: criterionReason(c.field, c.rule, value, points, share, n),
        ...n,
      };
    });
    const score = round4(parts.reduce((s, x) => s + x.weight * x.points, 0) / totalWeight);
    const tiebreak: TiebreakPart = {
      kind: "tiebreak",
      rdSpending: p.report?.rdSpending ?? null,
      name: p.name,
    };
    return { platform: p, score, parts, tiebreak };
  });
  scored.sort((a, b) =>
    compareRank(
      { id: a.platform.id, score: a.score, ...a.tiebreak },
      { id: b.platform.id, score: b.score, ...b.tiebreak },
    ),
  );
  const candidates = scored.map((s, i) => ({ ...s, rank: i + 1, selected: i < opts.cap }));
  return { candidates, excluded };
}

export interface StoredCandidate {
  platformId: string;
  rank: number;
  score: number;
  selected: boolean;
  parts: StoredPart[];
}

export interface Reranked {
  platformId: string;
  rank: number;
  previousRank: number;
  change: number;
  score: number;
  previousScore: number;
  selected: boolean;
  wasSelected: boolean;
}

/**
 * The ranking under other weights, from the stored points (they do not depend on the weights): fields not in
 * `weights` keep theirs. Σ weights must be above 0 (checked by the caller).
 */
export function reweight(
  stored: readonly StoredCandidate[],
  weights: Readonly<Record<string, number>>,
  cap: number,
): Reranked[] {
  const rows = stored.map((c) => {
    const criteria = c.parts.filter((p): p is CriterionPart => p.kind === "criterion");
    const tiebreak = c.parts.find((p): p is TiebreakPart => p.kind === "tiebreak");
    let sum = 0;
    let total = 0;
    for (const part of criteria) {
      const w = weights[part.field] ?? part.weight;
      sum += w * part.points;
      total += w;
    }
    return {
      c,
      score: total > 0 ? round4(sum / total) : 0,
      rdSpending: tiebreak?.rdSpending ?? null,
      name: tiebreak?.name ?? "",
    };
  });
  rows.sort((a, b) => compareRank({ ...a, id: a.c.platformId }, { ...b, id: b.c.platformId }));
  return rows.map((r, i) => ({
    platformId: r.c.platformId,
    rank: i + 1,
    previousRank: r.c.rank,
    change: r.c.rank - (i + 1),
    score: r.score,
    previousScore: r.c.score,
    selected: i < cap,
    wasSelected: r.c.selected,
  }));
}
