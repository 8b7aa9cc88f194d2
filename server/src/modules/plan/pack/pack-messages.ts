/** The messages of the pack's problems, in zh-CN and en-US, one entry per problem code. */
export type PackMessage = { zh: string; en: string };
type Params = Record<string, unknown>;

const s = (v: unknown) => (Array.isArray(v) ? v.join(", ") : String(v));
const zhList = (v: unknown) => (Array.isArray(v) ? v.join("、") : String(v));

const TYPE_NAMES: Record<string, PackMessage> = {
  string: { zh: "文本", en: "a text" },
  number: { zh: "数字", en: "a number" },
  int: { zh: "整数", en: "a whole number" },
  boolean: { zh: "布尔值（true/false）", en: "true or false" },
  object: { zh: "映射（键: 值）", en: "a mapping (key: value)" },
  array: { zh: "列表", en: "a list" },
  null: { zh: "空值", en: "nothing (null)" },
};
const typeName = (t: unknown): PackMessage => TYPE_NAMES[String(t)] ?? { zh: String(t), en: String(t) };

const FORMATS: Record<string, PackMessage> = {
  lower_kebab: {
    zh: "小写字母、数字和连字符（如 changsha-2023）",
    en: "lower-kebab-case (e.g. changsha-2023)",
  },
  lower_snake: {
    zh: "小写字母、数字和下划线（如 innovation_platforms）",
    en: "lower_snake_case (e.g. rd_centres)",
  },
  zone_code: { zh: "大写字母和数字（如 XJKXC）", en: "upper-case letters and digits (e.g. XJKXC)" },
  task_code: {
    zh: "“项目.任务”或“项目.任务.子项”（如 1.1、4.1.2）",
    en: '"project.task" or "project.task.item" (1.1, 4.1.2)',
  },
  project_code: { zh: "数字序号（如 1）", en: 'a number in quotes (e.g. "1")' },
  city_code: {
    zh: "以 00 结尾的 6 位行政区划代码（如 430100）",
    en: "a 6-digit division code ending in 00 (430100)",
  },
  date: { zh: "有效日期 YYYY-MM-DD", en: "a valid date YYYY-MM-DD" },
  url: { zh: "网址", en: "a URL" },
};

const REF_KINDS: Record<string, PackMessage> = {
  indicator: { zh: "指标", en: "indicator" },
  task: { zh: "任务", en: "task" },
  unit: { zh: "单位", en: "unit" },
  zone: { zh: "片区", en: "zone" },
  industry: { zh: "产业", en: "industry" },
};
const refKind = (k: unknown) => REF_KINDS[String(k)] ?? { zh: String(k), en: String(k) };

const bound = (v: unknown) => (v === undefined || v === null ? "∞" : String(v));

const MESSAGES: Record<string, (p: Params) => PackMessage> = {
  yaml_syntax: (p) => ({ zh: `YAML 语法错误：${s(p.detail)}`, en: `YAML syntax error: ${s(p.detail)}` }),
  yaml_duplicate_key: (p) => ({
    zh: `同一映射中键重复：${s(p.detail)}`,
    en: `A key appears twice in one mapping: ${s(p.detail)}`,
  }),
  yaml_empty: () => ({ zh: "文件为空或不是映射", en: "The file is empty or not a mapping" }),
  unknown_field: (p) => ({ zh: `未知字段“${s(p.field)}”`, en: `Unknown field "${s(p.field)}"` }),
  missing_field: (p) => ({
    zh: `缺少必填字段“${s(p.field)}”`,
    en: `Required field "${s(p.field)}" is missing`,
  }),
  wrong_type: (p) => {
    const hint = p.expected === "string" && p.got === "number";
    return {
      zh: `类型错误：应为${typeName(p.expected).zh}，实为${typeName(p.got).zh}${hint ? '（代码请加引号，如 "430104"）' : ""}`,
      en: `Wrong type: expected ${typeName(p.expected).en}, got ${typeName(p.got).en}${hint ? ' (quote codes, e.g. "430104")' : ""}`,
    };
  },
  bad_enum: (p) => ({
    zh: `取值“${s(p.value)}”无效，应为：${zhList(p.allowed)}`,
    en: `Invalid value "${s(p.value)}"; expected one of: ${s(p.allowed)}`,
  }),
  bad_format: (p) => {
    const f = FORMATS[String(p.format)] ?? { zh: String(p.format), en: String(p.format) };
    return { zh: `格式错误：应为${f.zh}`, en: `Wrong format: expected ${f.en}` };
  },
  too_small: (p) =>
    p.origin === "array"
      ? { zh: `至少需要 ${s(p.minimum)} 项`, en: `At least ${s(p.minimum)} entries are needed` }
      : p.origin === "string"
        ? { zh: "不能为空", en: "Must not be empty" }
        : { zh: `不能小于 ${s(p.minimum)}`, en: `Must be at least ${s(p.minimum)}` },
  too_big: (p) =>
    p.origin === "array"
      ? { zh: `最多 ${s(p.maximum)} 项`, en: `At most ${s(p.maximum)} entries` }
      : { zh: `不能大于 ${s(p.maximum)}`, en: `Must be at most ${s(p.maximum)}` },
  invalid: (p) => ({ zh: `取值无效：${s(p.detail)}`, en: `Invalid value: ${s(p.detail)}` }),
  duplicate_code: (p) => ({
    zh: `代码“${s(p.code)}”重复（首次出现于 ${s(p.first)}）`,
    en: `Duplicate code "${s(p.code)}" (first at ${s(p.first)})`,
  }),
  duplicate_alias: (p) => ({
    zh: `别名“${s(p.alias)}”已属于 ${s(p.first)}`,
    en: `Alias "${s(p.alias)}" already belongs to ${s(p.first)}`,
  }),
  unknown_reference: (p) => ({
    zh: `引用了不存在的${refKind(p.kind).zh}“${s(p.code)}”`,
    en: `Unknown ${refKind(p.kind).en} "${s(p.code)}"`,
  }),
  computed_key_missing: (p) => ({
    zh: `数据来源为“${s(p.source)}”的指标须填写计算序列（computed）`,
    en: `An indicator with source "${s(p.source)}" needs a computed series key (computed)`,
  }),
  computed_key_unknown: (p) => ({
    zh: `未知的计算序列“${s(p.key)}”，可用：${zhList(p.known)}`,
    en: `Unknown computed series "${s(p.key)}"; known: ${s(p.known)}`,
  }),
  computed_key_unexpected: () => ({
    zh: "数据来源为 reported 的指标不应填写计算序列（改为 both 或删去 computed）",
    en: 'A reported indicator has no computed series (use source "both" or remove computed)',
  }),
  authoritative_unavailable: (p) => ({
    zh: `以“${s(p.authoritative)}”为准，但数据来源为“${s(p.source)}”`,
    en: `Authoritative "${s(p.authoritative)}" is not available with source "${s(p.source)}"`,
  }),
  count_needs_registry: () => ({
    zh: "count 类指标由登记数据计算，数据来源须为 computed 或 both",
    en: 'A count indicator is computed from the registry: source must be "computed" or "both"',
  }),
  range_inverted: (p) => ({
    zh: `取值范围下限 ${s(p.min)} 大于上限 ${s(p.max)}`,
    en: `Range minimum ${s(p.min)} is above its maximum ${s(p.max)}`,
  }),
  growth_of_not_level: (p) => ({
    zh: `growthOf 应指向水平值指标，“${s(p.code)}”本身是增速指标`,
    en: `growthOf must name a level indicator; "${s(p.code)}" is itself a growth indicator`,
  }),
  growth_of_needs_growth: () => ({
    zh: "只有增速（growth）指标才能填写 growthOf",
    en: "Only a growth indicator has growthOf",
  }),
  target_kind_mismatch: (p) => ({
    zh: `${s(p.targetKind)} 类目标不能使用 ${s(p.indicatorKind)} 类指标`,
    en: `A ${s(p.targetKind)} target cannot use a ${s(p.indicatorKind)} indicator`,
  }),
  value_out_of_range: (p) => ({
    zh: `数值 ${s(p.value)} 超出指标取值范围 [${bound(p.min)}, ${bound(p.max)}]`,
    en: `Value ${s(p.value)} is outside the indicator's range [${bound(p.min)}, ${bound(p.max)}]`,
  }),
  value_max_below_value: (p) => ({
    zh: `区间上限 ${s(p.valueMax)} 小于下限 ${s(p.value)}`,
    en: `valueMax ${s(p.valueMax)} is below value ${s(p.value)}`,
  }),
  baseline_after_target: (p) => ({
    zh: `基期年份 ${s(p.baselineYear)} 不早于目标年份 ${s(p.year)}`,
    en: `Baseline year ${s(p.baselineYear)} is not before the target year ${s(p.year)}`,
  }),
  window_inverted: (p) => ({
    zh: `时间窗口起始年 ${s(p.from)} 晚于结束年 ${s(p.to)}`,
    en: `Window starts (${s(p.from)}) after it ends (${s(p.to)})`,
  }),
  window_year_mismatch: (p) => ({
    zh: `时间窗口应止于目标年份 ${s(p.year)}，实为 ${s(p.to)}`,
    en: `The window must end in the target year ${s(p.year)}, not ${s(p.to)}`,
  }),
  target_year_outside_plan: (p) => ({
    zh: `目标年份 ${s(p.year)} 不在规划期内（${s(p.baseYear)} 年之后至 ${s(p.last)} 年）`,
    en: `Target year ${s(p.year)} is outside the plan (after ${s(p.baseYear)}, up to ${s(p.last)})`,
  }),
  district_not_in_city: (p) => ({
    zh: `区县代码“${s(p.code)}”应为以 ${s(p.prefix)} 开头的 6 位数字（不含市本级代码）`,
    en: `District code "${s(p.code)}" must be 6 digits starting with ${s(p.prefix)} (not the city's own code)`,
  }),
  unit_area_required: () => ({
    zh: "区县单位须填写所在区县代码（areaCode）",
    en: "A district unit needs its district code (areaCode)",
  }),
  task_code_mismatch: (p) => ({
    zh: `编号“${s(p.code)}”应以“${s(p.parent)}.”开头`,
    en: `Code "${s(p.code)}" must start with "${s(p.parent)}."`,
  }),
  horizon_order: (p) => ({
    zh: `规划目标年份应递增且晚于基期年 ${s(p.baseYear)}`,
    en: `Horizon years must ascend and come after the base year ${s(p.baseYear)}`,
  }),
  base_year_after_issue: (p) => ({
    zh: `基期年 ${s(p.baseYear)} 应早于印发年份 ${s(p.issuedYear)}`,
    en: `The base year ${s(p.baseYear)} must precede the year of issue ${s(p.issuedYear)}`,
  }),
  zone_parent_cycle: (p) => ({
    zh: `片区“${s(p.code)}”的上级关系形成循环`,
    en: `Zone "${s(p.code)}" is its own ancestor`,
  }),
};

export function packMessage(code: string, params: Params = {}): PackMessage {
  const make = MESSAGES[code] ?? MESSAGES.invalid!;
  return make(params);
}
