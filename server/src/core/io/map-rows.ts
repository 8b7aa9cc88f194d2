import {
  CUSTOM_MESSAGES,
  type ImportRowError,
  type IssueLike,
  issueMessage,
  type Lang,
} from "@rdcity/common";
import { parseBoolean, parseDate, parseInteger, parseList, parseNumber, unguard } from "./cells.js";
import { type ColumnSpec, columnHeader, type HeaderMapping } from "./columns.js";
import type { TableRow } from "./table.js";

/** "统一社会信用代码校验位不正确" / "Unified social credit code has a wrong check character". */
function withColumn(column: string | null, text: string, lang: Lang): string {
  if (!column) return text;
  return lang === "en-US" ? `${column} ${text}` : `${column}${text}`;
}

const pick = (m: { zh: string; en: string } | undefined, lang: Lang) =>
  m ? (lang === "en-US" ? m.en : m.zh) : "";

type Parsed = { ok: true; value: unknown } | { ok: false; code: string; text: (lang: Lang) => string };

const bad = (code: string, text: (lang: Lang) => string): Parsed => ({ ok: false, code, text });
const customText = (code: string) => (lang: Lang) => pick(CUSTOM_MESSAGES[code], lang);
const typeText = (expected: string) => (lang: Lang) =>
  issueMessage({ code: "invalid_type", expected, path: [] }, lang);

function parseCell(text: string, parse: ColumnSpec["parse"]): Parsed {
  switch (parse) {
    case "boolean": {
      const value = parseBoolean(text);
      return value === null ? bad("bool_invalid", customText("bool_invalid")) : { ok: true, value };
    }
    case "date": {
      const value = parseDate(text);
      return value === null ? bad("date_invalid", customText("date_invalid")) : { ok: true, value };
    }
    case "integer": {
      const value = parseInteger(text);
      return value === null ? bad("integer_invalid", typeText("int")) : { ok: true, value };
    }
    case "number": {
      const value = parseNumber(text);
      return value === null ? bad("number_invalid", typeText("number")) : { ok: true, value };
    }
    case "list":
      return { ok: true, value: parseList(text) };
    default:
      return { ok: true, value: text };
  }
}

/**
 * Converts one row's cells to a record by the mapping: empty cells (and columns the file lacks) are left out,
 * so they read as undefined; cells that do not parse become row errors naming the header as written in the
 * file, with a message in the caller's language. Whether a value is required is left to the caller's schema.
 */
export function rowToRecord(
  row: TableRow,
  mapping: HeaderMapping,
  columns: readonly ColumnSpec[],
  lang: Lang,
): { record: Record<string, unknown>; errors: ImportRowError[] } {
  const record: Record<string, unknown> = {};
  const errors: ImportRowError[] = [];
  for (const column of columns) {
    const at = mapping.byKey[column.key];
    if (!at) continue;
    const text = unguard(row.cells[at.index] ?? "");
    if (text === "") continue;
    const parsed = parseCell(text, column.parse);
    if (parsed.ok) record[column.key] = parsed.value;
    else {
      errors.push({
        row: row.rowNumber,
        column: at.header,
        code: parsed.code,
        message: withColumn(at.header, parsed.text(lang), lang),
      });
    }
  }
  return { record, errors };
}

/** The header of a record key: as written in the file, else the column's header in the caller's language. */
function headerIn(mapping: HeaderMapping, key: string, lang: Lang): string | null {
  const inFile = mapping.byKey[key]?.header;
  if (inFile) return inFile;
  const column = mapping.columns.find((c) => c.key === key);
  return column ? columnHeader(column, lang) : key || null;
}

function rowErrorCode(issue: IssueLike): string {
  if (issue.code === "custom") return String(issue.params?.code ?? "custom");
  if (
    issue.code === "invalid_type" &&
    (issue.received === "undefined" || /received undefined/.test(issue.message ?? ""))
  ) {
    return "required";
  }
  return issue.code;
}

/**
 * Zod issues of one row as row errors: the column is the header of the issue's first path key as written in the
 * file (from the mapping, or from a function giving the header of a key), the message comes from common's
 * issueMessage, prefixed with that header.
 */
export function zodIssuesToRowErrors(
  issues: readonly IssueLike[],
  rowNumber: number,
  mapping: HeaderMapping | ((key: string) => string | null | undefined),
  lang: Lang,
): ImportRowError[] {
  return issues.map((issue) => {
    const key = issue.path.find((p): p is string => typeof p === "string") ?? "";
    const column = !key
      ? null
      : typeof mapping === "function"
        ? (mapping(key) ?? key)
        : headerIn(mapping, key, lang);
    const text = issueMessage({ ...issue, path: [] }, lang);
    return { row: rowNumber, column, code: rowErrorCode(issue), message: withColumn(column, text, lang) };
  });
}
