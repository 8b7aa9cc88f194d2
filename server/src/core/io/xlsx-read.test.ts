import { crc32, inflateRawSync } from "node:zlib";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { AppError } from "../errors.js";
import { readTable } from "./read-table.js";
import { DEFAULT_TABLE_LIMITS } from "./table.js";
import { cellText, numberText, readXlsx } from "./xlsx-read.js";

/** The parts of a ZIP, inflated. */
function unzip(zip: Buffer): Map<string, Buffer> {
  const parts = new Map<string, Buffer>();
  const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 5, 6]));
  let p = zip.readUInt32LE(end + 16);
  for (let i = 0; i < zip.readUInt16LE(end + 10); i++) {
    const nameLength = zip.readUInt16LE(p + 28);
    const name = zip.toString("utf8", p + 46, p + 46 + nameLength);
    const local = zip.readUInt32LE(p + 42);
    const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
    const data = zip.subarray(start, start + zip.readUInt32LE(p + 20));
    parts.set(name, zip.readUInt16LE(p + 10) === 8 ? inflateRawSync(data) : data);
    p += 46 + nameLength + zip.readUInt16LE(p + 30) + zip.readUInt16LE(p + 32);
  }
  return parts;
}

/** A ZIP of stored parts. */
function zip(parts: Map<string, Buffer>): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [name, data] of parts) {
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
    central.writeUInt32LE(offset, 42);
    locals.push(local, nameBytes, data);
    centrals.push(central, nameBytes);
    offset += 30 + nameBytes.length + data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(parts.size, 8);
  end.writeUInt16LE(parts.size, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

async function sample(rows = 30): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("a");
  ws.addRow(["名称", "代码", "日期"]);
  for (let i = 0; i < rows; i++)
    ws.addRow([`长沙某某科技有限公司${i}`, i, new Date(Date.UTC(2020, 1, (i % 28) + 1))]);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** Resolves or fails with an AppError, within two seconds: never a crash, never a hang. */
async function settles(buffer: Buffer): Promise<string> {
  const timeout = new Promise<string>((resolve) => setTimeout(() => resolve("hang"), 2000));
  const read = readTable(buffer, "f.xlsx").then(
    () => "ok",
    (e: unknown) => (e instanceof AppError ? e.code : `crash: ${String(e)}`),
  );
  return Promise.race([read, timeout]);
}

function random(seed: number) {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) & 0x7fffffff;
    return state / 0x7fffffff;
  };
}

describe("readXlsx on damaged input", () => {
  it("never crashes or hangs on damaged archives", async () => {
    const base = await sample();
    const rnd = random(42);
    const outcomes = new Set<string>();
    for (let k = 0; k < 150; k++) {
      const damaged = Buffer.from(base);
      for (let j = 0; j < 1 + rnd() * 6; j++)
        damaged[Math.floor(rnd() * damaged.length)] = Math.floor(rnd() * 256);
      outcomes.add(await settles(damaged));
    }
    expect(
      [...outcomes].filter((o) => !/^(ok|file_unreadable|file_format_unknown|file_empty)$/.test(o)),
    ).toEqual([]);
  }, 60_000);

  it("never crashes or hangs on malformed XML in any part it reads", async () => {
    const parts = unzip(await sample());
    const names = [
      "xl/worksheets/sheet1.xml",
      "xl/sharedStrings.xml",
      "xl/styles.xml",
      "xl/workbook.xml",
      "xl/_rels/workbook.xml.rels",
    ];
    const inserts = [
      '<c r="ZZZZZZ1"><v>1</v></c>',
      '<row r="-5">',
      "&#0;",
      "<c><v>x</v></c>",
      "]]>",
      '<c r="A1" t="s"><v>99999</v></c>',
      "<si>",
    ];
    const rnd = random(7);
    const outcomes = new Set<string>();
    for (let k = 0; k < 200; k++) {
      const name = names[k % names.length]!;
      const text = parts.get(name)!.toString("utf8");
      const at = Math.floor(rnd() * text.length);
      const mode = k % 3;
      const broken =
        mode === 0
          ? text.slice(0, at)
          : mode === 1
            ? text.slice(0, at) + inserts[Math.floor(rnd() * inserts.length)] + text.slice(at)
            : text.slice(0, at) + "<>/\"'=&"[Math.floor(rnd() * 7)] + text.slice(at + 1);
      outcomes.add(await settles(zip(new Map([...parts, [name, Buffer.from(broken)]]))));
    }
    expect(
      [...outcomes].filter((o) => !/^(ok|file_unreadable|file_format_unknown|file_empty)$/.test(o)),
    ).toEqual([]);
  }, 60_000);

  it("finds parts whose relations are damaged at their usual places, and refuses empty parts", async () => {
    const parts = unzip(await sample(3));
    const rels = parts
      .get("xl/_rels/workbook.xml.rels")!
      .toString("utf8")
      .replace(/Target="sharedStrings.xml"/, 'T=rget="x"');
    const table = await readTable(
      zip(new Map([...parts, ["xl/_rels/workbook.xml.rels", Buffer.from(rels)]])),
      "a.xlsx",
    );
    expect(table.rows[0]?.cells[0]).toBe("长沙某某科技有限公司0");
    const empty = zip(new Map([...parts, ["xl/sharedStrings.xml", Buffer.alloc(0)]]));
    expect(await settles(empty)).toBe("file_unreadable");
  });

  it("gives up on a reader that stops producing rows", async () => {
    const buffer = await sample(20_000); // its shared strings take longer to parse than the stall allowed here
    const error = await readXlsx(buffer, DEFAULT_TABLE_LIMITS, 0).catch((e: unknown) => e);
    expect((error as AppError).code).toBe("file_unreadable");
  }, 30_000);

  it("reads dates of workbooks on the 1904 date system", async () => {
    const wb = new ExcelJS.Workbook();
    wb.properties.date1904 = true;
    const ws = wb.addWorksheet("a");
    ws.addRow(["日期"]);
    ws.addRow([new Date(Date.UTC(2021, 4, 6))]);
    const table = await readTable(Buffer.from(await wb.xlsx.writeBuffer()), "a.xlsx");
    expect(table.rows[0]?.cells).toEqual(["2021-05-06"]);
  });
});

describe("cell values as text", () => {
  it("writes numbers as typed, without exponents or binary noise", () => {
    expect(numberText(913201001234568000)).toBe("913201001234568000");
    expect(numberText(1e21)).toBe("1000000000000000000000");
    expect(numberText(0.1 + 0.2)).toBe("0.3");
    expect(numberText(1.5e-7)).toBe("0.00000015");
    expect(numberText(-2.5)).toBe("-2.5");
    expect(numberText(Number.NaN)).toBe("");
  });

  it("reads every kind of exceljs value", () => {
    expect(cellText({ richText: [{ text: "长" }, { text: "沙" }] })).toBe("长沙");
    expect(cellText({ formula: "A1", result: 3 })).toBe("3");
    expect(cellText({ sharedFormula: "A1", result: "x" })).toBe("x");
    expect(cellText({ formula: "1/0", result: { error: "#DIV/0!" } })).toBe("#DIV/0!");
    expect(cellText({ text: "官网", hyperlink: "https://example.cn" })).toBe("官网");
    expect(cellText(new Date(Date.UTC(2021, 4, 6, 8, 30)))).toBe("2021-05-06 08:30:00");
    expect(cellText(false)).toBe("FALSE");
    expect(cellText({ sharedString: 3 })).toBe("");
  });
});
