import { setImmediate as nextTurn } from "node:timers/promises";
import { AppError } from "../errors.js";
import { detectDelimiter, parseCsv } from "./csv-parse.js";
import { DEFAULT_TABLE_LIMITS, type RawTable, TableBuilder, type TableLimits } from "./table.js";
import { decodeText, looksBinary } from "./text-decode.js";
import { readXlsx } from "./xlsx-read.js";

export type { RawTable, TableLimits, TableRow } from "./table.js";
export { DEFAULT_TABLE_LIMITS } from "./table.js";

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const EMPTY_ZIP = [0x50, 0x4b, 0x05, 0x06];
const OLE2 = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
/** HTML or XML saved with a spreadsheet's name (as some systems "export to Excel"). */
const MARKUP = /^\s*<(?:!doctype|html|\?xml|table|head|body|workbook)\b/i;
const RECORDS_PER_TURN = 5000;

const startsWith = (buf: Buffer, bytes: number[]) => bytes.every((b, i) => buf[i] === b);

function megabytes(bytes: number): string {
  return `${Math.round((bytes / 1024 / 1024) * 10) / 10} MB`;
}

async function readCsv(buffer: Buffer, limits: TableLimits): Promise<RawTable> {
  const { text, encoding } = decodeText(buffer);
  if (MARKUP.test(text.slice(0, 512))) throw new AppError("file_format_unknown");
  const table = new TableBuilder(limits);
  let sinceTurn = 0;
  for (const { record, fields } of parseCsv(text, detectDelimiter(text))) {
    table.add(record, fields);
    if (++sinceTurn === RECORDS_PER_TURN) {
      sinceTurn = 0;
      await nextTurn(); // let other requests run during a long file
    }
  }
  return table.finish("csv", encoding);
}

/**
 * Reads an uploaded table: XLSX (recognised by its ZIP signature, first worksheet) or CSV (anything else that is
 * text: UTF-8 with or without BOM, GB18030/GBK, UTF-16 with BOM; comma-, tab- or semicolon-separated).
 * The header is the first non-empty row; `rowNumber` is the spreadsheet row number (header = row 1 normally).
 *
 * Refuses, with an AppError: binary or old `.xls` files (file_format_unknown), other encodings
 * (file_encoding_unsupported), damaged workbooks (file_unreadable), no data rows (file_empty), and files past
 * the limits (file_too_many_columns, file_too_many_rows, payload_too_large) — checked row by row, so a file with
 * 10 000 columns is refused at its first row.
 */
export async function readTable(
  buffer: Buffer,
  fileName: string,
  limits: Partial<TableLimits> = {},
): Promise<RawTable> {
  const effective: TableLimits = { ...DEFAULT_TABLE_LIMITS, ...limits };
  if (buffer.length > effective.maxBytes) {
    throw new AppError("payload_too_large", { limit: megabytes(effective.maxBytes) });
  }
  if (buffer.length === 0) throw new AppError("file_empty");
  if (startsWith(buffer, ZIP) || startsWith(buffer, EMPTY_ZIP)) return readXlsx(buffer, effective);
  if (startsWith(buffer, OLE2)) throw new AppError("file_format_unknown");
  // Binary under a workbook's name is a damaged download; text under it is a CSV someone renamed.
  if (/\.xls[xm]$/i.test(fileName.trim()) && looksBinary(buffer)) throw new AppError("file_unreadable");
  return readCsv(buffer, effective);
}
