import { z } from "zod";
import { PLATFORM_LEVELS, PLATFORM_TYPE_CODES } from "../platform-types.js";
import { csvList, districtCodeSchema } from "./shared.js";

/**
 * Effectiveness evaluation (效能评估, C-03): a round states its indicator framework (input / output / impact,
 * each indicator a figure of the annual report or a ratio or growth of figures, with a weight and a direction),
 * how values are normalised within peer groups, the grade thresholds and the experts' share of the final score.
 * Platforms are the subjects now; `subjectKind` leaves room for funded projects later.
 */
export const EVALUATION_SUBJECT_KINDS = ["platform"] as const;
export type EvaluationSubjectKind = (typeof EVALUATION_SUBJECT_KINDS)[number];

export const EVALUATION_DIMENSIONS = ["input", "output", "impact"] as const;
export type EvaluationDimension = (typeof EVALUATION_DIMENSIONS)[number];
export const EVALUATION_DIMENSION_NAMES: Record<EvaluationDimension, { zh: string; en: string }> = {
  input: { zh: "投入", en: "Input" },
  output: { zh: "产出", en: "Output" },
  impact: { zh: "效益", en: "Impact" },
};

export const EVALUATION_GRADES = ["excellent", "good", "pass", "fail"] as const;
export type EvaluationGrade = (typeof EVALUATION_GRADES)[number];
export const EVALUATION_GRADE_NAMES: Record<EvaluationGrade, { zh: string; en: string }> = {
  excellent: { zh: "优秀", en: "Excellent" },
  good: { zh: "良好", en: "Good" },
  pass: { zh: "合格", en: "Pass" },
  fail: { zh: "不合格", en: "Fail" },
};

export const EVALUATION_ROUND_STATUSES = ["draft", "scored", "published"] as const;
export type EvaluationRoundStatus = (typeof EVALUATION_ROUND_STATUSES)[number];
export const EVALUATION_ROUND_STATUS_NAMES: Record<EvaluationRoundStatus, { zh: string; en: string }> = {
  draft: { zh: "草稿", en: "Draft" },
  scored: { zh: "已评分", en: "Scored" },
  published: { zh: "已发布", en: "Published" },
};

/**
 * What follows a result: an expert review of selected results (evidence, self-assessment, experts' scores), a
 * rectification (整改) of a failed one, and, when that fails, the registry's revocation.
 */
export const FOLLOWUP_KINDS = ["review", "rectification", "revocation"] as const;
export type FollowupKind = (typeof FOLLOWUP_KINDS)[number];
export const FOLLOWUP_KIND_NAMES: Record<FollowupKind, { zh: string; en: string }> = {
  review: { zh: "专家评审", en: "Expert review" },
  rectification: { zh: "整改", en: "Rectification" },
  revocation: { zh: "撤销认定", en: "Revocation" },
};
export const FOLLOWUP_STATUSES = ["open", "submitted", "done", "escalated", "closed"] as const;
export type FollowupStatus = (typeof FOLLOWUP_STATUSES)[number];
export const FOLLOWUP_STATUS_NAMES: Record<
  FollowupKind,
  Record<FollowupStatus, { zh: string; en: string }>
> = {
  review: {
    open: { zh: "评审中", en: "Under review" },
    submitted: { zh: "已提交自评", en: "Self-assessment submitted" },
    done: { zh: "评审完成", en: "Concluded" },
    escalated: { zh: "—", en: "—" },
    closed: { zh: "已取消", en: "Cancelled" },
  },
  rectification: {
    open: { zh: "整改中", en: "Open" },
    submitted: { zh: "待验收", en: "Awaiting acceptance" },
    done: { zh: "整改完成", en: "Done" },
    escalated: { zh: "已转撤销程序", en: "Escalated to revocation" },
    closed: { zh: "已关闭", en: "Closed" },
  },
  revocation: {
    open: { zh: "撤销程序中", en: "Revocation under way" },
    submitted: { zh: "—", en: "—" },
    done: { zh: "已撤销", en: "Revoked" },
    escalated: { zh: "—", en: "—" },
    closed: { zh: "已关闭", en: "Closed" },
  },
};

/** Why a result has no data score: the platform has no accepted annual report for the year. */
export const NO_REPORT_REASON = { zh: "未报送年报", en: "No annual report filed" } as const;

/** 优秀 ≥ 85, 良好 ≥ 70, 合格 ≥ 60, else 不合格 (on the 0–100 score), unless a round states others. */
export const DEFAULT_EVALUATION_THRESHOLDS = { excellent: 85, good: 70, pass: 60 } as const;

const label = z
  .object({ zh: z.string().trim().min(1).max(60), en: z.string().trim().min(1).max(120) })
  .strict();
/** A metric key of the annual report (common/src/report-metrics.ts); unknown keys are refused with 422. */
const metricKey = z
  .string()
  .regex(/^[A-Za-z][A-Za-z0-9_]*$/)
  .max(60)
  .meta({ description: "Key of an annual-report metric (see report-metrics)", example: "rdSpending" });

export const IndicatorFormulaSchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("metric"), metric: metricKey }).strict(),
  z
    .object({
      kind: z.literal("ratio"),
      numerator: metricKey,
      denominator: metricKey,
      /** The ratio is multiplied by this (100: per 100 R&D staff). */
      per: z.number().positive().max(1_000_000).default(1),
    })
    .strict(),
  /** Year-over-year growth in per cent: (this year − last year) ÷ last year × 100. */
  z.object({ kind: z.literal("growth"), metric: metricKey }).strict(),
]);
export type IndicatorFormula = z.infer<typeof IndicatorFormulaSchema>;

export const EvaluationIndicatorSchema = z
  .object({
    key: z
      .string()
      .regex(/^[a-z][a-z0-9_]*$/)
      .max(60),
    label,
    dimension: z.enum(EVALUATION_DIMENSIONS),
    formula: IndicatorFormulaSchema,
    /** Relative weight: an indicator's points are its normalised score × weight ÷ the sum of all weights. */
    weight: z.number().positive().max(100),
    direction: z.enum(["higher_better", "lower_better"]).default("higher_better"),
  })
  .strict();
export type EvaluationIndicator = z.infer<typeof EvaluationIndicatorSchema>;

export const EVALUATION_NORMALISATIONS = ["winsorised_min_max"] as const;

export const EvaluationFrameworkSchema = z
  .object({
    subjectKind: z.enum(EVALUATION_SUBJECT_KINDS).default("platform"),
    /**
     * A platform's position within its peer group is min–max (0–1) on values winsorised at the stated percentiles
     * (linear interpolation between order statistics); its score on the indicator is floor + (100 − floor) ×
     * position: a reported figure earns the floor (基础分), the rest goes by the position among peers.
     */
    normalisation: z
      .object({
        method: z.enum(EVALUATION_NORMALISATIONS).default("winsorised_min_max"),
        lowerPercentile: z.number().min(0).max(49).default(5),
        upperPercentile: z.number().min(51).max(100).default(95),
        floor: z.number().min(0).max(90).default(50),
      })
      .strict()
      .default({ method: "winsorised_min_max", lowerPercentile: 5, upperPercentile: 95, floor: 50 }),
    /** Peers are the same type and level; smaller groups than minSize are merged (see the rule texts). */
    peerGroups: z
      .object({ minSize: z.number().int().min(1).max(100).default(5) })
      .strict()
      .default({ minSize: 5 }),
    indicators: z.array(EvaluationIndicatorSchema).min(1).max(30),
  })
  .strict()
  .superRefine((f, ctx) => {
    const seen = new Set<string>();
    f.indicators.forEach((ind, i) => {
      if (seen.has(ind.key))
        ctx.addIssue({
          code: "custom",
          path: ["indicators", i, "key"],
          message: "duplicate indicator key",
          params: { code: "evaluation_indicator_duplicate" },
        });
      seen.add(ind.key);
    });
  });
export type EvaluationFramework = z.infer<typeof EvaluationFrameworkSchema>;
export type EvaluationFrameworkInput = z.input<typeof EvaluationFrameworkSchema>;

export const EvaluationThresholdsSchema = z
  .object({
    excellent: z.number().min(0).max(100),
    good: z.number().min(0).max(100),
    pass: z.number().min(0).max(100),
  })
  .strict()
  .superRefine((t, ctx) => {
    if (!(t.excellent > t.good && t.good > t.pass))
      ctx.addIssue({
        code: "custom",
        path: ["excellent"],
        message: "thresholds must fall: excellent > good > pass",
        params: { code: "evaluation_thresholds_order" },
      });
  });
export type EvaluationThresholds = z.infer<typeof EvaluationThresholdsSchema>;

/** The experts' share of the final score: 0 to 0.5, at most three decimals. */
const expertWeight = z
  .number()
  .min(0)
  .max(0.5)
  .refine((v) => Math.abs(v * 1000 - Math.round(v * 1000)) < 1e-9, {
    params: { code: "evaluation_weight_decimals" },
  });

export const EvaluationRoundCreateSchema = z
  .object({
    title: z.string().trim().min(4).max(200),
    /** The annual-report year evaluated (growth reads the year before). */
    year: z.number().int().min(2000).max(2100),
    framework: EvaluationFrameworkSchema,
    thresholds: EvaluationThresholdsSchema.default({ ...DEFAULT_EVALUATION_THRESHOLDS }),
    expertWeight: expertWeight.default(0.3),
  })
  .strict();
export type EvaluationRoundCreate = z.input<typeof EvaluationRoundCreateSchema>;

export const EvaluationRoundPatchSchema = z
  .object({
    title: z.string().trim().min(4).max(200).optional(),
    framework: EvaluationFrameworkSchema.optional(),
    thresholds: EvaluationThresholdsSchema.optional(),
    expertWeight: expertWeight.optional(),
  })
  .strict();
export type EvaluationRoundPatch = z.input<typeof EvaluationRoundPatchSchema>;

/** The grade of a 0–100 score: at or above a threshold reaches that grade. */
export function gradeOf(score: number, t: EvaluationThresholds): EvaluationGrade {
  if (score >= t.excellent) return "excellent";
  if (score >= t.good) return "good";
  if (score >= t.pass) return "pass";
  return "fail";
}

/** The rules a round applies, in words (pages show them beside the results). */
export function evaluationRuleTexts(round: {
  framework: EvaluationFramework;
  thresholds: EvaluationThresholds;
  expertWeight: number;
}): { zh: string[]; en: string[] } {
  const { normalisation: n, peerGroups } = round.framework;
  const t = round.thresholds;
  const w = round.expertWeight;
  const pct = (v: number) => `${Math.round(v * 1000) / 10}%`;
  return {
    zh: [
      `同类比较：同一类别、同一级别的平台为一组；不足 ${peerGroups.minSize} 家的组并入同一大类、同一级别的合并组，仍不足的并入同一级别的合并组，再不足的并入同一级别中最大的组。`,
      `标准化：在组内先将数值缩尾至第 ${n.lowerPercentile} 和第 ${n.upperPercentile} 百分位（线性插值），再按最小—最大法求出组内位置（0–1，越低越好的指标反向计算）；指标得分 = ${n.floor} + ${100 - n.floor} × 组内位置（满分 100，${n.floor} 为填报该项数据的基础分）；组内无差异时各平台均得 100 分；无法计算的数值（缺报、分母为零、无上年数据）得 0 分。`,
      "数据得分：各指标标准化分 × 权重 ÷ 权重合计，各项得分保留三位小数后相加（满分 100）。",
      `等级：优秀 ≥ ${t.excellent}，良好 ≥ ${t.good}，合格 ≥ ${t.pass}，其余为不合格。`,
      `未报送当年年报（或年报未通过审核）的平台评为不合格，原因“${NO_REPORT_REASON.zh}”，不参与组内标准化和排名。`,
      `专家评审：经专家评审的平台，最终得分 = 数据得分 × ${pct(1 - w)} + 专家得分 × ${pct(w)}（专家得分为评分平均值折算为百分制），并据此重新定级；未评审的平台以数据得分为最终得分。`,
    ],
    en: [
      `Peers: platforms of the same type and level form a group; a group of fewer than ${peerGroups.minSize} joins the merged group of its category and level, then, if still too small, the merged group of its level, then the largest group of its level.`,
      `Normalisation: within the group, values are winsorised at the ${n.lowerPercentile}th and ${n.upperPercentile}th percentiles (linear interpolation) and placed min–max between them (0–1, reversed where lower is better); the indicator's score is ${n.floor} + ${100 - n.floor} × that position (out of 100; ${n.floor} is the floor earned by reporting the figure); without spread in the group every platform gets 100; a value that cannot be computed (not reported, zero denominator, no previous year) gets 0.`,
      "Data score: each indicator's normalised score × its weight ÷ the sum of weights, each rounded to three decimals, added up (out of 100).",
      `Grades: excellent ≥ ${t.excellent}, good ≥ ${t.good}, pass ≥ ${t.pass}, else fail.`,
      `A platform without an accepted annual report for the year fails with the reason “${NO_REPORT_REASON.en}” and takes no part in the normalisation or the ranking.`,
      `Expert review: for a reviewed platform the final score = data score × ${pct(1 - w)} + expert score × ${pct(w)} (the experts' mean total scaled to 100), and the grade follows it; otherwise the final score is the data score.`,
    ],
  };
}

/** A framework for platforms drawn from the annual report: input 35, output 35, impact 30. */
export const DEFAULT_EVALUATION_FRAMEWORK: EvaluationFrameworkInput = {
  subjectKind: "platform",
  normalisation: { method: "winsorised_min_max", lowerPercentile: 5, upperPercentile: 95, floor: 50 },
  peerGroups: { minSize: 5 },
  indicators: [
    {
      key: "rd_spending",
      label: { zh: "研发投入", en: "R&D spending" },
      dimension: "input",
      formula: { kind: "metric", metric: "rdSpending" },
      weight: 15,
    },
    {
      key: "rd_staff",
      label: { zh: "研发人员", en: "R&D staff" },
      dimension: "input",
      formula: { kind: "metric", metric: "rdStaff" },
      weight: 10,
    },
    {
      key: "rd_growth",
      label: { zh: "研发投入增长率", en: "R&D spending growth" },
      dimension: "input",
      formula: { kind: "growth", metric: "rdSpending" },
      weight: 10,
    },
    {
      key: "invention_per_100_staff",
      label: { zh: "每百名研发人员发明专利授权数", en: "Invention patents granted per 100 R&D staff" },
      dimension: "output",
      formula: { kind: "ratio", numerator: "inventionPatentsGranted", denominator: "rdStaff", per: 100 },
      weight: 15,
    },
    {
      key: "patents_granted",
      label: { zh: "专利授权数", en: "Patents granted" },
      dimension: "output",
      formula: { kind: "metric", metric: "patentsGranted" },
      weight: 10,
    },
    {
      key: "standards_led",
      label: { zh: "主持制定标准数", en: "Standards led" },
      dimension: "output",
      formula: { kind: "metric", metric: "standardsLed" },
      weight: 10,
    },
    {
      key: "transfer_value",
      label: { zh: "成果转化合同金额", en: "Transfer contract value" },
      dimension: "impact",
      formula: { kind: "metric", metric: "transferContractValue" },
      weight: 10,
    },
    {
      key: "transfer_per_rd",
      label: { zh: "每万元研发投入的成果转化合同金额", en: "Transfer value per 10k CNY of R&D spending" },
      dimension: "impact",
      formula: { kind: "ratio", numerator: "transferContractValue", denominator: "rdSpending", per: 1 },
      weight: 10,
    },
    {
      key: "achievements_transferred",
      label: { zh: "成果转化数", en: "Achievements transferred" },
      dimension: "impact",
      formula: { kind: "metric", metric: "achievementsTransferred" },
      weight: 10,
    },
  ],
};

// ---- responses ----

const named = z.object({ zh: z.string(), en: z.string() });

export const EvaluationRoundSchema = z.object({
  id: z.string().uuid(),
  title: z.string(),
  year: z.number().int(),
  subjectKind: z.enum(EVALUATION_SUBJECT_KINDS),
  framework: z.unknown().meta({ description: "The framework as stated (EvaluationFrameworkSchema)" }),
  thresholds: z.object({ excellent: z.number(), good: z.number(), pass: z.number() }),
  expertWeight: z.number(),
  status: z.enum(EVALUATION_ROUND_STATUSES),
  statusName: named,
  rules: z.object({ zh: z.array(z.string()), en: z.array(z.string()) }),
  counts: z.object({
    results: z.number().int(),
    byGrade: z.record(z.string(), z.number().int()),
    reviews: z.number().int(),
    reviewsOpen: z.number().int(),
    rectifications: z.number().int(),
  }),
  scoredAt: z.string().nullable(),
  publishedAt: z.string().nullable(),
  version: z.number().int(),
  createdAt: z.string(),
  createdBy: z.string().nullable(),
  updatedAt: z.string(),
  updatedBy: z.string().nullable(),
});
export type EvaluationRound = z.infer<typeof EvaluationRoundSchema>;

export const EvaluationRoundListSchema = z.object({ items: z.array(EvaluationRoundSchema) });

export const EvaluationPartSchema = z.object({
  key: z.string(),
  label: named,
  dimension: z.enum(EVALUATION_DIMENSIONS),
  raw: z.number().nullable(),
  /** Why the raw value is missing: no_report, not_reported, zero_denominator, no_previous. */
  missing: z.string().nullable(),
  normalised: z.number(),
  weight: z.number(),
  points: z.number(),
});
export type EvaluationPart = z.infer<typeof EvaluationPartSchema>;

export const EvaluationResultSchema = z.object({
  id: z.string().uuid(),
  roundId: z.string().uuid(),
  roundTitle: z.string(),
  year: z.number().int(),
  platform: z.object({
    id: z.string().uuid(),
    name: z.string(),
    typeCode: z.string(),
    level: z.string(),
    districtCode: z.string(),
    hostEntityId: z.string().uuid(),
  }),
  peerGroup: z.string(),
  peerGroupName: named,
  peers: z.number().int(),
  parts: z.array(EvaluationPartSchema),
  dimensions: z.record(z.string(), z.number()),
  dataScore: z.number(),
  expertScore: z.number().nullable(),
  score: z.number(),
  grade: z.enum(EVALUATION_GRADES),
  gradeName: named,
  reason: named.nullable(),
  rankInGroup: z.number().int().nullable(),
  reviewInstanceId: z.string().uuid().nullable(),
  followups: z.array(
    z.object({
      id: z.string().uuid(),
      kind: z.enum(FOLLOWUP_KINDS),
      status: z.enum(FOLLOWUP_STATUSES),
      statusName: named,
      deadline: z.string().nullable(),
      instanceId: z.string().uuid().nullable(),
    }),
  ),
  version: z.number().int(),
});
export type EvaluationResult = z.infer<typeof EvaluationResultSchema>;

export const EvaluationResultQuerySchema = z
  .object({
    grade: csvList(z.enum(EVALUATION_GRADES)),
    typeCode: csvList(z.enum(PLATFORM_TYPE_CODES)),
    level: csvList(z.enum(PLATFORM_LEVELS)),
    districtCode: csvList(districtCodeSchema),
    peerGroup: z.string().max(120).optional(),
    q: z.string().trim().max(100).optional(),
    sort: z.enum(["-score", "score", "name", "rank"]).default("-score"),
    limit: z.coerce.number().int().min(1).max(200).default(50),
    offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
  })
  .strict();
export type EvaluationResultQuery = z.infer<typeof EvaluationResultQuerySchema>;

export const EvaluationResultPageSchema = z.object({
  items: z.array(EvaluationResultSchema),
  total: z.number().int(),
});

export const EvaluationDistributionSchema = z.object({
  total: z.number().int(),
  byGrade: z.array(z.object({ grade: z.enum(EVALUATION_GRADES), name: named, count: z.number().int() })),
  byPeerGroup: z.array(
    z.object({
      peerGroup: z.string(),
      name: named,
      peers: z.number().int(),
      count: z.number().int(),
      byGrade: z.record(z.string(), z.number().int()),
      meanScore: z.number().nullable(),
    }),
  ),
  /** Counts of 10-point score bands 0–10 … 90–100 (a histogram). */
  scoreBands: z.array(z.object({ from: z.number(), to: z.number(), count: z.number().int() })),
});
export type EvaluationDistribution = z.infer<typeof EvaluationDistributionSchema>;

export const EvaluationReviewStartSchema = z
  .object({
    resultIds: z.array(z.string().uuid()).min(1).max(500).optional(),
    grades: z.array(z.enum(EVALUATION_GRADES)).min(1).max(4).optional(),
  })
  .strict()
  .refine((v) => !!v.resultIds !== !!v.grades, {
    message: "name either resultIds or grades",
    params: { code: "evaluation_review_selection" },
  });
export type EvaluationReviewStart = z.input<typeof EvaluationReviewStartSchema>;

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

export const RectificationCreateSchema = z
  .object({
    /** Default: every failed result of the round that has no rectification yet. */
    resultIds: z.array(z.string().uuid()).min(1).max(500).optional(),
    deadline: isoDate,
    requirements: z.string().trim().min(4).max(2000),
  })
  .strict();
export type RectificationCreate = z.input<typeof RectificationCreateSchema>;

export const EvaluationFollowupSchema = z.object({
  id: z.string().uuid(),
  resultId: z.string().uuid(),
  platformId: z.string().uuid(),
  platformName: z.string(),
  kind: z.enum(FOLLOWUP_KINDS),
  status: z.enum(FOLLOWUP_STATUSES),
  statusName: named,
  deadline: z.string().nullable(),
  instanceId: z.string().uuid().nullable(),
  createdAt: z.string(),
});
export const EvaluationFollowupListSchema = z.object({ items: z.array(EvaluationFollowupSchema) });

export const PlatformEvaluationsSchema = z.object({
  platformId: z.string().uuid(),
  items: z.array(EvaluationResultSchema),
});

export const EvaluationDefaultsSchema = z.object({
  framework: z.unknown(),
  thresholds: z.object({ excellent: z.number(), good: z.number(), pass: z.number() }),
  expertWeight: z.number(),
  metrics: z.array(z.object({ key: z.string(), kind: z.string(), zh: z.string(), en: z.string() })),
  reviewCriteria: z.array(z.object({ key: z.string(), label: named, max: z.number() })),
});
