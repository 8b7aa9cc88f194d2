/** Error codes of the cultivation module's pool part (spread into ERRORS in ../errors.ts). */
export const POOL_ERRORS = {
  cultivation_criteria_invalid: {
    status: 422,
    zh: "遴选条件有 {count} 处问题：{detailZh}",
    en: "The selection criteria have {count} problems: {detailEn}",
  },
  cultivation_data_year: {
    status: 422,
    zh: "数据年度 {dataYear} 不能晚于遴选年度 {year}",
    en: "The data year {dataYear} cannot be later than the round's year {year}",
  },
  cultivation_round_not_draft: {
    status: 409,
    zh: "遴选“{title}”{statusZh}，不能再修改、评分或提交",
    en: "The round “{title}” is {statusEn}; it can no longer be changed, scored or submitted",
  },
  cultivation_round_not_scored: {
    status: 422,
    zh: "遴选“{title}”尚未按当前条件评分，请先评分",
    en: "The round “{title}” has not been scored under its current criteria; score it first",
  },
  cultivation_round_none_selected: {
    status: 422,
    zh: "遴选“{title}”没有符合条件的候选平台，不能提交",
    en: "The round “{title}” has no eligible candidates and cannot be submitted",
  },
  cultivation_pool_not_active: {
    status: 409,
    zh: "“{name}”在培育库中的状态为{statusZh}，不能退出",
    en: "“{name}” is {statusEn} in the pool and cannot be dropped",
  },
} as const satisfies Record<string, { status: number; zh: string; en: string }>;
