/**
 * Cell texts to values, as people write them in Chinese and English spreadsheets. Each parser returns null when
 * the text is not a value of its kind; empty cells never reach them.
 */

const TRUE = new Set(["是", "y", "yes", "true", "1", "✓", "✔", "√", "对"]);
const FALSE = new Set(["否", "n", "no", "false", "0", "✗", "✘", "×", "错"]);

export function parseBoolean(text: string): boolean | null {
  const t = text.normalize("NFKC").trim().toLowerCase();
  if (TRUE.has(t)) return true;
  if (FALSE.has(t)) return false;
  return null;
}

/** Splits on commas, semicolons, 、, | and line breaks (half or full width); drops empty items. */
export function parseList(text: string): string[] {
  return text
    .split(/[,，;；、|｜\r\n]+/)
    .map((item) => item.trim())
    .filter((item) => item !== "");
}

const pad = (n: number) => String(n).padStart(2, "0");

function isoDate(year: number, month: number, day: number): string | null {
  if (year < 1000 || year > 9999 || month < 1 || month > 12 || day < 1) return null;
  if (day > new Date(Date.UTC(year, month, 0)).getUTCDate()) return null;
  return `${year}-${pad(month)}-${pad(day)}`;
}

const EXCEL_EPOCH = Date.UTC(1899, 11, 30);
const DAY_MS = 86_400_000;
/** Serials 61 (1900-03-01, after Excel's phantom 1900-02-29) to 2958465 (9999-12-31). */
const SERIAL = { min: 61, max: 2_958_465 };

const SEPARATED =
  /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?(?:[\sT]+\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?$/;

/**
 * YYYY-MM-DD (also with / . or 年月日 and one-digit months and days, with an optional time that is dropped),
 * YYYYMMDD, or an Excel serial day number → "YYYY-MM-DD"; impossible dates (2023-02-30) → null.
 */
export function parseDate(text: string): string | null {
  const t = text.normalize("NFKC").trim();
  const separated = SEPARATED.exec(t);
  if (separated) return isoDate(Number(separated[1]), Number(separated[2]), Number(separated[3]));
  const compact = /^(\d{4})(\d{2})(\d{2})$/.exec(t);
  if (compact) return isoDate(Number(compact[1]), Number(compact[2]), Number(compact[3]));
  if (/^\d{1,7}(?:\.\d+)?$/.test(t)) {
    const serial = Math.floor(Number(t));
    if (serial < SERIAL.min || serial > SERIAL.max) return null;
    const d = new Date(EXCEL_EPOCH + serial * DAY_MS);
    return isoDate(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
  }
  return null;
}

/** Full-width digits folded, thousands separators (1,234,567) removed. */
function numeric(text: string): string {
  const t = text.normalize("NFKC").trim().replace(/\s+/g, "");
  return /^[+-]?\d{1,3}(?:,\d{3})+(?:\.\d*)?$/.test(t) ? t.replace(/,/g, "") : t;
}

export function parseInteger(text: string): number | null {
  const t = numeric(text);
  if (!/^[+-]?\d+(?:\.0*)?$/.test(t)) return null;
  const n = Number(t);
  return Number.isSafeInteger(n) ? n : null;
}

export function parseNumber(text: string): number | null {
  const t = numeric(text);
  if (!/^[+-]?(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?$/i.test(t)) return null;
  const n = Number(t);
  return Number.isFinite(n) ? n : null;
}

/** Undoes the export's guard against formula injection (a `'` put before = + - @ tab or CR). */
export function unguard(text: string): string {
  return /^'[=+\-@\t\r]/.test(text) ? text.slice(1) : text;
}
