import {
  DEFAULT_EVALUATION_THRESHOLDS,
  type EvaluationFrameworkInput,
  EvaluationFrameworkSchema,
  EvaluationThresholdsSchema,
  gradeOf,
} from "@rdcity/common";
import { describe, expect, it } from "vitest";
import { rawValue } from "./indicator-values.js";
import { minMaxScore, percentile, winsorBounds } from "./normalise.js";
import { assignPeerGroups, peerGroupName } from "./peer-groups.js";
import { expertScoreMilli, finalScoreMilli, ranksOf, scoreSubjects } from "./score-subjects.js";

const T = EvaluationThresholdsSchema.parse(DEFAULT_EVALUATION_THRESHOLDS);

describe("normalisation (hand-computed)", () => {
  it("interpolates percentiles between order statistics", () => {
    // h = (5 − 1) × 0.05 = 0.2 → 1 + 0.2 × (2 − 1); h = 3.8 → 4 + 0.8 × (5 − 4)
    expect(percentile([1, 2, 3, 4, 5], 5)).toBeCloseTo(1.2, 12);
    expect(percentile([1, 2, 3, 4, 5], 95)).toBeCloseTo(4.8, 12);
    expect(percentile([7], 5)).toBe(7);
    expect(percentile([], 50)).toBeUndefined();
    expect(winsorBounds([5, null, 1, 3, 2, 4], 5, 95)).toEqual({
      lower: expect.closeTo(1.2, 12),
      upper: expect.closeTo(4.8, 12),
    });
  });

  it("scales min–max between the winsorised bounds, clamps outside them, reverses for lower-is-better", () => {
    const b = { lower: 1.2, upper: 4.8 };
    expect(minMaxScore(3, b, "higher_better")).toBeCloseTo(50, 10); // (3 − 1.2) / 3.6
    expect(minMaxScore(1, b, "higher_better")).toBe(0);
    expect(minMaxScore(9, b, "higher_better")).toBe(100);
    expect(minMaxScore(2, b, "lower_better")).toBeCloseTo(77.7778, 4); // 1 − 0.8 / 3.6
    expect(minMaxScore(null, b, "higher_better")).toBe(0);
    expect(minMaxScore(3, { lower: 3, upper: 3 }, "higher_better")).toBe(100); // no spread
  });

  it("computes ratios, growth and says why a value is missing", () => {
    const report = { inventionPatentsGranted: 9, rdStaff: 60, rdSpending: 1500, revenue: null };
    expect(
      rawValue(
        { kind: "ratio", numerator: "inventionPatentsGranted", denominator: "rdStaff", per: 100 },
        report,
        null,
      ),
    ).toEqual({ raw: 15, missing: null });
    expect(rawValue({ kind: "growth", metric: "rdSpending" }, report, { rdSpending: 1200 })).toEqual({
      raw: 25,
      missing: null,
    });
    expect(rawValue({ kind: "growth", metric: "rdSpending" }, report, null).missing).toBe("no_previous");
    expect(rawValue({ kind: "growth", metric: "rdSpending" }, report, { rdSpending: 0 }).missing).toBe(
      "no_previous",
    );
    expect(
      rawValue(
        { kind: "ratio", numerator: "rdSpending", denominator: "rdStaff", per: 1 },
        { ...report, rdStaff: 0 },
        null,
      ).missing,
    ).toBe("zero_denominator");
    expect(rawValue({ kind: "metric", metric: "revenue" }, report, null).missing).toBe("not_reported");
    expect(rawValue({ kind: "metric", metric: "revenue" }, null, null).missing).toBe("no_report");
  });
});

describe("grades at the thresholds' edges", () => {
  it("reaches a grade at its threshold, not a thousandth below", () => {
    expect(gradeOf(100, T)).toBe("excellent");
    expect(gradeOf(85, T)).toBe("excellent");
    expect(gradeOf(84.999, T)).toBe("good");
    expect(gradeOf(70, T)).toBe("good");
    expect(gradeOf(69.999, T)).toBe("pass");
    expect(gradeOf(60, T)).toBe("pass");
    expect(gradeOf(59.999, T)).toBe("fail");
    expect(gradeOf(0, T)).toBe("fail");
  });

  it("takes thresholds stated by a round and refuses ones that do not fall", () => {
    expect(gradeOf(75, { excellent: 90, good: 75, pass: 50 })).toBe("good");
    expect(EvaluationThresholdsSchema.safeParse({ excellent: 70, good: 70, pass: 60 }).success).toBe(false);
  });
});

describe("weighting (hand-computed)", () => {
  /** Plain min–max (floor 0) for the hand calculations; the floor is tested on its own below. */
  const framework = (indicators: EvaluationFrameworkInput["indicators"], floor = 0) =>
    EvaluationFrameworkSchema.parse({ indicators, normalisation: { floor } });
  const subject = (id: string, rdSpending: number | null, rdStaff = 10) => ({
    id,
    typeCode: "key_lab",
    level: "provincial",
    report: rdSpending === null ? null : { rdSpending, rdStaff },
    previous: null,
  });

  it("adds points = normalised × weight ÷ total weight, each to a thousandth, grades and ranks", () => {
    const f = framework([
      {
        key: "rd",
        label: { zh: "研发投入", en: "R&D" },
        dimension: "input",
        formula: { kind: "metric", metric: "rdSpending" },
        weight: 3,
      },
      {
        key: "staff",
        label: { zh: "研发人员", en: "Staff" },
        dimension: "input",
        formula: { kind: "metric", metric: "rdStaff" },
        weight: 1,
      },
    ]);
    const subjects = [100, 200, 300, 400, 500].map((v, i) => subject(`p${i + 1}`, v));
    const out = scoreSubjects(f, T, [...subjects, subject("none", null)]);
    const by = new Map(out.map((r) => [r.id, r]));
    // Bounds 120 and 480: 100 → 0, 200 → 80/360 = 22.222, 300 → 50, 400 → 77.778, 500 → 100.
    expect(out.slice(0, 5).map((r) => r.parts[0]!.normalised)).toEqual([0, 22.222, 50, 77.778, 100]);
    // rdStaff is 10 everywhere: no spread → 100 → 100 × 1/4 = 25 points.
    expect(by.get("p1")!.parts[1]).toMatchObject({ raw: 10, normalised: 100, weight: 1, points: 25 });
    // 22.222 × 3/4 = 16.6665 → 16.667; 77.778 × 3/4 = 58.3335 → 58.334.
    expect(out.slice(0, 5).map((r) => r.parts[0]!.points)).toEqual([0, 16.667, 37.5, 58.334, 75]);
    expect(out.slice(0, 5).map((r) => r.dataMilli)).toEqual([25_000, 41_667, 62_500, 83_334, 100_000]);
    expect(out.slice(0, 5).map((r) => r.grade)).toEqual(["fail", "fail", "pass", "good", "excellent"]);
    expect(out.slice(0, 5).map((r) => r.rankInGroup)).toEqual([5, 4, 3, 2, 1]);
    expect(by.get("none")).toMatchObject({
      grade: "fail",
      dataMilli: 0,
      rankInGroup: null,
      noReport: true,
      peers: 5,
      peerGroup: "type:key_lab:provincial",
    });
    expect(by.get("none")!.parts.every((p) => p.missing === "no_report" && p.points === 0)).toBe(true);
  });

  it("reverses lower-is-better indicators and gives 0 for what cannot be computed", () => {
    const f = framework([
      {
        key: "cost",
        label: { zh: "成本", en: "Cost" },
        dimension: "input",
        formula: { kind: "ratio", numerator: "rdSpending", denominator: "rdStaff", per: 1 },
        weight: 1,
        direction: "lower_better",
      },
    ]);
    // rdSpending / rdStaff: 10, 20, 30, 40, 50 and one with no staff.
    const out = scoreSubjects(f, T, [
      ...[100, 200, 300, 400, 500].map((v, i) => subject(`p${i + 1}`, v)),
      subject("zero", 100, 0),
    ]);
    // Bounds over the five known values: 12 and 48; 10 → 100, 30 → 50, 50 → 0.
    expect(out.map((r) => r.parts[0]!.normalised)).toEqual([100, 77.778, 50, 22.222, 0, 0]);
    expect(out[5]!.parts[0]).toMatchObject({ raw: null, missing: "zero_denominator", points: 0 });
  });

  it("gives a reported figure the floor and the rest by position: floor + (100 − floor) × position", () => {
    const f = framework(
      [
        {
          key: "rd",
          label: { zh: "研发投入", en: "R&D" },
          dimension: "input",
          formula: { kind: "metric", metric: "rdSpending" },
          weight: 1,
        },
      ],
      50,
    );
    expect(f.normalisation).toMatchObject({ lowerPercentile: 5, upperPercentile: 95, floor: 50 });
    const out = scoreSubjects(
      f,
      T,
      [100, 200, 300, 400, 500].map((v, i) => subject(`p${i + 1}`, v)),
    );
    // Positions 0, 2/9, 1/2, 7/9, 1 → 50, 61.111, 75, 88.889, 100.
    expect(out.map((r) => r.dataMilli)).toEqual([50_000, 61_111, 75_000, 88_889, 100_000]);
    expect(out.map((r) => r.grade)).toEqual(["fail", "pass", "good", "excellent", "excellent"]);
    expect(minMaxScore(null, { lower: 1, upper: 2 }, "higher_better", 50)).toBe(0);
  });

  it("combines data and expert scores by the round's weight, in integers", () => {
    // 0.3 × 90 + 0.7 × 62.5 = 27 + 43.75 = 70.75
    expect(finalScoreMilli(62_500, 90_000, 300)).toBe(70_750);
    expect(finalScoreMilli(62_500, null, 300)).toBe(62_500);
    expect(finalScoreMilli(59_999, 60_000, 0)).toBe(59_999);
    // 0.125 × 83.333 + 0.875 × 41.667 = 10.416625 + 36.458625 = 46.87525 → 46.875
    expect(finalScoreMilli(41_667, 83_333, 125)).toBe(46_875);
    expect(expertScoreMilli(78.5, 100)).toBe(78_500);
    expect(expertScoreMilli(45, 60)).toBe(75_000);
  });

  it("ranks with ties sharing a place", () => {
    const r = ranksOf([
      { id: "a", milli: 70_000 },
      { id: "b", milli: 90_000 },
      { id: "c", milli: 70_000 },
      { id: "d", milli: 50_000 },
    ]);
    expect([r.get("b"), r.get("a"), r.get("c"), r.get("d")]).toEqual([1, 2, 2, 4]);
  });
});

describe("peer groups with small-group merging", () => {
  it("merges groups under the minimum into category + level, then level, then the level's largest group", () => {
    const subjects = [
      ...Array.from({ length: 6 }, (_, i) => ({ id: `kl${i}`, typeCode: "key_lab", level: "provincial" })),
      ...Array.from({ length: 3 }, (_, i) => ({
        id: `erc${i}`,
        typeCode: "engineering_research_center",
        level: "provincial",
      })),
      ...Array.from({ length: 2 }, (_, i) => ({
        id: `etc${i}`,
        typeCode: "engineering_tech_center",
        level: "provincial",
      })),
      ...Array.from({ length: 2 }, (_, i) => ({
        id: `tic${i}`,
        typeCode: "tech_innovation_center",
        level: "provincial",
      })),
      { id: "hl", typeCode: "hunan_lab", level: "provincial" },
      ...Array.from({ length: 2 }, (_, i) => ({ id: `inc${i}`, typeCode: "incubator", level: "municipal" })),
    ].map((s) => ({ ...s, scored: true }));
    const g = assignPeerGroups(
      [
        ...subjects,
        { id: "kl-none", typeCode: "key_lab", level: "provincial", scored: false },
        { id: "ms-none", typeCode: "makerspace", level: "national", scored: false },
      ],
      5,
    );
    // 2 technology innovation + 1 strategic (provincial) = 3 < 5: they join the province's largest group.
    expect(g.get("kl0")).toEqual({ key: "type:key_lab:provincial", peers: 9 });
    expect(g.get("kl-none")).toEqual({ key: "type:key_lab:provincial", peers: 9 });
    expect(g.get("tic0")).toEqual({ key: "type:key_lab:provincial", peers: 9 });
    expect(g.get("hl")).toEqual({ key: "type:key_lab:provincial", peers: 9 });
    // 3 + 2 engineering centres of the province → their category's merged group of 5.
    expect(g.get("erc0")).toEqual({ key: "category:engineering:provincial", peers: 5 });
    expect(g.get("etc1")).toEqual({ key: "category:engineering:provincial", peers: 5 });
    // No municipal or national group at all: the level's leftovers stay together, however few.
    expect(g.get("inc1")).toEqual({ key: "level:municipal", peers: 2 });
    expect(g.get("ms-none")).toEqual({ key: "level:national", peers: 0 });
    expect(peerGroupName("type:key_lab:provincial")).toEqual({
      zh: "重点实验室·省级",
      en: "Key laboratory · Provincial",
    });
    expect(peerGroupName("category:engineering:provincial").zh).toBe("工程研究中心（合并）·省级");
    expect(peerGroupName("level:municipal").zh).toBe("市级（合并）");
  });

  it("keeps a level's leftovers together when they reach the minimum", () => {
    const s = (id: string, typeCode: string) => ({ id, typeCode, level: "municipal", scored: true });
    const g = assignPeerGroups(
      [
        s("a", "incubator"),
        s("b", "incubator"),
        s("c", "pilot_base"),
        s("d", "pilot_base"),
        s("e", "key_lab"),
      ],
      5,
    );
    expect(new Set([...g.values()].map((x) => x.key))).toEqual(new Set(["level:municipal"]));
  });
});
