import { CITY_CODE } from "@rdcity/common";
import { registerComputedSeries } from "../core/indicators/index.js";
import { countPool } from "../modules/cultivation/index.js";
import {
  countPlatforms,
  countPlatformsAt,
  countPlatformsByDistrict,
  reportTotals,
} from "../modules/platforms/index.js";
import { countEntities } from "../modules/registry/index.js";

/**
 * The series the registries count, wired by the composition root (the core imports no module): each key a plan
 * pack may name in `computed:` maps to a module's counting function. Platform counts are as of a date (status
 * history); entity flags are current (the registry keeps no dated history of them yet), so their past years are
 * not computed; R&D spending is the sum of the year's accepted annual reports.
 */
export function registerComputedSeriesOfModules(): void {
  const platforms = (key: string, zh: string, en: string, q: Parameters<typeof countPlatformsAt>[1]) =>
    registerComputedSeries({
      key,
      label: { zh, en },
      byArea: true,
      count: (ex, { asOf, areaCode }) => countPlatforms(ex, { ...q, asOf, areaCode }),
      countAt: (ex, { dates, areaCode }) => countPlatformsAt(ex, { ...q, areaCode }, dates),
      countByDistrict: (ex, { asOf }) => countPlatformsByDistrict(ex, q, asOf),
    });
  platforms("platforms.all", "数据库中的各类创新平台", "Innovation platforms in the registry", {});
  platforms(
    "platforms.rd_centres",
    "数据库中的五类研发企业（中心）",
    "R&D centres of the five kinds in the registry",
    {
      rdCentre: true,
    },
  );
  platforms("platforms.national", "数据库中的国家级创新平台", "National-level platforms in the registry", {
    levels: ["national"],
  });
  platforms(
    "platforms.national_key_labs",
    "数据库中的全国重点实验室",
    "State key laboratories in the registry",
    {
      types: ["state_key_lab"],
    },
  );
  platforms(
    "platforms.national_innovation_centres",
    "数据库中的国家技术/制造业/产业创新中心",
    "National technology, manufacturing and industry innovation centres in the registry",
    {
      types: [
        "national_tech_innovation_center",
        "national_mfg_innovation_center",
        "national_industry_innovation_center",
      ],
    },
  );
  platforms(
    "platforms.national_enterprise_tech_centres",
    "数据库中的国家企业技术中心",
    "National enterprise technology centres in the registry",
    { types: ["national_enterprise_tech_center"] },
  );
  platforms("platforms.national_labs", "数据库中的国家实验室", "National laboratories in the registry", {
    types: ["national_lab"],
  });
  platforms(
    "platforms.major_facilities",
    "数据库中的重大科技基础设施",
    "Major S&T infrastructure in the registry",
    {
      types: ["major_infrastructure"],
    },
  );

  const current = (asOf: string) => asOf >= new Date().toISOString().slice(0, 10);
  const entities = (key: string, zh: string, en: string, f: Parameters<typeof countEntities>[1]) =>
    registerComputedSeries({
      key,
      label: { zh, en },
      byArea: true,
      // Only today's figure: the registry's flags have no dated history.
      count: async (ex, { asOf, areaCode }) =>
        current(asOf)
          ? countEntities(ex, {
              ...f,
              ...(areaCode && areaCode !== CITY_CODE ? { districtCode: areaCode } : {}),
            })
          : null,
    });
  entities("entities.listed", "数据库中的上市企业", "Listed firms in the registry", { isListed: true });
  entities(
    "entities.little_giants",
    "数据库中的国家级专精特新“小巨人”",
    "National little giants in the registry",
    {
      littleGiant: "national",
    },
  );
  entities("entities.high_tech", "数据库中的高新技术企业", "High-tech enterprises in the registry", {
    isHighTech: true,
  });

  registerComputedSeries({
    key: "cultivation.pool",
    // Every platform selected into the pool so far (those since promoted or dropped were selected all the same).
    label: {
      zh: "遴选入库的国家级创新平台培育对象（累计）",
      en: "Platforms selected into the cultivation pool (to date)",
    },
    byArea: true,
    count: (ex, { asOf, areaCode }) => countPool(ex, { asOf, ...(areaCode ? { areaCode } : {}) }),
  });

  registerComputedSeries({
    key: "reports.rd_spending",
    label: { zh: "年报研发投入合计（亿元）", en: "R&D spending in annual reports (100 m CNY)" },
    byArea: true,
    count: async (ex, { asOf, areaCode }) => {
      const totals = await reportTotals(ex, { year: Number(asOf.slice(0, 4)), districtCode: areaCode });
      // Annual reports are in 万元; the plan's R&D spending is in 亿元.
      return totals.reports ? Number(totals.rdSpending) / 10_000 : null;
    },
  });
}
