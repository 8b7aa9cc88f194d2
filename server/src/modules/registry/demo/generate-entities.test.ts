import {
  DISTRICTS,
  type EntityCreate,
  EntityCreateSchema,
  isValidPhone,
  isValidUscc,
  nameSignature,
  ZONES,
} from "@rdcity/common";
import { beforeAll, describe, expect, it } from "vitest";
import { isDemoUscc } from "./demo-uscc.js";
import { generateEntities, generateEntitiesWithStats } from "./generate-entities.js";
import { REAL_ENTITIES } from "./real-entities.js";
import { INDUSTRY_WORDS } from "./word-lists.js";

const share = (items: EntityCreate[], test: (e: EntityCreate) => boolean) =>
  items.filter(test).length / items.length;
/** The first few items that fail `test` (one expect per check keeps 100 000-item checks fast). */
const failing = (items: EntityCreate[], test: (e: EntityCreate) => boolean) =>
  items.filter((e) => !test(e)).slice(0, 5);

describe("generateEntities", () => {
  let large: EntityCreate[];
  let wallMs: number;
  let cpuMs: number;

  beforeAll(() => {
    generateEntities({ count: 20_000, seed: "warm-up" });
    const cpu = process.cpuUsage();
    const started = performance.now();
    large = generateEntities({ count: 100_000, seed: 42 });
    wallMs = performance.now() - started;
    cpuMs = process.cpuUsage(cpu).user / 1000;
  });

  it("is fast: 100 000 entities in well under 2 seconds", () => {
    console.info(
      `generateEntities: 100 000 entities in ${wallMs.toFixed(0)} ms (${cpuMs.toFixed(0)} ms CPU)`,
    );
    expect(large).toHaveLength(100_000);
    // CPU time, with a margin, so that a machine busy with other work does not fail the suite.
    expect(Math.min(wallMs, cpuMs)).toBeLessThan(4_000);
  });

  it("produces items that EntityCreateSchema accepts unchanged (5 000 checked)", () => {
    for (const entity of large.slice(0, 5_000)) expect(EntityCreateSchema.parse(entity)).toEqual(entity);
  });

  it("is deterministic, and a shorter run is a prefix of a longer one", () => {
    const a = generateEntities({ count: 2_000, seed: 7 });
    expect(generateEntities({ count: 2_000, seed: 7 })).toEqual(a);
    expect(generateEntities({ count: 300, seed: 7 })).toEqual(a.slice(0, 300));
    expect(generateEntities({ count: 50, seed: 8 }).map((e) => e.name)).not.toEqual(
      a.slice(0, 50).map((e) => e.name),
    );
    expect(generateEntities({ count: 0, seed: 7 })).toEqual([]);
  });

  it("gives valid, unique codes whose parts match the entity", () => {
    const categories: Record<string, string[]> = {
      enterprise: ["91"],
      university: ["12"],
      institute: ["12"],
      hospital: ["12"],
      government: ["11"],
      other: ["51", "52"],
    };
    expect(failing(large, (e) => isValidUscc(e.uscc))).toEqual([]);
    expect(failing(large, (e) => e.uscc.slice(2, 8) === e.districtCode)).toEqual([]);
    expect(failing(large, (e) => categories[e.kind]!.includes(e.uscc.slice(0, 2)))).toEqual([]);
    expect(new Set(large.map((e) => e.uscc)).size).toBe(large.length);
    expect(large.some((e) => isDemoUscc(e.uscc))).toBe(false);
  });

  it("keeps codes unique across calls with disjoint index ranges", () => {
    const first = generateEntities({ count: 1_000, seed: 1 });
    const second = generateEntities({ count: 1_000, seed: 1, startIndex: 1_000 });
    const codes = new Set([...first, ...second].map((e) => e.uscc.slice(8, 17)));
    expect(codes.size).toBe(2_000);
  });

  it("gives unique names and unique name signatures, none of them a real organisation's", () => {
    expect(new Set(large.map((e) => e.name)).size).toBe(large.length);
    const signatures = new Set(large.map((e) => nameSignature(e.name)));
    expect(signatures.size).toBe(large.length);
    for (const real of REAL_ENTITIES) expect(signatures.has(nameSignature(real.name))).toBe(false);
  });

  it("avoids the names of famous brands and Changsha's known companies", () => {
    const brands = [
      "华为",
      "三一",
      "中联",
      "比亚迪",
      "蓝思",
      "爱尔",
      "威胜",
      "山河",
      "铁建",
      "远大",
      "华菱",
      "楚天",
      "拓维",
    ];
    expect(failing(large, (e) => !brands.some((brand) => e.name.includes(brand)))).toEqual([]);
  });

  it("distributes kinds and flags realistically", () => {
    const enterprises = large.filter((e) => e.kind === "enterprise");
    expect(enterprises.length / large.length).toBeGreaterThan(0.86);
    expect(enterprises.length / large.length).toBeLessThan(0.9);
    for (const kind of ["university", "institute", "hospital", "government", "other"] as const) {
      expect(share(large, (e) => e.kind === kind)).toBeGreaterThan(0.005);
    }
    const rate = (test: (e: EntityCreate) => boolean) => share(enterprises, test);
    expect(rate((e) => e.isHighTech)).toBeGreaterThan(0.3);
    expect(rate((e) => e.isHighTech)).toBeLessThan(0.4);
    expect(rate((e) => e.isListed)).toBeGreaterThan(0.008);
    expect(rate((e) => e.isListed)).toBeLessThan(0.025);
    expect(rate((e) => e.littleGiant === "national")).toBeGreaterThan(0.02);
    expect(rate((e) => e.littleGiant === "national")).toBeLessThan(0.04);
    expect(rate((e) => e.littleGiant === "provincial")).toBeGreaterThan(0.065);
    expect(rate((e) => e.littleGiant === "provincial")).toBeLessThan(0.095);
    expect(rate((e) => e.isFortune500Affiliate)).toBeGreaterThan(0.003);
    expect(rate((e) => e.isFortune500Affiliate)).toBeLessThan(0.008);
    expect(rate((e) => e.isForeignInvested)).toBeGreaterThan(0.03);
    expect(rate((e) => e.isForeignInvested)).toBeLessThan(0.055);
    const others = large.filter((e) => e.kind !== "enterprise");
    expect(
      others.some((e) => e.isListed || e.isHighTech || e.littleGiant !== "none" || e.isForeignInvested),
    ).toBe(false);
    // Listed firms are joint-stock companies; foreign-invested ones carry the region in brackets and an English name.
    for (const e of enterprises.filter((x) => x.isListed)) expect(e.name.endsWith("股份有限公司")).toBe(true);
    for (const e of enterprises.filter((x) => x.isForeignInvested)) {
      expect(e.name).toMatch(/（(长沙|湖南)）/);
      expect(e.nameEn).toBeTruthy();
    }
  });

  it("covers every district, weights 岳麓区, 长沙县 and 雨花区, and keeps zones inside their district", () => {
    const byDistrict = new Map<string, number>();
    for (const e of large) byDistrict.set(e.districtCode, (byDistrict.get(e.districtCode) ?? 0) + 1);
    expect([...byDistrict.keys()].sort()).toEqual(DISTRICTS.map((d) => d.code).sort());
    const ranked = [...byDistrict].sort((a, b) => b[1] - a[1]).map(([code]) => code);
    expect(ranked.slice(0, 3).sort()).toEqual(["430104", "430111", "430121"]);
    const zoneDistricts = new Map(ZONES.map((z) => [z.code, z.districtCodes]));
    expect(
      failing(large, (e) => !e.zoneCode || zoneDistricts.get(e.zoneCode)!.includes(e.districtCode)),
    ).toEqual([]);
    const withZone = share(large, (e) => !!e.zoneCode);
    expect(withZone).toBeGreaterThan(0.3);
    expect(withZone).toBeLessThan(0.9);
  });

  it("gives 1–3 industries, the first one named in an enterprise's name", () => {
    const sizeOk = (e: EntityCreate) =>
      e.industries.length <= 3 &&
      e.industries.length >= (e.kind === "government" ? 0 : 1) &&
      new Set(e.industries).size === e.industries.length;
    expect(failing(large, sizeOk)).toEqual([]);
    expect(failing(large, (e) => e.kind !== "government" || e.industries.length <= 1)).toEqual([]);
    const namesItsIndustry = (e: EntityCreate) =>
      e.kind !== "enterprise" || INDUSTRY_WORDS[e.industries[0]!]!.some(([zh]) => e.name.includes(zh));
    expect(failing(large, namesItsIndustry)).toEqual([]);
  });

  it("gives plausible contacts, addresses, founding dates and English names", () => {
    const districtNames = new Map(DISTRICTS.map((d) => [d.code, d.name]));
    const plausible = (e: EntityCreate) => {
      const year = Number(e.foundedOn?.slice(0, 4));
      return (
        !!e.contactName === !!e.contactPhone &&
        (!e.contactPhone || isValidPhone(e.contactPhone)) &&
        (!e.contactName || /^[\u4e00-\u9fff]{2,4}$/.test(e.contactName)) &&
        !!e.address?.startsWith(`长沙市${districtNames.get(e.districtCode)}`) &&
        year >= 1990 &&
        year <= 2024 &&
        (!e.nameEn || /^[A-Za-z0-9 ()&',.-]+$/.test(e.nameEn))
      );
    };
    expect(failing(large, plausible)).toEqual([]);
    const enterprises = large.filter((e) => e.kind === "enterprise");
    expect(share(enterprises, (e) => !!e.nameEn)).toBeGreaterThan(0.3);
    expect(share(enterprises, (e) => !!e.contactPhone)).toBeGreaterThan(0.85);
    expect(share(enterprises, (e) => e.formerNames.length > 0)).toBeGreaterThan(0.01);
  });

  it("reports how often a drawn name clashed and had to be redrawn or lengthened", () => {
    const { stats } = generateEntitiesWithStats({ count: 100_000, seed: 42 });
    console.info(
      `name clashes: ${stats.nameClashes} of 100 000 draws; ${stats.lengthenedNames} names with a lengthened 字号`,
    );
    expect(stats.lengthenedNames).toBeLessThan(1_000);
  });

  it("refuses bad options", () => {
    expect(() => generateEntities({ count: -1, seed: 1 })).toThrow(RangeError);
    expect(() => generateEntities({ count: 1.5, seed: 1 })).toThrow(RangeError);
    expect(() => generateEntities({ count: 1, seed: 1, startIndex: -5 })).toThrow(RangeError);
  });
});
