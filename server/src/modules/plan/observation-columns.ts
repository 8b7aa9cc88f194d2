import {
  CITY_CODE,
  DISTRICTS,
  type Lang,
  type OBSERVATION_QUALIFIERS,
  ObservationInputSchema,
  ObservationSourceSchema,
} from "@rdcity/common";
import { z } from "zod";
import type { IndicatorRow } from "../../core/indicators/index.js";
import type { ColumnSpec } from "../../core/io/index.js";

/** The columns of a file of reported figures (P-02), Chinese header first, then English, then aliases. */
export const OBSERVATION_COLUMNS: ColumnSpec[] = [
  {
    key: "indicatorCode",
    headers: ["指标代码", "Indicator code", "指标", "指标名称", "Indicator"],
    required: true,
    description: {
      zh: "指标代码，或指标的中文、英文名称",
      en: "The indicator's code, or its Chinese or English name",
    },
  },
  {
    key: "period",
    headers: ["期间", "Period", "年份", "年度", "Year"],
    required: true,
    description: { zh: "年度，写作 YYYY，如 2024", en: "The year, written YYYY, e.g. 2024" },
  },
  { key: "value", headers: ["数值", "Value", "数据"], required: true, parse: "number" },
  {
    key: "areaCode",
    headers: ["地区代码", "Area code", "地区", "Area", "区县"],
    description: {
      zh: "选填，默认全市（430100）；也可填区县名称，如 岳麓区",
      en: "Optional, the city (430100) when empty; a district's name such as Yuelu District also works",
    },
  },
  {
    key: "unit",
    headers: ["单位", "Unit"],
    description: {
      zh: "选填；填写时须与指标的单位一致",
      en: "Optional; when given it must be the indicator's unit",
    },
  },
  {
    key: "qualifier",
    headers: ["限定", "Qualifier", "限定词"],
    description: {
      zh: "选填：超过、以上、约、不足、不超过（或 gt、ge、approx、lt、le）",
      en: "Optional: gt (more than), ge (at least), approx (about), lt (less than), le (at most)",
    },
  },
  {
    key: "sourceTitle",
    headers: ["来源", "Source", "数据来源", "来源名称"],
    required: true,
    description: { zh: "发布数据的文件或报道名称", en: "The publication that gives the figure" },
  },
  { key: "sourceDate", headers: ["发布日期", "Source date", "Published on"], parse: "date" },
  { key: "sourceUrl", headers: ["链接", "URL", "Link", "网址"] },
  { key: "note", headers: ["备注", "Note"] },
  {
    key: "revisionReason",
    headers: ["修订原因", "Revision reason"],
    description: {
      zh: "已有数据的年度须填写，该行作为修订版本记录",
      en: "Required when the period already has a figure; the row then becomes its next vintage",
    },
  },
];

export const observationColumnLabel = (key: string, lang: Lang) => {
  const spec = OBSERVATION_COLUMNS.find((c) => c.key === key);
  if (!spec) return key;
  return lang === "en-US" ? spec.headers[1]! : spec.headers[0]!;
};

const S = ObservationInputSchema.shape;
const Source = ObservationSourceSchema.shape;

/** One file row, checked with the POST's own field schemas (the indicator's rules come after). */
export const ObservationFileRowSchema = z
  .object({
    indicatorCode: S.indicatorCode,
    period: S.period,
    value: S.value,
    areaCode: S.areaCode,
    unit: S.unit,
    qualifier: S.qualifier,
    sourceTitle: Source.title,
    sourceDate: Source.date,
    sourceUrl: Source.url,
    note: Source.note,
    revisionReason: S.revision.unwrap().shape.reason.optional(),
  })
  .strict();
export type ObservationFileRow = z.infer<typeof ObservationFileRowSchema>;

const fold = (text: string) => text.normalize("NFKC").trim().toLowerCase();

const lookup = (pairs: [string, string[]][]) => {
  const map = new Map<string, string>();
  for (const [code, names] of pairs) for (const n of [code, ...names]) map.set(fold(n), code);
  return (value: unknown) => (typeof value === "string" ? (map.get(fold(value)) ?? value) : value);
};

export const QUALIFIER_NAMES: Record<(typeof OBSERVATION_QUALIFIERS)[number], { zh: string; en: string }> = {
  gt: { zh: "超过", en: "more than" },
  ge: { zh: "以上", en: "at least" },
  approx: { zh: "约", en: "about" },
  lt: { zh: "不足", en: "less than" },
  le: { zh: "不超过", en: "at most" },
};
const SYMBOLS: Record<string, string[]> = {
  gt: [">", "大于", "多于"],
  ge: ["≥", ">=", "及以上", "不少于"],
  approx: ["≈", "~", "约为", "左右"],
  lt: ["<", "少于", "低于", "小于"],
  le: ["≤", "<=", "以下", "及以下"],
};
const toQualifier = lookup(
  Object.entries(QUALIFIER_NAMES).map(([c, n]) => [c, [n.zh, n.en, ...(SYMBOLS[c] ?? [])]]),
);
const toArea = lookup([
  [CITY_CODE, ["全市", "长沙市", "长沙", "Changsha", "city"]],
  ...DISTRICTS.map((d): [string, string[]] => [d.code, [d.name, d.nameEn]]),
]);

/** Labels as well as codes: 岳麓区 or 430104, 超过 or gt, 2024年 or 2024. */
export function normaliseObservationRow(record: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = { ...record };
  if (typeof out.period === "string")
    out.period = out.period
      .normalize("NFKC")
      .trim()
      .replace(/年(度)?$/, "");
  if (out.areaCode !== undefined) out.areaCode = toArea(out.areaCode);
  if (out.qualifier !== undefined) out.qualifier = toQualifier(out.qualifier);
  return out;
}

/** An invalid qualifier lists the words a person can type, not the API codes. */
export function withQualifierLabels<T extends { code: string; path: PropertyKey[]; values?: unknown[] }>(
  issue: T,
  lang: Lang,
): T {
  if (issue.code !== "invalid_value" || issue.path[0] !== "qualifier" || !issue.values) return issue;
  const names = QUALIFIER_NAMES as Record<string, { zh: string; en: string }>;
  return {
    ...issue,
    values: issue.values.map((v) => names[String(v)]?.[lang === "en-US" ? "en" : "zh"] ?? v),
  };
}

/** Finds an indicator by its code, its Chinese or English name, or one of its aliases (codes win). */
export function indicatorFinder(rows: readonly IndicatorRow[]) {
  const map = new Map<string, IndicatorRow>();
  const add = (name: string | null | undefined, row: IndicatorRow) => {
    if (name && !map.has(fold(name))) map.set(fold(name), row);
  };
  for (const r of rows) add(r.code, r);
  for (const r of rows) {
    add(r.nameZh, r);
    add(r.nameEn, r);
  }
  for (const r of rows) for (const alias of r.aliases ?? []) add(alias, r);
  return (text: string) => map.get(fold(text));
}
