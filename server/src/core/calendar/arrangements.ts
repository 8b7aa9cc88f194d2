import packageData from "chinese-days/dist/chinese-days.json" with { type: "json" };
import { CALENDAR_OVERRIDES, type HolidayName, type YearArrangement } from "./overrides.js";

/** The `chinese-days` data file: date → "English name,中文名,n" for days off and for worked weekends. */
interface PackageData {
  holidays: Record<string, string>;
  workdays: Record<string, string>;
}

const PACKAGE_SOURCE = "chinese-days (npm, MIT): 国务院办公厅历年部分节假日安排的通知";

function nameOf(entry: string): HolidayName {
  const [en = "", zh = ""] = entry.split(",");
  return { zh, en };
}

/** Groups the package's days by the year they fall in. */
function packageYears(data: PackageData): Map<number, YearArrangement> {
  const years = new Map<number, YearArrangement>();
  const yearEntry = (date: string) => {
    const year = Number(date.slice(0, 4));
    let entry = years.get(year);
    if (!entry) {
      entry = { status: "official", source: PACKAGE_SOURCE, holidays: {}, workdays: {} };
      years.set(year, entry);
    }
    return entry;
  };
  for (const [date, name] of Object.entries(data.holidays)) yearEntry(date).holidays[date] = nameOf(name);
  for (const [date, name] of Object.entries(data.workdays)) yearEntry(date).workdays[date] = nameOf(name);
  return years;
}

/**
 * The arrangement of every year the calendar knows: the package's years, then the overrides (an official
 * override replaces the package's year; a statutory one only fills a year the package lacks).
 */
export function buildArrangements(
  overrides: Readonly<Record<number, YearArrangement>> = CALENDAR_OVERRIDES,
  data: PackageData = packageData as PackageData,
): Map<number, YearArrangement> {
  const years = packageYears(data);
  for (const [key, arrangement] of Object.entries(overrides)) {
    const year = Number(key);
    for (const date of [...Object.keys(arrangement.holidays), ...Object.keys(arrangement.workdays)]) {
      if (Number(date.slice(0, 4)) !== year) throw new Error(`calendar override ${year} lists ${date}`);
    }
    if (arrangement.status === "official" || !years.has(year)) years.set(year, arrangement);
  }
  return years;
}
