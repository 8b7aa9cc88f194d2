/**
 * Changsha's county-level divisions (GB/T 2260, NBS 2022 edition) and its functional zones.
 * Source of the codes: server/assets/changsha/SOURCES.md. Zones have no division code; they carry their own
 * code and the districts they lie in (§三(三) of the 2023 plan, and the parks named in REQUIREMENTS).
 */
export interface District {
  code: string;
  name: string;
  nameEn: string;
}

export const CITY_CODE = "430100";

export const DISTRICTS: readonly District[] = [
  { code: "430102", name: "芙蓉区", nameEn: "Furong District" },
  { code: "430103", name: "天心区", nameEn: "Tianxin District" },
  { code: "430104", name: "岳麓区", nameEn: "Yuelu District" },
  { code: "430105", name: "开福区", nameEn: "Kaifu District" },
  { code: "430111", name: "雨花区", nameEn: "Yuhua District" },
  { code: "430112", name: "望城区", nameEn: "Wangcheng District" },
  { code: "430121", name: "长沙县", nameEn: "Changsha County" },
  { code: "430181", name: "浏阳市", nameEn: "Liuyang City" },
  { code: "430182", name: "宁乡市", nameEn: "Ningxiang City" },
] as const;

export const DISTRICT_CODES = DISTRICTS.map((d) => d.code) as [string, ...string[]];

export interface Zone {
  code: string;
  name: string;
  nameEn: string;
  parentCode: string | null;
  districtCodes: string[];
}

export const ZONES: readonly Zone[] = [
  {
    code: "XJXQ",
    name: "湖南湘江新区",
    nameEn: "Hunan Xiangjiang New Area",
    parentCode: null,
    districtCodes: ["430104", "430112", "430182"],
  },
  {
    code: "XJKXC",
    name: "湘江科学城",
    nameEn: "Xiangjiang Science City",
    parentCode: "XJXQ",
    districtCodes: ["430104", "430112"],
  },
  {
    code: "YLSDXC",
    name: "岳麓山大学科技城",
    nameEn: "Yuelushan University S&T City",
    parentCode: "XJKXC",
    districtCodes: ["430104"],
  },
  {
    code: "CSGXQ",
    name: "长沙高新区",
    nameEn: "Changsha Hi-tech Zone",
    parentCode: "XJXQ",
    districtCodes: ["430104"],
  },
  {
    code: "NXJKQ",
    name: "宁乡经开区",
    nameEn: "Ningxiang ETDZ",
    parentCode: "XJXQ",
    districtCodes: ["430182"],
  },
  {
    code: "NXGXQ",
    name: "宁乡高新区",
    nameEn: "Ningxiang Hi-tech Zone",
    parentCode: "XJXQ",
    districtCodes: ["430182"],
  },
  {
    code: "WCJKQ",
    name: "望城经开区",
    nameEn: "Wangcheng ETDZ",
    parentCode: "XJXQ",
    districtCodes: ["430112"],
  },
  { code: "DZH", name: "大泽湖基地", nameEn: "Dazehu Base", parentCode: "WCJKQ", districtCodes: ["430112"] },
  {
    code: "FTZCS",
    name: "自贸区长沙片区",
    nameEn: "China (Hunan) FTZ Changsha Area",
    parentCode: null,
    districtCodes: ["430121", "430102", "430111"],
  },
  {
    code: "CSJKQ",
    name: "长沙经开区",
    nameEn: "Changsha ETDZ",
    parentCode: "FTZCS",
    districtCodes: ["430121"],
  },
  {
    code: "HHZBQ",
    name: "黄花综合保税区",
    nameEn: "Huanghua Comprehensive Bonded Zone",
    parentCode: "FTZCS",
    districtCodes: ["430121"],
  },
  {
    code: "FRQK",
    name: "自贸区芙蓉区块",
    nameEn: "FTZ Furong Block",
    parentCode: "FTZCS",
    districtCodes: ["430102"],
  },
  {
    code: "HZQK",
    name: "自贸区会展区块",
    nameEn: "FTZ Expo Block",
    parentCode: "FTZCS",
    districtCodes: ["430121"],
  },
  {
    code: "GTXC",
    name: "高铁新城",
    nameEn: "High-speed Rail New Town",
    parentCode: "FTZCS",
    districtCodes: ["430111"],
  },
  {
    code: "SYH",
    name: "松雅湖未来科技城",
    nameEn: "Songyahu Future S&T City",
    parentCode: null,
    districtCodes: ["430121"],
  },
  {
    code: "MLS",
    name: "马栏山视频文创产业园",
    nameEn: "Malanshan Video & Creative Park",
    parentCode: null,
    districtCodes: ["430105"],
  },
  {
    code: "KDJX",
    name: "科大金霞基地",
    nameEn: "Keda Jinxia Base",
    parentCode: null,
    districtCodes: ["430105"],
  },
  { code: "YHJKQ", name: "雨花经开区", nameEn: "Yuhua ETDZ", parentCode: null, districtCodes: ["430111"] },
  {
    code: "TXSG",
    name: "天心数谷",
    nameEn: "Tianxin Digital Valley",
    parentCode: null,
    districtCodes: ["430103"],
  },
  { code: "LYJKQ", name: "浏阳经开区", nameEn: "Liuyang ETDZ", parentCode: null, districtCodes: ["430181"] },
] as const;

export const ZONE_CODES = ZONES.map((z) => z.code) as [string, ...string[]];

export function districtByCode(code: string): District | undefined {
  return DISTRICTS.find((d) => d.code === code);
}

export function zoneByCode(code: string): Zone | undefined {
  return ZONES.find((z) => z.code === code);
}

export function isAreaCode(code: string): boolean {
  return districtByCode(code) !== undefined || zoneByCode(code) !== undefined;
}

/** The zone and every zone below it (湘江新区 → 湘江科学城 → 岳麓山大学科技城 …). */
export function zoneWithDescendants(code: string): string[] {
  const out = [code];
  for (let i = 0; i < out.length; i++) {
    for (const z of ZONES) if (z.parentCode === out[i]) out.push(z.code);
  }
  return out;
}
