import { REPORT_VALIDATION_MESSAGES } from "../report-metrics.js";
import { SUPPORT_VALIDATION_MESSAGES } from "./errors/cultivation-support.js";
import { fieldLabel } from "./fields.js";
import { interpolate, type Lang } from "./lang.js";

/** A zod issue reduced to what we localise (kept structural so common does not depend on zod's internals). */
export interface IssueLike {
  code: string;
  path: PropertyKey[];
  message?: string;
  expected?: unknown;
  received?: unknown;
  minimum?: unknown;
  maximum?: unknown;
  origin?: string;
  format?: string;
  keys?: string[];
  values?: unknown[];
  params?: Record<string, unknown>;
}

const M = {
  invalid_type: { zh: "类型错误，应为{expected}", en: "must be {expected}" },
  required: { zh: "必填", en: "is required" },
  too_small_string: { zh: "至少 {minimum} 个字符", en: "must be at least {minimum} characters" },
  too_big_string: { zh: "最多 {maximum} 个字符", en: "must be at most {maximum} characters" },
  too_small_number: { zh: "不能小于 {minimum}", en: "must be at least {minimum}" },
  too_big_number: { zh: "不能大于 {maximum}", en: "must be at most {maximum}" },
  too_small_array: { zh: "至少 {minimum} 项", en: "needs at least {minimum} items" },
  too_big_array: { zh: "最多 {maximum} 项", en: "takes at most {maximum} items" },
  invalid_format: { zh: "格式不正确", en: "has the wrong format" },
  invalid_value: { zh: "取值无效，可选：{values}", en: "is not one of: {values}" },
  unrecognized_keys: { zh: "包含未知字段：{keys}", en: "has unknown fields: {keys}" },
  invalid: { zh: "无效", en: "is invalid" },
} as const;

const TYPE_NAMES: Record<string, { zh: string; en: string }> = {
  string: { zh: "文本", en: "text" },
  number: { zh: "数字", en: "a number" },
  int: { zh: "整数", en: "a whole number" },
  boolean: { zh: "是/否", en: "true or false" },
  array: { zh: "列表", en: "a list" },
  object: { zh: "对象", en: "an object" },
  date: { zh: "日期", en: "a date" },
};

/** Custom issues raised by our refinements carry params.code and optional params.reason texts. */
export const CUSTOM_MESSAGES: Record<string, { zh: string; en: string }> = {
  uscc_length: { zh: "应为 18 位", en: "must have 18 characters" },
  uscc_charset: {
    zh: "含有不允许的字符（不含 I、O、Z、S、V）",
    en: "has characters outside the code set (no I, O, Z, S, V)",
  },
  uscc_checkDigit: { zh: "校验位不正确", en: "has a wrong check character" },
  district_unknown: { zh: "不是长沙市的区县代码", en: "is not a Changsha district code" },
  zone_unknown: { zh: "不是已登记的功能区", en: "is not a known functional zone" },
  zone_not_in_district: { zh: "不在所选区县内", en: "does not lie in the chosen district" },
  industry_unknown: { zh: "含有未知的产业领域", en: "contains an unknown industry" },
  phone_invalid: { zh: "不是有效的电话号码", en: "is not a valid phone number" },
  email_invalid: { zh: "格式不正确，应如 name@example.com", en: "must look like name@example.com" },
  bool_invalid: { zh: "应为 是/否", en: "must be yes or no" },
  date_invalid: { zh: "应为 YYYY-MM-DD 格式的日期", en: "must be a date as YYYY-MM-DD" },
  name_chinese: { zh: "须包含中文", en: "must contain Chinese characters" },
  area_unknown: { zh: "不是已知的区县或功能区代码", en: "is not a known district or zone code" },
  ...REPORT_VALIDATION_MESSAGES,
  ...SUPPORT_VALIDATION_MESSAGES,
};

export function issueMessage(issue: IssueLike, lang: Lang): string {
  const en = lang === "en-US";
  const pick = (m: { zh: string; en: string }) => (en ? m.en : m.zh);
  let text: string;
  switch (issue.code) {
    case "invalid_type": {
      if (issue.received === "undefined" || (issue.message ?? "").includes("received undefined")) {
        text = pick(M.required);
      } else {
        const t = TYPE_NAMES[String(issue.expected)];
        text = interpolate(pick(M.invalid_type), { expected: t ? pick(t) : String(issue.expected) });
      }
      break;
    }
    case "too_small":
    case "too_big": {
      const origin = issue.origin === "string" ? "string" : issue.origin === "array" ? "array" : "number";
      const key = `${issue.code}_${origin}` as keyof typeof M;
      text = interpolate(pick(M[key]), { minimum: issue.minimum, maximum: issue.maximum });
      break;
    }
    case "invalid_format":
    case "invalid_string":
      text = pick(M.invalid_format);
      break;
    case "invalid_value":
    case "invalid_enum_value":
      text = interpolate(pick(M.invalid_value), { values: (issue.values ?? []).join(" / ") });
      break;
    case "unrecognized_keys":
      text = interpolate(pick(M.unrecognized_keys), { keys: (issue.keys ?? []).join(", ") });
      break;
    case "custom": {
      const c = CUSTOM_MESSAGES[String(issue.params?.code ?? "")];
      text = c ? pick(c) : pick(M.invalid);
      break;
    }
    default:
      text = pick(M.invalid);
  }
  const path = issue.path.filter((p) => typeof p === "string").join(".");
  if (!path || issue.code === "unrecognized_keys") return text;
  return en ? `${fieldLabel(path, lang)} ${text}` : `${fieldLabel(path, lang)}${text}`;
}
