import type { Lang } from "@rdcity/common";
import ExcelJS from "exceljs";
import { type ColumnSpec, columnHeader } from "./columns.js";
import { columnWidths, safeSheetName } from "./write-table.js";

const TEXT = {
  sheet: { zh: "数据", en: "Data" },
  notes: { zh: "说明", en: "Notes" },
  column: { zh: "列名", en: "Column" },
  required: { zh: "是否必填", en: "Required" },
  accepts: { zh: "填写说明", en: "Accepted values" },
  yes: { zh: "是", en: "Yes" },
  no: { zh: "否", en: "No" },
  legend: {
    zh: "带 * 的列为必填列；列顺序可以调整。",
    en: "Columns marked * are required; columns may be in any order.",
  },
} as const;

const ACCEPTS: Record<NonNullable<ColumnSpec["parse"]>, { zh: string; en: string }> = {
  string: { zh: "文本", en: "Text" },
  boolean: { zh: "是/否（也可填 Y/N、1/0、✓）", en: "Yes/No (also Y/N, 1/0, ✓)" },
  list: { zh: "可填多个，用“、”或逗号分隔", en: "Several values, separated by commas or 、" },
  date: {
    zh: "日期，如 2024-01-31、2024/1/31 或 2024年1月31日",
    en: "A date such as 2024-01-31 or 2024/1/31",
  },
  integer: { zh: "整数", en: "A whole number" },
  number: { zh: "数字", en: "A number" },
};

const say = (m: { zh: string; en: string }, lang: Lang) => (lang === "en-US" ? m.en : m.zh);

/** The header a template prints: the column's header in the language, `*` after a required one. */
export function templateHeader(column: ColumnSpec, lang: Lang): string {
  return `${columnHeader(column, lang)}${column.required ? "*" : ""}`;
}

/** What the notes sheet says a column takes: the module's description, else a word on its kind of value. */
function accepts(column: ColumnSpec, lang: Lang): string {
  const kind = say(ACCEPTS[column.parse ?? "string"], lang);
  return column.description
    ? `${say(column.description, lang)}${lang === "en-US" ? ` (${kind})` : `（${kind}）`}`
    : kind;
}

/**
 * An empty import file: the header row only, Chinese headers in zh-CN and English ones in en-US, required columns
 * marked `*`. The XLSX also has a notes sheet (说明 / Notes) listing every column, whether it is required and what
 * it takes, and formats the text columns as text so that Excel keeps long codes (18-digit USCCs) as typed.
 */
export async function templateFor(
  columns: readonly ColumnSpec[],
  lang: Lang,
  format: "csv" | "xlsx",
  sheetName?: string,
): Promise<Buffer> {
  const headers = columns.map((c) => templateHeader(c, lang));
  if (format === "csv") {
    const line = headers.map((h) => (/[",\r\n]/.test(h) ? `"${h.replace(/"/g, '""')}"` : h)).join(",");
    return Buffer.from(`\uFEFF${line}\r\n`, "utf8");
  }
  const workbook = new ExcelJS.Workbook();
  const data = workbook.addWorksheet(safeSheetName(sheetName ?? say(TEXT.sheet, lang)), {
    views: [{ state: "frozen", ySplit: 1 }],
  });
  const widths = columnWidths(headers, []);
  data.columns = columns.map((column, i) => ({
    key: column.key,
    width: widths[i],
    style: !column.parse || column.parse === "string" || column.parse === "list" ? { numFmt: "@" } : {},
  }));
  const headerRow = data.addRow(headers);
  headerRow.font = { bold: true };
  headerRow.eachCell((cell, i) => {
    if (columns[i - 1]?.required) cell.font = { bold: true, color: { argb: "FFC00000" } };
  });

  const notes = workbook.addWorksheet(say(TEXT.notes, lang), { views: [{ state: "frozen", ySplit: 1 }] });
  const rows = columns.map((c) => [
    columnHeader(c, lang),
    say(c.required ? TEXT.yes : TEXT.no, lang),
    accepts(c, lang),
  ]);
  const noteHeaders = [say(TEXT.column, lang), say(TEXT.required, lang), say(TEXT.accepts, lang)];
  notes.columns = columnWidths(noteHeaders, rows).map((width) => ({ width }));
  notes.addRow(noteHeaders).font = { bold: true };
  for (const row of rows) notes.addRow(row);
  notes.addRow([]);
  notes.addRow([say(TEXT.legend, lang)]);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
