import {
  type CriteriaProblem,
  type CultivationCriteria,
  CultivationCriteriaSchema,
  criteriaProblems,
} from "@rdcity/common";
import { AppError } from "../../../core/errors.js";

/** 422 cultivation_criteria_invalid: every problem with its path (in `errors`) and in words in the detail. */
export function criteriaError(problems: CriteriaProblem[]): AppError {
  const line = (p: CriteriaProblem, lang: "zh" | "en") => `${p.path.join(".")}: ${p[lang]}`;
  return new AppError(
    "cultivation_criteria_invalid",
    {
      count: problems.length,
      detailZh: problems.map((p) => line(p, "zh")).join("；"),
      detailEn: problems.map((p) => line(p, "en")).join("; "),
    },
    { errors: problems.map((p) => ({ path: p.path.join("."), code: p.code })) },
  );
}

/**
 * Criteria as stored: the shape checked by the schema (the routes' bodies already were), then every reference
 * (fields, levels, types, statuses, the plan's industries, floors below ceilings) → 422 naming the paths.
 */
export function checkCriteria(input: unknown, base = "criteria"): CultivationCriteria {
  const criteria = CultivationCriteriaSchema.parse(input);
  const problems = criteriaProblems(criteria, [base]);
  if (problems.length) throw criteriaError(problems);
  return criteria;
}

/** Preview weights: only the round's scored fields, and not all zero. */
export function checkWeights(criteria: CultivationCriteria, weights: Record<string, number>): void {
  const fields = criteria.scored.map((c) => c.field);
  const problems: CriteriaProblem[] = Object.keys(weights)
    .filter((f) => !fields.includes(f))
    .map((f) => ({
      path: ["weights", f],
      code: "field_unknown",
      zh: `本轮没有评分字段“${f}”，可选：${fields.join(" / ")}`,
      en: `the round does not score “${f}”; it scores ${fields.join(" / ")}`,
    }));
  const total = criteria.scored.reduce((s, c) => s + (weights[c.field] ?? c.weight), 0);
  if (!problems.length && !(total > 0))
    problems.push({
      path: ["weights"],
      code: "weights_zero",
      zh: "权重之和须大于 0",
      en: "the weights must add up to more than 0",
    });
  if (problems.length) throw criteriaError(problems);
}
