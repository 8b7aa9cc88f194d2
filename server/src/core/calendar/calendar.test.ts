import { describe, expect, it } from "vitest";
import { AppError } from "../errors.js";
import { manualClock } from "./clock.js";
import { endOfShanghaiDay, shanghaiDate } from "./dates.js";
import {
  addWorkingDays,
  createWorkingCalendar,
  deadlineAfterCalendarDays,
  deadlineAfterWorkingDays,
  isWorkingDay,
  workingCalendar,
  workingDaysBetween,
} from "./index.js";

const code = (fn: () => unknown) => {
  try {
    fn();
  } catch (e) {
    return e instanceof AppError ? e.code : String(e);
  }
  return "no error";
};

describe("working days (hand-checked against the State Council's notices)", () => {
  it("2024 National Day: 09-29 (Sunday) and 10-12 (Saturday) are worked, 10-01..10-07 off", () => {
    expect(isWorkingDay("2024-09-28")).toBe(false); // Saturday
    expect(isWorkingDay("2024-09-29")).toBe(true); // Sunday, adjusted
    for (let d = 1; d <= 7; d++) expect(isWorkingDay(`2024-10-0${d}`)).toBe(false);
    expect(isWorkingDay("2024-10-08")).toBe(true);
    expect(isWorkingDay("2024-10-12")).toBe(true); // Saturday, adjusted
    expect(isWorkingDay("2024-10-13")).toBe(false);
    expect(workingCalendar.dayInfo("2024-10-01")).toMatchObject({
      kind: "holiday",
      holiday: { zh: "国庆节" },
    });
    expect(workingCalendar.dayInfo("2024-09-29").kind).toBe("adjusted_workday");
  });

  it("a 5-working-day public notice published on Friday 2024-09-27 ends on 2024-10-10", () => {
    // 09-29 (1), 09-30 (2), holiday, 10-08 (3), 10-09 (4), 10-10 (5): the day of publication is not counted.
    expect(addWorkingDays("2024-09-27", 5)).toBe("2024-10-10");
    expect(workingDaysBetween("2024-09-27", "2024-10-10")).toBe(5);
    // Published on Wednesday 10-09: 10-10, 10-11, 10-12 (adjusted Saturday), 10-14, 10-15.
    expect(addWorkingDays("2024-10-09", 5)).toBe("2024-10-15");
  });

  it("deadlines end at 23:59:59.999 Asia/Shanghai of the n-th working day", () => {
    const published = new Date("2024-09-27T10:00:00+08:00");
    expect(deadlineAfterWorkingDays(published, 5).toISOString()).toBe("2024-10-10T15:59:59.999Z");
    // 00:30 on 09-30 in Shanghai is still 09-29 in UTC: the Shanghai date counts.
    const justAfterMidnight = new Date("2024-09-29T16:30:00Z");
    expect(shanghaiDate(justAfterMidnight)).toBe("2024-09-30");
    expect(deadlineAfterWorkingDays(justAfterMidnight, 5).toISOString()).toBe("2024-10-12T15:59:59.999Z");
    expect(deadlineAfterCalendarDays(published, 3).toISOString()).toBe("2024-09-30T15:59:59.999Z");
  });

  it("Spring Festival 2025: 01-28..02-04 off, Sunday 01-26 and Saturday 02-08 worked", () => {
    expect(isWorkingDay("2025-01-26")).toBe(true);
    expect(isWorkingDay("2025-01-27")).toBe(true);
    expect(isWorkingDay("2025-01-28")).toBe(false);
    expect(isWorkingDay("2025-02-04")).toBe(false); // a Tuesday
    expect(isWorkingDay("2025-02-08")).toBe(true);
    expect(isWorkingDay("2025-02-09")).toBe(false);
    expect(addWorkingDays("2025-01-24", 3)).toBe("2025-02-05");
    // 01-26, 01-27, 02-05, 02-06, 02-07, 02-08, 02-10
    expect(workingDaysBetween("2025-01-24", "2025-02-10")).toBe(7);
  });

  it("2026: New Year, Spring Festival (9 days) and National Day", () => {
    expect(addWorkingDays("2025-12-31", 1)).toBe("2026-01-04"); // Sunday, adjusted
    expect(addWorkingDays("2026-02-13", 1)).toBe("2026-02-14"); // Saturday, adjusted
    expect(addWorkingDays("2026-02-14", 1)).toBe("2026-02-24"); // after 02-15..02-23
    expect(workingDaysBetween("2026-02-01", "2026-02-28")).toBe(16);
    expect(isWorkingDay("2026-09-20")).toBe(true);
    expect(isWorkingDay("2026-10-07")).toBe(false);
    expect(isWorkingDay("2026-10-10")).toBe(true);
  });

  it("2020: the Spring Festival extension to 02-02 cancelled the worked Saturday 02-01", () => {
    expect(isWorkingDay("2020-01-19")).toBe(true);
    expect(isWorkingDay("2020-01-31")).toBe(false);
    expect(isWorkingDay("2020-02-01")).toBe(false);
    expect(isWorkingDay("2020-02-03")).toBe(true);
  });

  it("counts backwards and forwards consistently", () => {
    expect(addWorkingDays("2024-10-08", -1)).toBe("2024-09-30");
    expect(addWorkingDays("2024-10-08", 0)).toBe("2024-10-08");
    expect(workingDaysBetween("2024-10-10", "2024-09-27")).toBe(-5);
    let start = "2020-01-01";
    for (let i = 0; i < 400; i++) {
      const n = (i * 7) % 23;
      const end = addWorkingDays(start, n);
      expect(workingDaysBetween(start, end)).toBe(n);
      if (n > 0) expect(isWorkingDay(end)).toBe(true);
      start = addWorkingDays(start, 4);
    }
  });
});

describe("coverage", () => {
  it("covers 2020–2026 from the package and knows only the statutory days of 2027", () => {
    for (let y = 2020; y <= 2026; y++) expect(workingCalendar.coverage(y)).toBe("official");
    expect(workingCalendar.coverage(2027)).toBe("statutory");
    expect(workingCalendar.coverage(2028)).toBe("missing");
  });

  it("refuses a year without an official arrangement instead of counting plain weekdays", () => {
    expect(code(() => isWorkingDay("2027-03-01"))).toBe("calendar_year_missing");
    expect(code(() => isWorkingDay("2028-03-01"))).toBe("calendar_year_missing");
    // A walk that runs into 2027 fails as well: 2026-12-31 is day 1, 2027-01-01 is unknown.
    expect(code(() => addWorkingDays("2026-12-30", 3))).toBe("calendar_year_missing");
    expect(addWorkingDays("2026-12-30", 1)).toBe("2026-12-31");
  });

  it("estimates 2027 from its statutory holidays only when asked to", () => {
    const estimate = createWorkingCalendar({ acceptStatutoryOnly: true });
    expect(estimate.isWorkingDay("2027-02-05")).toBe(false); // 除夕, Friday
    expect(estimate.isWorkingDay("2027-02-08")).toBe(false); // 初三, Monday
    expect(estimate.isWorkingDay("2027-02-09")).toBe(true);
    expect(estimate.isWorkingDay("2027-10-04")).toBe(true); // bridging days unknown until the notice
    expect(code(() => estimate.isWorkingDay("2028-01-03"))).toBe("calendar_year_missing");
  });

  it("takes an official override for a missing year", () => {
    const calendar = createWorkingCalendar({
      overrides: {
        2028: {
          status: "official",
          source: "test",
          holidays: { "2028-01-03": { zh: "测试", en: "Test" } },
          workdays: { "2028-01-08": { zh: "测试", en: "Test" } },
        },
      },
    });
    expect(calendar.isWorkingDay("2028-01-03")).toBe(false); // a Monday made a holiday
    expect(calendar.isWorkingDay("2028-01-08")).toBe(true); // a Saturday made a working day
    expect(calendar.coverage(2027)).toBe("statutory");
  });

  it("refuses impossible dates and counts", () => {
    expect(code(() => isWorkingDay("2025-02-30"))).toBe("validation_failed");
    expect(code(() => isWorkingDay("2025-1-3"))).toBe("validation_failed");
    expect(code(() => addWorkingDays("2025-01-03", 1.5))).toBe("validation_failed");
  });
});

describe("clock", () => {
  it("stands still until moved", () => {
    const clock = manualClock("2024-09-27T10:00:00+08:00");
    expect(clock.now().toISOString()).toBe("2024-09-27T02:00:00.000Z");
    clock.advance(86_400_000);
    expect(shanghaiDate(clock.now())).toBe("2024-09-28");
    clock.set(endOfShanghaiDay("2024-10-10"));
    expect(clock.now().toISOString()).toBe("2024-10-10T15:59:59.999Z");
  });
});
