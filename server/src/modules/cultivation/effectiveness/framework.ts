import {
  type EvaluationFramework,
  EvaluationFrameworkSchema,
  type EvaluationThresholds,
  EvaluationThresholdsSchema,
  REPORT_METRIC_KEYS,
} from "@rdcity/common";
import { AppError } from "../../../core/errors.js";
import { formulaMetrics } from "./scoring/indicator-values.js";

/**
 * Every metric a framework reads must be a key of the annual report (common/src/report-metrics.ts); unknown keys
 * are a 422 naming each path (framework.indicators.3.formula.numerator) and the keys in the detail.
 */
export function checkFrameworkMetrics(framework: EvaluationFramework, root = "framework"): void {
  const known = new Set<string>(REPORT_METRIC_KEYS);
  const errors: { path: string; code: string; key: string }[] = [];
  const unknown = new Set<string>();
  framework.indicators.forEach((ind, i) => {
    for (const { path, key } of formulaMetrics(ind.formula)) {
      if (known.has(key)) continue;
      unknown.add(key);
      errors.push({
        path: `${root}.indicators.${i}.formula.${path}`,
        code: "metric_unknown",
        key,
      });
    }
  });
  if (errors.length) {
    throw new AppError(
      "evaluation_metric_unknown",
      { keys: [...unknown].join(", ") },
      { errors, known: [...known] },
    );
  }
}

/** A stored round's framework and thresholds (written through the same schemas). */
export function roundRules(round: { framework: unknown; thresholds: unknown; expertWeight: string }): {
  framework: EvaluationFramework;
  thresholds: EvaluationThresholds;
  expertWeight: number;
  expertWeightMilli: number;
} {
  const expertWeight = Number(round.expertWeight);
  return {
    framework: EvaluationFrameworkSchema.parse(round.framework),
    thresholds: EvaluationThresholdsSchema.parse(round.thresholds),
    expertWeight,
    expertWeightMilli: Math.round(expertWeight * 1000),
  };
}
