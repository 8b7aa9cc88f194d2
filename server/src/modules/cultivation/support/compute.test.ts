import { type SupportRulesInput, SupportRulesSchema } from "@rdcity/common";
import { describe, expect, it } from "vitest";
import { allocate, computeSupport, type SupportCandidate, scaleToBudget } from "./compute.js";
import { cents, displayMoney, moneyText } from "./money.js";

const rules = (r: Partial<SupportRulesInput> = {}) =>
  SupportRulesSchema.parse({
    eligibility: { kind: "pool" },
    basis: "rd_spending",
    rate: { kind: "share", percent: 5 },
    ...r,
  });

let n = 0;
const platform = (
  rd: number | null | undefined,
  previousRd?: number | null,
  extra = {},
): SupportCandidate => ({
  platformId: `p${++n}`,
  name: `平台${n}`,
  typeCode: "key_lab",
  level: "provincial",
  districtCode: "430104",
  status: "recognised",
  rd,
  previousRd,
  ...extra,
});

const TIERS = {
  kind: "tiers",
  tiers: [
    { upTo: 1000, percent: 5 },
    { upTo: 5000, percent: 3 },
    { upTo: null, percent: 1 },
  ],
} as const;

describe("support rules (hand-computed)", () => {
  it("a flat share: 3,250 × 5 % = 162.5", () => {
    const a = allocate(platform(3250), rules());
    expect(moneyText(a.amount)).toBe("162.50");
    expect(a.text.zh).toBe("研发投入 3,250 万元：3,250×5% = 162.5 万元");
    expect(a.text.en).toBe("R&D spending 3,250 (10k CNY): 3,250×5% = 162.5");
  });

  it("rounds a share half up to the hundredth: 1,234.56 × 3 % = 37.0368 → 37.04", () => {
    expect(
      moneyText(allocate(platform(1234.56), rules({ rate: { kind: "share", percent: 3 } })).amount),
    ).toBe("37.04");
    // 0.5 of a hundredth rounds up: 10.50 × 0.1 % = 0.0105 → 0.01
    expect(moneyText(allocate(platform(10.5), rules({ rate: { kind: "share", percent: 0.1 } })).amount)).toBe(
      "0.01",
    );
  });

  it("marginal tiers: 1,000×5% + 2,250×3% = 117.5 within a cap of 200", () => {
    const a = allocate(platform(3250), rules({ rate: TIERS, cap: 200 }));
    expect(moneyText(a.amount)).toBe("117.50");
    expect(a.text.zh).toBe(
      "研发投入 3,250 万元：1,000×5% + 2,250×3% = 117.5 万元，未超过单个平台上限 200 万元",
    );
    expect(a.parts.steps).toEqual([
      { from: "0.00", to: "1000.00", base: "1000.00", percent: "5%", amount: "50.00" },
      { from: "1000.00", to: "5000.00", base: "2250.00", percent: "3%", amount: "67.50" },
    ]);
  });

  it("tiers above the last bound, and the cap: 12,000 → 50 + 120 + 70 = 240, capped at 200", () => {
    const exact = allocate(platform(8000), rules({ rate: TIERS, cap: 200 }));
    expect(moneyText(exact.amount)).toBe("200.00"); // 50 + 120 + 30: exactly the cap, not above it
    expect(exact.parts.capped).toBe(false);
    const a = allocate(platform(12000), rules({ rate: TIERS, cap: 200 }));
    expect(a.parts.raw).toBe("240.00");
    expect(moneyText(a.amount)).toBe("200.00");
    expect(a.parts.capped).toBe(true);
    expect(a.text.zh).toBe(
      "研发投入 12,000 万元：1,000×5% + 4,000×3% + 7,000×1% = 240 万元，超过单个平台上限 200 万元，按上限核定为 200 万元",
    );
  });

  it("a basis inside the first tier uses that tier only", () => {
    const a = allocate(platform(800), rules({ rate: TIERS }));
    expect(moneyText(a.amount)).toBe("40.00");
    expect(a.text.zh).toBe("研发投入 800 万元：800×5% = 40 万元");
  });

  it("below the minimum: nothing, with the reason", () => {
    const a = allocate(platform(150), rules({ minimum: 10 }));
    expect(a.excluded).toBe("below_minimum");
    expect(a.amount).toBe(0n);
    expect(a.text.zh).toBe("研发投入 150 万元：150×5% = 7.5 万元，低于最低支持额 10 万元，不予支持");
    expect(moneyText(allocate(platform(200), rules({ minimum: 10 })).amount)).toBe("10.00");
  });

  it("the increase basis: 3,250 − 2,800 = 450 → 22.5; a decrease → 0 with the reason", () => {
    const r = rules({ basis: "rd_increase" });
    const up = allocate(platform(3250, 2800), r);
    expect(moneyText(up.amount)).toBe("22.50");
    expect(up.text.zh).toBe("研发投入增量 3,250 − 2,800 = 450 万元：450×5% = 22.5 万元");
    const down = allocate(platform(2600, 2800), r);
    expect(down.excluded).toBe("no_increase");
    expect(down.amount).toBe(0n);
    expect(down.text.zh).toBe("研发投入 2,800 → 2,600 万元，未增长，不予支持");
    expect(allocate(platform(2800, 2800), r).excluded).toBe("no_increase");
    expect(allocate(platform(2800, undefined), r).excluded).toBe("no_previous_report");
    expect(allocate(platform(2800, null), r).excluded).toBe("missing_rd");
    expect(allocate(platform(2800, -5), r).excluded).toBe("negative_rd");
  });

  it("no report, missing and negative R&D figures, revoked platforms are left out with why", () => {
    const r = rules();
    expect(allocate(platform(undefined), r).excluded).toBe("no_report");
    expect(allocate(platform(null), r).excluded).toBe("missing_rd");
    const negative = allocate(platform(-12.5), r);
    expect(negative.excluded).toBe("negative_rd");
    expect(negative.text.zh).toContain("-12.5 万元（负数）");
    expect(allocate(platform(3000, undefined, { status: "revoked" }), r).excluded).toBe("platform_inactive");
    expect(allocate(platform(0), r).excluded).toBe("zero_amount");
  });

  it("refuses a total above the budget, naming the shortfall", () => {
    const c = computeSupport([platform(2000), platform(4000), platform(6000)], rules(), cents(500));
    expect(moneyText(c.total)).toBe("600.00");
    expect(moneyText(c.shortfall!)).toBe("100.00");
    expect(c.scaled).toBeNull();
  });

  it("scales pro rata to the budget exactly: 100/200/300 into 500 → 83.33 + 166.67 + 250.00", () => {
    const c = computeSupport(
      [platform(2000), platform(4000), platform(6000)],
      rules({ overBudget: "scale" }),
      cents(500),
    );
    expect(c.supported.map((a) => moneyText(a.amount))).toEqual(["83.33", "166.67", "250.00"]);
    expect(moneyText(c.total)).toBe("500.00");
    expect(c.scaled).toEqual({ factor: "0.833333", before: cents(600) });
    expect(c.supported[0]!.text.zh).toBe(
      "研发投入 2,000 万元：2,000×5% = 100 万元；总额超出方案预算，按 83.3333% 同比例核减为 83.33 万元",
    );
    expect(c.supported[0]!.parts).toMatchObject({ unscaled: "100.00", amount: "83.33", factor: "0.833333" });
  });

  it("a scaled amount below the minimum leaves and the rest is scaled again", () => {
    // 10 + 100 + 100 = 210 into 150: 10 → 7.14 < 8 leaves; 200 into 150 → 75 + 75.
    const c = computeSupport(
      [platform(200), platform(2000), platform(2000)],
      rules({ overBudget: "scale", minimum: 8 }),
      cents(150),
    );
    expect(c.supported.map((a) => moneyText(a.amount))).toEqual(["75.00", "75.00"]);
    expect(c.excluded.map((a) => a.excluded)).toEqual(["below_minimum"]);
    expect(c.excluded[0]!.text.zh).toContain("同比例核减后为 7.14 万元，低于最低支持额 8 万元");
    expect(moneyText(c.total)).toBe("150.00");
  });

  it("within the budget nothing is scaled", () => {
    const c = computeSupport([platform(2000)], rules({ overBudget: "scale" }), cents(500));
    expect(c.scaled).toBeNull();
    expect(moneyText(c.total)).toBe("100.00");
  });

  it("scaling never exceeds the budget and spends it to the hundredth (random cases)", () => {
    let seed = 7;
    const next = () => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed;
    };
    for (let round = 0; round < 200; round++) {
      const amounts = Array.from({ length: 1 + (next() % 40) }, () => BigInt(1 + (next() % 5_000_000)));
      const total = amounts.reduce((a, b) => a + b, 0n);
      const budget = BigInt(1 + (next() % Number(total)));
      const scaled = scaleToBudget(amounts, budget);
      expect(scaled.reduce((a, b) => a + b, 0n)).toBe(budget < total ? budget : total);
      scaled.forEach((s, i) => {
        expect(s <= amounts[i]!).toBe(true);
        expect(s >= 0n).toBe(true);
      });
    }
  });

  it("formats money for people", () => {
    expect(displayMoney(cents("1234567.80"))).toBe("1,234,567.8");
    expect(displayMoney(cents("-3.05"))).toBe("-3.05");
  });

  it("refuses rules that do not hold together", () => {
    const bad = (r: unknown) => SupportRulesSchema.safeParse(r).success;
    const base = { eligibility: { kind: "pool" }, basis: "rd_spending" };
    expect(bad({ ...base, rate: { kind: "tiers", tiers: [{ upTo: 1000, percent: 5 }] } })).toBe(false);
    expect(
      bad({
        ...base,
        rate: {
          kind: "tiers",
          tiers: [
            { upTo: 5000, percent: 5 },
            { upTo: 1000, percent: 3 },
            { upTo: null, percent: 1 },
          ],
        },
      }),
    ).toBe(false);
    expect(bad({ ...base, rate: { kind: "share", percent: 0 } })).toBe(false);
    expect(bad({ ...base, rate: { kind: "share", percent: 5.00001 } })).toBe(false);
    expect(bad({ ...base, rate: { kind: "share", percent: 5 }, minimum: 300, cap: 200 })).toBe(false);
    expect(bad({ ...base, rate: { kind: "share", percent: 5 }, cap: -1 })).toBe(false);
    expect(bad({ ...base, rate: { kind: "share", percent: 5 }, extra: 1 })).toBe(false);
    expect(bad({ ...base, rate: { kind: "share", percent: 5 } })).toBe(true);
  });
});
