import { isValidUscc } from "@rdcity/common";
import { describe, expect, it } from "vitest";
import { buildUscc, demoOrgCode, generatedOrgCode, isDemoUscc, usccCategoryFor } from "./demo-uscc.js";

describe("demo USCCs", () => {
  it("builds valid codes from category, district and organisation code", () => {
    const code = buildUscc("91", "430104", generatedOrgCode(0));
    expect(code).toMatch(/^91430104Y[0-9A-HJ-NPQRTUWXY]{8}[0-9A-HJ-NPQRTUWXY]$/);
    expect(isValidUscc(code)).toBe(true);
    expect(isValidUscc(buildUscc("12", "430182", demoOrgCode(7)))).toBe(true);
  });

  it("gives distinct organisation codes to distinct indices", () => {
    const seen = new Set<string>();
    for (let i = 0; i < 300_000; i++) seen.add(generatedOrgCode(i));
    for (let i = 31 ** 8 - 1000; i < 31 ** 8; i++) seen.add(generatedOrgCode(i));
    expect(seen.size).toBe(301_000);
  });

  it("does not make neighbouring indices look sequential", () => {
    const a = generatedOrgCode(1000);
    const b = generatedOrgCode(1001);
    const differing = [...a].filter((ch, i) => ch !== b[i]).length;
    expect(differing).toBeGreaterThan(4);
  });

  it("refuses indices outside the code space", () => {
    expect(() => generatedOrgCode(-1)).toThrow(RangeError);
    expect(() => generatedOrgCode(31 ** 8)).toThrow(RangeError);
    expect(() => generatedOrgCode(1.5)).toThrow(RangeError);
    expect(() => demoOrgCode(0)).toThrow(RangeError);
  });

  it("marks the real-organisation demo codes recognisably, and only them", () => {
    expect(demoOrgCode(12)).toBe("RDCDEM012");
    expect(isDemoUscc(buildUscc("91", "430121", demoOrgCode(12)))).toBe(true);
    expect(isDemoUscc(buildUscc("91", "430121", generatedOrgCode(12)))).toBe(false);
  });

  it("maps kinds to GB 32100 categories", () => {
    expect(usccCategoryFor("enterprise")).toBe("91");
    expect(usccCategoryFor("university")).toBe("12");
    expect(usccCategoryFor("institute")).toBe("12");
    expect(usccCategoryFor("hospital")).toBe("12");
    expect(usccCategoryFor("government")).toBe("11");
    expect(usccCategoryFor("other")).toBe("51");
    expect(usccCategoryFor("other", true)).toBe("52");
  });
});
