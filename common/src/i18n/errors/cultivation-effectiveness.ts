/** Error codes of the cultivation module's effectiveness part (spread into ERRORS in ../errors.ts). */
export const EFFECTIVENESS_ERRORS = {
  evaluation_metric_unknown: {
    status: 422,
    zh: "指标框架引用了年报中没有的指标：{keys}",
    en: "The framework refers to metrics the annual report does not have: {keys}",
  },
  evaluation_round_status: {
    status: 409,
    zh: "该评估轮次当前为“{statusZh}”，不能{actionZh}",
    en: "The round is {statusEn}; it cannot be {actionEn}",
  },
  evaluation_round_in_use: {
    status: 409,
    zh: "该轮次已启动专家评审或整改（{count} 项），不能重新评分或修改",
    en: "Reviews or rectifications have started in this round ({count}); it cannot be rescored or changed",
  },
  evaluation_reviews_open: {
    status: 409,
    zh: "尚有 {count} 项专家评审未完成，完成或撤销后才能发布",
    en: "{count} expert reviews are still open; conclude or cancel them before publishing",
  },
  evaluation_no_subjects: {
    status: 422,
    zh: "没有可参评的平台（{year} 年底前认定且状态为已认定、运行中或已通过评估）",
    en: "No platform can be evaluated (recognised by the end of {year} and recognised, operating or evaluated)",
  },
  evaluation_selection_empty: {
    status: 422,
    zh: "所选范围内没有可处理的评估结果",
    en: "The selection names no result that can be taken",
  },
  evaluation_result_not_failed: {
    status: 422,
    zh: "只能对评估不合格的平台下达整改：{names}",
    en: "Rectification is only for failed platforms: {names}",
  },
  evaluation_followup_exists: {
    status: 409,
    zh: "已有进行中的{kindZh}：{names}",
    en: "A {kindEn} already exists for: {names}",
  },
  evaluation_deadline_invalid: {
    status: 422,
    zh: "整改期限须晚于今天（{today}），且不超过一年",
    en: "The deadline must be after today ({today}) and within a year",
  },
  rectification_not_overdue: {
    status: 422,
    zh: "整改期限（{deadline}）尚未届满，不能转入撤销认定程序",
    en: "The rectification deadline ({deadline}) has not passed; it cannot be escalated to revocation yet",
  },
} as const satisfies Record<string, { status: number; zh: string; en: string }>;
