import {
  type EvaluationFramework,
  type EvaluationIndicator,
  type Lang,
  REPORT_METRICS,
} from "@rdcity/common";

const metricOf = (key: string) => REPORT_METRICS.find((m) => m.key === key);

/** A metric's name in the reader's language (its key when the annual report has no such figure). */
export function metricName(key: string, lang: Lang): string {
  const m = metricOf(key);
  // "其中：发明专利授权数" / "of which invention patents granted" read as the figure itself here.
  return m ? (lang === "en-US" ? m.en.replace(/^of which /, "") : m.zh.replace(/^其中：/, "")) : key;
}

/** The unit of an indicator's raw value: 万元 for money figures, % for growth, none for counts and ratios. */
export function indicatorUnit(ind: EvaluationIndicator | undefined, lang: Lang): string {
  if (!ind) return "";
  const f = ind.formula;
  if (f.kind === "growth") return "%";
  if (f.kind === "metric" && metricOf(f.metric)?.kind === "money")
    return lang === "en-US" ? " (10k CNY)" : " 万元";
  return "";
}

/** How an indicator is computed from the annual report, in words. */
export function formulaText(ind: EvaluationIndicator, lang: Lang): string {
  const f = ind.formula;
  const en = lang === "en-US";
  switch (f.kind) {
    case "metric": {
      const unit = metricOf(f.metric)?.kind === "money" ? (en ? " (10k CNY)" : "（万元）") : "";
      return en
        ? `Annual report: ${metricName(f.metric, lang)}${unit}`
        : `年报：${metricName(f.metric, lang)}${unit}`;
    }
    case "ratio": {
      const per = f.per && f.per !== 1 ? ` × ${f.per}` : "";
      return `${metricName(f.numerator, lang)} ÷ ${metricName(f.denominator, lang)}${per}`;
    }
    case "growth":
      return en
        ? `${metricName(f.metric, lang)}: growth over the year before (%)`
        : `${metricName(f.metric, lang)}较上年增长率（%）`;
  }
}

/** The framework's indicators with their share of the total weight (0–1). */
export function indicatorShares(framework: EvaluationFramework): Map<string, number> {
  const total = framework.indicators.reduce((s, i) => s + i.weight, 0) || 1;
  return new Map(framework.indicators.map((i) => [i.key, i.weight / total]));
}

/** Reads the round's framework (the API states it as unknown: the stored, parsed framework). */
export function frameworkOf(value: unknown): EvaluationFramework | null {
  if (!value || typeof value !== "object") return null;
  const f = value as Partial<EvaluationFramework>;
  return Array.isArray(f.indicators) ? (f as EvaluationFramework) : null;
}
