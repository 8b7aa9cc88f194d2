/**
 * Annual reports of platforms (年报, R-04): the figures a platform reports for a year, their units and ranges,
 * the year-over-year jump rules, and the due date. Server (validation, flags, totals), exports and forms read
 * them from here, so each rule lives in one place.
 */

/** Money is in 万元 (10,000 CNY), exact to the fen's hundredth: decimal strings, never binary floats. */
export type ReportMetricKind = "money" | "count";

export interface ReportMetric {
  key: string;
  kind: ReportMetricKind;
  zh: string;
  en: string;
  /** Largest accepted value (money: 万元). */
  max: number;
}

export const REPORT_METRICS = [
  { key: "rdSpending", kind: "money", zh: "研发投入", en: "R&D spending", max: 99_999_999.99 },
  { key: "rdStaff", kind: "count", zh: "研发人员", en: "R&D staff", max: 1_000_000 },
  { key: "equipmentValue", kind: "money", zh: "科研仪器设备原值", en: "Equipment value", max: 99_999_999.99 },
  { key: "patentsApplied", kind: "count", zh: "专利申请数", en: "Patents applied", max: 100_000 },
  { key: "patentsGranted", kind: "count", zh: "专利授权数", en: "Patents granted", max: 100_000 },
  {
    key: "inventionPatentsApplied",
    kind: "count",
    zh: "其中：发明专利申请数",
    en: "of which invention patents applied",
    max: 100_000,
  },
  {
    key: "inventionPatentsGranted",
    kind: "count",
    zh: "其中：发明专利授权数",
    en: "of which invention patents granted",
    max: 100_000,
  },
  { key: "standardsLed", kind: "count", zh: "主持制定标准数", en: "Standards led", max: 10_000 },
  {
    key: "standardsParticipated",
    kind: "count",
    zh: "参与制定标准数",
    en: "Standards participated in",
    max: 10_000,
  },
  {
    key: "achievementsTransferred",
    kind: "count",
    zh: "成果转化数",
    en: "Achievements transferred",
    max: 100_000,
  },
  {
    key: "transferContractValue",
    kind: "money",
    zh: "成果转化合同金额",
    en: "Transfer contract value",
    max: 99_999_999.99,
  },
  { key: "revenue", kind: "money", zh: "营业收入", en: "Revenue", max: 99_999_999.99 },
] as const satisfies readonly ReportMetric[];

export type ReportMetricKey = (typeof REPORT_METRICS)[number]["key"];
export const REPORT_METRIC_KEYS = REPORT_METRICS.map((m) => m.key) as ReportMetricKey[];
export const MONEY_METRICS = REPORT_METRICS.filter((m) => m.kind === "money").map(
  (m) => m.key,
) as ReportMetricKey[];
export const reportMetric = (key: string) => REPORT_METRICS.find((m) => m.key === key);

/** A metric's label with its unit (研发投入（万元）/ R&D spending (10k CNY)). */
export function metricLabel(m: ReportMetric): { zh: string; en: string } {
  return m.kind === "money" ? { zh: `${m.zh}（万元）`, en: `${m.en} (10k CNY)` } : { zh: m.zh, en: m.en };
}

/**
 * Year-over-year jumps (the one place to configure them): a change of more than `threshold` (0.5 = ±50 %)
 * against the previous year's accepted report is flagged for the district's review, not refused. `minBase`
 * keeps small numbers quiet: a change is flagged only when the larger of the two values reaches it (so 1 → 2
 * patents is no jump, 0 → 300 万元 of R&D spending is).
 */
export interface JumpRule {
  threshold: number;
  minBase: number;
}
export const DEFAULT_JUMP_THRESHOLD = 0.5;
export const REPORT_JUMP_RULES: Record<ReportMetricKey, JumpRule> = {
  rdSpending: { threshold: DEFAULT_JUMP_THRESHOLD, minBase: 100 },
  rdStaff: { threshold: DEFAULT_JUMP_THRESHOLD, minBase: 10 },
  equipmentValue: { threshold: DEFAULT_JUMP_THRESHOLD, minBase: 100 },
  patentsApplied: { threshold: DEFAULT_JUMP_THRESHOLD, minBase: 10 },
  patentsGranted: { threshold: DEFAULT_JUMP_THRESHOLD, minBase: 10 },
  inventionPatentsApplied: { threshold: DEFAULT_JUMP_THRESHOLD, minBase: 10 },
  inventionPatentsGranted: { threshold: DEFAULT_JUMP_THRESHOLD, minBase: 10 },
  standardsLed: { threshold: DEFAULT_JUMP_THRESHOLD, minBase: 5 },
  standardsParticipated: { threshold: DEFAULT_JUMP_THRESHOLD, minBase: 5 },
  achievementsTransferred: { threshold: DEFAULT_JUMP_THRESHOLD, minBase: 5 },
  transferContractValue: { threshold: DEFAULT_JUMP_THRESHOLD, minBase: 100 },
  revenue: { threshold: DEFAULT_JUMP_THRESHOLD, minBase: 500 },
};

/** The report for year Y is due on 31 March of Y+1. */
export const REPORT_DUE = { month: 3, day: 31 } as const;
export function reportDueOn(year: number): string {
  const mm = String(REPORT_DUE.month).padStart(2, "0");
  const dd = String(REPORT_DUE.day).padStart(2, "0");
  return `${year + 1}-${mm}-${dd}`;
}
/** The earliest year a report may be filed for (older figures are imported). */
export const REPORT_FIRST_YEAR = 2000;

export const REPORT_STATUSES = ["draft", "submitted", "returned", "accepted"] as const;
export type ReportStatus = (typeof REPORT_STATUSES)[number];
export const REPORT_STATUS_NAMES: Record<ReportStatus, { zh: string; en: string }> = {
  draft: { zh: "填报中", en: "Draft" },
  submitted: { zh: "待审核", en: "Submitted" },
  returned: { zh: "已退回", en: "Returned" },
  accepted: { zh: "已通过", en: "Accepted" },
};
/** Where a report came from: filed through the review process, or imported as accepted (older years). */
export const REPORT_ORIGINS = ["filed", "imported"] as const;
export type ReportOrigin = (typeof REPORT_ORIGINS)[number];

/** Field labels for forms, exports and validation messages (with units). */
export const REPORT_FIELD_LABELS: Record<string, { zh: string; en: string }> = {
  ...Object.fromEntries(REPORT_METRICS.map((m) => [m.key, metricLabel(m)])),
  platformId: { zh: "平台", en: "Platform" },
  year: { zh: "年度", en: "Year" },
  remarks: { zh: "填报说明", en: "Remarks" },
  acknowledgeFlags: { zh: "确认异常波动", en: "Acknowledge the flags" },
};

/** Messages of the report rules (custom zod issues carry these codes). */
export const REPORT_VALIDATION_MESSAGES: Record<string, { zh: string; en: string }> = {
  money_invalid: {
    zh: "应为非负金额（万元），最多两位小数",
    en: "must be a non-negative amount in 10k CNY with at most two decimals",
  },
  money_too_large: { zh: "超出允许的最大金额", en: "is larger than allowed" },
  report_invention_applied_exceeds: {
    zh: "不能大于专利申请数",
    en: "cannot exceed the patents applied",
  },
  report_invention_granted_exceeds: {
    zh: "不能大于专利授权数",
    en: "cannot exceed the patents granted",
  },
  report_transfer_value_needs_count: {
    zh: "大于 0 时须填写成果转化数（至少 1 项）",
    en: "above 0 needs at least one achievement transferred",
  },
};

const MONEY_RE = /^(\d{1,12})(?:\.(\d{1,2}))?$/;

/** A money text or number in 万元 as hundredths (exact), or null when it is not a non-negative 2-decimal amount. */
export function moneyToCents(value: string | number): bigint | null {
  const text = typeof value === "number" ? (Number.isFinite(value) ? String(value) : "") : value.trim();
  const m = MONEY_RE.exec(text);
  if (!m) return null;
  return BigInt(m[1]!) * 100n + BigInt((m[2] ?? "").padEnd(2, "0"));
}

/** Hundredths of 万元 as the canonical text "1234.50". */
export function centsToMoney(cents: bigint): string {
  const sign = cents < 0n ? "-" : "";
  const abs = cents < 0n ? -cents : cents;
  return `${sign}${abs / 100n}.${String(abs % 100n).padStart(2, "0")}`;
}

/** A metric value as an exact integer on one scale (money: hundredths of 万元; counts: as they are). */
export function metricUnits(
  metric: ReportMetricKey,
  value: string | number | null | undefined,
): bigint | null {
  if (value === null || value === undefined) return null;
  if (MONEY_METRICS.includes(metric)) return moneyToCents(value);
  return typeof value === "number" && Number.isInteger(value) ? BigInt(value) : null;
}

export interface MetricChange {
  metric: ReportMetricKey;
  previous: string | number | null;
  current: string | number | null;
  /** (current − previous) / previous in per cent, 1 decimal; null when previous is 0 or a value is missing. */
  changePct: number | null;
  /** Whether the change passes the metric's jump rule (see REPORT_JUMP_RULES). */
  jump: boolean;
  threshold: number;
}

/** Year-over-year change of every metric, with the jump rule applied exactly (integers, no float rounding). */
export function metricChanges(
  current: Partial<Record<ReportMetricKey, string | number | null>>,
  previous: Partial<Record<ReportMetricKey, string | number | null>> | null,
): MetricChange[] {
  return REPORT_METRIC_KEYS.map((metric) => {
    const rule = REPORT_JUMP_RULES[metric];
    const cur = metricUnits(metric, current[metric]);
    const prev = previous ? metricUnits(metric, previous[metric]) : null;
    const base: MetricChange = {
      metric,
      previous: previous?.[metric] ?? null,
      current: current[metric] ?? null,
      changePct: null,
      jump: false,
      threshold: rule.threshold,
    };
    if (cur === null || prev === null) return base;
    const scale = MONEY_METRICS.includes(metric) ? 100n : 1n;
    const [lower, larger] = cur > prev ? [prev, cur] : [cur, prev];
    const diff = larger - lower;
    // |cur − prev| > threshold × prev, in integers: threshold as per mille.
    const perMille = BigInt(Math.round(rule.threshold * 1000));
    const beyond = diff * 1000n > perMille * prev;
    const jump = beyond && larger >= BigInt(rule.minBase) * scale;
    const changePct = prev === 0n ? null : Math.round((Number(cur - prev) / Number(prev)) * 1000) / 10;
    return { ...base, changePct, jump };
  });
}
