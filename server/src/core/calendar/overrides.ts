/**
 * Years (or corrections) that the `chinese-days` package lacks. The package carries the State Council's
 * arrangements for 2004–2026 (version 1.5.7, checked November 2026); an entry here with status "official"
 * replaces the package's data for that year, one with status "statutory" is used only while the package has
 * no data for the year (upgrading the package supersedes it).
 *
 * How to add a year when the State Council's notice (国务院办公厅关于 YYYY 年部分节假日安排的通知) is out:
 * list every day off (放假) as a holiday and every Saturday or Sunday that is worked (调休上班) as a workday,
 * set status "official" and cite the notice. Note that a notice can move days of the previous December (the
 * 2019 notice made Saturday 2018-12-29 a working day): put such days under the year they fall in.
 */
export interface YearArrangement {
  /**
   * official: the State Council's published arrangement.
   * statutory: only the holidays fixed by law are known; the bridging days and the worked weekends (调休) are
   * not, so working-day arithmetic on this year is refused unless a caller explicitly accepts an estimate.
   */
  status: "official" | "statutory";
  source: string;
  /** Days off that are not plain weekends, with their holiday's name. */
  holidays: Record<string, HolidayName>;
  /** Saturdays and Sundays that are working days (调休上班). */
  workdays: Record<string, HolidayName>;
}

export interface HolidayName {
  zh: string;
  en: string;
}

const NEW_YEAR = { zh: "元旦", en: "New Year's Day" };
const SPRING = { zh: "春节", en: "Spring Festival" };
const QINGMING = { zh: "清明节", en: "Tomb-sweeping Day" };
const LABOUR = { zh: "劳动节", en: "Labour Day" };
const DRAGON_BOAT = { zh: "端午节", en: "Dragon Boat Festival" };
const MID_AUTUMN = { zh: "中秋节", en: "Mid-autumn Festival" };
const NATIONAL = { zh: "国庆节", en: "National Day" };

export const CALENDAR_OVERRIDES: Readonly<Record<number, YearArrangement>> = {
  /*
   * 2027: the State Council's arrangement was not published when this was written (November 2026); the notice
   * normally comes out in November of the previous year (the 2026 arrangement was published on 2025-11-04).
   * Known so far are only the 13 statutory holidays of 《全国年节及纪念日放假办法》 (as revised in 2024,
   * in force from 2025-01-01): 元旦 1 day, 春节 4 days (除夕 to 正月初三), 清明 1, 劳动节 2, 端午 1, 中秋 1,
   * 国庆 3. Lunar dates: 正月初一 = 2027-02-06, so 除夕 = 2027-02-05; 五月初五 = 2027-06-09; 八月十五 =
   * 2027-09-15; 清明 (solar term) = 2027-04-05. When the notice is published, replace this entry with the
   * official arrangement (status "official"), or upgrade chinese-days once it carries 2027.
   */
  2027: {
    status: "statutory",
    source: "《全国年节及纪念日放假办法》(2024 年修订) 法定节假日; 2027 年放假调休通知尚未发布",
    holidays: {
      "2027-01-01": NEW_YEAR,
      "2027-02-05": SPRING,
      "2027-02-06": SPRING,
      "2027-02-07": SPRING,
      "2027-02-08": SPRING,
      "2027-04-05": QINGMING,
      "2027-05-01": LABOUR,
      "2027-05-02": LABOUR,
      "2027-06-09": DRAGON_BOAT,
      "2027-09-15": MID_AUTUMN,
      "2027-10-01": NATIONAL,
      "2027-10-02": NATIONAL,
      "2027-10-03": NATIONAL,
    },
    workdays: {},
  },
};
