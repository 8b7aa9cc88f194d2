import { addDays } from "../../../core/calendar/index.js";

/**
 * Reporting periods of the quarterly progress reports: `YYYYQn` (2026Q3). A quarter's report is due 15 days
 * after the quarter ends (Q3 → 15 October, Q4 → 15 January of the next year). Dates are Asia/Shanghai
 * `YYYY-MM-DD` strings.
 */
const PERIOD_RE = /^(\d{4})Q([1-4])$/;
export const REPORT_DAYS_AFTER_QUARTER = 15;

export interface Quarter {
  year: number;
  quarter: 1 | 2 | 3 | 4;
}

export function parsePeriod(period: string): Quarter | null {
  const m = PERIOD_RE.exec(period);
  return m ? { year: Number(m[1]), quarter: Number(m[2]) as Quarter["quarter"] } : null;
}

export const periodOf = (q: Quarter) => `${q.year}Q${q.quarter}`;

/** The quarter a date falls in. */
export function quarterOfDate(date: string): Quarter {
  const month = Number(date.slice(5, 7));
  return { year: Number(date.slice(0, 4)), quarter: Math.ceil(month / 3) as Quarter["quarter"] };
}

export const currentPeriod = (today: string) => periodOf(quarterOfDate(today));

/** The last day of a quarter. */
export function quarterEnd(q: Quarter): string {
  const next =
    q.quarter === 4 ? `${q.year + 1}-01-01` : `${q.year}-${String(q.quarter * 3 + 1).padStart(2, "0")}-01`;
  return addDays(next, -1);
}

export const quarterStart = (q: Quarter) => `${q.year}-${String(q.quarter * 3 - 2).padStart(2, "0")}-01`;

/** When a quarter's progress report is due. */
export const reportDue = (q: Quarter) => addDays(quarterEnd(q), REPORT_DAYS_AFTER_QUARTER);

export const previousQuarter = (q: Quarter): Quarter =>
  q.quarter === 1
    ? { year: q.year - 1, quarter: 4 }
    : { year: q.year, quarter: (q.quarter - 1) as Quarter["quarter"] };

export const nextQuarter = (q: Quarter): Quarter =>
  q.quarter === 4
    ? { year: q.year + 1, quarter: 1 }
    : { year: q.year, quarter: (q.quarter + 1) as Quarter["quarter"] };

/** Periods compare as strings (2025Q4 < 2026Q1). */
export const periodAfter = (a: string, b: string) => a > b;

/** The latest quarter whose report was due before `date` (the one a unit is overdue on after that date). */
export function lastDueQuarter(date: string): Quarter {
  let q = previousQuarter(quarterOfDate(date));
  while (reportDue(q) >= date) q = previousQuarter(q);
  return q;
}

/** The next quarter whose report is due on or after `date`. */
export function nextDueQuarter(date: string): Quarter {
  return nextQuarter(lastDueQuarter(date));
}
