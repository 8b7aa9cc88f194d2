import { AppError } from "../errors.js";
import { buildArrangements } from "./arrangements.js";
import { addDays, assertDate, endOfShanghaiDay, isWeekend, shanghaiDate, yearOf } from "./dates.js";
import { CALENDAR_OVERRIDES, type HolidayName, type YearArrangement } from "./overrides.js";

export type YearCoverage = "official" | "statutory" | "missing";

export interface DayInfo {
  date: string;
  working: boolean;
  /** workday: Monday–Friday; weekend; holiday: a day off by the arrangement; adjusted_workday: 调休上班. */
  kind: "workday" | "weekend" | "holiday" | "adjusted_workday";
  holiday: HolidayName | null;
}

/** China's working days: weekends and official holidays off, adjusted weekends (调休) worked. Pure. */
export interface WorkingCalendar {
  coverage(year: number): YearCoverage;
  dayInfo(date: string): DayInfo;
  isWorkingDay(date: string): boolean;
  /** The n-th working day after start (the day after start is the first candidate); n < 0 counts backwards. */
  addWorkingDays(start: string, n: number): string;
  /** Working days d with a < d ≤ b (negative when b is before a): addWorkingDays(a, k) = b gives k. */
  workingDaysBetween(a: string, b: string): number;
  /** 23:59:59.999 Asia/Shanghai of the n-th working day after the Shanghai date of `from`. */
  deadlineAfterWorkingDays(from: Date, n: number): Date;
  /** 23:59:59.999 Asia/Shanghai of the n-th calendar day after the Shanghai date of `from`. */
  deadlineAfterCalendarDays(from: Date, n: number): Date;
}

export interface CalendarOptions {
  /** Years added to (or replacing) the repository's overrides, e.g. a notice entered by an administrator. */
  overrides?: Readonly<Record<number, YearArrangement>>;
  /**
   * Accept years for which only the statutory holidays are known (the State Council's arrangement not yet
   * published): results are then estimates. Off by default: such a year is refused like a missing one.
   */
  acceptStatutoryOnly?: boolean;
}

/** Longest span a single call may walk (ten years): a guard against runaway loops on absurd input. */
const MAX_SPAN_DAYS = 3660;

function assertCount(n: number): void {
  if (!Number.isInteger(n) || Math.abs(n) > MAX_SPAN_DAYS) {
    throw new AppError("validation_failed", { detail: `invalid number of days: ${n}` });
  }
}

export function createWorkingCalendar(options: CalendarOptions = {}): WorkingCalendar {
  const years = buildArrangements({ ...CALENDAR_OVERRIDES, ...options.overrides });

  const coverage = (year: number): YearCoverage => years.get(year)?.status ?? "missing";

  const arrangementFor = (date: string): YearArrangement => {
    const year = yearOf(assertDate(date));
    const arrangement = years.get(year);
    if (!arrangement || (arrangement.status === "statutory" && !options.acceptStatutoryOnly)) {
      throw new AppError("calendar_year_missing", { year, date });
    }
    return arrangement;
  };

  const dayInfo = (date: string): DayInfo => {
    const arrangement = arrangementFor(date);
    const holiday = arrangement.holidays[date];
    if (holiday) return { date, working: false, kind: "holiday", holiday };
    const adjusted = arrangement.workdays[date];
    if (adjusted) return { date, working: true, kind: "adjusted_workday", holiday: adjusted };
    return isWeekend(date)
      ? { date, working: false, kind: "weekend", holiday: null }
      : { date, working: true, kind: "workday", holiday: null };
  };

  const isWorkingDay = (date: string) => dayInfo(date).working;

  const addWorkingDays = (start: string, n: number): string => {
    assertCount(n);
    assertDate(start);
    const step = n < 0 ? -1 : 1;
    let date = start;
    let remaining = Math.abs(n);
    // Each year holds at least 200 working days, so MAX_SPAN_DAYS working days fit in well under 4 × as many days.
    for (let walked = 0; remaining > 0; walked++) {
      if (walked > 4 * MAX_SPAN_DAYS) throw new Error("calendar walk did not terminate");
      date = addDays(date, step);
      if (isWorkingDay(date)) remaining--;
    }
    return date;
  };

  const workingDaysBetween = (a: string, b: string): number => {
    assertDate(a);
    assertDate(b);
    const [from, to, sign] = a <= b ? [a, b, 1] : [b, a, -1];
    let count = 0;
    let walked = 0;
    for (let date = addDays(from, 1); date <= to; date = addDays(date, 1)) {
      if (++walked > MAX_SPAN_DAYS) throw new AppError("validation_failed", { detail: "span too long" });
      if (isWorkingDay(date)) count++;
    }
    return sign * count;
  };

  const deadlineAfterWorkingDays = (from: Date, n: number) =>
    endOfShanghaiDay(addWorkingDays(shanghaiDate(from), n));

  const deadlineAfterCalendarDays = (from: Date, n: number) => {
    assertCount(n);
    return endOfShanghaiDay(addDays(shanghaiDate(from), n));
  };

  return {
    coverage,
    dayInfo,
    isWorkingDay,
    addWorkingDays,
    workingDaysBetween,
    deadlineAfterWorkingDays,
    deadlineAfterCalendarDays,
  };
}
