import { PassThrough, Readable } from "node:stream";
import { setImmediate as nextTurn } from "node:timers/promises";
import type { Lang } from "@rdcity/common";
import ExcelJS from "exceljs";

/** A column of an export: the record key and the header to print. */
export interface ExportColumn {
  key: string;
  header: string;
  /** Width in characters (XLSX); measured from the header and the first rows when absent. */
  width?: number;
}

export type ExportRows = AsyncIterable<Record<string, unknown>> | Iterable<Record<string, unknown>>;

const BOM = "\uFEFF";
const CHUNK_CHARS = 64 * 1024;
const WIDTH_SAMPLE_ROWS = 100;
/** Made once: building an Intl formatter per value costs more than writing the row. */
const SHANGHAI = new Intl.DateTimeFormat("sv-SE", {
  timeZone: "Asia/Shanghai",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
  second: "2-digit",
  hourCycle: "h23",
});

/**
 * A value as people read it: lists joined with 、, booleans 是/否 or Yes/No, timestamps YYYY-MM-DD HH:mm:ss in
 * Asia/Shanghai (YYYY-MM-DD at midnight), nothing for null and undefined.
 */
export function formatValue(value: unknown, lang: Lang): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "string") return value;
  if (typeof value === "boolean") return lang === "en-US" ? (value ? "Yes" : "No") : value ? "是" : "否";
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : "";
  if (typeof value === "bigint") return String(value);
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return "";
    const full = SHANGHAI.format(value);
    return full.endsWith(" 00:00:00") ? full.slice(0, 10) : full;
  }
  if (Array.isArray(value)) return value.map((item) => formatValue(item, lang)).join("、");
  return JSON.stringify(value);
}

/**
 * Neutralises CSV formula injection (OWASP): text that a spreadsheet would run as a formula gets a leading `'`.
 * readTable's rowToRecord removes it again, so an export can be re-imported.
 */
export function guardFormula(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

function csvField(value: unknown, lang: Lang): string {
  const text =
    typeof value === "number" || typeof value === "bigint"
      ? formatValue(value, lang)
      : guardFormula(formatValue(value, lang));
  return /[",\r\n]|^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

async function* csvChunks(
  columns: readonly ExportColumn[],
  rows: ExportRows,
  lang: Lang,
): AsyncGenerator<Buffer> {
  let pending = `${BOM}${columns.map((c) => csvField(c.header, lang)).join(",")}\r\n`;
  for await (const row of rows) {
    pending += `${columns.map((c) => csvField(row[c.key], lang)).join(",")}\r\n`;
    if (pending.length >= CHUNK_CHARS) {
      yield Buffer.from(pending, "utf8");
      pending = "";
    }
  }
  yield Buffer.from(pending, "utf8");
}

/** CSV (UTF-8 with BOM, so that Excel reads Chinese; CRLF; RFC 4180 quoting) as a stream, read as it is consumed. */
export function csvStream(
  columns: readonly ExportColumn[],
  rows: ExportRows,
  lang: Lang = "zh-CN",
): Readable {
  return Readable.from(csvChunks(columns, rows, lang), { objectMode: false });
}

async function collect(stream: Readable): Promise<Buffer> {
  const parts: Buffer[] = [];
  for await (const chunk of stream) parts.push(chunk as Buffer);
  return Buffer.concat(parts);
}

/** The whole CSV in a Buffer; every row has been read when it resolves. */
export function writeCsv(
  columns: readonly ExportColumn[],
  rows: ExportRows,
  lang: Lang = "zh-CN",
): Promise<Buffer> {
  return collect(csvStream(columns, rows, lang));
}

/** Display width: CJK and other wide characters count two. */
function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text)
    width +=
      /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]|[\u{20000}-\u{3fffd}]/u.test(
        ch,
      )
        ? 2
        : 1;
  return width;
}

export function columnWidths(headers: readonly string[], sample: readonly string[][]): number[] {
  return headers.map((header, i) => {
    const widest = Math.max(displayWidth(header) + 2, ...sample.map((cells) => displayWidth(cells[i] ?? "")));
    return Math.min(60, Math.max(8, widest + 2));
  });
}

/** Excel's rules for sheet names: ≤ 31 characters, none of : \ / ? * [ ]. */
export function safeSheetName(name: string): string {
  return (
    name
      .replace(/[:\\/?*[\]]/g, " ")
      .trim()
      .slice(0, 31) || "Sheet1"
  );
}

function xlsxValue(value: unknown, lang: Lang): ExcelJS.CellValue {
  if (typeof value === "number" && Number.isFinite(value)) return value;
  const text = formatValue(value, lang);
  return text === "" ? null : text;
}

function drained(out: PassThrough): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      out.off("drain", done);
      out.off("close", done);
      resolve();
    };
    out.on("drain", done);
    out.on("close", done);
  });
}

async function writeXlsxTo(
  out: PassThrough,
  columns: readonly ExportColumn[],
  rows: ExportRows,
  sheetName: string,
  lang: Lang,
): Promise<void> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream: out,
    useStyles: true,
    useSharedStrings: false,
  });
  const sheet = workbook.addWorksheet(safeSheetName(sheetName), { views: [{ state: "frozen", ySplit: 1 }] });
  const buffered: ExcelJS.CellValue[][] = [];
  let started = false;
  const start = () => {
    const texts = buffered.map((values) => values.map((v) => (v === null ? "" : String(v))));
    const measured = columnWidths(
      columns.map((c) => c.header),
      texts,
    );
    sheet.columns = columns.map((c, i) => ({ key: c.key, width: c.width ?? measured[i] }));
    const header = sheet.addRow(columns.map((c) => c.header));
    header.font = { bold: true };
    header.commit();
    for (const values of buffered) sheet.addRow(values).commit();
    buffered.length = 0;
    started = true;
  };
  let written = 0;
  for await (const row of rows) {
    const values = columns.map((c) => xlsxValue(row[c.key], lang));
    if (!started) {
      buffered.push(values);
      if (buffered.length >= WIDTH_SAMPLE_ROWS) start();
      continue;
    }
    sheet.addRow(values).commit();
    if (++written % 200 === 0) {
      // Let the zip writer flush and a slow reader catch up rather than buffering the whole file.
      await nextTurn();
      if (out.writableNeedDrain) await drained(out);
      if (out.destroyed) return; // the reader went away: stop reading rows
    }
  }
  if (!started) start();
  sheet.commit();
  await workbook.commit();
}

/**
 * XLSX from exceljs's streaming writer: one sheet, bold frozen header, column widths from the header and the
 * first 100 rows. Numbers stay numbers; everything else is written as text (so long codes keep every digit).
 */
export function xlsxStream(
  columns: readonly ExportColumn[],
  rows: ExportRows,
  sheetName: string,
  lang: Lang = "zh-CN",
): Readable {
  const out = new PassThrough();
  writeXlsxTo(out, columns, rows, sheetName, lang).catch((error: unknown) => out.destroy(error as Error));
  return out;
}

/** The whole XLSX in a Buffer; every row has been read when it resolves. */
export function writeXlsx(
  columns: readonly ExportColumn[],
  rows: ExportRows,
  sheetName: string,
  lang: Lang = "zh-CN",
): Promise<Buffer> {
  return collect(xlsxStream(columns, rows, sheetName, lang));
}
