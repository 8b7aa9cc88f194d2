/** Error codes of the cultivation module's support part (spread into ERRORS in ../errors.ts). */
export const SUPPORT_ERRORS = {
  support_fund_exists: {
    status: 409,
    zh: "专项资金 {code} 的 {year} 年度预算已存在",
    en: "The fund {code} already has a budget for {year}",
  },
  support_fund_unknown: {
    status: 422,
    zh: "专项资金 {code} 没有 {year} 年度的预算，请先建立该年度资金",
    en: "The fund {code} has no budget for {year}; create the fund year first",
  },
  support_fund_below_committed: {
    status: 422,
    zh: "预算 {budget} 万元不能低于已承诺（含已支付）的 {committed} 万元",
    en: "The budget of {budget} (10k CNY) cannot be below the {committed} already committed or paid",
  },
  support_over_budget: {
    status: 422,
    zh: "测算总额 {total} 万元超出方案预算 {budget} 万元，缺口 {shortfall} 万元；请调整规则或在规则中选择按比例核减",
    en: "The simulated total of {total} (10k CNY) exceeds the scheme's budget of {budget} by {shortfall}; change the rules or choose pro-rata scaling in them",
  },
  support_fund_short: {
    status: 422,
    zh: "专项资金 {year} 年度可用额度 {room} 万元（预算 {budget} 万元，已承诺 {committed} 万元）不足以安排 {total} 万元，缺口 {shortfall} 万元",
    en: "The fund's room for {year} is {room} (10k CNY; budget {budget}, committed {committed}), not enough for {total}: short by {shortfall}",
  },
  support_round_unknown: {
    status: 422,
    zh: "规则引用的遴选批次不存在：{roundId}",
    en: "The rules name a selection round that does not exist: {roundId}",
  },
  support_scheme_not_editable: {
    status: 409,
    zh: "方案当前状态为“{statusZh}”，不能修改或重新测算",
    en: "The scheme is {statusEn}; it can no longer be changed or simulated again",
  },
  support_scheme_not_simulated: {
    status: 422,
    zh: "方案尚未测算，或测算结果中没有获得支持的平台；请测算后再提交",
    en: "The scheme has not been simulated, or no platform receives support; simulate it before submitting",
  },
  support_already_supported: {
    status: 409,
    zh: "以下平台 {year} 年度已有研发投入支持拨付记录，同一平台同一年度只能支持一次：{platforms}",
    en: "These platforms already have an R&D support payment for {year} (one per platform and year): {platforms}",
  },
  support_already_paid: {
    status: 409,
    zh: "该笔资金已于 {paidOn} 支付（凭证号 {voucherNo}），不能重复支付",
    en: "This payment was already made on {paidOn} (voucher {voucherNo}); it cannot be paid twice",
  },
  support_disbursement_final: {
    status: 409,
    zh: "该拨付记录当前状态为“{statusZh}”，不能再{actionZh}",
    en: "This payment is {statusEn}; it cannot be {actionEn}",
  },
  support_paid_on_invalid: {
    status: 422,
    zh: "支付日期 {paidOn} 不能晚于今天（{today}），也不能早于支持年度 {year} 年",
    en: "The payment date {paidOn} cannot be after today ({today}) or before the support year {year}",
  },
} as const satisfies Record<string, { status: number; zh: string; en: string }>;

/** Messages of the support part's own validation codes (spread into CUSTOM_MESSAGES in ../validation.ts). */
export const SUPPORT_VALIDATION_MESSAGES: Record<string, { zh: string; en: string }> = {
  percent_decimals: { zh: "百分比最多保留 4 位小数", en: "takes at most four decimals" },
  percent_positive: { zh: "应大于 0", en: "must be above 0" },
  support_tier_order: {
    zh: "各档上限须逐档递增",
    en: "must be above the previous tier's bound",
  },
  support_tier_open_not_last: {
    zh: "只有最后一档可以不设上限",
    en: "may be open (null) only in the last tier",
  },
  support_tier_last_open: {
    zh: "最后一档不设上限（填 null），超出前一档的部分均按该档比例计算",
    en: "must be open (null) in the last tier, which takes everything above the previous bound",
  },
  support_minimum_above_cap: {
    zh: "最低支持额不能高于单个平台上限",
    en: "cannot be above the cap per platform",
  },
  support_data_year_after: { zh: "不能晚于支持年度", en: "cannot be after the support year" },
  support_override_needs_share: {
    zh: "仅适用于按固定比例计算的规则",
    en: "applies only to rules with a flat share",
  },
  support_override_needs_tiers: {
    zh: "仅适用于分档计算的规则",
    en: "applies only to rules with tiers",
  },
  support_override_no_such_tier: { zh: "规则中没有该档", en: "names no tier of the rules" },
};
