import type { IndicatorFormula } from "@rdcity/common";

/** Figures of an accepted annual report by metric key (money in 万元), null when not reported. */
export type FigureSet = Record<string, number | null>;

export type MissingReason = "no_report" | "not_reported" | "zero_denominator" | "no_previous";

export interface RawValue {
  raw: number | null;
  missing: MissingReason | null;
}

const value = (raw: number): RawValue => ({ raw, missing: null });
const missing = (reason: MissingReason): RawValue => ({ raw: null, missing: reason });

/**
 * An indicator's raw value for one platform from its accepted reports of the year and the year before (pure):
 * a figure as reported; a ratio × `per` (null when the denominator is 0); growth in per cent against the year
 * before (null without a previous figure or when it was 0).
 */
export function rawValue(
  formula: IndicatorFormula,
  report: FigureSet | null,
  previous: FigureSet | null,
): RawValue {
  if (!report) return missing("no_report");
  switch (formula.kind) {
    case "metric": {
      const v = report[formula.metric] ?? null;
      return v === null ? missing("not_reported") : value(v);
    }
    case "ratio": {
      const n = report[formula.numerator] ?? null;
      const d = report[formula.denominator] ?? null;
      if (n === null || d === null) return missing("not_reported");
      if (d === 0) return missing("zero_denominator");
      return value((n / d) * formula.per);
    }
    case "growth": {
      const cur = report[formula.metric] ?? null;
      if (cur === null) return missing("not_reported");
      const prev = previous?.[formula.metric] ?? null;
      if (prev === null || prev === 0) return missing("no_previous");
      return value(((cur - prev) / prev) * 100);
    }
  }
}

/** The metric keys a formula reads, with their paths inside the formula. */
export function formulaMetrics(formula: IndicatorFormula): { path: string; key: string }[] {
  switch (formula.kind) {
    case "metric":
    case "growth":
      return [{ path: "metric", key: formula.metric }];
    case "ratio":
      return [
        { path: "numerator", key: formula.numerator },
        { path: "denominator", key: formula.denominator },
      ];
  }
}
