import { EntityCreateSchema, isValidUscc, nameSignature, zoneByCode } from "@rdcity/common";
import { describe, expect, it } from "vitest";
import { isDemoUscc } from "./demo-uscc.js";
import { demoEntities } from "./index.js";
import { REAL_ENTITIES, realEntities } from "./real-entities.js";

describe("real Changsha organisations (demo records)", () => {
  const records = realEntities();

  it("has a hand-curated list of 40–80 organisations of every kind", () => {
    expect(records.length).toBeGreaterThanOrEqual(40);
    expect(records.length).toBeLessThanOrEqual(80);
    const kinds = new Set(records.map((r) => r.kind));
    for (const kind of ["enterprise", "university", "institute", "hospital", "government"])
      expect(kinds).toContain(kind);
  });

  it("names the organisations the registry is expected to know", () => {
    const names = new Set(records.map((r) => r.name));
    for (const name of [
      "中南大学",
      "湖南大学",
      "湖南师范大学",
      "国防科技大学",
      "长沙理工大学",
      "中南大学湘雅医院",
      "三一重工股份有限公司",
      "中联重科股份有限公司",
      "中国铁建重工集团股份有限公司",
      "山河智能装备股份有限公司",
      "蓝思科技股份有限公司",
      "长沙市比亚迪汽车有限公司",
      "爱尔眼科医院集团股份有限公司",
      "威胜信息技术股份有限公司",
      "长沙市科学技术局",
      "国家超级计算长沙中心",
    ]) {
      expect(names, name).toContain(name);
    }
    expect(records.find((r) => r.name === "国防科技大学")?.kind).toBe("university");
  });

  it("passes EntityCreateSchema unchanged, with zones inside their districts", () => {
    for (const record of records) {
      expect(EntityCreateSchema.parse(record)).toEqual(record);
      if (record.zoneCode) expect(zoneByCode(record.zoneCode)?.districtCodes).toContain(record.districtCode);
    }
  });

  it("uses synthetic, valid, unique codes that are recognisably demo codes", () => {
    for (const record of records) {
      expect(isValidUscc(record.uscc)).toBe(true);
      expect(isDemoUscc(record.uscc)).toBe(true);
      expect(record.uscc.slice(8, 14)).toBe("RDCDEM");
      expect(record.uscc.slice(2, 8)).toBe(record.districtCode);
    }
    expect(new Set(records.map((r) => r.uscc)).size).toBe(records.length);
  });

  it("carries no personal data and no guessed flags", () => {
    for (const record of records) {
      expect(record.contactName ?? null).toBeNull();
      expect(record.contactPhone ?? null).toBeNull();
      expect(record.littleGiant).toBe("none");
      expect(record.isHighTech).toBe(false);
    }
  });

  it("has distinct names and name signatures, and says where each name comes from", () => {
    expect(new Set(records.map((r) => r.name)).size).toBe(records.length);
    expect(new Set(records.map((r) => nameSignature(r.name))).size).toBe(records.length);
    for (const r of REAL_ENTITIES) expect(["plan-2023", "public"]).toContain(r.source);
  });

  it("joins the generated entities into a demo registry of more than 500", () => {
    const demo = demoEntities();
    expect(demo.length).toBeGreaterThan(500);
    expect(new Set(demo.map((e) => e.uscc)).size).toBe(demo.length);
    expect(new Set(demo.map((e) => nameSignature(e.name))).size).toBe(demo.length);
    expect(new Set(demo.map((e) => e.districtCode)).size).toBe(9);
    expect(new Set(demo.flatMap((e) => e.industries)).size).toBe(13);
  });
});
