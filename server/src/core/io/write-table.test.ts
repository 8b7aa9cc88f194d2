import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { type ColumnSpec, mapHeaders } from "./columns.js";
import { rowToRecord } from "./map-rows.js";
import { readTable } from "./read-table.js";
import { csvStream, formatValue, writeCsv, writeXlsx, xlsxStream } from "./write-table.js";

const COLUMNS = [
  { key: "uscc", header: "统一社会信用代码" },
  { key: "name", header: "名称" },
  { key: "industries", header: "产业领域" },
  { key: "isListed", header: "上市企业" },
  { key: "staff", header: "员工人数" },
  { key: "note", header: "备注" },
];

const ROWS = [
  {
    uscc: "913201001234567890",
    name: "长沙某某科技有限公司",
    industries: ["工程机械", "新材料"],
    isListed: true,
    staff: -5,
    note: '含,逗号"引号"\n换行',
  },
  {
    uscc: "12430000444885040X",
    name: '=HYPERLINK("http://evil")',
    industries: [],
    isListed: false,
    staff: null,
    note: "+86 138",
  },
  { uscc: "X", name: "@SUM(A1)", isListed: undefined, note: "-1+2" },
];

async function* slowly<T>(items: T[]): AsyncGenerator<T> {
  for (const item of items) {
    await new Promise((resolve) => setImmediate(resolve));
    yield item;
  }
}

describe("formatValue", () => {
  it("formats lists, booleans, dates and empties for people", () => {
    expect(formatValue(["甲", "乙"], "zh-CN")).toBe("甲、乙");
    expect(formatValue(true, "zh-CN")).toBe("是");
    expect(formatValue(false, "en-US")).toBe("No");
    expect(formatValue(new Date("2024-01-04T16:00:00Z"), "zh-CN")).toBe("2024-01-05");
    expect(formatValue(new Date("2024-01-05T02:03:04Z"), "zh-CN")).toBe("2024-01-05 10:03:04");
    expect(formatValue(null, "zh-CN")).toBe("");
    expect(formatValue(3.5, "zh-CN")).toBe("3.5");
  });
});

describe("writeCsv", () => {
  it("writes UTF-8 with BOM, CRLF, RFC 4180 quoting and Chinese or English booleans", async () => {
    const csv = (await writeCsv(COLUMNS, ROWS.slice(0, 1), "zh-CN")).toString("utf8");
    expect(csv).toBe(
      '\uFEFF统一社会信用代码,名称,产业领域,上市企业,员工人数,备注\r\n913201001234567890,长沙某某科技有限公司,工程机械、新材料,是,-5,"含,逗号""引号""\n换行"\r\n',
    );
    const en = (await writeCsv(COLUMNS, ROWS.slice(1, 2), "en-US")).toString("utf8");
    expect(en.split("\r\n")[1]).toBe('12430000444885040X,"\'=HYPERLINK(""http://evil"")",,No,,\'+86 138');
  });

  it("guards cells that a spreadsheet would run as formulas, and the import undoes the guard", async () => {
    const csv = await writeCsv(COLUMNS, slowly(ROWS), "zh-CN");
    const lines = csv.toString("utf8").split("\r\n");
    expect(lines.at(-2)).toBe("X,'@SUM(A1),,,,'-1+2");
    const table = await readTable(csv, "export.csv");
    const spec: ColumnSpec[] = COLUMNS.map((c) => ({ key: c.key, headers: [c.header] }));
    const mapping = mapHeaders(table.headers, spec, "zh-CN");
    const names = table.rows.map((row) => rowToRecord(row, mapping, spec, "zh-CN").record.name);
    expect(names).toEqual(["长沙某某科技有限公司", '=HYPERLINK("http://evil")', "@SUM(A1)"]);
    expect(table.rows.map((r) => r.cells[5])).toEqual(['含,逗号"引号"\n换行', "'+86 138", "'-1+2"]);
  });

  it("streams: rows are read as the stream is consumed", async () => {
    let read = 0;
    function* many() {
      for (let i = 0; i < 50_000; i++) {
        read++;
        yield { uscc: String(i), name: `名称${i}` };
      }
    }
    const stream = csvStream(COLUMNS, many());
    const first = await new Promise<Buffer>((resolve) => stream.once("data", resolve));
    expect(first.length).toBeGreaterThan(0);
    expect(read).toBeLessThan(50_000);
    stream.destroy();
  });
});

describe("writeXlsx", () => {
  it("writes a named sheet with a bold, frozen header, widths, text codes and numbers", async () => {
    const buffer = await writeXlsx(COLUMNS, slowly(ROWS), "主体", "zh-CN");
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(buffer as unknown as ExcelJS.Buffer);
    const ws = wb.getWorksheet("主体")!;
    expect(ws).toBeDefined();
    expect(ws.getRow(1).values).toEqual([undefined, ...COLUMNS.map((c) => c.header)]);
    expect(ws.getRow(1).font?.bold).toBe(true);
    expect(ws.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
    expect(ws.getColumn(2).width).toBeGreaterThanOrEqual(20);
    expect(ws.getCell("A2").value).toBe("913201001234567890");
    expect(ws.getCell("C2").value).toBe("工程机械、新材料");
    expect(ws.getCell("D2").value).toBe("是");
    expect(ws.getCell("E2").value).toBe(-5);
    expect(ws.getCell("B3").value).toBe('=HYPERLINK("http://evil")');
    expect(ws.getCell("B3").formula).toBeUndefined();

    const table = await readTable(buffer, "export.xlsx");
    expect(table.rows.map((r) => r.rowNumber)).toEqual([2, 3, 4]);
    expect(table.rows[0]?.cells[0]).toBe("913201001234567890");
  });

  it("keeps sheet names within Excel's rules and stops reading rows when the reader goes away", async () => {
    const buffer = await writeXlsx(COLUMNS, [], "a/b:c*d?[e]".repeat(5), "en-US");
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(buffer as unknown as ExcelJS.Buffer);
    expect(wb.worksheets[0]?.name).toMatch(/^[^:\\/?*[\]]{1,31}$/);

    let read = 0;
    function* endless() {
      for (;;) {
        read++;
        yield { uscc: String(read), name: "长沙某某科技有限公司".repeat(5) };
      }
    }
    const stream = xlsxStream(COLUMNS, endless(), "主体");
    await new Promise((resolve) => stream.once("data", resolve));
    stream.destroy();
    await new Promise((resolve) => setTimeout(resolve, 100));
    const after = read;
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(read).toBe(after);
  });
});
