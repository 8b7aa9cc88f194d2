import { describe, expect, it } from "vitest";
import { AppError } from "../errors.js";
import {
  growthProgress,
  levelProgress,
  milestoneProgress,
  PROGRESS_RULES,
  PROGRESS_THRESHOLDS,
  statusFromRatio,
} from "./progress.js";

describe("status bands", () => {
  it("on track from 0.95, at risk from 0.80, off track below", () => {
    expect(statusFromRatio(1.2)).toBe("on_track");
    expect(statusFromRatio(0.95)).toBe("on_track");
    expect(statusFromRatio(0.9499)).toBe("at_risk");
    expect(statusFromRatio(0.8)).toBe("at_risk");
    expect(statusFromRatio(0.7999)).toBe("off_track");
    expect(statusFromRatio(-3)).toBe("off_track");
    expect(statusFromRatio(Number.NaN)).toBe("off_track");
    expect(PROGRESS_THRESHOLDS).toMatchObject({ onTrack: 0.95, atRisk: 0.8, predictionInterval: 0.8 });
  });
});

describe("level targets", () => {
  // Increase from B = 100 (2020) to T = 200 (2025). In 2023: E = 100 + 100 × 3/5 = 160, so r = (A − 100) / 60.
  const up = (value: number, year = 2023) =>
    levelProgress({
      target: 200,
      targetYear: 2025,
      baseYear: 2020,
      baseline: 100,
      observations: [
        { year: 2018, value: 1 },
        { year, value },
      ],
    });

  it("increase: both sides of 0.95 and 0.80", () => {
    expect(up(157)).toMatchObject({
      status: "on_track",
      ratio: 0.95,
      expected: 160,
      gap: 43,
      basis: "baseline",
    });
    expect(up(156.9).status).toBe("at_risk"); // r = 56.9/60 = 0.94833
    expect(up(156.9).ratio).toBeCloseTo(0.948333, 6);
    expect(up(148)).toMatchObject({ status: "at_risk", ratio: 0.8 }); // 48/60
    expect(up(147.9).status).toBe("off_track"); // 47.9/60 = 0.79833
    expect(up(90)).toMatchObject({ status: "off_track", ratio: -10 / 60 }); // fell below the baseline
  });

  it("increase: achieved at or above T, whatever the year; gap ≤ 0", () => {
    expect(up(200)).toMatchObject({ status: "achieved", gap: 0 });
    expect(up(230, 2022)).toMatchObject({ status: "achieved", gap: -30, latest: { year: 2022, value: 230 } });
  });

  it("the latest observation is the one with the greatest year, not the last given", () => {
    const p = levelProgress({
      target: 200,
      targetYear: 2025,
      baseYear: 2020,
      baseline: 100,
      observations: [
        { year: 2023, value: 157 },
        { year: 2022, value: 199 },
      ],
    });
    expect(p.latest).toEqual({ year: 2023, value: 157 });
    expect(p.status).toBe("on_track");
  });

  it("required path: (Y0, B) to (Y, T) for each whole year", () => {
    expect(up(150).requiredPath).toEqual([
      { year: 2020, value: 100 },
      { year: 2021, value: 120 },
      { year: 2022, value: 140 },
      { year: 2023, value: 160 },
      { year: 2024, value: 180 },
      { year: 2025, value: 200 },
    ]);
  });

  it("after the target year E stays at T: r = (A − B) / (T − B)", () => {
    // 2026: E = 200, r = 96/100.
    expect(up(196, 2026)).toMatchObject({ status: "on_track", expected: 200, ratio: 0.96, gap: 4 });
  });

  it("no time elapsed (t ≤ Y0): r = 1 if A ≥ B, else 0", () => {
    expect(up(100, 2020)).toMatchObject({ status: "on_track", ratio: 1, expected: 100 });
    expect(up(99, 2020)).toMatchObject({ status: "off_track", ratio: 0 });
    expect(up(120, 2019)).toMatchObject({ status: "on_track", ratio: 1 });
  });

  // Decrease from B = 100 (2020) to T = 50 (2025). In 2023: E = 100 − 50 × 3/5 = 70, r = (A − 100) / (−30).
  const down = (value: number, year = 2023) =>
    levelProgress({
      target: 50,
      targetYear: 2025,
      baseYear: 2020,
      baseline: 100,
      direction: "decrease",
      observations: [{ year, value }],
    });

  it("decrease: mirrored bands, achieved at or below T, gap A − T", () => {
    expect(down(71.5)).toMatchObject({ status: "on_track", ratio: 0.95, expected: 70, gap: 21.5 }); // 28.5/30
    expect(down(71.6).status).toBe("at_risk"); // 28.4/30 = 0.94667
    expect(down(76)).toMatchObject({ status: "at_risk", ratio: 0.8 }); // 24/30
    expect(down(76.1).status).toBe("off_track"); // 23.9/30 = 0.79667
    expect(down(50)).toMatchObject({ status: "achieved", gap: 0 });
    expect(down(40, 2021)).toMatchObject({ status: "achieved", gap: -10 });
    expect(down(100, 2020)).toMatchObject({ status: "on_track", ratio: 1 });
    expect(down(101, 2020)).toMatchObject({ status: "off_track", ratio: 0 });
    expect(down(60).requiredPath.map((p) => p.value)).toEqual([100, 90, 80, 70, 60, 50]);
  });

  it("no data without observations", () => {
    expect(
      levelProgress({ target: 200, targetYear: 2025, baseYear: 2020, baseline: 100, observations: [] }),
    ).toMatchObject({ status: "no_data", ratio: null, basis: null, latest: null, gap: null, expected: null });
    // Non-finite values count as missing.
    expect(
      levelProgress({ target: 1, targetYear: 2025, observations: [{ year: 2023, value: Number.NaN }] })
        .status,
    ).toBe("no_data");
  });

  it("without a baseline: r = A / T (T / A for a decrease), basis target_only", () => {
    const onlyTarget = (value: number, direction: "increase" | "decrease" = "increase") =>
      levelProgress({
        target: direction === "increase" ? 200 : 50,
        targetYear: 2025,
        baseYear: 2020,
        direction,
        observations: [{ year: 2023, value }],
      });
    expect(onlyTarget(190)).toMatchObject({
      status: "on_track",
      ratio: 0.95,
      basis: "target_only",
      expected: null,
      gap: 10,
      requiredPath: [],
    });
    expect(onlyTarget(189).status).toBe("at_risk"); // 0.945
    expect(onlyTarget(160).status).toBe("at_risk"); // 0.8
    expect(onlyTarget(159).status).toBe("off_track");
    expect(onlyTarget(60, "decrease")).toMatchObject({ status: "at_risk", basis: "target_only", gap: 10 });
    expect(onlyTarget(60, "decrease").ratio).toBeCloseTo(50 / 60, 12);
    expect(onlyTarget(62.5, "decrease")).toMatchObject({ status: "at_risk", ratio: 0.8 });
    expect(onlyTarget(45, "decrease").status).toBe("achieved");
  });

  it("a missing baseline is taken from the base year's observation", () => {
    const p = levelProgress({
      target: 200,
      targetYear: 2025,
      baseYear: 2020,
      observations: [
        { year: 2020, value: 100 },
        { year: 2023, value: 157 },
      ],
    });
    expect(p).toMatchObject({ basis: "baseline", baseline: 100, ratio: 0.95, status: "on_track" });
  });
});

describe("growth targets (13 % a year from 2020 to 2025)", () => {
  const base = { rate: 0.13, baseYear: 2020, targetYear: 2025 } as const;

  it("by levels: CAGR = (A_t / B)^(1/(t − Y0)) − 1, r = CAGR / g", () => {
    // 127.69 = 100 × 1.13²: CAGR = 13 %, r = 1, on track (2022 is before the target year).
    const exact = growthProgress({
      ...base,
      baseline: 100,
      observations: [
        { year: 2021, value: 110 },
        { year: 2022, value: 127.69 },
      ],
    });
    expect(exact).toMatchObject({
      status: "on_track",
      cagrBasis: "levels",
      throughYear: 2022,
      baseline: 100,
    });
    expect(exact.cagr).toBeCloseTo(0.13, 12);
    expect(exact.ratio).toBeCloseTo(1, 12);
    expect(exact.expected).toBeCloseTo(127.69, 9);
    // Yearly growth from consecutive levels, the baseline counting as the 2020 level.
    expect(exact.yearlyGrowth.map((y) => [y.year, y.source])).toEqual([
      [2021, "levels"],
      [2022, "levels"],
    ]);
    expect(exact.yearlyGrowth[0]!.rate).toBeCloseTo(0.1, 12);
    expect(exact.yearlyGrowth[1]!.rate).toBeCloseTo(127.69 / 110 - 1, 12); // 0.160818
    expect(exact.requiredPath[5]!.value).toBeCloseTo(100 * 1.13 ** 5, 9); // 184.2435
    expect(exact.requiredPath.map((p) => p.year)).toEqual([2020, 2021, 2022, 2023, 2024, 2025]);

    // 136.7631 = 100 × 1.11³: CAGR 11 %, r = 0.84615, at risk.
    const slower = growthProgress({
      ...base,
      baseline: 100,
      observations: [{ year: 2023, value: 136.7631 }],
    });
    expect(slower.status).toBe("at_risk");
    expect(slower.ratio).toBeCloseTo(0.11 / 0.13, 9);
    // 130 in 2023: CAGR = 1.3^(1/3) − 1 = 0.0913929, r = 0.70302, off track.
    const slow = growthProgress({ ...base, baseline: 100, observations: [{ year: 2023, value: 130 }] });
    expect(slow.status).toBe("off_track");
    expect(slow.cagr).toBeCloseTo(0.0913929, 6);
    expect(slow.ratio).toBeCloseTo(0.70302, 5);
  });

  it("achieved only at the target year with CAGR ≥ g; before it, CAGR ≥ g is on track", () => {
    // 2025: 190 ≥ 184.24 → CAGR = 1.9^(1/5) − 1 = 0.1369745.
    const reached = growthProgress({ ...base, baseline: 100, observations: [{ year: 2025, value: 190 }] });
    expect(reached.status).toBe("achieved");
    expect(reached.cagr).toBeCloseTo(0.1369745, 6);
    // 2024: 170 gives CAGR = 1.7^(1/4) − 1 = 0.141858 ≥ g, but the target year is still ahead.
    const early = growthProgress({ ...base, baseline: 100, observations: [{ year: 2024, value: 170 }] });
    expect(early.status).toBe("on_track");
    expect(early.ratio).toBeCloseTo(0.141858 / 0.13, 5);
    // 2025: 180 → CAGR = 0.1247461, r = 0.959585: the same bands apply (on track, not achieved).
    const short = growthProgress({ ...base, baseline: 100, observations: [{ year: 2025, value: 180 }] });
    expect(short.status).toBe("on_track");
    expect(short.ratio).toBeCloseTo(0.959585, 5);
  });

  it("by reported rates when the base level is missing: geometric mean", () => {
    // (1.12 × 1.14 × 1.13)^(1/3) − 1 = 1.442784^(1/3) − 1 = 0.1299705, r = 0.999773.
    const p = growthProgress({
      ...base,
      observations: [{ year: 2023, value: 150 }],
      reportedRates: [
        { year: 2019, value: 0.5 }, // before the base year: listed, not counted
        { year: 2021, value: 0.12 },
        { year: 2022, value: 0.14 },
        { year: 2023, value: 0.13 },
      ],
    });
    expect(p).toMatchObject({
      status: "on_track",
      cagrBasis: "reported_rates",
      throughYear: 2023,
      baseline: null,
    });
    expect(p.cagr).toBeCloseTo(0.1299705, 6);
    expect(p.ratio).toBeCloseTo(0.999773, 5);
    expect(p.yearlyGrowth.map((y) => y.year)).toEqual([2019, 2021, 2022, 2023]);
    expect(p.requiredPath).toEqual([]);
    expect(p.expected).toBeNull();
  });

  it("partial rates when years are missing; computed rates fill in from consecutive levels", () => {
    // 2021 reported 12 %, 2022 missing, 2023 from levels 100 → 110 = 10 %: √(1.12 × 1.10) − 1 = 0.109955.
    const p = growthProgress({
      ...base,
      observations: [
        { year: 2022, value: 100 },
        { year: 2023, value: 110 },
      ],
      reportedRates: [{ year: 2021, value: 0.12 }],
    });
    expect(p).toMatchObject({ status: "at_risk", cagrBasis: "partial_rates", throughYear: 2023 });
    expect(p.cagr).toBeCloseTo(0.109955, 6);
    expect(p.ratio).toBeCloseTo(0.845807, 5);
    expect(p.yearlyGrowth).toEqual([
      { year: 2021, rate: 0.12, source: "reported" },
      { year: 2023, rate: expect.closeTo(0.1, 12), source: "levels" },
    ]);
  });

  it("the latest level is missing: rates; achieved through the target year", () => {
    const p = growthProgress({
      ...base,
      baseline: 100,
      observations: [],
      reportedRates: [2021, 2022, 2023, 2024, 2025].map((year) => ({ year, value: 0.14 })),
    });
    expect(p).toMatchObject({ status: "achieved", cagrBasis: "reported_rates", throughYear: 2025 });
    expect(p.cagr).toBeCloseTo(0.14, 12);
    expect(p.expected).toBeCloseTo(184.24351793, 6);
  });

  it("no data when neither levels nor rates give a figure", () => {
    expect(
      growthProgress({ ...base, baseline: 100, observations: [{ year: 2020, value: 100 }] }),
    ).toMatchObject({
      status: "no_data",
      ratio: null,
      cagr: null,
      cagrBasis: null,
    });
    expect(growthProgress({ ...base, observations: [{ year: 2023, value: 150 }] }).status).toBe("no_data");
  });
});

describe("milestones", () => {
  it("achieved with its date, at risk until 31 December of the target year, off track after", () => {
    expect(milestoneProgress({ targetYear: 2025, achievedOn: "2024-06-30", asOf: "2025-01-01" })).toEqual({
      status: "achieved",
      achievedOn: "2024-06-30",
      deadline: "2025-12-31",
    });
    expect(milestoneProgress({ targetYear: 2025, asOf: "2025-12-31" }).status).toBe("at_risk");
    expect(milestoneProgress({ targetYear: 2025, achievedOn: null, asOf: "2026-01-01" }).status).toBe(
      "off_track",
    );
    // Evaluated as of a date before the achievement: not yet achieved.
    expect(
      milestoneProgress({ targetYear: 2025, achievedOn: "2025-03-01", asOf: "2025-02-28" }),
    ).toMatchObject({
      status: "at_risk",
      achievedOn: null,
    });
    expect(() => milestoneProgress({ targetYear: 2025, asOf: "2025-13-01" })).toThrow(AppError);
  });
});

describe("the rules in words", () => {
  it("every rule in both languages, with the thresholds from the constant", () => {
    for (const rule of Object.values(PROGRESS_RULES)) {
      expect(rule.zh.length).toBeGreaterThan(20);
      expect(rule.en.length).toBeGreaterThan(20);
    }
    expect(PROGRESS_RULES.statuses.zh).toContain("95%");
    expect(PROGRESS_RULES.statuses.en).toContain("80%");
    expect(PROGRESS_RULES.forecast.en).toContain("80%");
  });
});
