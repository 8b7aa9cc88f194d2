import { PassThrough } from "node:stream";
import { crc32 } from "node:zlib";
import ExcelJS from "exceljs";
import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import { AppError } from "../errors.js";
import { readTable } from "./read-table.js";

async function xlsx(build: (wb: ExcelJS.Workbook) => void): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  build(wb);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** A workbook from exceljs's streaming writer: inline strings, no sharedStrings.xml, data descriptors. */
async function streamedXlsx(rows: unknown[][]): Promise<Buffer> {
  const out = new PassThrough();
  const parts: Buffer[] = [];
  out.on("data", (chunk: Buffer) => parts.push(chunk));
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useSharedStrings: false });
  const ws = wb.addWorksheet("数据");
  for (const row of rows) ws.addRow(row).commit();
  ws.commit();
  await wb.commit();
  return Buffer.concat(parts);
}

/** A one-file ZIP (stored), for archives that are not workbooks. */
function zipOf(name: string, content: string): Buffer {
  const data = Buffer.from(content);
  const nameBytes = Buffer.from(name);
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt32LE(crc32(data), 14);
  local.writeUInt32LE(data.length, 18);
  local.writeUInt32LE(data.length, 22);
  local.writeUInt16LE(nameBytes.length, 26);
  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0);
  central.writeUInt32LE(crc32(data), 16);
  central.writeUInt32LE(data.length, 20);
  central.writeUInt32LE(data.length, 24);
  central.writeUInt16LE(nameBytes.length, 28);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(1, 8);
  end.writeUInt16LE(1, 10);
  end.writeUInt32LE(46 + nameBytes.length, 12);
  end.writeUInt32LE(30 + nameBytes.length + data.length, 16);
  return Buffer.concat([local, nameBytes, data, central, nameBytes, end]);
}

async function refusal(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

describe("readTable — CSV", () => {
  it("parses quoted fields with delimiters, doubled quotes and line breaks, numbering rows as a spreadsheet", async () => {
    const csv = '名称,备注,代码\r\n"长沙,某某公司","他说""好""",1\r\n\r\n"多行\n备注",  x  ,2\r\n';
    const table = await readTable(Buffer.from(csv), "a.csv");
    expect(table).toMatchObject({ format: "csv", encoding: "utf-8", headers: ["名称", "备注", "代码"] });
    expect(table.rows).toEqual([
      { rowNumber: 2, cells: ["长沙,某某公司", '他说"好"', "1"] },
      { rowNumber: 4, cells: ["多行\n备注", "x", "2"] },
    ]);
  });

  it("strips a UTF-8 BOM and pads short rows to the header's width", async () => {
    const table = await readTable(Buffer.from("\uFEFF名称,代码\n湖南大学\n"), "a.csv");
    expect(table.headers).toEqual(["名称", "代码"]);
    expect(table.rows).toEqual([{ rowNumber: 2, cells: ["湖南大学", ""] }]);
  });

  it("detects GBK/GB18030 with Chinese content", async () => {
    const csv = "名称,统一社会信用代码,所在区县\n长沙市某某科技有限公司,91430100MA4L123456,岳麓区\n";
    for (const text of [csv, "名称\n湘\n"]) {
      const table = await readTable(iconv.encode(text, "gbk"), "gbk.csv");
      expect(table.encoding).toBe("gb18030");
      expect([table.headers, ...table.rows.map((r) => r.cells)].map((r) => r.join(",")).join("\n")).toBe(
        text.trim(),
      );
    }
  });

  it("reads UTF-16 with a BOM (Excel's Unicode text) and tab or semicolon separators", async () => {
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from("名称\t代码\n长沙\t1\n", "utf16le")]);
    expect(await readTable(utf16, "a.txt")).toMatchObject({
      encoding: "utf-16le",
      headers: ["名称", "代码"],
    });
    const be = Buffer.from("\uFEFF名称\t代码\n长沙\t1\n", "utf16le").swap16();
    expect((await readTable(be, "a.txt")).rows[0]?.cells).toEqual(["长沙", "1"]);
    const semi = await readTable(Buffer.from("name;code\nA;1\n"), "a.csv");
    expect(semi.rows[0]?.cells).toEqual(["A", "1"]);
    const commaWins = await readTable(Buffer.from("name,code;x\nA,1;2\n"), "a.csv");
    expect(commaWins.headers).toEqual(["name", "code;x"]);
  });

  it("refuses other encodings", async () => {
    for (const [text, encoding] of [
      ["名稱,代碼\n臺北市某某科技有限公司,1\n", "big5"],
      ["名前,コード\n東京都のテスト株式会社,1\n", "shift_jis"],
      ["name,city\nCafé Müller,Zürich\n", "latin1"],
    ] as const) {
      expect((await refusal(readTable(iconv.encode(text, encoding), "a.csv"))).code).toBe(
        "file_encoding_unsupported",
      );
    }
  });

  it("refuses empty and header-only files", async () => {
    for (const content of ["", "\uFEFF", " \r\n\r\n", "名称,代码\n", "名称,代码\n , \n,,\n"]) {
      expect((await refusal(readTable(Buffer.from(content), "a.csv"))).code).toBe("file_empty");
    }
  });

  it("refuses binary content, old .xls and HTML", async () => {
    const random = Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919 + 13) % 256));
    expect((await refusal(readTable(random, "a.csv"))).code).toBe("file_format_unknown");
    const ole2 = Buffer.concat([
      Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]),
      Buffer.alloc(600),
    ]);
    expect((await refusal(readTable(ole2, "a.xls"))).code).toBe("file_format_unknown");
    const html = Buffer.from("<html><body><table><tr><td>名称</td></tr></table></body></html>");
    expect((await refusal(readTable(html, "export.xls"))).code).toBe("file_format_unknown");
  });

  it("refuses 10 000 columns quickly, too many rows, and oversized files", async () => {
    const wide = `${Array.from({ length: 10_000 }, (_, i) => `c${i}`).join(",")}\n${"1,".repeat(9_999)}1\n`;
    const started = Date.now();
    const wideError = await refusal(readTable(Buffer.from(wide), "wide.csv"));
    expect(wideError.code).toBe("file_too_many_columns");
    expect(wideError.params).toEqual({ count: 10_000, limit: 200 });
    expect(Date.now() - started).toBeLessThan(1000);
    const long = Buffer.from(`a\n${"x\n".repeat(4)}`);
    expect((await readTable(long, "a.csv", { maxRows: 4 })).rows).toHaveLength(4);
    const tooLong = await refusal(readTable(long, "a.csv", { maxRows: 3 }));
    expect([tooLong.code, tooLong.params]).toEqual(["file_too_many_rows", { limit: 3 }]);
    const big = await refusal(
      readTable(Buffer.alloc(2 * 1024 * 1024, 0x61), "a.csv", { maxBytes: 1024 * 1024 }),
    );
    expect([big.code, big.params]).toEqual(["payload_too_large", { limit: "1 MB" }]);
  });

  it("never crashes on arbitrary bytes", async () => {
    let state = 11;
    const rnd = () => {
      state = (state * 1103515245 + 12345) & 0x7fffffff;
      return state / 0x7fffffff;
    };
    const alphabet = Buffer.from(',"\r\n\t;名称长沙abc 123', "utf8");
    for (let k = 0; k < 300; k++) {
      const texty = k % 2 === 0;
      const bytes = Array.from({ length: Math.floor(rnd() * 400) }, () =>
        texty ? alphabet[Math.floor(rnd() * alphabet.length)]! : Math.floor(rnd() * 256),
      );
      const outcome = await readTable(Buffer.from(bytes), "a.csv").then(
        () => "ok",
        (e: unknown) => (e instanceof AppError ? "refused" : String(e)),
      );
      expect(outcome).toMatch(/^(ok|refused)$/);
    }
  });

  it("reads a CSV someone named .xlsx, but calls binary under that name damaged", async () => {
    expect((await readTable(Buffer.from("a,b\n1,2\n"), "renamed.xlsx")).format).toBe("csv");
    const binary = Buffer.from(Array.from({ length: 512 }, (_, i) => i % 256));
    expect((await refusal(readTable(binary, "broken.xlsx"))).code).toBe("file_unreadable");
  });
});

describe("readTable — XLSX", () => {
  it("reads the first sheet as text: long codes, rich text, dates, formulas, numbers, booleans", async () => {
    const buffer = await xlsx((wb) => {
      const ws = wb.addWorksheet("主体");
      ws.addRow(["代码", "名称", "成立日期", "合计", "比例", "上市", "链接"]);
      ws.addRow([
        Number("913201001234567890"), // an 18-digit code typed into a General cell
        { richText: [{ text: "长沙" }, { text: "某某", font: { bold: true } }, { text: "公司" }] },
        new Date(Date.UTC(2021, 4, 6)),
        { formula: "1+2", result: 3 },
        0.1 + 0.2,
        true,
        { text: "官网", hyperlink: "https://example.cn" },
      ]);
      ws.addRow([]);
      ws.addRow([
        "  12430000444885040X  ",
        "湖南大学",
        "2021-05-06",
        { formula: '"a"&"b"', result: "ab" },
        1e21,
      ]);
      ws.getCell("C4").numFmt = "@";
      wb.addWorksheet("说明").addRow(["not", "this", "sheet"]);
    });
    const table = await readTable(buffer, "a.xlsx");
    expect(table).toMatchObject({ format: "xlsx", encoding: null });
    expect(table.headers).toEqual(["代码", "名称", "成立日期", "合计", "比例", "上市", "链接"]);
    expect(table.rows).toEqual([
      // Excel keeps 15 significant digits of a number (exceljs writes it so); it must not read as 9.13e+17.
      {
        rowNumber: 2,
        cells: ["913201001234568000", "长沙某某公司", "2021-05-06", "3", "0.3", "TRUE", "官网"],
      },
      {
        rowNumber: 4,
        cells: ["12430000444885040X", "湖南大学", "2021-05-06", "ab", "1000000000000000000000", "", ""],
      },
    ]);
  });

  it("takes the leftmost tab even when it is not sheet1.xml, and starts at the first non-empty row", async () => {
    const buffer = await xlsx((wb) => {
      wb.addWorksheet("Notes").addRow(["wrong"]);
      const data = wb.addWorksheet("数据");
      data.getCell("A3").value = "名称";
      data.getCell("A4").value = "长沙";
    });
    // exceljs writes sheets in creation order; swap the tab order in the workbook instead.
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(buffer as unknown as ExcelJS.Buffer);
    const reordered = new ExcelJS.Workbook();
    for (const name of ["数据", "Notes"]) {
      const target = reordered.addWorksheet(name);
      wb.getWorksheet(name)?.eachRow((row, n) => {
        target.getRow(n).values = row.values as ExcelJS.CellValue[];
      });
    }
    const table = await readTable(Buffer.from(await reordered.xlsx.writeBuffer()), "a.xlsx");
    expect(table.headers).toEqual(["名称"]);
    expect(table.rows).toEqual([{ rowNumber: 4, cells: ["长沙"] }]);
  });

  it("reads workbooks from exceljs's streaming writer (no shared strings, data descriptors)", async () => {
    const buffer = await streamedXlsx([["名称", "代码"], ["长沙", 1], [], ["湘潭", 2]]);
    const table = await readTable(buffer, "stream.xlsx");
    expect(table.rows).toEqual([
      { rowNumber: 2, cells: ["长沙", "1"] },
      { rowNumber: 4, cells: ["湘潭", "2"] },
    ]);
  });

  it("ignores styled empty cells but refuses 10 000 columns quickly", async () => {
    const styled = await xlsx((wb) => {
      const ws = wb.addWorksheet("a");
      ws.addRow(["名称"]);
      ws.addRow(["长沙"]);
      ws.getCell("KZ1").fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFFF0000" } };
    });
    expect((await readTable(styled, "a.xlsx")).headers).toEqual(["名称"]);

    const wide = await streamedXlsx([Array.from({ length: 10_000 }, (_, i) => `c${i}`), [1, 2, 3]]);
    const started = Date.now();
    const error = await refusal(readTable(wide, "wide.xlsx"));
    expect([error.code, error.params]).toEqual(["file_too_many_columns", { count: 10_000, limit: 200 }]);
    expect(Date.now() - started).toBeLessThan(3000);
  });

  it("stops at the row limit and refuses header-only sheets", async () => {
    const buffer = await streamedXlsx([["a"], ...Array.from({ length: 10 }, (_, i) => [i])]);
    expect((await refusal(readTable(buffer, "a.xlsx", { maxRows: 5 }))).code).toBe("file_too_many_rows");
    const headerOnly = await xlsx((wb) => wb.addWorksheet("a").addRow(["名称", "代码"]));
    expect((await refusal(readTable(headerOnly, "a.xlsx"))).code).toBe("file_empty");
  });

  it("calls truncated or corrupted workbooks unreadable and other archives unknown", async () => {
    const buffer = await xlsx((wb) => {
      const ws = wb.addWorksheet("a");
      ws.addRow(["名称"]);
      for (let i = 0; i < 200; i++) ws.addRow([`长沙某某科技有限公司${i}`]);
    });
    for (const cut of [0.3, 0.6, 0.9]) {
      const truncated = buffer.subarray(0, Math.floor(buffer.length * cut));
      expect((await refusal(readTable(truncated, "a.xlsx"))).code).toBe("file_unreadable");
    }
    const corrupted = Buffer.from(buffer);
    for (let i = 200; i < corrupted.length - 400; i += 50) corrupted[i] = (corrupted[i] ?? 0) ^ 0xa5;
    expect((await refusal(readTable(corrupted, "a.xlsx"))).code).toMatch(
      /^file_(unreadable|format_unknown)$/,
    );
    const docx = zipOf("word/document.xml", "<w:document/>");
    expect((await refusal(readTable(docx, "a.xlsx"))).code).toBe("file_format_unknown");
  });
});
