import { AppError } from "../errors.js";

/**
 * Calendar dates as `YYYY-MM-DD` strings in Asia/Shanghai. China has kept UTC+8 without daylight saving since
 * 1991, so a date is a fixed 24-hour span and the arithmetic below can run on UTC milliseconds.
 */
const DAY_MS = 86_400_000;
const SHANGHAI_OFFSET_MS = 8 * 3_600_000;
const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Milliseconds of the date's midnight, read as if it were UTC (a day number times DAY_MS). */
function utcMidnight(date: string): number {
  const m = DATE_RE.exec(date);
  if (m) {
    const ms = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
    // Date.UTC rolls 2025-02-30 over into March: refuse dates that do not exist.
    if (new Date(ms).toISOString().slice(0, 10) === date) return ms;
  }
  throw new AppError("validation_failed", { detail: `invalid date “${date}” (expected YYYY-MM-DD)` });
}

const fromUtcMidnight = (ms: number) => new Date(ms).toISOString().slice(0, 10);

export function assertDate(date: string): string {
  utcMidnight(date);
  return date;
}

export function addDays(date: string, n: number): string {
  return fromUtcMidnight(utcMidnight(date) + n * DAY_MS);
}

/** Whole days from a to b (negative when b is earlier). */
export function daysBetween(a: string, b: string): number {
  return Math.round((utcMidnight(b) - utcMidnight(a)) / DAY_MS);
}

/** 0 = Sunday … 6 = Saturday. */
export function weekday(date: string): number {
  return new Date(utcMidnight(date)).getUTCDay();
}

export const isWeekend = (date: string) => {
  const d = weekday(date);
  return d === 0 || d === 6;
};

export const yearOf = (date: string) => Number(date.slice(0, 4));

/** The Shanghai calendar date of an instant. */
export function shanghaiDate(at: Date): string {
  if (Number.isNaN(at.getTime())) throw new AppError("validation_failed", { detail: "invalid instant" });
  return fromUtcMidnight(Math.floor((at.getTime() + SHANGHAI_OFFSET_MS) / DAY_MS) * DAY_MS);
}

/** 00:00:00.000 Asia/Shanghai of a date. */
export function startOfShanghaiDay(date: string): Date {
  return new Date(utcMidnight(date) - SHANGHAI_OFFSET_MS);
}

/** 23:59:59.999 Asia/Shanghai of a date: the last instant a deadline falling on that day allows. */
export function endOfShanghaiDay(date: string): Date {
  return new Date(utcMidnight(date) - SHANGHAI_OFFSET_MS + DAY_MS - 1);
}
