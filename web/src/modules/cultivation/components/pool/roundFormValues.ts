import {
  type CriteriaProblem,
  type CultivationCriteriaInput,
  type CultivationRoundCreate,
  DEFAULT_ROUND_CRITERIA,
} from "@rdcity/common";

/** One scored criterion as the form holds it (the rule's kind beside its bounds). */
export interface CriterionValues {
  field?: string;
  weight?: number;
  kind: "linear" | "percentile";
  floor?: number | null;
  ceiling?: number | null;
}

export interface RoundFormValues {
  title: string;
  year: number;
  dataYear: number;
  cap: number;
  levels?: string[];
  typeCodes?: string[];
  statuses?: string[];
  industries?: string[];
  minRdSpending?: number | null;
  scored: CriterionValues[];
}

const nonEmpty = (v?: string[]) => (v && v.length > 0 ? v : undefined);

export function initialRoundValues(year: number): RoundFormValues {
  const f = DEFAULT_ROUND_CRITERIA.filters ?? {};
  return {
    title: "",
    year,
    dataYear: year - 1,
    cap: 100,
    levels: f.levels,
    typeCodes: f.typeCodes,
    statuses: undefined,
    industries: undefined,
    minRdSpending: f.minRdSpending ?? null,
    scored: DEFAULT_ROUND_CRITERIA.scored.map((c) => ({
      field: c.field,
      weight: c.weight,
      kind: c.rule.kind,
      floor: c.rule.kind === "linear" ? c.rule.floor : null,
      ceiling: c.rule.kind === "linear" ? c.rule.ceiling : null,
    })),
  };
}

/** The form's values as the API's body (filters left out when empty: "any"). */
export function toRoundBody(v: RoundFormValues): CultivationRoundCreate {
  const criteria: CultivationCriteriaInput = {
    filters: {
      ...(nonEmpty(v.levels) ? { levels: v.levels } : {}),
      ...(nonEmpty(v.typeCodes) ? { typeCodes: v.typeCodes } : {}),
      ...(nonEmpty(v.statuses) ? { statuses: v.statuses } : {}),
      ...(nonEmpty(v.industries) ? { industries: v.industries } : {}),
      ...(v.minRdSpending !== null && v.minRdSpending !== undefined
        ? { minRdSpending: v.minRdSpending }
        : {}),
    },
    scored: v.scored.map((c) => ({
      field: c.field ?? "",
      weight: c.weight ?? 0,
      rule:
        c.kind === "linear"
          ? { kind: "linear" as const, floor: c.floor ?? 0, ceiling: c.ceiling ?? 0 }
          : { kind: "percentile" as const },
    })),
  };
  return { title: v.title.trim(), year: v.year, dataYear: v.dataYear, cap: v.cap, criteria };
}

/**
 * Where a problem of the criteria belongs in the form: `criteria.scored.2.rule` → the third criterion's ceiling,
 * `criteria.filters.levels.0` → the levels; null when it belongs to no field.
 */
export function criteriaFieldName(path: readonly (string | number)[]): (string | number)[] | null {
  const p = path[0] === "criteria" ? path.slice(1) : path;
  if (p[0] === "scored" && p.length >= 3) {
    const index = Number(p[1]);
    const part = p[2];
    if (part === "rule") return ["scored", index, "ceiling"];
    if (part === "field" || part === "weight") return ["scored", index, part];
    return null;
  }
  if (p[0] === "filters" && typeof p[1] === "string") return [p[1]];
  if (p[0] === "scored") return ["scored"];
  return null;
}

export type { CriteriaProblem };
