/**
 * Working-day calendar of mainland China (public face of core/calendar): official holidays and adjusted
 * working days (调休) from the `chinese-days` package plus the overrides in ./overrides.ts. Dates are
 * `YYYY-MM-DD` in Asia/Shanghai. A year without a known arrangement is an error (`calendar_year_missing`),
 * never silently counted as plain weekdays.
 */
import { createWorkingCalendar, type WorkingCalendar } from "./working-calendar.js";

export {
  type Clock,
  type ManualClock,
  manualClock,
  type OffsetClock,
  offsetClock,
  systemClock,
} from "./clock.js";
export {
  addDays,
  daysBetween,
  endOfShanghaiDay,
  shanghaiDate,
  startOfShanghaiDay,
} from "./dates.js";
export type { HolidayName, YearArrangement } from "./overrides.js";
export {
  type CalendarOptions,
  createWorkingCalendar,
  type DayInfo,
  type WorkingCalendar,
  type YearCoverage,
} from "./working-calendar.js";

/** The calendar the application uses: official arrangements only. */
export const workingCalendar: WorkingCalendar = createWorkingCalendar();

export const isWorkingDay = (date: string): boolean => workingCalendar.isWorkingDay(date);
export const addWorkingDays = (start: string, n: number): string => workingCalendar.addWorkingDays(start, n);
export const workingDaysBetween = (a: string, b: string): number => workingCalendar.workingDaysBetween(a, b);
export const deadlineAfterWorkingDays = (from: Date, n: number): Date =>
  workingCalendar.deadlineAfterWorkingDays(from, n);
export const deadlineAfterCalendarDays = (from: Date, n: number): Date =>
  workingCalendar.deadlineAfterCalendarDays(from, n);
