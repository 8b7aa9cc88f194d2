/**
 * The taxonomy of innovation platforms (创新平台) and R&D centres (研发中心) of the 2023 plan, as data.
 * §三(一): the five kinds of R&D enterprise (centre) that count toward "200 by 2025, 500 by 2030";
 * §三(二): national platforms, the 4+4 科创工程, new-type R&D institutions; §三(四)(五): the platforms the
 * industry chains lean on (key labs, engineering centres, enterprise technology centres, pilot bases).
 * The server keeps the same list in its `platform_types` table (seeded by a migration; a test keeps both equal).
 */
export const PLATFORM_LEVELS = ["national", "provincial", "municipal"] as const;
export type PlatformLevel = (typeof PLATFORM_LEVELS)[number];
export const PLATFORM_LEVEL_NAMES: Record<PlatformLevel, { zh: string; en: string }> = {
  national: { zh: "国家级", en: "National" },
  provincial: { zh: "省级", en: "Provincial" },
  municipal: { zh: "市级", en: "Municipal" },
};

export const PLATFORM_CATEGORIES = [
  "lab",
  "technology_innovation",
  "engineering",
  "enterprise",
  "medical",
  "infrastructure",
  "strategic",
  "new_rd_institution",
  "rd_centre",
  "cooperation",
  "incubation",
] as const;
export type PlatformCategory = (typeof PLATFORM_CATEGORIES)[number];
export const PLATFORM_CATEGORY_NAMES: Record<PlatformCategory, { zh: string; en: string }> = {
  lab: { zh: "实验室", en: "Laboratories" },
  technology_innovation: { zh: "技术创新中心", en: "Technology innovation centres" },
  engineering: { zh: "工程研究中心", en: "Engineering research centres" },
  enterprise: { zh: "企业技术中心", en: "Enterprise technology centres" },
  medical: { zh: "临床医学与医学中心", en: "Clinical and medical centres" },
  infrastructure: { zh: "重大科技基础设施", en: "Major S&T infrastructure" },
  strategic: { zh: "“4+4科创工程”", en: "4+4 S&T programme" },
  new_rd_institution: { zh: "新型研发机构", en: "New-type R&D institutions" },
  rd_centre: { zh: "研发企业（中心）", en: "R&D enterprises (centres)" },
  cooperation: { zh: "合作与转化平台", en: "Cooperation and transfer platforms" },
  incubation: { zh: "孵化载体", en: "Incubators" },
};

export interface PlatformType {
  code: string;
  name: string;
  nameEn: string;
  category: PlatformCategory;
  /** The levels a platform of this type can have (a 全国重点实验室 is only national). */
  levels: readonly PlatformLevel[];
  /** One of the five R&D centre kinds of §三(一): counts toward the 200 (2025) / 500 (2030) target. */
  isRdCentre: boolean;
  sortOrder: number;
}

const N = ["national"] as const;
const PM = ["provincial", "municipal"] as const;
const ALL = ["national", "provincial", "municipal"] as const;

type TypeRow = [string, string, string, PlatformCategory, readonly PlatformLevel[], boolean?];

const ROWS: readonly TypeRow[] = [
  // National platforms (§三(二)2)
  ["national_lab", "国家实验室", "National laboratory", "lab", N],
  ["state_key_lab", "全国重点实验室", "State key laboratory", "lab", N],
  ["ministry_key_lab", "部委重点实验室", "Key laboratory of a national ministry", "lab", N],
  [
    "national_tech_innovation_center",
    "国家技术创新中心",
    "National technology innovation center",
    "technology_innovation",
    N,
  ],
  [
    "national_mfg_innovation_center",
    "国家制造业创新中心",
    "National manufacturing innovation center",
    "technology_innovation",
    N,
  ],
  [
    "national_industry_innovation_center",
    "国家产业创新中心",
    "National industry innovation center",
    "technology_innovation",
    N,
  ],
  [
    "national_enterprise_tech_center",
    "国家企业技术中心",
    "National enterprise technology center",
    "enterprise",
    N,
  ],
  [
    "national_engineering_research_center",
    "国家工程研究中心",
    "National engineering research center",
    "engineering",
    N,
  ],
  [
    "national_engineering_tech_center",
    "国家工程技术研究中心",
    "National engineering technology research center",
    "engineering",
    N,
  ],
  [
    "national_clinical_research_center",
    "国家临床医学研究中心",
    "National clinical research center",
    "medical",
    N,
  ],
  ["national_medical_center", "国家医学中心", "National medical center", "medical", N],
  ["major_infrastructure", "重大科技基础设施", "Major S&T infrastructure", "infrastructure", N],
  // Provincial and municipal counterparts
  ["key_lab", "重点实验室", "Key laboratory", "lab", PM],
  ["tech_innovation_center", "技术创新中心", "Technology innovation center", "technology_innovation", PM],
  ["mfg_innovation_center", "制造业创新中心", "Manufacturing innovation center", "technology_innovation", PM],
  ["engineering_research_center", "工程研究中心", "Engineering research center", "engineering", PM],
  [
    "engineering_tech_center",
    "工程技术研究中心",
    "Engineering technology research center",
    "engineering",
    PM,
  ],
  ["enterprise_tech_center", "企业技术中心", "Enterprise technology center", "enterprise", PM],
  ["industrial_design_center", "工业设计中心", "Industrial design center", "enterprise", ALL],
  ["clinical_research_center", "临床医学研究中心", "Clinical research center", "medical", PM],
  // 省“4+4科创工程” (§三(二)3)
  ["hunan_lab", "“4+4科创工程”实验室", "4+4 programme laboratory", "strategic", ["provincial"]],
  [
    "strategic_platform",
    "“4+4科创工程”重大科技平台",
    "4+4 programme major platform",
    "strategic",
    ["national", "provincial"],
  ],
  // §三(二)4
  ["new_rd_institution", "新型研发机构", "New-type R&D institution", "new_rd_institution", PM],
  // The five R&D centre kinds of §三(一) (recognised by the city)
  [
    "fortune500_rd_center",
    "世界500强企业研发中心",
    "Fortune Global 500 R&D center",
    "rd_centre",
    ["municipal"],
    true,
  ],
  [
    "leading_hq_rd_center",
    "领军企业总部研发中心",
    "Leading enterprise HQ R&D center",
    "rd_centre",
    ["municipal"],
    true,
  ],
  [
    "independent_rd_center",
    "独立注册企业研发中心（扩能升级）",
    "Independently registered enterprise R&D center (upgraded)",
    "rd_centre",
    ["municipal"],
    true,
  ],
  ["foreign_rd_center", "外资研发中心", "Foreign-invested R&D center", "rd_centre", ["municipal"], true],
  ["bonded_rd_center", "保税研发中心", "Bonded R&D center", "rd_centre", ["municipal"], true],
  // Cooperation, transfer and incubation (§三(五))
  ["intl_cooperation_base", "国际科技合作基地", "International S&T cooperation base", "cooperation", ALL],
  ["academician_workstation", "院士专家工作站", "Academician expert workstation", "cooperation", PM],
  ["pilot_base", "中试基地", "Pilot-scale test base", "cooperation", PM],
  ["incubator", "科技企业孵化器", "Technology business incubator", "incubation", ALL],
  ["makerspace", "众创空间", "Makerspace", "incubation", ALL],
];

export const PLATFORM_TYPES: readonly PlatformType[] = ROWS.map(
  ([code, name, nameEn, category, levels, isRdCentre], i) => ({
    code,
    name,
    nameEn,
    category,
    levels,
    isRdCentre: isRdCentre === true,
    sortOrder: (i + 1) * 10,
  }),
);

export const PLATFORM_TYPE_CODES = PLATFORM_TYPES.map((t) => t.code) as [string, ...string[]];

export const RD_CENTRE_TYPE_CODES = PLATFORM_TYPES.filter((t) => t.isRdCentre).map((t) => t.code);

export function platformTypeByCode(code: string): PlatformType | undefined {
  return PLATFORM_TYPES.find((t) => t.code === code);
}

/** Lifecycle: cultivating → recognised → operating → evaluated; revoked and merged are final. */
export const PLATFORM_STATUSES = [
  "cultivating",
  "recognised",
  "operating",
  "evaluated",
  "revoked",
  "merged",
] as const;
export type PlatformStatus = (typeof PLATFORM_STATUSES)[number];
export const PLATFORM_STATUS_NAMES: Record<PlatformStatus, { zh: string; en: string }> = {
  cultivating: { zh: "培育中", en: "Cultivating" },
  recognised: { zh: "已认定", en: "Recognised" },
  operating: { zh: "运行中", en: "Operating" },
  evaluated: { zh: "已通过评估", en: "Evaluated" },
  revoked: { zh: "已撤销", en: "Revoked" },
  merged: { zh: "已整合", en: "Merged" },
};

/** The statuses in which a platform counts (for indicators) and is shown in the public directory. */
export const PLATFORM_COUNTED_STATUSES: readonly PlatformStatus[] = ["recognised", "operating", "evaluated"];

/** Allowed transitions. An evaluated platform can be evaluated again (each cycle) or go back to operating. */
export const PLATFORM_TRANSITIONS: Record<PlatformStatus, readonly PlatformStatus[]> = {
  cultivating: ["recognised", "revoked", "merged"],
  recognised: ["operating", "evaluated", "revoked", "merged"],
  operating: ["evaluated", "revoked", "merged"],
  evaluated: ["evaluated", "operating", "revoked", "merged"],
  revoked: [],
  merged: [],
};

/** Statuses a record may start in (a platform recognised before it was registered here starts recognised). */
export const PLATFORM_INITIAL_STATUSES = ["cultivating", "recognised", "operating", "evaluated"] as const;

export function isFinalPlatformStatus(status: PlatformStatus): boolean {
  return PLATFORM_TRANSITIONS[status].length === 0;
}

/** CERIF-style roles of an organisation linked to a platform besides its host (依托单位). */
export const PLATFORM_LINK_ROLES = ["co_builder", "operator", "partner", "supporter"] as const;
export type PlatformLinkRole = (typeof PLATFORM_LINK_ROLES)[number];
export const PLATFORM_LINK_ROLE_NAMES: Record<PlatformLinkRole, { zh: string; en: string }> = {
  co_builder: { zh: "共建单位", en: "Co-builder" },
  operator: { zh: "运营单位", en: "Operator" },
  partner: { zh: "合作单位", en: "Partner" },
  supporter: { zh: "支持单位", en: "Supporter" },
};

/** Labels of the platform fields (forms, import headers, validation messages). */
export const PLATFORM_FIELD_LABELS: Record<string, { zh: string; en: string }> = {
  typeCode: { zh: "平台类型", en: "Platform type" },
  level: { zh: "级别", en: "Level" },
  hostEntityId: { zh: "依托单位", en: "Host organisation" },
  hostUscc: { zh: "依托单位统一社会信用代码", en: "Host USCC" },
  recognisedOn: { zh: "认定日期", en: "Recognised on" },
  recognitionDocNo: { zh: "认定文号", en: "Recognition document No." },
  externalCode: { zh: "平台编码", en: "Platform code" },
  description: { zh: "简介", en: "Description" },
  notes: { zh: "内部备注", en: "Internal notes" },
  links: { zh: "共建单位", en: "Co-builders" },
  statusOn: { zh: "状态生效日期", en: "Status effective on" },
  statusNote: { zh: "状态说明", en: "Status note" },
  successorId: { zh: "整合后的平台", en: "Successor platform" },
};

/**
 * What the city recognises: the five R&D centre kinds of §三(一) and the municipal-level platforms; the
 * ministries and the province recognise the rest, which are entered in the registry directly.
 */
export const RECOGNISABLE_TYPE_CODES: readonly string[] = PLATFORM_TYPES.filter((t) =>
  t.levels.includes("municipal"),
).map((t) => t.code);
