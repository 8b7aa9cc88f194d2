import { AppError } from "../errors.js";

export interface TableLimits {
  /** Columns of the header and of any row (a value beyond this column refuses the file). */
  maxColumns: number;
  /** Non-empty data rows. */
  maxRows: number;
  /** Size of the uploaded file. Keep the HTTP body limit at or above it so this message is the one people see. */
  maxBytes: number;
}

export const DEFAULT_TABLE_LIMITS: TableLimits = {
  maxColumns: 200,
  maxRows: 200_000,
  maxBytes: 50 * 1024 * 1024,
};

export interface TableRow {
  /** Spreadsheet row number: the header is row 1 (in a CSV, a quoted line break stays inside its row). */
  rowNumber: number;
  /** Trimmed cells, one per header column. */
  cells: string[];
}

export interface RawTable {
  format: "csv" | "xlsx";
  encoding: string | null;
  headers: string[];
  rows: TableRow[];
}

/**
 * Collects rows as a reader produces them: the first non-empty row is the header, fully empty rows are skipped
 * (their numbers are not reused), cells are trimmed and cut or padded to the header's width, and the limits are
 * checked on every row so a reader can stop at once.
 */
export class TableBuilder {
  private headers: string[] | null = null;
  private readonly rows: TableRow[] = [];

  constructor(private readonly limits: TableLimits) {}

  add(rowNumber: number, raw: readonly string[]): void {
    let last = -1;
    for (let i = raw.length - 1; i >= 0; i--) {
      if ((raw[i] ?? "").trim() !== "") {
        last = i;
        break;
      }
    }
    if (last < 0) return;
    if (last + 1 > this.limits.maxColumns) {
      throw new AppError("file_too_many_columns", { count: last + 1, limit: this.limits.maxColumns });
    }
    if (!this.headers) {
      this.headers = raw.slice(0, last + 1).map((cell) => cell.trim());
      return;
    }
    if (this.rows.length >= this.limits.maxRows) {
      throw new AppError("file_too_many_rows", { limit: this.limits.maxRows });
    }
    const cells = this.headers.map((_, i) => (raw[i] ?? "").trim());
    if (cells.every((cell) => cell === "")) return;
    this.rows.push({ rowNumber, cells });
  }

  finish(format: RawTable["format"], encoding: string | null): RawTable {
    if (!this.headers || this.rows.length === 0) throw new AppError("file_empty");
    return { format, encoding, headers: this.headers, rows: this.rows };
  }
}
