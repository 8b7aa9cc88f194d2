import { describe, expect, it } from "vitest";
import { z } from "zod";
import { AppError } from "../errors.js";
import { type ColumnSpec, mapHeaders, normalizeHeader } from "./columns.js";
import { rowToRecord, zodIssuesToRowErrors } from "./map-rows.js";
import { readTable } from "./read-table.js";

const COLUMNS: ColumnSpec[] = [
  { key: "uscc", headers: ["统一社会信用代码", "Unified social credit code", "USCC"], required: true },
  { key: "name", headers: ["名称", "Name", "企业名称"], required: true },
  { key: "isListed", headers: ["上市企业", "Listed"], parse: "boolean" },
  { key: "industries", headers: ["产业领域", "Industries"], parse: "list" },
  { key: "foundedOn", headers: ["成立日期", "Founded on"], parse: "date" },
  { key: "staff", headers: ["员工人数", "Staff"], parse: "integer" },
  { key: "revenue", headers: ["营业收入", "Revenue"], parse: "number" },
];

const Schema = z.object({
  uscc: z.string().refine((v) => v.length === 18, { params: { code: "uscc_length" } }),
  name: z.string().max(10),
  isListed: z.boolean().optional(),
  industries: z.array(z.enum(["A", "B"])).optional(),
  foundedOn: z.string().optional(),
  staff: z.number().int().min(1).optional(),
  revenue: z.number().optional(),
});

describe("normalizeHeader", () => {
  it("folds width and case and drops spaces, quotes and required markers", () => {
    expect(normalizeHeader(" 名称＊ ")).toBe("名称");
    expect(normalizeHeader("*名称（必填）")).toBe("名称");
    expect(normalizeHeader("ＵＳＣＣ")).toBe("uscc");
    expect(normalizeHeader("Unified  Social Credit Code (required)")).toBe("unifiedsocialcreditcode");
    expect(normalizeHeader("专精特新“小巨人”")).toBe(normalizeHeader("专精特新小巨人"));
    expect(normalizeHeader("统一社会\n信用代码")).toBe("统一社会信用代码");
  });
});

describe("mapHeaders", () => {
  it("matches Chinese, English, aliases and keys, and reports unknown and repeated headers", () => {
    const mapping = mapHeaders(
      ["企业名称*", "", "USCC", "Listed", "备注", "名称", "foundedOn"],
      COLUMNS,
      "zh-CN",
    );
    expect(mapping.byKey).toEqual({
      name: { index: 0, header: "企业名称*" },
      uscc: { index: 2, header: "USCC" },
      isListed: { index: 3, header: "Listed" },
      foundedOn: { index: 6, header: "foundedOn" },
    });
    expect(mapping.unknown).toEqual(["备注"]);
    expect(mapping.duplicates).toEqual(["名称"]);
  });

  it("names every missing required column in the caller's language", () => {
    for (const [lang, columns] of [
      ["zh-CN", "统一社会信用代码, 名称"],
      ["en-US", "Unified social credit code, Name"],
    ] as const) {
      try {
        mapHeaders(["上市企业"], COLUMNS, lang);
        expect.unreachable();
      } catch (error) {
        expect(error).toBeInstanceOf(AppError);
        expect([(error as AppError).code, (error as AppError).params]).toEqual([
          "header_missing",
          { columns },
        ]);
      }
    }
  });
});

describe("rowToRecord", () => {
  const headers = ["名称", "统一社会信用代码", "上市企业", "产业领域", "成立日期", "员工人数", "营业收入"];
  const mapping = mapHeaders(headers, COLUMNS, "zh-CN");

  it("converts cells and leaves empty ones out", () => {
    const row = {
      rowNumber: 2,
      cells: ["长沙某某", "91430100MA4L12345X", "是", "A、B", "2021/5/6", "1,200", "3.5"],
    };
    expect(rowToRecord(row, mapping, COLUMNS, "zh-CN")).toEqual({
      record: {
        name: "长沙某某",
        uscc: "91430100MA4L12345X",
        isListed: true,
        industries: ["A", "B"],
        foundedOn: "2021-05-06",
        staff: 1200,
        revenue: 3.5,
      },
      errors: [],
    });
    const sparse = rowToRecord(
      { rowNumber: 3, cells: ["'=长沙", "", "", "", "", "", ""] },
      mapping,
      COLUMNS,
      "zh-CN",
    );
    expect(sparse).toEqual({ record: { name: "=长沙" }, errors: [] });
  });

  it("reports bad cells with the row number and the file's header, in both languages", () => {
    const row = { rowNumber: 7, cells: ["x", "y", "也许", "", "2021-02-30", "十二", "很多"] };
    expect(rowToRecord(row, mapping, COLUMNS, "zh-CN").errors).toEqual([
      { row: 7, column: "上市企业", code: "bool_invalid", message: "上市企业应为 是/否" },
      { row: 7, column: "成立日期", code: "date_invalid", message: "成立日期应为 YYYY-MM-DD 格式的日期" },
      { row: 7, column: "员工人数", code: "integer_invalid", message: "员工人数类型错误，应为整数" },
      { row: 7, column: "营业收入", code: "number_invalid", message: "营业收入类型错误，应为数字" },
    ]);
    const en = mapHeaders(["Name", "USCC", "Listed"], COLUMNS, "en-US");
    expect(rowToRecord({ rowNumber: 4, cells: ["x", "y", "maybe"] }, en, COLUMNS, "en-US").errors).toEqual([
      { row: 4, column: "Listed", code: "bool_invalid", message: "Listed must be yes or no" },
    ]);
  });

  it("keeps the spreadsheet row numbers of a real file through to the errors", async () => {
    const csv = "名称,统一社会信用代码,上市企业\n甲,1,是\n\n乙,2,不知道\n";
    const table = await readTable(Buffer.from(csv), "a.csv");
    const m = mapHeaders(table.headers, COLUMNS, "zh-CN");
    const errors = table.rows.flatMap((row) => rowToRecord(row, m, COLUMNS, "zh-CN").errors);
    expect(errors.map((e) => [e.row, e.column, e.code])).toEqual([[4, "上市企业", "bool_invalid"]]);
  });
});

describe("zodIssuesToRowErrors", () => {
  const mapping = mapHeaders(["企业名称", "USCC", "产业领域"], COLUMNS, "zh-CN");
  const issuesOf = (value: unknown) => {
    const result = Schema.safeParse(value);
    if (result.success) throw new Error("expected issues");
    return result.error.issues;
  };

  it("maps issue paths to the file's headers with localised messages", () => {
    const issues = issuesOf({ uscc: "123", name: "一个很长很长很长很长的名字", industries: ["A", "C"] });
    expect(zodIssuesToRowErrors(issues, 5, mapping, "zh-CN")).toEqual([
      { row: 5, column: "USCC", code: "uscc_length", message: "USCC应为 18 位" },
      { row: 5, column: "企业名称", code: "too_big", message: "企业名称最多 10 个字符" },
      { row: 5, column: "产业领域", code: "invalid_value", message: "产业领域取值无效，可选：A / B" },
    ]);
    expect(zodIssuesToRowErrors(issues, 5, mapping, "en-US")[0]).toEqual({
      row: 5,
      column: "USCC",
      code: "uscc_length",
      message: "USCC must have 18 characters",
    });
  });

  it("names absent columns in the caller's language and says a value is required", () => {
    const issues = issuesOf({ uscc: "123456789012345678", staff: 0 });
    const noName = mapHeaders(["USCC", "名称"], COLUMNS, "zh-CN");
    delete noName.byKey.name;
    expect(zodIssuesToRowErrors(issues, 3, noName, "en-US")).toEqual([
      { row: 3, column: "Name", code: "required", message: "Name is required" },
      { row: 3, column: "Staff", code: "too_small", message: "Staff must be at least 1" },
    ]);
  });

  it("accepts a function from key to header, and object-level issues have no column", () => {
    const issues = [{ code: "custom", path: [], params: { code: "name_chinese" } }];
    expect(zodIssuesToRowErrors(issues, 9, (key) => key.toUpperCase(), "zh-CN")).toEqual([
      { row: 9, column: null, code: "name_chinese", message: "须包含中文" },
    ]);
    const keyed = issuesOf({ uscc: "1", name: "x" }).slice(0, 1);
    expect(zodIssuesToRowErrors(keyed, 2, (key) => `<${key}>`, "zh-CN")[0]?.column).toBe("<uscc>");
  });
});
