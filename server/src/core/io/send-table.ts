import type { Lang } from "@rdcity/common";
import type { FastifyReply } from "fastify";
import { type ExportColumn, type ExportRows, writeCsv, writeXlsx } from "./write-table.js";

export type TableFormat = "csv" | "xlsx";

export const TABLE_CONTENT_TYPES: Record<TableFormat, string> = {
  csv: "text/csv; charset=utf-8",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
};

/** Writes rows as CSV or as an XLSX sheet named in the caller's language. */
export function writeTable(
  format: TableFormat,
  columns: readonly ExportColumn[],
  rows: ExportRows,
  lang: Lang,
  sheet: { zh: string; en: string },
): Promise<Buffer> {
  return format === "csv"
    ? writeCsv(columns, rows, lang)
    : writeXlsx(columns, rows, lang === "en-US" ? sheet.en : sheet.zh, lang);
}

/** Sends a file as a download dated today: an ASCII file name for old clients and the Chinese one (RFC 5987). */
export function sendTableFile(
  reply: FastifyReply,
  format: TableFormat,
  body: Buffer,
  name: { ascii: string; zh: string },
) {
  const stamp = new Date().toISOString().slice(0, 10);
  const zhName = encodeURIComponent(`${name.zh}-${stamp}.${format}`);
  return reply
    .header("Content-Type", TABLE_CONTENT_TYPES[format])
    .header(
      "Content-Disposition",
      `attachment; filename="${name.ascii}-${stamp}.${format}"; filename*=UTF-8''${zhName}`,
    )
    .send(body);
}
