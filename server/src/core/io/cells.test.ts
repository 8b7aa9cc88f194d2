import { describe, expect, it } from "vitest";
import { parseBoolean, parseDate, parseInteger, parseList, parseNumber, unguard } from "./cells.js";

describe("cell parsers", () => {
  it("booleans in Chinese and English", () => {
    for (const t of ["是", "Y", "y", "yes", "YES", "true", "TRUE", "1", "✓", "√", "１"])
      expect(parseBoolean(t)).toBe(true);
    for (const t of ["否", "N", "no", "False", "0", "×"]) expect(parseBoolean(t)).toBe(false);
    for (const t of ["是的", "maybe", "2", "-"]) expect(parseBoolean(t)).toBeNull();
  });

  it("lists on every usual separator", () => {
    expect(parseList("工程机械，新材料、生物医药;电子信息；航空航天|先进储能材料,")).toEqual([
      "工程机械",
      "新材料",
      "生物医药",
      "电子信息",
      "航空航天",
      "先进储能材料",
    ]);
    expect(parseList("一\n二")).toEqual(["一", "二"]);
    expect(parseList(" 、 ,")).toEqual([]);
  });

  it("dates in the forms people type, and Excel serial numbers", () => {
    expect(parseDate("2021-05-06")).toBe("2021-05-06");
    expect(parseDate("2021/5/6")).toBe("2021-05-06");
    expect(parseDate("2021.05.06")).toBe("2021-05-06");
    expect(parseDate("2021年5月6日")).toBe("2021-05-06");
    expect(parseDate("２０２１年５月６日")).toBe("2021-05-06");
    expect(parseDate("20210506")).toBe("2021-05-06");
    expect(parseDate("2021-05-06 08:30:00")).toBe("2021-05-06");
    expect(parseDate("44322")).toBe("2021-05-06");
    expect(parseDate("44322.75")).toBe("2021-05-06");
    expect(parseDate("61")).toBe("1900-03-01");
    expect(parseDate("2024-02-29")).toBe("2024-02-29");
  });

  it("refuses impossible or ambiguous dates", () => {
    for (const t of [
      "2023-02-29",
      "2021-13-01",
      "2021-00-10",
      "2021-04-31",
      "06/05/2021",
      "5月6日",
      "60",
      "0",
      "abc",
      "2021-5",
    ]) {
      expect(parseDate(t), t).toBeNull();
    }
  });

  it("integers and numbers, with full-width digits and thousands separators", () => {
    expect(parseInteger("1,234,567")).toBe(1234567);
    expect(parseInteger("１２")).toBe(12);
    expect(parseInteger("-7")).toBe(-7);
    expect(parseInteger("12.0")).toBe(12);
    for (const t of ["12.5", "1e3", "9007199254740993", "abc", "1,23"]) expect(parseInteger(t), t).toBeNull();
    expect(parseNumber("3.14")).toBe(3.14);
    expect(parseNumber("1,234.5")).toBe(1234.5);
    expect(parseNumber("-.5")).toBe(-0.5);
    expect(parseNumber("1e3")).toBe(1000);
    for (const t of ["1.2.3", "12%", "", "--1"]) expect(parseNumber(t), t).toBeNull();
  });

  it("removes the export's formula guard", () => {
    expect(unguard("'=1+1")).toBe("=1+1");
    expect(unguard("'+86 138")).toBe("+86 138");
    expect(unguard("'plain")).toBe("'plain");
  });
});
