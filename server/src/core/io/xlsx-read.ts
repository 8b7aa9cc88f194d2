import { Readable } from "node:stream";
import ExcelJS from "exceljs";
import { AppError } from "../errors.js";
import { type RawTable, TableBuilder, type TableLimits } from "./table.js";
import { firstSheetArchive, NotAWorkbook, ZipUnreadable } from "./xlsx-zip.js";

const pad = (n: number) => String(n).padStart(2, "0");

/** exceljs turns date-formatted numbers into Dates at UTC midnight (plus the time of day, if any). */
function dateText(d: Date): string {
  if (Number.isNaN(d.getTime())) return "";
  const day = `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
  const h = d.getUTCHours();
  const m = d.getUTCMinutes();
  const s = d.getUTCSeconds();
  return h || m || s ? `${day} ${pad(h)}:${pad(m)}:${pad(s)}` : day;
}

/**
 * A number as people typed it: no exponent for long integers (an 18-digit code stored as a number stays a digit
 * string; Excel itself keeps only 15 significant digits of it), no binary noise (0.1 + 0.2 → "0.3").
 */
export function numberText(n: number): string {
  if (!Number.isFinite(n)) return "";
  if (Number.isInteger(n)) return Math.abs(n) < 1e21 ? String(n) : BigInt(n).toString();
  const rounded = Number(n.toPrecision(15));
  const text = String(rounded);
  if (!text.includes("e")) return text;
  return rounded
    .toFixed(Math.min(100, Math.max(0, 15 - Math.floor(Math.log10(Math.abs(rounded))))))
    .replace(/\.?0+$/, "");
}

/** The text of an exceljs cell value of any kind. */
export function cellText(value: unknown): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "string") return value;
  if (typeof value === "number") return numberText(value);
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (value instanceof Date) return dateText(value);
  if (typeof value === "object") {
    const v = value as Record<string, unknown>;
    if (Array.isArray(v.richText))
      return v.richText.map((run: { text?: unknown }) => String(run.text ?? "")).join("");
    if ("formula" in v || "sharedFormula" in v) return cellText(v.result);
    if (typeof v.error === "string") return v.error;
    if ("text" in v) return cellText(v.text);
  }
  return "";
}

/** How long the reader may go without producing a row before we give up on it (exceljs can wait forever). */
export const XLSX_STALL_MS = 30_000;

/** Reads the first worksheet of an XLSX buffer, stopping as soon as a limit is passed. */
export async function readXlsx(
  buffer: Buffer,
  limits: TableLimits,
  stallMs = XLSX_STALL_MS,
): Promise<RawTable> {
  let chunks: Buffer[];
  try {
    chunks = await firstSheetArchive(buffer);
  } catch (error) {
    if (error instanceof NotAWorkbook) throw new AppError("file_format_unknown");
    if (error instanceof ZipUnreadable) throw new AppError("file_unreadable");
    throw error;
  }
  const input = Readable.from(chunks);
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(input, {
    worksheets: "emit",
    sharedStrings: "cache",
    styles: "cache",
    hyperlinks: "ignore",
    entries: "ignore",
  });
  const table = new TableBuilder(limits);
  let lastRowAt = Date.now();
  const consume = async () => {
    for await (const sheet of reader) {
      for await (const row of sheet) {
        lastRowAt = Date.now();
        // Styled but empty cells far to the right do not count; a value there does.
        let last = row.cellCount;
        while (last > 0 && cellText(row.findCell(last)?.value) === "") last--;
        if (last > limits.maxColumns) {
          throw new AppError("file_too_many_columns", { count: last, limit: limits.maxColumns });
        }
        const cells: string[] = [];
        for (let c = 1; c <= last; c++) cells.push(cellText(row.findCell(c)?.value));
        table.add(row.number, cells);
      }
      break;
    }
  };
  let watchdog: NodeJS.Timeout | undefined;
  const stalled = new Promise<never>((_, reject) => {
    watchdog = setInterval(
      () => {
        if (Date.now() - lastRowAt > stallMs) reject(new AppError("file_unreadable"));
      },
      Math.max(1, Math.min(1000, stallMs / 4)),
    );
  });
  const work = consume();
  work.catch(() => {}); // settled by the race below; a late failure after a stall is not news
  try {
    await Promise.race([work, stalled]);
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw new AppError("file_unreadable");
  } finally {
    clearInterval(watchdog);
    input.destroy();
  }
  return table.finish("xlsx", null);
}
