import {
  type CultivationCriteria,
  CultivationCriteriaSchema,
  criteriaProblems,
  REPORT_METRIC_KEYS,
} from "@rdcity/common";
import { describe, expect, it } from "vitest";
import { AppError } from "../../../core/errors.js";
import type { Figures, PlatformFigures } from "../../platforms/index.js";
import { checkCriteria, checkWeights } from "./criteria.js";
import {
  exclusionsOf,
  fieldValue,
  linearPoints,
  percentilePoints,
  reweight,
  type StoredPart,
  scoreRound,
} from "./scoring.js";

const figures = (values: Partial<Figures>): Figures =>
  ({ ...Object.fromEntries(REPORT_METRIC_KEYS.map((k) => [k, 0])), ...values }) as Figures;

let n = 0;
function platform(
  name: string,
  report: Partial<Figures> | null,
  extra: Partial<PlatformFigures> = {},
): PlatformFigures {
  n++;
  return {
    id: `00000000-0000-4000-8000-${String(n).padStart(12, "0")}`,
    name,
    typeCode: "key_lab",
    level: "provincial",
    status: "recognised",
    districtCode: "430104",
    zoneCode: null,
    industries: ["intelligent-equipment"],
    hostEntityId: "host",
    recognisedOn: "2020-01-01",
    report: report ? figures(report) : null,
    previous: null,
    ...extra,
  };
}

const criteria = (input: unknown): CultivationCriteria => CultivationCriteriaSchema.parse(input);

describe("points", () => {
  it("linear: 0 at or below the floor, 100 at or above the ceiling, proportional between", () => {
    expect(linearPoints(3250, 1000, 5000)).toBe(56.25);
    expect(linearPoints(1000, 1000, 5000)).toBe(0);
    expect(linearPoints(800, 1000, 5000)).toBe(0);
    expect(linearPoints(5000, 1000, 5000)).toBe(100);
    expect(linearPoints(9000, 1000, 5000)).toBe(100);
    expect(linearPoints(null, 1000, 5000)).toBe(0);
  });

  it("percentile: mid-rank among the values, 100 when alone, 0 when missing", () => {
    const values = [10, 4, 10, 7];
    // 10: 2 below, 2 equal → (2 + 0.5) / 3
    expect(percentilePoints(10, values)).toBeCloseTo((100 * 2.5) / 3, 10);
    expect(percentilePoints(4, values)).toBe(0);
    expect(percentilePoints(7, values)).toBeCloseTo(100 / 3, 10);
    expect(percentilePoints(3, [3])).toBe(100);
    expect(percentilePoints(null, values)).toBe(0);
  });

  it("growth of R&D spending in % over the year before; none without a base", () => {
    const p = platform("甲", { rdSpending: 1200 }, { previous: figures({ rdSpending: 1000 }) });
    expect(fieldValue(p, "rdSpendingGrowth")).toBeCloseTo(20, 10);
    expect(fieldValue({ ...p, previous: null }, "rdSpendingGrowth")).toBeNull();
    expect(fieldValue({ ...p, previous: figures({ rdSpending: 0 }) }, "rdSpendingGrowth")).toBeNull();
    expect(fieldValue(p, "rdStaff")).toBe(0);
    expect(fieldValue({ ...p, report: null }, "rdStaff")).toBeNull();
  });
});

describe("scoreRound (hand-computed)", () => {
  const c = criteria({
    filters: { levels: ["provincial"], minRdSpending: 900 },
    scored: [
      { field: "rdSpending", weight: 30, rule: { kind: "linear", floor: 1000, ceiling: 5000 } },
      { field: "rdStaff", weight: 20, rule: { kind: "linear", floor: 50, ceiling: 250 } },
      { field: "inventionPatentsGranted", weight: 50, rule: { kind: "percentile" } },
    ],
  });
  const A = platform("湖南省甲重点实验室", { rdSpending: 3250, rdStaff: 150, inventionPatentsGranted: 10 });
  const B = platform("湖南省乙重点实验室", { rdSpending: 5200, rdStaff: 40, inventionPatentsGranted: 4 });
  const C = platform("湖南省丙重点实验室", { rdSpending: 1000, rdStaff: 250, inventionPatentsGranted: 10 });
  const D = platform("湖南省丁重点实验室", { rdSpending: 800, rdStaff: 300, inventionPatentsGranted: 30 });
  const E = platform("湖南省戊重点实验室", null);
  const F = platform("长沙市己重点实验室", { rdSpending: 9000 }, { level: "municipal" });
  const G = platform(
    "己全国重点实验室",
    { rdSpending: 9000 },
    { level: "national", typeCode: "state_key_lab" },
  );
  const H = platform("庚重点实验室", { rdSpending: 9000 }, { status: "cultivating" });
  const { candidates, excluded } = scoreRound([A, B, C, D, E, F, G, H], c, { cap: 2, dataYear: 2025 });

  it("scores Σ weight × points / Σ weights and ranks with the cap", () => {
    // A: 30×56.25 + 20×50 + 50×75 = 6437.5 → 64.375; B: 30×100 → 30; C: 20×100 + 50×75 → 57.5
    expect(candidates.map((x) => [x.platform.name, x.score, x.rank, x.selected])).toEqual([
      ["湖南省甲重点实验室", 64.375, 1, true],
      ["湖南省丙重点实验室", 57.5, 2, true],
      ["湖南省乙重点实验室", 30, 3, false],
    ]);
    const a = candidates[0]!;
    expect(a.parts.map((p) => p.points)).toEqual([56.25, 50, 75]);
    expect(a.parts.map((p) => p.share)).toEqual([0.3, 0.2, 0.5]);
    expect(a.parts[0]!.contribution).toBeCloseTo(16.875, 10);
    expect(a.tiebreak).toEqual({ kind: "tiebreak", rdSpending: 3250, name: "湖南省甲重点实验室" });
  });

  it("gives every point its reason in both languages", () => {
    const [rd, staff, inv] = candidates[0]!.parts;
    expect(rd!.reason.zh).toBe("研发投入 3,250 万元，位于 1,000–5,000 区间，得 56.3 分 × 权重 30%");
    expect(rd!.reason.en).toBe("R&D spending 3,250 (10k CNY), within 1,000–5,000: 56.3 points × weight 30%");
    expect(staff!.reason.zh).toBe("研发人员 150 人，位于 50–250 区间，得 50.0 分 × 权重 20%");
    expect(inv!.reason.zh).toBe(
      "发明专利授权 10 件，在 3 家有数据的候选中位于第 75.0 百分位，得 75.0 分 × 权重 50%",
    );
    const b = candidates[2]!.parts;
    expect(b[0]!.reason.zh).toBe("研发投入 5,200 万元，达到上限 5,000，得 100.0 分 × 权重 30%");
    expect(b[1]!.reason.zh).toBe("研发人员 40 人，不高于下限 50，得 0.0 分 × 权重 20%");
  });

  it("lists the excluded with every filter they failed, the first in the stated order", () => {
    const reasons = new Map(excluded.map((e) => [e.platform.name, e.reasons.map((r) => r.reason)]));
    expect(Object.fromEntries(reasons)).toEqual({
      湖南省丁重点实验室: ["min_rd_spending"],
      湖南省戊重点实验室: ["no_report"],
      长沙市己重点实验室: ["level"],
      己全国重点实验室: ["already_national"],
      庚重点实验室: ["status"],
    });
    const d = excluded.find((e) => e.platform.name === "湖南省丁重点实验室")!;
    expect(d.reasons[0]!.detail.zh).toBe("2025 年研发投入 800 万元，低于门槛 900 万元");
    const e = excluded.find((x) => x.platform.name === "湖南省戊重点实验室")!;
    expect(e.reasons[0]!.detail).toEqual({
      zh: "无 2025 年度已通过的年报",
      en: "no accepted annual report for 2025",
    });
  });

  it("reports several failed filters of one platform", () => {
    const p = platform("多重", null, { status: "cultivating", level: "municipal", industries: ["quantum"] });
    const f = criteria({
      filters: { levels: ["provincial"], industries: ["digital"] },
      scored: [{ field: "rdStaff", weight: 1, rule: { kind: "percentile" } }],
    }).filters;
    expect(exclusionsOf(p, f, 2025).map((r) => r.reason)).toEqual([
      "status",
      "level",
      "industry",
      "no_report",
    ]);
  });

  it("breaks ties by R&D spending, then by name", () => {
    const one = criteria({
      scored: [{ field: "rdStaff", weight: 1, rule: { kind: "linear", floor: 0, ceiling: 100 } }],
    });
    const P1 = platform("乙", { rdStaff: 50, rdSpending: 100 });
    const P2 = platform("丙", { rdStaff: 50, rdSpending: 200 });
    const P3 = platform("丁", { rdStaff: 50, rdSpending: 200 });
    const P4 = platform("甲", { rdStaff: 60, rdSpending: 1 });
    const ranked = scoreRound([P1, P2, P3, P4], one, { cap: 100, dataYear: 2025 }).candidates;
    // 丁 (U+4E01) sorts before 丙 (U+4E19)
    expect(ranked.map((x) => [x.platform.name, x.rank])).toEqual([
      ["甲", 1],
      ["丁", 2],
      ["丙", 3],
      ["乙", 4],
    ]);
  });

  it("scores a growth without a base as 0 with the reason", () => {
    const g = criteria({
      scored: [{ field: "rdSpendingGrowth", weight: 1, rule: { kind: "linear", floor: 0, ceiling: 40 } }],
    });
    const grown = platform("增", { rdSpending: 1200 }, { previous: figures({ rdSpending: 1000 }) });
    const fresh = platform("新", { rdSpending: 1200 });
    const [first, second] = scoreRound([grown, fresh], g, { cap: 1, dataYear: 2025 }).candidates;
    expect(first!.score).toBe(50);
    expect(first!.parts[0]!.reason.zh).toBe("研发投入增长率 20%，位于 0–40 区间，得 50.0 分 × 权重 100%");
    expect(second!.score).toBe(0);
    expect(second!.parts[0]!.reason.zh).toContain("无法计算");
  });

  it("re-weights from the stored points: the ranking moves, ranks change, the selection follows the cap", () => {
    const stored = candidates.map((x) => ({
      platformId: x.platform.id,
      rank: x.rank,
      score: x.score,
      selected: x.selected,
      parts: [...x.parts, x.tiebreak] as StoredPart[],
    }));
    const moved = reweight(stored, { rdSpending: 100, rdStaff: 0, inventionPatentsGranted: 0 }, 2);
    expect(moved.map((r) => [r.platformId, r.rank, r.previousRank, r.change, r.score, r.selected])).toEqual([
      [B.id, 1, 3, 2, 100, true],
      [A.id, 2, 1, -1, 56.25, true],
      [C.id, 3, 2, -1, 0, false],
    ]);
    // Unchanged weights give the stored ranking back.
    expect(reweight(stored, {}, 2).map((r) => [r.rank, r.change, r.score])).toEqual([
      [1, 0, 64.375],
      [2, 0, 57.5],
      [3, 0, 30],
    ]);
  });
});

describe("criteria checks", () => {
  const problemOf = (fn: () => unknown) => {
    try {
      fn();
    } catch (e) {
      return e as AppError;
    }
    throw new Error("no error");
  };

  it("names the path of an unknown field, a duplicate, a floor above its ceiling and unknown filter values", () => {
    const problems = criteriaProblems(
      {
        filters: { levels: ["national", "county"], industries: ["digital", "steel"], typeCodes: [] },
        scored: [
          { field: "rdSpending", weight: 1, rule: { kind: "linear", floor: 10, ceiling: 10 } },
          { field: "rdBudget", weight: 1, rule: { kind: "percentile" } },
          { field: "rdSpending", weight: 1, rule: { kind: "percentile" } },
        ],
      },
      ["criteria"],
    );
    expect(problems.map((p) => [p.path.join("."), p.code])).toEqual([
      ["criteria.scored.0.rule", "floor_not_below_ceiling"],
      ["criteria.scored.1.field", "field_unknown"],
      ["criteria.scored.2.field", "field_duplicate"],
      ["criteria.filters.levels.0", "level_national"],
      ["criteria.filters.levels.1", "levels_unknown"],
      ["criteria.filters.industries.1", "industry_not_in_plan"],
      ["criteria.filters.typeCodes", "filter_empty"],
    ]);
  });

  it("throws 422 cultivation_criteria_invalid with the paths", () => {
    const e = problemOf(() =>
      checkCriteria({ scored: [{ field: "rdBudget", weight: 1, rule: { kind: "percentile" } }] }),
    );
    expect(e).toBeInstanceOf(AppError);
    expect(e.code).toBe("cultivation_criteria_invalid");
    expect(e.status).toBe(422);
    expect(e.extra).toEqual({ errors: [{ path: "criteria.scored.0.field", code: "field_unknown" }] });
    expect(String(e.params.detailZh)).toContain("未知的评分字段“rdBudget”");
  });

  it("checks preview weights against the round's fields, and not all zero", () => {
    const c = criteria({ scored: [{ field: "rdStaff", weight: 1, rule: { kind: "percentile" } }] });
    expect(problemOf(() => checkWeights(c, { revenue: 2 })).extra).toEqual({
      errors: [{ path: "weights.revenue", code: "field_unknown" }],
    });
    expect(problemOf(() => checkWeights(c, { rdStaff: 0 })).extra).toEqual({
      errors: [{ path: "weights", code: "weights_zero" }],
    });
    expect(() => checkWeights(c, { rdStaff: 3 })).not.toThrow();
  });
});
