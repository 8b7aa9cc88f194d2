import type { OverBudgetPolicy, Scheme, SimulationOverrides } from "@rdcity/common";
import { rulesOf } from "./supportFormat";

/** What the what-if panel lets move; money in 万元 as numbers, null for "none". */
export interface WhatIfValues {
  percent: number | null;
  tierPercents: (number | null)[];
  cap: number | null;
  minimum: number | null;
  budget: number | null;
  overBudget: OverBudgetPolicy;
}

const num = (v: string | null | undefined) => (v === null || v === undefined ? null : Number(v));

export function savedWhatIf(scheme: Scheme): WhatIfValues {
  const rules = rulesOf(scheme.rules);
  return {
    percent: rules.rate.kind === "share" ? rules.rate.percent : null,
    tierPercents: rules.rate.kind === "tiers" ? rules.rate.tiers.map((t) => t.percent) : [],
    cap: num(rules.cap),
    minimum: num(rules.minimum),
    budget: num(scheme.budget),
    overBudget: rules.overBudget,
  };
}

/** Only what differs from the saved rules becomes an override (an empty object: nothing to try). */
export function toOverrides(values: WhatIfValues, saved: WhatIfValues): SimulationOverrides {
  const o: SimulationOverrides = {};
  if (values.percent !== null && values.percent !== saved.percent) o.percent = values.percent;
  const tiers = values.tierPercents
    .map((percent, index) => ({ index, percent }))
    .filter(
      (x): x is { index: number; percent: number } =>
        x.percent !== null && x.percent !== saved.tierPercents[x.index],
    );
  if (tiers.length) o.tierPercents = tiers;
  if (values.cap !== saved.cap) o.cap = values.cap === null ? null : values.cap.toFixed(2);
  if (values.minimum !== saved.minimum)
    o.minimum = values.minimum === null ? null : values.minimum.toFixed(2);
  if (values.budget !== null && values.budget !== saved.budget) o.budget = values.budget.toFixed(2);
  if (values.overBudget !== saved.overBudget) o.overBudget = values.overBudget;
  return o;
}
