import { describe, expect, it } from "vitest";
import { edit, KNOWN_SERIES, readRepoFile } from "./pack.fixture.js";
import { flattenTasks, type PackProblem, validatePlanPack } from "./validate-pack.js";

const REAL = readRepoFile("plans/changsha-2023.yaml");
const DEMO = readRepoFile("plans/examples/demo-city-2024.yaml");
const opts = { knownComputedSeries: KNOWN_SERIES };

function problemsOf(text: string): PackProblem[] {
  const result = validatePlanPack(text, opts);
  if (result.ok) throw new Error("expected problems, the pack validated");
  return result.problems;
}

const brief = (problems: PackProblem[]) =>
  problems.map((p) => ({ code: p.code, path: p.path, line: p.line }));

/** Applies one edit to the demo pack and returns its problems as code and path. */
const demoProblems = (from: string, to: string) =>
  problemsOf(edit(DEMO, from, to).text).map((p) => ({ code: p.code, path: p.path }));

describe("validatePlanPack", () => {
  it("loads a second plan (another city and year) the same way", () => {
    const result = validatePlanPack(DEMO, opts);
    expect(result.ok ? [] : result.problems).toEqual([]);
    if (!result.ok) return;
    expect(result.pack.code).toBe("demo-city-2024");
    expect(result.pack.city.code).toBe("439900");
    // Defaults are applied in the typed pack.
    expect(result.pack.indicators[0]).toMatchObject({
      authoritative: "reported",
      tolerance: 0.1,
      decimals: 0,
    });
    expect(result.pack.indicators[1]).toMatchObject({ aliases: [], publishedScale: 1, period: "year" });
    expect(result.pack.targets[0]!.comparator).toBe("ge");
    expect(result.pack.units[0]!.demo).toBe(true);
    expect(flattenTasks(result.pack).map((t) => [t.code, t.parentCode, t.seq])).toEqual([
      ["1.1", null, 1],
      ["1.1.1", "1.1", 1],
      ["1.1.2", "1.1", 2],
    ]);
  });

  it("reports every problem of a broken pack at once, each with its path and line", () => {
    let text = REAL;
    const lines: Record<string, number> = {};
    const apply = (name: string, from: string, to: string, lineOffset = 0) => {
      const edited = edit(text, from, to);
      text = edited.text;
      lines[name] = edited.line + lineOffset;
    };
    // Edits from the top of the file down, so that a line inserted above does not move a line already found.
    apply("unknown", "  - code: rd_spending_growth\n", "  - code: rd_spending_growth\n    colour: red\n", 1);
    apply("enum", "    direction: increase\n", "    direction: upward\n");
    apply("computed", "    computed: platforms.all\n", "    computed: platforms.everything\n");
    apply("syntax", '    section: "二"\n', '    section: "二\n'); // the quote is not closed
    apply("indicator", "    indicator: national_mfg_clusters\n", "    indicator: national_clusters\n");
    apply("duplicate", "  - code: t2030_rd_centres\n", "  - code: t2025_rd_centres\n");
    apply("zone", "        zones: [HHZBQ]\n", "        zones: [HHZB]\n");
    apply("lead", "        lead: kaifu\n", "        lead: kaifu_office\n");

    const problems = problemsOf(text);
    expect(brief(problems)).toEqual([
      { code: "unknown_field", path: "indicators[0].colour", line: lines.unknown },
      { code: "bad_enum", path: "indicators[0].direction", line: lines.enum },
      { code: "computed_key_unknown", path: "indicators[1].computed", line: lines.computed },
      // The unclosed quote leaves the section empty: the schema says so too.
      { code: "too_small", path: "targets[0].section", line: lines.syntax },
      { code: "yaml_syntax", path: "targets[0].section", line: lines.syntax },
      { code: "unknown_reference", path: "targets[3].indicator", line: lines.indicator },
      { code: "duplicate_code", path: "targets[10].code", line: lines.duplicate },
      { code: "unknown_reference", path: "projects[0].tasks[4].zones[0]", line: lines.zone },
      { code: "unknown_reference", path: "projects[2].tasks[2].lead", line: lines.lead },
    ]);
    expect(problems.every((p) => typeof p.column === "number" && p.column > 0)).toBe(true);
    const byPath = (path: string) => problems.find((p) => p.path === path)!.message;
    expect(byPath("indicators[0].colour")).toEqual({ zh: "未知字段“colour”", en: 'Unknown field "colour"' });
    expect(byPath("targets[10].code").en).toContain("first at targets[2]");
    expect(byPath("indicators[0].direction").zh).toContain("increase、decrease");
    expect(byPath("indicators[1].computed").en).toContain('"platforms.everything"');
    expect(byPath("projects[2].tasks[2].lead")).toEqual({
      zh: "引用了不存在的单位“kaifu_office”",
      en: 'Unknown unit "kaifu_office"',
    });
  });

  it("reports YAML syntax errors with their line, and a key given twice", () => {
    const { text, line } = edit(DEMO, "    value: 500\n", "    value: 500\n    value: 600\n");
    expect(brief(problemsOf(text))).toEqual([
      { code: "yaml_duplicate_key", path: "targets[0].value", line: line + 1 },
    ]);
    const broken = edit(DEMO, "  - code: sti\n", '  - code: "sti\n');
    const syntax = problemsOf(broken.text).filter((p) => p.code === "yaml_syntax");
    expect(syntax.length).toBeGreaterThan(0);
    expect(syntax[0]!.line).toBeGreaterThanOrEqual(broken.line);
    expect(syntax[0]!.message.zh).toMatch(/^YAML 语法错误：/);
  });

  it("refuses an empty file", () => {
    expect(brief(problemsOf(""))).toEqual([{ code: "yaml_empty", path: "", line: undefined }]);
    expect(problemsOf("- a\n- b\n").map((p) => p.code)).toEqual(["yaml_empty"]);
  });

  it.each([
    [
      "value outside the indicator's range",
      "    value: 500\n",
      "    value: 50000\n",
      "value_out_of_range",
      "targets[0].value",
    ],
    [
      "valueMax below value",
      "    value: 500\n",
      "    value: 500\n    valueMax: 400\n",
      "value_max_below_value",
      "targets[0].valueMax",
    ],
    [
      "baseline after the target year",
      "baseline: { year: 2023",
      "baseline: { year: 2027",
      "baseline_after_target",
      "targets[0].baseline.year",
    ],
    [
      "a district outside the city",
      '["439901", "439902"]',
      '["439901", "430104"]',
      "district_not_in_city",
      "zones[0].districts[1]",
    ],
    [
      "a unit's district outside the city",
      'areaCode: "439901"',
      'areaCode: "43990"',
      "district_not_in_city",
      "units[1].areaCode",
    ],
    [
      "an unknown parent zone",
      'districts: ["439901", "439902"]\n',
      'districts: ["439901", "439902"]\n    parent: NOPE\n',
      "unknown_reference",
      "zones[0].parent",
    ],
    [
      "a computed indicator without its key",
      "    computed: platforms.all\n",
      "",
      "computed_key_missing",
      "indicators[0]",
    ],
    [
      "a reported indicator with a key",
      "    source: reported\n    decimals: 1\n",
      "    source: reported\n    computed: platforms.all\n    decimals: 1\n",
      "computed_key_unexpected",
      "indicators[1].computed",
    ],
    [
      "a task code used twice in the tree",
      'code: "1.1.2"',
      'code: "1.1.1"',
      "duplicate_code",
      "projects[0].tasks[0].items[1].code",
    ],
    [
      "an item outside its task's numbering",
      'code: "1.1.2"',
      'code: "1.2.2"',
      "task_code_mismatch",
      "projects[0].tasks[0].items[1].code",
    ],
    [
      "an unknown partner unit",
      "partners: [sti]",
      "partners: [sti, nobody]",
      "unknown_reference",
      "projects[0].tasks[0].partners[1]",
    ],
    [
      "an unknown indicator of a task",
      "indicators: [innovation_platforms]",
      "indicators: [platforms]",
      "unknown_reference",
      "projects[0].tasks[0].indicators[0]",
    ],
    [
      "an unknown zone of a task",
      "zones: [DHTZ]",
      "zones: [DHT]",
      "unknown_reference",
      "projects[0].tasks[0].zones[0]",
    ],
    [
      "an unknown industry of a task",
      "industries: [new-materials]\n        zones",
      "industries: [materials]\n        zones",
      "unknown_reference",
      "projects[0].tasks[0].industries[0]",
    ],
    [
      "an unknown task of a target",
      "    value: 500\n",
      '    value: 500\n    task: "9.9"\n',
      "unknown_reference",
      "targets[0].task",
    ],
    [
      "a growth target on a level indicator",
      "indicator: rd_spending_growth\n",
      "indicator: rd_spending\n",
      "target_kind_mismatch",
      "targets[1].kind",
    ],
    [
      "a window not ending in the target year",
      "window: { from: 2024, to: 2026 }",
      "window: { from: 2024, to: 2025 }",
      "window_year_mismatch",
      "targets[1].window.to",
    ],
    [
      "a target after the horizon",
      "    year: 2026\n    value: 500",
      "    year: 2031\n    value: 500",
      "target_year_outside_plan",
      "targets[0].year",
    ],
    [
      "a missing required field",
      "    kind: level\n    year: 2026\n",
      "    year: 2026\n",
      "missing_field",
      "targets[0].kind",
    ],
    [
      "a number where a code is expected",
      'areaCode: "439901"',
      "areaCode: 439901",
      "wrong_type",
      "units[1].areaCode",
    ],
    ["an impossible date", "due: 2026-12-31", "due: 2026-02-30", "bad_format", "projects[0].tasks[0].due"],
    ["a code in the wrong case", "code: demo-city-2024", "code: Demo-City", "bad_format", "code"],
    [
      "a district unit without its district",
      '    areaCode: "439901"\n',
      "",
      "unit_area_required",
      "units[1]",
    ],
    [
      "an unknown field in an item",
      "            lead: sti\n",
      "            lead: sti\n            owner: me\n",
      "unknown_field",
      "projects[0].tasks[0].items[0].owner",
    ],
    [
      "growthOf a growth indicator",
      "growthOf: rd_spending\n",
      "growthOf: rd_spending_growth\n",
      "growth_of_not_level",
      "indicators[2].growthOf",
    ],
  ])("reports %s", (_name, from, to, code, path) => {
    expect(demoProblems(from, to)).toEqual([{ code, path }]);
  });

  it("reports every computed key the server does not know", () => {
    const result = validatePlanPack(REAL, { knownComputedSeries: new Set(["platforms.all"]) });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(new Set(result.problems.map((p) => p.code))).toEqual(new Set(["computed_key_unknown"]));
    expect(result.problems).toHaveLength(12); // 13 computed indicators, one of them on platforms.all
  });

  it("explains a number given for a code in both languages", () => {
    const [problem] = problemsOf(edit(DEMO, 'areaCode: "439901"', "areaCode: 439901").text);
    expect(problem!.message.zh).toContain("代码请加引号");
    expect(problem!.message.en).toContain("quote codes");
  });
});
