import {
  type CultivationField,
  type CultivationRule,
  cultivationField,
  PLATFORM_LEVEL_NAMES,
  PLATFORM_STATUS_NAMES,
  type PlatformLevel,
  type PlatformStatus,
  platformTypeByCode,
} from "@rdcity/common";

/**
 * The words of the scoring: every point has its reason ("研发投入 3,250 万元，位于 1,000–5,000 区间，得 56.3 分
 * × 权重 30%"), every exclusion its detail. Numbers are grouped by thousands in both languages.
 */
export type Text = { zh: string; en: string };

const grouped = (v: number, digits: number) =>
  new Intl.NumberFormat("en-US", { maximumFractionDigits: digits, minimumFractionDigits: 0 }).format(v);

/** A value with its unit: 3,250 万元 / 3,250 (10k CNY); 12.5% in both; 80 人 / 80 people. */
export function valueText(field: CultivationField, v: number): Text {
  const n = grouped(v, field.digits);
  if (field.unit.zh === "%") return { zh: `${n}%`, en: `${n}%` };
  const money = field.unit.zh === "万元";
  return { zh: `${n} ${field.unit.zh}`, en: money ? `${n} (${field.unit.en})` : `${n} ${field.unit.en}` };
}

export const pointsText = (points: number) => (Math.round(points * 10) / 10).toFixed(1);
export const shareText = (share: number) => `${grouped(share * 100, 1)}%`;
const bound = (field: CultivationField, v: number) => grouped(v, field.digits);

export function criterionReason(
  fieldKey: string,
  rule: CultivationRule,
  value: number | null,
  points: number,
  share: number,
  percentile?: { n: number },
): Text {
  const field = cultivationField(fieldKey)!;
  const tail = {
    zh: `得 ${pointsText(points)} 分 × 权重 ${shareText(share)}`,
    en: `${pointsText(points)} points × weight ${shareText(share)}`,
  };
  if (value === null) {
    const growth = fieldKey === "rdSpendingGrowth";
    return growth
      ? {
          zh: `${field.zh}无法计算（上年无已通过的年报或上年研发投入为 0），${tail.zh}`,
          en: `${field.en} cannot be computed (no accepted report for the year before, or its R&D spending was 0): ${tail.en}`,
        }
      : { zh: `${field.zh}未填报，${tail.zh}`, en: `${field.en} not reported: ${tail.en}` };
  }
  const v = valueText(field, value);
  if (rule.kind === "percentile") {
    const n = percentile?.n ?? 1;
    return {
      zh: `${field.zh} ${v.zh}，在 ${n} 家有数据的候选中位于第 ${pointsText(points)} 百分位，${tail.zh}`,
      en: `${field.en} ${v.en}, at the ${pointsText(points)} percentile of ${n} candidates with a value: ${tail.en}`,
    };
  }
  const lo = bound(field, rule.floor);
  const hi = bound(field, rule.ceiling);
  if (value <= rule.floor)
    return {
      zh: `${field.zh} ${v.zh}，不高于下限 ${lo}，${tail.zh}`,
      en: `${field.en} ${v.en}, at or below the floor ${lo}: ${tail.en}`,
    };
  if (value >= rule.ceiling)
    return {
      zh: `${field.zh} ${v.zh}，达到上限 ${hi}，${tail.zh}`,
      en: `${field.en} ${v.en}, at or above the ceiling ${hi}: ${tail.en}`,
    };
  return {
    zh: `${field.zh} ${v.zh}，位于 ${lo}–${hi} 区间，${tail.zh}`,
    en: `${field.en} ${v.en}, within ${lo}–${hi}: ${tail.en}`,
  };
}

const listOf = (values: readonly string[], name: (v: string) => Text): Text => ({
  zh: values.map((v) => name(v).zh).join("、"),
  en: values.map((v) => name(v).en).join(", "),
});
export const levelName = (v: string): Text => PLATFORM_LEVEL_NAMES[v as PlatformLevel] ?? { zh: v, en: v };
export const statusName = (v: string): Text => PLATFORM_STATUS_NAMES[v as PlatformStatus] ?? { zh: v, en: v };
export const typeName = (v: string): Text => {
  const t = platformTypeByCode(v);
  return t ? { zh: t.name, en: t.nameEn } : { zh: v, en: v };
};

export const exclusionDetail = {
  status: (status: string, allowed: readonly string[]): Text => {
    const s = statusName(status);
    const l = listOf(allowed, statusName);
    return {
      zh: `状态为“${s.zh}”，不在所选状态（${l.zh}）内`,
      en: `status “${s.en}” is not among ${l.en}`,
    };
  },
  alreadyNational: (typeCode: string): Text => {
    const t = typeName(typeCode);
    return { zh: `已是国家级平台（${t.zh}）`, en: `already a national platform (${t.en})` };
  },
  level: (level: string, allowed: readonly string[]): Text => {
    const l = listOf(allowed, levelName);
    return {
      zh: `级别为${levelName(level).zh}，不在所选级别（${l.zh}）内`,
      en: `level ${levelName(level).en} is not among ${l.en}`,
    };
  },
  type: (typeCode: string): Text => {
    const t = typeName(typeCode);
    return { zh: `类型“${t.zh}”不在所选类型内`, en: `type “${t.en}” is not among the chosen types` };
  },
  industry: (industries: readonly string[]): Text =>
    industries.length
      ? {
          zh: `产业领域（${industries.join("、")}）不在所选产业领域内`,
          en: `industries (${industries.join(", ")}) are outside the chosen ones`,
        }
      : { zh: "未登记产业领域", en: "no industry recorded" },
  noReport: (year: number): Text => ({
    zh: `无 ${year} 年度已通过的年报`,
    en: `no accepted annual report for ${year}`,
  }),
  minRdSpending: (year: number, value: number | null, min: number): Text => {
    const field = cultivationField("rdSpending")!;
    const m = valueText(field, min);
    if (value === null)
      return {
        zh: `${year} 年研发投入未填报，门槛为 ${m.zh}`,
        en: `R&D spending for ${year} not reported; the threshold is ${m.en}`,
      };
    const v = valueText(field, value);
    return {
      zh: `${year} 年研发投入 ${v.zh}，低于门槛 ${m.zh}`,
      en: `R&D spending for ${year} of ${v.en} is below the threshold of ${m.en}`,
    };
  },
};
