import {
  SUPPORT_EXCLUSION_REASONS,
  type SupportExclusionReason,
  type SupportRate,
  type SupportRules,
} from "@rdcity/common";
import {
  applyRate,
  type Cents,
  cents,
  displayMoney,
  displayPercent,
  minCents,
  moneyText,
  ppmOf,
  ratioText,
  sum,
} from "./money.js";

/**
 * The support rules as a pure function (C-02): each eligible platform's amount with how it was reached, the
 * platforms left out with why, and the total against the scheme's budget — refused or scaled down pro rata with
 * exact hundredths (largest remainders), so a scaled total is the budget exactly and never above it.
 */

export interface SupportCandidate {
  platformId: string;
  name: string;
  typeCode: string;
  level: string;
  districtCode: string;
  status: string;
  /** R&D spending (万元) of the data year's accepted report: undefined when there is no such report. */
  rd: number | null | undefined;
  /** The same for the year before (the increase basis). */
  previousRd: number | null | undefined;
  /** A payment for the support year exists already (another scheme): the platform is left out. */
  alreadySupported?: boolean;
}

export interface Text {
  zh: string;
  en: string;
}

export interface TierStep {
  from: string;
  to: string | null;
  base: string;
  percent: string;
  amount: string;
}

export interface ComputedAllocation {
  candidate: SupportCandidate;
  basis: Cents | null;
  amount: Cents;
  excluded: SupportExclusionReason | null;
  text: Text;
  parts: Record<string, unknown>;
}

export interface SupportComputation {
  supported: ComputedAllocation[];
  excluded: ComputedAllocation[];
  total: Cents;
  budget: Cents;
  /** total − budget when the rules refuse and the total is above the budget. */
  shortfall: Cents | null;
  /** Pro-rata scaling: the factor (budget / total before, 6 decimals) and the total before it. */
  scaled: { factor: string; before: Cents } | null;
}

const INACTIVE = new Set(["revoked", "merged"]);
const W = (zh: number | string, en = zh) => ({ zh: String(zh), en: String(en) });

function excludedAs(
  candidate: SupportCandidate,
  reason: SupportExclusionReason,
  detail: Text | null,
  basis: Cents | null = null,
  parts: Record<string, unknown> = {},
): ComputedAllocation {
  const label = SUPPORT_EXCLUSION_REASONS[reason];
  return {
    candidate,
    basis,
    amount: 0n,
    excluded: reason,
    text: detail ?? { zh: label.zh, en: label.en },
    parts: { ...parts, excluded: reason },
  };
}

/** The basis of one platform, or why it has none. */
function basisOf(
  c: SupportCandidate,
  rules: SupportRules,
): { basis: Cents; text: Text; parts: Record<string, unknown> } | ComputedAllocation {
  if (INACTIVE.has(c.status)) return excludedAs(c, "platform_inactive", null);
  if (c.alreadySupported) return excludedAs(c, "already_supported", null);
  if (c.rd === undefined) return excludedAs(c, "no_report", null);
  if (c.rd === null) return excludedAs(c, "missing_rd", null);
  const rd = cents(c.rd);
  if (rd < 0n)
    return excludedAs(c, "negative_rd", {
      zh: `研发投入为 ${displayMoney(rd)} 万元（负数），数据有误，不予计算`,
      en: `R&D spending of ${displayMoney(rd)} (10k CNY) is negative, a data error; not computed`,
    });
  if (rules.basis === "rd_spending")
    return {
      basis: rd,
      text: { zh: `研发投入 ${displayMoney(rd)} 万元`, en: `R&D spending ${displayMoney(rd)} (10k CNY)` },
      parts: { basis: "rd_spending", rd: moneyText(rd) },
    };
  if (c.previousRd === undefined) return excludedAs(c, "no_previous_report", null);
  if (c.previousRd === null)
    return excludedAs(c, "missing_rd", {
      zh: "上一年度年度报告未填写研发投入，无法计算增量",
      en: "The previous year's report gives no R&D spending, so no increase can be computed",
    });
  const previous = cents(c.previousRd);
  if (previous < 0n)
    return excludedAs(c, "negative_rd", {
      zh: `上一年度研发投入为 ${displayMoney(previous)} 万元（负数），数据有误，不予计算`,
      en: `The previous year's R&D spending of ${displayMoney(previous)} (10k CNY) is negative, a data error`,
    });
  const increase = rd - previous;
  const parts = { basis: "rd_increase", rd: moneyText(rd), previousRd: moneyText(previous) };
  if (increase <= 0n)
    return excludedAs(
      c,
      "no_increase",
      {
        zh: `研发投入 ${displayMoney(previous)} → ${displayMoney(rd)} 万元，未增长，不予支持`,
        en: `R&D spending ${displayMoney(previous)} → ${displayMoney(rd)} (10k CNY) did not increase; no support`,
      },
      increase,
      { ...parts, increase: moneyText(increase) },
    );
  return {
    basis: increase,
    text: {
      zh: `研发投入增量 ${displayMoney(rd)} − ${displayMoney(previous)} = ${displayMoney(increase)} 万元`,
      en: `Increase in R&D spending ${displayMoney(rd)} − ${displayMoney(previous)} = ${displayMoney(increase)} (10k CNY)`,
    },
    parts: { ...parts, increase: moneyText(increase) },
  };
}

/** The amount before cap and minimum: a flat share, or each tier's part rounded to the hundredth and summed. */
export function rateAmount(
  basis: Cents,
  rate: SupportRate,
): { amount: Cents; steps: TierStep[]; formula: string } {
  if (rate.kind === "share") {
    const ppm = ppmOf(rate.percent);
    const amount = applyRate(basis, ppm);
    return {
      amount,
      steps: [
        {
          from: "0.00",
          to: null,
          base: moneyText(basis),
          percent: displayPercent(ppm),
          amount: moneyText(amount),
        },
      ],
      formula: `${displayMoney(basis)}×${displayPercent(ppm)}`,
    };
  }
  const steps: TierStep[] = [];
  let from = 0n;
  for (const tier of rate.tiers) {
    if (basis <= from) break;
    const to = tier.upTo === null ? null : cents(tier.upTo);
    const base = (to === null ? basis : minCents(basis, to)) - from;
    const ppm = ppmOf(tier.percent);
    steps.push({
      from: moneyText(from),
      to: to === null ? null : moneyText(to),
      base: moneyText(base),
      percent: displayPercent(ppm),
      amount: moneyText(applyRate(base, ppm)),
    });
    if (to === null) break;
    from = to;
  }
  const amount = sum(steps.map((s) => cents(s.amount)));
  const formula = steps.map((s) => `${displayMoney(cents(s.base))}×${s.percent}`).join(" + ") || "0";
  return { amount, steps, formula };
}

/** One platform before the budget: basis, rate, cap and minimum. */
export function allocate(c: SupportCandidate, rules: SupportRules): ComputedAllocation {
  const found = basisOf(c, rules);
  if ("candidate" in found) return found;
  const { basis, text } = found;
  const { amount: raw, steps, formula } = rateAmount(basis, rules.rate);
  const cap = rules.cap === null ? null : cents(rules.cap);
  const minimum = rules.minimum === null ? null : cents(rules.minimum);
  const parts: Record<string, unknown> = {
    ...found.parts,
    basisValue: moneyText(basis),
    rate: rules.rate.kind,
    steps,
    raw: moneyText(raw),
    cap: cap === null ? null : moneyText(cap),
    minimum: minimum === null ? null : moneyText(minimum),
  };
  let zh = `${text.zh}：${formula} = ${displayMoney(raw)} 万元`;
  let en = `${text.en}: ${formula} = ${displayMoney(raw)}`;
  let amount = raw;
  if (cap !== null) {
    if (raw > cap) {
      amount = cap;
      zh += `，超过单个平台上限 ${displayMoney(cap)} 万元，按上限核定为 ${displayMoney(cap)} 万元`;
      en += `, above the cap of ${displayMoney(cap)} per platform: ${displayMoney(cap)}`;
    } else {
      zh += `，未超过单个平台上限 ${displayMoney(cap)} 万元`;
      en += `, within the cap of ${displayMoney(cap)} per platform`;
    }
  }
  parts.capped = cap !== null && raw > cap;
  if (amount === 0n)
    return excludedAs(c, "zero_amount", { zh: `${zh}，不予支持`, en: `${en}; no support` }, basis, parts);
  if (minimum !== null && amount < minimum)
    return excludedAs(
      c,
      "below_minimum",
      {
        zh: `${zh}，低于最低支持额 ${displayMoney(minimum)} 万元，不予支持`,
        en: `${en}, below the minimum of ${displayMoney(minimum)}: no support`,
      },
      basis,
      parts,
    );
  parts.amount = moneyText(amount);
  return { candidate: c, basis, amount, excluded: null, text: { zh, en }, parts };
}

/**
 * Scales amounts to a budget below their total: each gets floor(a × B / T), and the hundredths left over go to
 * the largest remainders (ties: the earlier in the list), so the scaled amounts add up to B exactly.
 */
export function scaleToBudget(amounts: readonly Cents[], budget: Cents): Cents[] {
  const total = sum(amounts);
  if (total <= budget) return [...amounts];
  const floors = amounts.map((a) => (a * budget) / total);
  const order = amounts
    .map((a, i) => ({ i, remainder: (a * budget) % total }))
    .sort((x, y) => (x.remainder === y.remainder ? x.i - y.i : x.remainder > y.remainder ? -1 : 1));
  let left = budget - sum(floors);
  for (const { i } of order) {
    if (left <= 0n) break;
    floors[i]! += 1n;
    left -= 1n;
  }
  return floors;
}

/** Every candidate through the rules, then the budget: refuse (shortfall) or scale pro rata. */
export function computeSupport(
  candidates: readonly SupportCandidate[],
  rules: SupportRules,
  budget: Cents,
): SupportComputation {
  const all = candidates.map((c) => allocate(c, rules));
  let supported = all.filter((a) => a.excluded === null);
  const excluded = all.filter((a) => a.excluded !== null);
  const before = sum(supported.map((a) => a.amount));
  if (before <= budget) return { supported, excluded, total: before, budget, shortfall: null, scaled: null };
  if (rules.overBudget === "refuse")
    return { supported, excluded, total: before, budget, shortfall: before - budget, scaled: null };

  // Scale; an amount that falls below the minimum (or to nothing) leaves, and the rest is scaled again.
  const minimum = rules.minimum === null ? 1n : cents(rules.minimum);
  for (;;) {
    const total = sum(supported.map((a) => a.amount));
    if (total <= budget) break;
    const scaled = scaleToBudget(
      supported.map((a) => a.amount),
      budget,
    );
    const factor = ratioText(budget, total, 6);
    const percent = `${ratioText(budget * 100n, total, 4).replace(/\.?0+$/, "")}%`;
    const below = supported.filter((_, i) => scaled[i]! < minimum);
    if (!below.length) {
      supported = supported.map((a, i) => {
        const amount = scaled[i]!;
        return {
          ...a,
          amount,
          text: {
            zh: `${a.text.zh}；总额超出方案预算，按 ${percent} 同比例核减为 ${displayMoney(amount)} 万元`,
            en: `${a.text.en}; scaled down pro rata by ${percent} to fit the budget: ${displayMoney(amount)}`,
          },
          parts: { ...a.parts, unscaled: moneyText(a.amount), factor, amount: moneyText(amount) },
        };
      });
      return {
        supported,
        excluded,
        total: sum(supported.map((a) => a.amount)),
        budget,
        shortfall: null,
        scaled: { factor, before },
      };
    }
    for (const a of below) {
      const amount = scaled[supported.indexOf(a)]!;
      const reason: SupportExclusionReason = rules.minimum === null ? "zero_amount" : "below_minimum";
      const tail =
        rules.minimum === null
          ? W(
              `；按 ${percent} 同比例核减后不足 0.01 万元，不予支持`,
              `; nothing left after scaling by ${percent}`,
            )
          : W(
              `；按 ${percent} 同比例核减后为 ${displayMoney(amount)} 万元，低于最低支持额 ${displayMoney(minimum)} 万元，不予支持`,
              `; ${displayMoney(amount)} after scaling by ${percent}, below the minimum of ${displayMoney(minimum)}: no support`,
            );
      excluded.push({
        ...a,
        amount: 0n,
        excluded: reason,
        text: { zh: a.text.zh + tail.zh, en: a.text.en + tail.en },
        parts: { ...a.parts, unscaled: moneyText(a.amount), scaledTo: moneyText(amount), excluded: reason },
      });
    }
    supported = supported.filter((a) => !below.includes(a));
  }
  // Leaving platforms brought the total within the budget: no scaling needed after all.
  return {
    supported,
    excluded,
    total: sum(supported.map((a) => a.amount)),
    budget,
    shortfall: null,
    scaled: null,
  };
}
