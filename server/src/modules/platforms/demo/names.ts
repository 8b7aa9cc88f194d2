import type { PlatformLevel } from "@rdcity/common";
import type { Random } from "./random.js";
import { DISEASES, FIELDS, INCUBATOR_WORDS, MINISTRIES, MODIFIERS } from "./words.js";

/** 三一重工股份有限公司 → 三一重工; 长沙市比亚迪汽车有限公司 → 比亚迪汽车. */
export function shortName(name: string): string {
  const s = name
    .replace(/[（(][^）)]*[）)]/g, "")
    .replace(/(股份有限公司|有限责任公司|有限公司|集团|股份公司|公司)$/u, "")
    .replace(/^(湖南省|长沙市|湖南|长沙)/u, "");
  return s.length >= 2 ? s : name;
}

const PLACE: Record<PlatformLevel, string> = { national: "国家", provincial: "湖南省", municipal: "长沙市" };

/** A field of research for an industry (or any industry). */
export function fieldFor(random: Random, industry: string | undefined): string {
  const list = (industry && FIELDS[industry]) || FIELDS[random.pick(Object.keys(FIELDS))]!;
  return random.pick(list);
}

/**
 * A candidate name for a platform of a type and level hosted by an organisation. Names follow the published
 * patterns (湖南省……重点实验室, ……国家工程研究中心, 长沙市……工程技术研究中心, host + 技术中心 …).
 */
export function platformName(
  random: Random,
  typeCode: string,
  level: PlatformLevel,
  host: { name: string },
  industry: string | undefined,
): string {
  const field = `${fieldFor(random, industry)}${random.pick(MODIFIERS)}`;
  const place = PLACE[level];
  const hostShort = shortName(host.name);
  switch (typeCode) {
    case "state_key_lab":
      return `${field}全国重点实验室`;
    case "ministry_key_lab":
      return `${random.pick(MINISTRIES)}${field}重点实验室`;
    case "national_tech_innovation_center":
      return `国家${field}技术创新中心`;
    case "national_mfg_innovation_center":
      return `国家${field}制造业创新中心`;
    case "national_industry_innovation_center":
      return `国家${field}产业创新中心`;
    case "national_engineering_research_center":
      return `${field}国家工程研究中心`;
    case "national_engineering_tech_center":
      return `国家${field}工程技术研究中心`;
    case "national_clinical_research_center":
      return `国家${random.pick(DISEASES)}临床医学研究中心（${hostShort}）`;
    case "key_lab":
      return `${place}${field}重点实验室`;
    case "tech_innovation_center":
      return `${place}${field}技术创新中心`;
    case "mfg_innovation_center":
      return `${place}${field}制造业创新中心`;
    case "engineering_research_center":
      return level === "provincial" ? `${field}湖南省工程研究中心` : `${place}${field}工程研究中心`;
    case "engineering_tech_center":
      return `${place}${field}工程技术研究中心`;
    case "national_enterprise_tech_center":
    case "enterprise_tech_center":
      return `${host.name}技术中心`;
    case "industrial_design_center":
      return `${host.name}工业设计中心`;
    case "clinical_research_center":
      return `${place}${random.pick(DISEASES)}临床医学研究中心`;
    case "new_rd_institution":
      return `长沙${fieldFor(random, industry)}${random.pick(["产业技术研究院", "创新研究院", "研究院", "技术研究院"])}`;
    case "intl_cooperation_base":
      return `${place}${field}国际科技合作基地`;
    case "academician_workstation":
      return `${host.name}院士专家工作站`;
    case "pilot_base":
      return `长沙${fieldFor(random, industry)}中试基地`;
    case "incubator":
      return `${random.pick(INCUBATOR_WORDS)}${fieldFor(random, industry)}科技企业孵化器`;
    case "makerspace":
      return `${random.pick(INCUBATOR_WORDS)}${hostShort}众创空间`;
    case "fortune500_rd_center":
    case "foreign_rd_center":
      return `${hostShort}长沙研发中心`;
    case "leading_hq_rd_center":
      return `${hostShort}总部研发中心`;
    case "independent_rd_center":
      return `湖南${hostShort}研究院有限公司`;
    case "bonded_rd_center":
      return `${hostShort}保税研发中心`;
    default:
      return `${place}${field}创新平台`;
  }
}

/** A document number in the issuing authority's style (illustrative). */
export function documentNumber(random: Random, typeCode: string, level: PlatformLevel, year: number): string {
  const n = random.int(3, 180);
  if (level === "national")
    return typeCode.includes("engineering_research") ||
      typeCode.includes("enterprise") ||
      typeCode.includes("industry")
      ? `发改高技〔${year}〕${n}号`
      : `国科发基〔${year}〕${n}号`;
  if (level === "provincial") return `湘科发〔${year}〕${n}号`;
  return typeCode.endsWith("_rd_center") ? `长科发〔${year}〕${n}号` : `长科〔${year}〕${n}号`;
}
