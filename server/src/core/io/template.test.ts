import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { type ColumnSpec, mapHeaders } from "./columns.js";
import { rowToRecord } from "./map-rows.js";
import { readTable } from "./read-table.js";
import { templateFor } from "./template.js";

const COLUMNS: ColumnSpec[] = [
  { key: "uscc", headers: ["统一社会信用代码", "Unified social credit code", "USCC"], required: true },
  { key: "name", headers: ["名称", "Name"], required: true },
  {
    key: "districtCode",
    headers: ["所在区县", "District"],
    required: true,
    description: { zh: "岳麓区、芙蓉区等，或其代码", en: "Yuelu, Furong… or the code" },
  },
  { key: "isListed", headers: ["上市企业", "Listed"], parse: "boolean" },
  { key: "industries", headers: ["产业领域", "Industries"], parse: "list" },
  { key: "foundedOn", headers: ["成立日期", "Founded on"], parse: "date" },
];

describe("templateFor", () => {
  it("CSV: the header row only, in the caller's language, required columns marked", async () => {
    expect((await templateFor(COLUMNS, "zh-CN", "csv")).toString("utf8")).toBe(
      "\uFEFF统一社会信用代码*,名称*,所在区县*,上市企业,产业领域,成立日期\r\n",
    );
    expect((await templateFor(COLUMNS, "en-US", "csv")).toString("utf8")).toBe(
      "\uFEFFUnified social credit code*,Name*,District*,Listed,Industries,Founded on\r\n",
    );
  });

  it("XLSX: a data sheet with the header row and a notes sheet describing every column", async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await templateFor(COLUMNS, "zh-CN", "xlsx", "主体")) as unknown as ExcelJS.Buffer);
    expect(wb.worksheets.map((ws) => ws.name)).toEqual(["主体", "说明"]);
    const data = wb.worksheets[0]!;
    expect(data.rowCount).toBe(1);
    expect(data.getRow(1).values).toEqual([
      undefined,
      "统一社会信用代码*",
      "名称*",
      "所在区县*",
      "上市企业",
      "产业领域",
      "成立日期",
    ]);
    expect(data.getCell("A1").font?.bold).toBe(true);
    expect(data.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
    expect(data.getColumn(1).numFmt).toBe("@"); // long codes stay text when typed into the template
    expect(data.getColumn(6).numFmt).toBeUndefined();

    const notes = wb.worksheets[1]!;
    expect(notes.getRow(1).values).toEqual([undefined, "列名", "是否必填", "填写说明"]);
    expect(notes.getRow(2).values).toEqual([undefined, "统一社会信用代码", "是", "文本"]);
    expect(notes.getRow(4).values).toEqual([
      undefined,
      "所在区县",
      "是",
      "岳麓区、芙蓉区等，或其代码（文本）",
    ]);
    expect(String(notes.getCell("C5").value)).toContain("是/否");
    expect(String(notes.getCell("C7").value)).toContain("2024-01-31");

    const en = new ExcelJS.Workbook();
    await en.xlsx.load((await templateFor(COLUMNS, "en-US", "xlsx")) as unknown as ExcelJS.Buffer);
    expect(en.worksheets.map((ws) => ws.name)).toEqual(["Data", "Notes"]);
    expect(en.worksheets[0]?.getCell("A1").value).toBe("Unified social credit code*");
    expect(en.worksheets[1]?.getRow(5).values).toEqual([
      undefined,
      "Listed",
      "No",
      "Yes/No (also Y/N, 1/0, ✓)",
    ]);
  });

  it("round-trips: a filled-in template imports, an empty one is refused as empty", async () => {
    const buffer = await templateFor(COLUMNS, "en-US", "xlsx");
    expect((await readTable(buffer, "template.xlsx").catch((e: { code: string }) => e.code)) as string).toBe(
      "file_empty",
    );
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(buffer as unknown as ExcelJS.Buffer);
    wb.worksheets[0]!.addRow(["91430100MA4L12345X", "长沙某某", "岳麓区", "Y", "A, B", "2021/5/6"]);
    const table = await readTable(Buffer.from(await wb.xlsx.writeBuffer()), "filled.xlsx");
    const mapping = mapHeaders(table.headers, COLUMNS, "zh-CN");
    expect(rowToRecord(table.rows[0]!, mapping, COLUMNS, "zh-CN").record).toEqual({
      uscc: "91430100MA4L12345X",
      name: "长沙某某",
      districtCode: "岳麓区",
      isListed: true,
      industries: ["A", "B"],
      foundedOn: "2021-05-06",
    });
  });
});
