import type { Lang } from "@rdcity/common";
import { AppError } from "../errors.js";

/** How a cell's text becomes a record value (see map-rows.ts); "string" when absent. */
export type CellParse = "string" | "boolean" | "list" | "date" | "integer" | "number";

/** One column of an importable or exportable table. The module that owns the records declares these. */
export interface ColumnSpec {
  /** The record field. */
  key: string;
  /** Accepted headers: the Chinese one first, then the English one, then any aliases. */
  headers: string[];
  /** The header must be present in an imported file (whether a value is required is the schema's business). */
  required?: boolean;
  parse?: CellParse;
  /** What the column takes, for the template's notes sheet (e.g. "岳麓区、芙蓉区…或其代码"). */
  description?: { zh: string; en: string };
}

/** The columns of one file, matched to a spec. */
export interface HeaderMapping {
  /** Column index in the file and the header as written there, by record key. */
  byKey: Record<string, { index: number; header: string }>;
  /** Non-empty headers that match no column. */
  unknown: string[];
  /** Headers that match a column already matched by an earlier header (the earlier one wins). */
  duplicates: string[];
  /** The spec it was built from, to name absent columns. */
  columns: readonly ColumnSpec[];
}

/** The column's header in a language: the first Chinese or the first English header. */
export function columnHeader(column: ColumnSpec, lang: Lang): string {
  const [zh, en] = column.headers;
  return (lang === "en-US" ? (en ?? zh) : zh) ?? column.key;
}

/**
 * The form of a header used for matching: NFKC (full-width letters, digits, brackets and ＊ fold to half width),
 * lower case, without white space, quotes, `_` or `-`, and without a required marker (`*` before or after,
 * `(必填)`, `(required)`) or an optional one (`(选填)`, `(optional)`).
 */
export function normalizeHeader(header: string): string {
  let h = header
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[\s"'“”‘’「」_-]+/g, "");
  for (;;) {
    const next = h.replace(/^\*+|\*+$/g, "").replace(/\((?:必填|选填|可选|required|optional)\)$/, "");
    if (next === h) return h;
    h = next;
  }
}

/**
 * Matches a file's headers to the columns (by any accepted header, the key itself included, compared in
 * normalised form). A missing required column → AppError("header_missing", { columns }) naming every missing
 * one by its header in the caller's language.
 */
export function mapHeaders(
  headers: readonly string[],
  columns: readonly ColumnSpec[],
  lang: Lang,
): HeaderMapping {
  const keyOf = new Map<string, string>();
  for (const column of columns) {
    for (const alias of [...column.headers, column.key]) {
      const normal = normalizeHeader(alias);
      if (normal && !keyOf.has(normal)) keyOf.set(normal, column.key);
    }
  }
  const mapping: HeaderMapping = { byKey: {}, unknown: [], duplicates: [], columns };
  headers.forEach((header, index) => {
    const normal = normalizeHeader(header);
    if (!normal) return;
    const key = keyOf.get(normal);
    if (key === undefined) mapping.unknown.push(header);
    else if (mapping.byKey[key]) mapping.duplicates.push(header);
    else mapping.byKey[key] = { index, header };
  });
  const missing = columns
    .filter((c) => c.required && !mapping.byKey[c.key])
    .map((c) => columnHeader(c, lang));
  if (missing.length) throw new AppError("header_missing", { columns: missing.join(", ") });
  return mapping;
}
