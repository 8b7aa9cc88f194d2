import fs from "node:fs";
import { INDUSTRIES, ZONES } from "@rdcity/common";
import { describe, expect, it } from "vitest";
import { parseCsv } from "../../../core/io/csv-parse.js";
import { KNOWN_SERIES, readRepoFile } from "./pack.fixture.js";
import { flattenTasks, type PlanPack, validatePlanPack } from "./validate-pack.js";

/** The plan's full text (kept with the project's shared material, outside the repository). */
const SEED = "/work/shared/seed/changsha-global-rd-center-city-plan-2023.zh.txt";

function loadPack(): PlanPack {
  const result = validatePlanPack(readRepoFile("plans/changsha-2023.yaml"), {
    knownComputedSeries: KNOWN_SERIES,
  });
  if (!result.ok) throw new Error(JSON.stringify(result.problems, null, 2));
  return result.pack;
}

describe("the Changsha 2023 plan pack", () => {
  const pack = loadPack();
  const flat = flattenTasks(pack);

  it("validates with no problem", () => {
    const result = validatePlanPack(readRepoFile("plans/changsha-2023.yaml"), {
      knownComputedSeries: KNOWN_SERIES,
    });
    expect(result.ok ? [] : result.problems).toEqual([]);
    expect(pack.code).toBe("changsha-2023");
    expect(pack.city.code).toBe("430100");
    expect(pack.issuedOn).toBe("2023-07-30");
    expect(pack.baseYear).toBe(2022);
    expect(pack.horizon).toEqual([2025, 2030]);
  });

  it("has the seven projects of §三 with every numbered task (29) and item (9)", () => {
    expect(pack.projects.map((p) => p.code)).toEqual(["1", "2", "3", "4", "5", "6", "7"]);
    expect(pack.projects.map((p) => p.tasks.length)).toEqual([5, 4, 3, 3, 4, 4, 6]);
    const items = Object.fromEntries(
      pack.projects.flatMap((p) => p.tasks.map((t) => [t.code, t.items.length])),
    );
    expect(items["4.1"]).toBe(6); // §三(四)1 (1)…(6)
    expect(items["4.2"]).toBe(3); // §三(四)2 (1)…(3)
    expect(flat.filter((t) => t.parentCode === null)).toHaveLength(29);
    expect(flat.filter((t) => t.parentCode !== null)).toHaveLength(9);
    expect(flat.find((t) => t.code === "4.1.6")).toMatchObject({
      projectCode: "4",
      parentCode: "4.1",
      seq: 6,
    });
    expect(flat.find((t) => t.code === "7.6")).toMatchObject({ projectCode: "7", parentCode: null, seq: 6 });
  });

  it.skipIf(!fs.existsSync(SEED))(
    "copies each task's and item's Chinese text verbatim, in the seed's order",
    () => {
      const lines = fs.readFileSync(SEED, "utf8").split("\n");
      const body = lines.slice(
        lines.findIndex((l) => l.startsWith("三、重点任务")) + 1,
        lines.findIndex((l) => l.startsWith("四、保障措施")),
      );
      // Every numbered line of §三 in order: a project heading （一）, a task 1. or an item （1）.
      const projects = body
        .filter((l) => /^（[一二三四五六七]）/.test(l))
        .map((l) => l.replace(/^（.）/, ""));
      expect(pack.projects.map((p) => p.title.zh)).toEqual(projects);
      const numbered = body
        .filter((l) => /^(\d\.|（\d）)/.test(l))
        .map((l) => l.replace(/^(\d\.|（\d）)/, ""));
      expect(numbered).toHaveLength(38);
      // 4.3 is a heading line followed by its paragraph: the paragraph is its text.
      const texts = flat.map((t) => (t.code === "4.3" ? t.title.zh : t.text.zh));
      expect(texts).toEqual(numbered);
      expect(flat.find((t) => t.code === "4.3")?.text.zh).toBe(body[body.indexOf("3.引领未来产业培育") + 1]);
      for (const t of flat) if (t.code !== "4.3") expect(t.text.zh.startsWith(t.title.zh), t.code).toBe(true);
    },
  );

  it("has every §二 target for 2025 and 2030", () => {
    const targets = pack.targets
      .filter((t) => t.section === "二")
      .map((t) => [t.indicator, t.kind, t.year, t.value, t.comparator]);
    expect(targets).toEqual([
      ["rd_spending_growth", "growth", 2025, 0.13, "ge"],
      ["innovation_platforms", "level", 2025, 2600, "ge"],
      ["rd_centres", "level", 2025, 200, "ge"],
      ["national_mfg_clusters", "level", 2025, 3, "ge"],
      ["talent_total", "level", 2025, 3_500_000, "ge"],
      ["listed_companies", "level", 2025, 100, "ge"],
      ["little_giants", "level", 2025, 200, "ge"],
      ["national_labs", "milestone", 2025, 1, "ge"],
      ["major_facilities", "milestone", 2025, 1, "ge"],
      ["innovation_platforms", "level", 2030, 3000, "ge"],
      ["rd_centres", "level", 2030, 500, "ge"],
    ]);
    const lab = pack.targets.find((t) => t.code === "t2025_national_lab");
    expect(lab?.baseline).toMatchObject({ year: 2022, value: 0 });
  });

  it("has the quantified sub-targets of §三(二)2 on task 2.2", () => {
    const sub = pack.targets
      .filter((t) => t.section === "三(二)2")
      .map((t) => [t.indicator, t.value, t.valueMax, t.task, t.window?.from, t.window?.to]);
    expect(sub).toEqual([
      ["national_key_labs", 1, 2, "2.2", 2023, 2026],
      ["national_innovation_centres", 2, 3, "2.2", 2023, 2026],
      ["national_enterprise_tech_centres", 6, 8, "2.2", 2023, 2026],
      ["national_medical_centres", 1, undefined, "2.2", 2023, 2026],
      ["cultivation_candidates", 100, undefined, "2.2", undefined, undefined],
    ]);
  });

  it("uses every computed series the registry offers, and only those", () => {
    const used = new Set(pack.indicators.flatMap((i) => (i.computed ? [i.computed] : [])));
    expect([...used].sort()).toEqual([...KNOWN_SERIES].sort());
    const platforms = pack.indicators.find((i) => i.code === "innovation_platforms");
    expect(platforms).toMatchObject({ source: "both", computed: "platforms.all", authoritative: "reported" });
    expect(pack.indicators.find((i) => i.code === "talent_total")?.source).toBe("reported");
  });

  it("maps every indicator name of the published figures to exactly one indicator (work-plan targets aside)", () => {
    const csv = readRepoFile("server/assets/changsha/changsha_indicators.csv");
    const names = new Set([...parseCsv(csv)].slice(1).map((r) => r.fields[1]!));
    const observed = [...names].filter((n) => !n.startsWith("Targets ("));
    expect(names.size - observed.length).toBe(1);
    for (const name of observed) {
      const owners = pack.indicators.filter((i) => i.aliases.includes(name)).map((i) => i.code);
      expect(owners, name).toHaveLength(1);
    }
    const aliases = pack.indicators.flatMap((i) => i.aliases);
    expect(aliases.filter((a) => !names.has(a))).toEqual([]);
  });

  it("lists the zones of common/src/areas.ts and the industries of common/src/industries.ts", () => {
    expect(pack.zones.map((z) => [z.code, z.name.zh, z.name.en, z.parent ?? null, z.districts])).toEqual(
      ZONES.map((z) => [z.code, z.name, z.nameEn, z.parentCode, z.districtCodes]),
    );
    expect(pack.industries.map((i) => [i.code, i.name.zh, i.name.en, i.group])).toEqual(
      INDUSTRIES.map((i) => [i.code, i.name, i.nameEn, i.group]),
    );
  });

  it("marks every unit and assignment as demonstration data (the plan names none)", () => {
    expect(pack.units.every((u) => u.demo)).toBe(true);
    expect(flat.every((t) => t.demo && t.lead)).toBe(true);
    expect(flat.filter((t) => t.milestones.length > 0).length).toBeGreaterThan(0);
  });
});
