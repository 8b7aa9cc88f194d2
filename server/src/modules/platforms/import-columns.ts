import {
  DISTRICTS,
  INDUSTRIES,
  type Lang,
  PLATFORM_LEVEL_NAMES,
  PLATFORM_STATUS_NAMES,
  PLATFORM_TYPES,
  ZONES,
} from "@rdcity/common";
import type { ColumnSpec } from "../../core/io/index.js";

/** The columns of the platform import file and export (an export can be imported again). */
export const PLATFORM_COLUMNS: ColumnSpec[] = [
  {
    key: "externalCode",
    headers: ["平台编码", "Platform code", "编码"],
    description: {
      zh: "选填；填写后按编码匹配已有平台",
      en: "Optional; when given, rows match platforms by it",
    },
  },
  { key: "name", headers: ["平台名称", "Name", "名称"], required: true },
  { key: "nameEn", headers: ["英文名称", "English name"] },
  {
    key: "typeCode",
    headers: ["平台类型", "Type", "类型"],
    required: true,
    description: { zh: "如 全国重点实验室、重点实验室、新型研发机构", en: "e.g. State key laboratory" },
  },
  {
    key: "level",
    headers: ["级别", "Level", "平台级别"],
    required: true,
    description: { zh: "国家级/省级/市级", en: "National/Provincial/Municipal" },
  },
  {
    key: "hostUscc",
    headers: ["依托单位统一社会信用代码", "Host USCC", "依托单位信用代码"],
    required: true,
    description: { zh: "须已在主体库登记", en: "Must be registered in the entity registry" },
  },
  {
    key: "hostName",
    headers: ["依托单位", "Host organisation", "依托单位名称"],
    description: { zh: "仅供阅读，以信用代码为准", en: "For reading only; the code decides" },
  },
  { key: "districtCode", headers: ["所在区县", "District", "区县"], required: true },
  { key: "zoneCode", headers: ["功能区", "Functional zone", "园区"] },
  { key: "industries", headers: ["产业领域", "Industries", "产业"], parse: "list" },
  { key: "recognisedOn", headers: ["认定日期", "Recognised on", "获批日期"], parse: "date" },
  { key: "recognitionDocNo", headers: ["认定文号", "Recognition document No.", "文号"] },
  {
    key: "status",
    headers: ["状态", "Status"],
    description: {
      zh: "新平台默认：有认定日期为已认定，否则为培育中；已有平台留空则不变",
      en: "New rows default to recognised with a recognition date, else cultivating; empty keeps a stored status",
    },
  },
  {
    key: "coBuilderUsccs",
    headers: ["共建单位统一社会信用代码", "Co-builder USCCs", "共建单位信用代码"],
    parse: "list",
    description: {
      zh: "多个用顿号或逗号分隔；填写后替换共建单位",
      en: "Separated by commas; replaces the co-builders",
    },
  },
  { key: "website", headers: ["网站", "Website"] },
  { key: "address", headers: ["地址", "Address"] },
  { key: "description", headers: ["简介", "Description"] },
  { key: "contactName", headers: ["联系人", "Contact person"] },
  { key: "contactPhone", headers: ["联系电话", "Contact phone", "电话"] },
];

export const columnLabel = (key: string, lang: Lang) => {
  const spec = PLATFORM_COLUMNS.find((c) => c.key === key);
  if (!spec) return key;
  return lang === "en-US" ? spec.headers[1]! : spec.headers[0]!;
};

/** Labels as well as codes are accepted in a file: 岳麓区 or 430104, 全国重点实验室 or state_key_lab, 省级 or provincial. */
const lookup = (pairs: [string, string[]][]) => {
  const map = new Map<string, string>();
  for (const [code, names] of pairs) for (const n of [code, ...names]) map.set(n.toLowerCase(), code);
  return (value: unknown) =>
    typeof value === "string" ? (map.get(value.trim().toLowerCase()) ?? value) : value;
};
const toType = lookup(PLATFORM_TYPES.map((t) => [t.code, [t.name, t.nameEn]]));
const toLevel = lookup(
  Object.entries(PLATFORM_LEVEL_NAMES).map(([c, n]) => [c, [n.zh, n.en, n.zh.replace("级", "")]]),
);
const toStatus = lookup(Object.entries(PLATFORM_STATUS_NAMES).map(([c, n]) => [c, [n.zh, n.en]]));
const toDistrict = lookup(DISTRICTS.map((d) => [d.code, [d.name, d.nameEn]]));
const toZone = lookup(ZONES.map((z) => [z.code, [z.name, z.nameEn]]));
const toIndustry = lookup(INDUSTRIES.map((i) => [i.code, [i.name, i.nameEn]]));

export function normaliseRow(record: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = { ...record };
  if (out.typeCode !== undefined) out.typeCode = toType(out.typeCode);
  if (out.level !== undefined) out.level = toLevel(out.level);
  if (out.status !== undefined) out.status = toStatus(out.status);
  if (out.districtCode !== undefined) out.districtCode = toDistrict(out.districtCode);
  if (out.zoneCode !== undefined) out.zoneCode = toZone(out.zoneCode);
  if (Array.isArray(out.industries)) out.industries = out.industries.map(toIndustry);
  return out;
}

/** A file speaks in labels, so an invalid value lists the labels a person can type, not the API codes. */
const ENUM_LABELS: Record<string, Record<string, { zh: string; en: string }>> = {
  typeCode: Object.fromEntries(PLATFORM_TYPES.map((t) => [t.code, { zh: t.name, en: t.nameEn }])),
  level: PLATFORM_LEVEL_NAMES,
  status: PLATFORM_STATUS_NAMES,
};
export function withLabels<T extends { code: string; path: PropertyKey[]; values?: unknown[] }>(
  issue: T,
  lang: Lang,
): T {
  const names = ENUM_LABELS[String(issue.path[0])];
  if (issue.code !== "invalid_value" || !names || !issue.values) return issue;
  return {
    ...issue,
    values: issue.values.map((v) => names[String(v)]?.[lang === "en-US" ? "en" : "zh"] ?? v),
  };
}
