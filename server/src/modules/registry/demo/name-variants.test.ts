import { type EntityCreate, nameSignature } from "@rdcity/common";
import { describe, expect, it } from "vitest";
import { generateEntities } from "./generate-entities.js";
import { nameVariantsOf, toFullWidth, toHalfWidth } from "./name-variants.js";
import { REAL_ENTITIES } from "./real-entities.js";

/** 50 generated names covering every name form: bracketed regions, joint-stock firms, every kind. */
function sampleNames(): string[] {
  const pool = generateEntities({ count: 5_000, seed: "variants" });
  const take = (test: (e: EntityCreate) => boolean, n: number) =>
    pool
      .filter(test)
      .slice(0, n)
      .map((e) => e.name);
  return [
    ...take((e) => /（长沙）/.test(e.name), 8),
    ...take((e) => /（湖南）/.test(e.name), 4),
    ...take((e) => e.name.startsWith("湖南省") && e.kind === "enterprise", 2),
    ...take((e) => e.name.endsWith("股份有限公司"), 6),
    ...take((e) => e.name.endsWith("有限责任公司"), 4),
    ...take((e) => /^(湖南|长沙)[^省市]/.test(e.name) && e.name.endsWith("有限公司"), 10),
    ...take((e) => e.kind === "university", 3),
    ...take((e) => e.kind === "institute", 4),
    ...take((e) => e.kind === "hospital", 3),
    ...take((e) => e.kind === "government", 3),
    ...take((e) => e.kind === "other", 3),
  ];
}

describe("nameVariantsOf", () => {
  it("writes a bracketed-region company name the ways people do", () => {
    const variants = nameVariantsOf("星达（长沙）软件有限公司");
    for (const expected of [
      "星达(长沙)软件有限公司",
      "星达（长沙）软件有限责任公司",
      "星达（长沙）软件股份有限公司",
      "长沙市星达软件有限公司",
      "星达软件（长沙）有限公司",
      "星达软件有限公司",
      " 星达（长沙）软件有限公司 ",
      "星达（长沙）软件 有限公司",
    ]) {
      expect(variants).toContain(expected);
    }
    expect(variants).not.toContain("星达（长沙）软件有限公司");
    expect(new Set(variants).size).toBe(variants.length);
  });

  it("turns a 长沙市 prefix into brackets, and converts width both ways", () => {
    expect(nameVariantsOf("长沙市比亚迪汽车有限公司")).toContain("比亚迪汽车（长沙）有限公司");
    expect(nameVariantsOf("湖南ABC科技有限公司")).toContain("湖南ＡＢＣ科技有限公司");
    expect(toHalfWidth(toFullWidth("Co., Ltd. (Hunan)"))).toBe("Co., Ltd. (Hunan)");
  });

  it("gives variants that nameSignature folds to the name's own signature (50 generated names and the real ones)", () => {
    const names = sampleNames();
    expect(names).toHaveLength(50);
    let checked = 0;
    for (const name of [...names, ...REAL_ENTITIES.map((r) => r.name)]) {
      const signature = nameSignature(name);
      const variants = nameVariantsOf(name);
      expect(variants.length, name).toBeGreaterThanOrEqual(name.endsWith("公司") ? 6 : 2);
      for (const variant of variants) expect(nameSignature(variant), `${name} → ${variant}`).toBe(signature);
      checked += variants.length;
    }
    console.info(
      `nameVariantsOf: ${checked} variants of ${names.length + REAL_ENTITIES.length} names, all folded`,
    );
  });

  it("keeps distinct generated names apart: signature collision rate below 0.5 %", () => {
    const names = generateEntities({ count: 50_000, seed: "collisions" }).map((e) => e.name);
    const distinct = new Set(names);
    const signatures = new Set([...distinct].map(nameSignature));
    const collisionRate = 1 - signatures.size / distinct.size;
    console.info(
      `signature collisions: ${distinct.size - signatures.size} of ${distinct.size} distinct names (${(collisionRate * 100).toFixed(3)} %)`,
    );
    expect(collisionRate).toBeLessThan(0.005);
  });

  it("folds 长沙X有限公司 and 长沙市X有限公司", () => {
    expect(nameSignature("长沙市星达软件有限公司")).toBe(nameSignature("长沙星达软件有限公司"));
  });
});
