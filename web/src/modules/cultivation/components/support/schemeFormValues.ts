import {
  type OverBudgetPolicy,
  type Scheme,
  type SchemeCreateInput,
  SUPPORT_FUND_DEFAULT,
  type SupportBasis,
  type SupportRulesInput,
} from "@rdcity/common";
import type { SchemeChanges } from "../../api/supportWrites";
import { rulesOf } from "./supportFormat";

export interface TierValues {
  upTo: number | null;
  percent: number | null;
}

/** A scheme as the form holds it: flat fields, money in 万元 as numbers, null for "none". */
export interface SchemeFormValues {
  title: string;
  year: number;
  dataYear: number;
  fundCode: string;
  budget: number | null;
  eligibility: "pool" | "platforms";
  roundId?: string;
  levels?: string[];
  typeCodes?: string[];
  statuses?: string[];
  rdCentre?: "any" | "yes" | "no";
  basis: SupportBasis;
  rateKind: "share" | "tiers";
  percent: number | null;
  tiers: TierValues[];
  minimum: number | null;
  cap: number | null;
  overBudget: OverBudgetPolicy;
}

/** Per cent with at most four decimals, as the rules take it. */
const percentOf = (v: number | null | undefined) => Math.round((v ?? 0) * 10_000) / 10_000;
const money = (v: number | null | undefined) => (v === null || v === undefined ? null : v.toFixed(2));
const num = (v: string | null | undefined) => (v === null || v === undefined ? null : Number(v));
const nonEmpty = <T>(v?: T[]) => (v && v.length > 0 ? v : undefined);

/** A new scheme: the pool's members, 5 % of the data year's R&D spending, capped at 300 万元, refused over budget. */
export function newSchemeValues(year: number): SchemeFormValues {
  return {
    title: "",
    year,
    dataYear: year - 1,
    fundCode: SUPPORT_FUND_DEFAULT.code,
    budget: null,
    eligibility: "pool",
    basis: "rd_spending",
    rateKind: "share",
    percent: 5,
    tiers: [
      { upTo: 1000, percent: 5 },
      { upTo: null, percent: 3 },
    ],
    minimum: null,
    cap: 300,
    overBudget: "refuse",
    rdCentre: "any",
  };
}

export function schemeValues(scheme: Scheme): SchemeFormValues {
  const rules = rulesOf(scheme.rules);
  const e = rules.eligibility;
  return {
    title: scheme.title,
    year: scheme.year,
    dataYear: scheme.dataYear,
    fundCode: scheme.fund.code,
    budget: num(scheme.budget),
    eligibility: e.kind,
    roundId: e.kind === "pool" ? e.roundId : undefined,
    levels: e.kind === "platforms" ? e.levels : undefined,
    typeCodes: e.kind === "platforms" ? e.typeCodes : undefined,
    statuses: e.kind === "platforms" ? e.statuses : undefined,
    rdCentre: e.kind === "platforms" && e.rdCentre !== undefined ? (e.rdCentre ? "yes" : "no") : "any",
    basis: rules.basis,
    rateKind: rules.rate.kind,
    percent: rules.rate.kind === "share" ? rules.rate.percent : 5,
    tiers:
      rules.rate.kind === "tiers"
        ? rules.rate.tiers.map((t) => ({ upTo: num(t.upTo), percent: t.percent }))
        : [
            { upTo: 1000, percent: rules.rate.percent },
            { upTo: null, percent: rules.rate.percent },
          ],
    minimum: num(rules.minimum),
    cap: num(rules.cap),
    overBudget: rules.overBudget,
  };
}

export function toRules(v: SchemeFormValues): SupportRulesInput {
  const eligibility =
    v.eligibility === "pool"
      ? { kind: "pool" as const, ...(v.roundId ? { roundId: v.roundId } : {}) }
      : {
          kind: "platforms" as const,
          ...(nonEmpty(v.levels) ? { levels: v.levels as ("national" | "provincial" | "municipal")[] } : {}),
          ...(nonEmpty(v.typeCodes) ? { typeCodes: v.typeCodes } : {}),
          ...(nonEmpty(v.statuses) ? { statuses: v.statuses } : {}),
          ...(v.rdCentre === "yes" ? { rdCentre: true } : v.rdCentre === "no" ? { rdCentre: false } : {}),
        };
  const rate =
    v.rateKind === "share"
      ? { kind: "share" as const, percent: percentOf(v.percent) }
      : {
          kind: "tiers" as const,
          tiers: v.tiers.map((t, i) => ({
            upTo: i === v.tiers.length - 1 ? null : money(t.upTo),
            percent: percentOf(t.percent),
          })),
        };
  return {
    eligibility: eligibility as SupportRulesInput["eligibility"],
    basis: v.basis,
    rate,
    minimum: money(v.minimum),
    cap: money(v.cap),
    overBudget: v.overBudget,
  };
}

export function toSchemeBody(v: SchemeFormValues): SchemeCreateInput {
  return {
    title: v.title.trim(),
    year: v.year,
    dataYear: v.dataYear,
    fundCode: v.fundCode,
    budget: money(v.budget) ?? "",
    rules: toRules(v),
  };
}

export function toSchemeChanges(v: SchemeFormValues): SchemeChanges {
  return { title: v.title.trim(), dataYear: v.dataYear, budget: money(v.budget) ?? "", rules: toRules(v) };
}

/**
 * Where an issue's path belongs in the form: `rules.rate.tiers.1.upTo` → the second tier's bound,
 * `rules.minimum` → the minimum, `rules.eligibility.levels` → the levels; null when it belongs to no field.
 */
export function schemeFieldName(path: readonly PropertyKey[]): (string | number)[] | null {
  const p = path.map((x) => (typeof x === "symbol" ? String(x) : x)) as (string | number)[];
  const rest = p[0] === "rules" ? p.slice(1) : p;
  if (rest[0] === "rate") {
    if (rest[1] === "tiers" && rest.length >= 4) return ["tiers", Number(rest[2]), String(rest[3])];
    if (rest[1] === "tiers") return ["tiers"];
    if (rest[1] === "percent") return ["percent"];
    return null;
  }
  if (rest[0] === "eligibility") return typeof rest[1] === "string" ? [rest[1]] : null;
  const known = ["title", "year", "dataYear", "fundCode", "budget", "basis", "minimum", "cap", "overBudget"];
  if (typeof rest[0] === "string" && known.includes(rest[0])) return [rest[0]];
  return null;
}
