import { z } from "zod";
import { INDUSTRY_CODES } from "../industries.js";
import { PLATFORM_LEVELS, PLATFORM_STATUSES, PLATFORM_TYPE_CODES } from "../platform-types.js";

/**
 * The cultivation pool's selection rounds (遴选, C-01): criteria as data, candidates with the reason for every
 * point, the pool over the years. The zod schemas check the shape (400 when malformed); `criteriaProblems` checks
 * what the criteria refer to (fields, levels, types, statuses, the plan's industries, floors below ceilings) and
 * the server answers 422 `cultivation_criteria_invalid` with each problem's path.
 */

const Label = z.object({ zh: z.string(), en: z.string() });
type Text = { zh: string; en: string };

/** A field a criterion can score: a figure of the data year's accepted annual report, or a growth derived from two. */
export interface CultivationField {
  key: string;
  zh: string;
  en: string;
  /** The unit after a value: 万元 / 10k CNY, 人, 件 …; "%" for growth. */
  unit: Text;
  /** Decimals shown in reasons. */
  digits: number;
}

const money: Text = { zh: "万元", en: "10k CNY" };
export const CULTIVATION_FIELDS = [
  { key: "rdSpending", zh: "研发投入", en: "R&D spending", unit: money, digits: 2 },
  {
    key: "rdSpendingGrowth",
    zh: "研发投入增长率",
    en: "R&D spending growth",
    unit: { zh: "%", en: "%" },
    digits: 1,
  },
  { key: "rdStaff", zh: "研发人员", en: "R&D staff", unit: { zh: "人", en: "people" }, digits: 0 },
  {
    key: "inventionPatentsGranted",
    zh: "发明专利授权",
    en: "Invention patents granted",
    unit: { zh: "件", en: "patents" },
    digits: 0,
  },
  {
    key: "patentsGranted",
    zh: "专利授权",
    en: "Patents granted",
    unit: { zh: "件", en: "patents" },
    digits: 0,
  },
  {
    key: "standardsLed",
    zh: "主持制定标准",
    en: "Standards led",
    unit: { zh: "项", en: "standards" },
    digits: 0,
  },
  {
    key: "achievementsTransferred",
    zh: "成果转化",
    en: "Achievements transferred",
    unit: { zh: "项", en: "transfers" },
    digits: 0,
  },
  {
    key: "transferContractValue",
    zh: "成果转化合同金额",
    en: "Transfer contract value",
    unit: money,
    digits: 2,
  },
  { key: "equipmentValue", zh: "科研仪器设备原值", en: "Equipment value", unit: money, digits: 2 },
  { key: "revenue", zh: "营业收入", en: "Revenue", unit: money, digits: 2 },
] as const satisfies readonly CultivationField[];
export type CultivationFieldKey = (typeof CULTIVATION_FIELDS)[number]["key"];
export const CULTIVATION_FIELD_KEYS = CULTIVATION_FIELDS.map((f) => f.key) as CultivationFieldKey[];
export const cultivationField = (key: string): CultivationField | undefined =>
  CULTIVATION_FIELDS.find((f) => f.key === key);

/**
 * How a value becomes 0–100 points:
 * - linear: 0 at or below `floor`, 100 at or above `ceiling`, in between 100 × (value − floor) / (ceiling − floor);
 * - percentile: the value's mid-rank percentile among the eligible platforms that have a value,
 *   100 × (below + (equal − 1) / 2) / (n − 1), and 100 when it is the only one.
 * A missing value (not reported, growth without a base) scores 0.
 */
export const CultivationRuleSchema = z.discriminatedUnion("kind", [
  z
    .object({
      kind: z.literal("linear"),
      floor: z.number().min(-1_000_000_000).max(1_000_000_000),
      ceiling: z.number().min(-1_000_000_000).max(1_000_000_000),
    })
    .strict(),
  z.object({ kind: z.literal("percentile") }).strict(),
]);
export type CultivationRule = z.infer<typeof CultivationRuleSchema>;

export const ScoredCriterionSchema = z
  .object({
    /** One of CULTIVATION_FIELD_KEYS (checked by criteriaProblems: 422 with the path). */
    field: z.string().min(1).max(64),
    /** Relative weight; the round's score is Σ weight × points / Σ weights. */
    weight: z.number().positive().max(1000),
    rule: CultivationRuleSchema,
  })
  .strict();
export type ScoredCriterion = z.infer<typeof ScoredCriterionSchema>;

/**
 * Who may be a candidate. A platform must have an accepted annual report for the data year (always: the scores
 * read it) and must not be national already; the other filters apply when given.
 */
export const CultivationFiltersSchema = z
  .object({
    /** provincial / municipal (national platforms are never candidates). */
    levels: z.array(z.string().max(40)).max(10).optional(),
    typeCodes: z.array(z.string().max(80)).max(100).optional(),
    /** Default: recognised, operating, evaluated. */
    statuses: z.array(z.string().max(40)).max(10).optional(),
    /** The plan's industries (common INDUSTRY_CODES); a platform qualifies when it works in any of them. */
    industries: z.array(z.string().max(80)).max(30).optional(),
    /** Least R&D spending (万元) in the data year's accepted annual report. */
    minRdSpending: z.number().min(0).max(99_999_999.99).optional(),
    /** Always true: a platform without the data year's accepted annual report is excluded. */
    requireReport: z.literal(true).default(true),
  })
  .strict();
export type CultivationFilters = z.infer<typeof CultivationFiltersSchema>;

export const CultivationCriteriaSchema = z
  .object({
    filters: CultivationFiltersSchema.default({ requireReport: true }),
    scored: z.array(ScoredCriterionSchema).min(1).max(20),
  })
  .strict();
export type CultivationCriteria = z.infer<typeof CultivationCriteriaSchema>;
export type CultivationCriteriaInput = z.input<typeof CultivationCriteriaSchema>;

/** The default statuses a candidate may have. */
export const CULTIVATION_DEFAULT_STATUSES = ["recognised", "operating", "evaluated"] as const;
/** Statuses a filter may name (revoked and merged platforms are never considered). */
export const CULTIVATION_FILTER_STATUSES = PLATFORM_STATUSES.filter((s) => s !== "revoked" && s !== "merged");
export const CULTIVATION_FILTER_LEVELS = PLATFORM_LEVELS.filter((l) => l !== "national");

export interface CriteriaProblem {
  path: (string | number)[];
  code: string;
  zh: string;
  en: string;
}

const join = (values: readonly string[]) => values.join(" / ");

/**
 * What the criteria refer to, checked: every scored field known and scored once, floors below ceilings, filter
 * values known (industries within the plan's). Returns every problem with its path ([] when all is well).
 */
export function criteriaProblems(criteria: CultivationCriteriaInput, base: string[] = []): CriteriaProblem[] {
  const out: CriteriaProblem[] = [];
  const add = (path: (string | number)[], code: string, zh: string, en: string) =>
    out.push({ path: [...base, ...path], code, zh, en });
  const seen = new Map<string, number>();
  criteria.scored.forEach((c, i) => {
    if (!cultivationField(c.field))
      add(
        ["scored", i, "field"],
        "field_unknown",
        `未知的评分字段“${c.field}”，可选：${join(CULTIVATION_FIELD_KEYS)}`,
        `unknown field “${c.field}”; known: ${join(CULTIVATION_FIELD_KEYS)}`,
      );
    else if (seen.has(c.field))
      add(
        ["scored", i, "field"],
        "field_duplicate",
        `评分字段“${c.field}”已在第 ${seen.get(c.field)! + 1} 项使用`,
        `field “${c.field}” is already scored by item ${seen.get(c.field)! + 1}`,
      );
    else seen.set(c.field, i);
    if (c.rule.kind === "linear" && !(c.rule.floor < c.rule.ceiling))
      add(
        ["scored", i, "rule"],
        "floor_not_below_ceiling",
        `下限 ${c.rule.floor} 应小于上限 ${c.rule.ceiling}`,
        `the floor ${c.rule.floor} must be below the ceiling ${c.rule.ceiling}`,
      );
  });
  const f = criteria.filters ?? {};
  const check = (key: string, values: readonly string[] | undefined, known: readonly string[], what: Text) =>
    values?.forEach((v, i) => {
      if (!known.includes(v) && !(key === "levels" && v === "national"))
        add(
          ["filters", key, i],
          `${key}_unknown`,
          `未知的${what.zh}“${v}”，可选：${join(known)}`,
          `unknown ${what.en} “${v}”; known: ${join(known)}`,
        );
    });
  f.levels?.forEach((v, i) => {
    if (v === "national")
      add(
        ["filters", "levels", i],
        "level_national",
        "国家级平台不是培育对象",
        "national platforms are not cultivation candidates",
      );
  });
  check("levels", f.levels, CULTIVATION_FILTER_LEVELS, { zh: "级别", en: "level" });
  check("typeCodes", f.typeCodes, PLATFORM_TYPE_CODES, { zh: "平台类型", en: "platform type" });
  check("statuses", f.statuses, CULTIVATION_FILTER_STATUSES, { zh: "平台状态", en: "status" });
  f.industries?.forEach((v, i) => {
    if (!(INDUSTRY_CODES as readonly string[]).includes(v))
      add(
        ["filters", "industries", i],
        "industry_not_in_plan",
        `产业领域“${v}”不在规划的产业领域内`,
        `industry “${v}” is not one of the plan's industries`,
      );
  });
  for (const key of ["levels", "typeCodes", "statuses", "industries"] as const)
    if (f[key] && f[key]!.length === 0)
      add(["filters", key], "filter_empty", "筛选条件不能为空列表", "a filter cannot be an empty list");
  return out;
}

export const CULTIVATION_ROUND_STATUSES = [
  "draft",
  "submitted",
  "approved",
  "announced",
  "rejected",
] as const;
export type CultivationRoundStatus = (typeof CULTIVATION_ROUND_STATUSES)[number];
export const CULTIVATION_ROUND_STATUS_NAMES: Record<CultivationRoundStatus, Text> = {
  draft: { zh: "草稿", en: "Draft" },
  submitted: { zh: "待审批", en: "Submitted" },
  approved: { zh: "已批准（公示中）", en: "Approved (under public notice)" },
  announced: { zh: "已公布", en: "Announced" },
  rejected: { zh: "未通过", en: "Rejected" },
};

/** Why a platform was not a candidate, in the order they are checked (the first one is its main reason). */
export const CULTIVATION_EXCLUSIONS = [
  "status",
  "already_national",
  "level",
  "type",
  "industry",
  "no_report",
  "min_rd_spending",
] as const;
export type CultivationExclusion = (typeof CULTIVATION_EXCLUSIONS)[number];
export const CULTIVATION_EXCLUSION_NAMES: Record<CultivationExclusion, Text> = {
  status: { zh: "平台状态不符", en: "Status not eligible" },
  already_national: { zh: "已是国家级平台", en: "Already national" },
  level: { zh: "级别不符", en: "Level not eligible" },
  type: { zh: "类型不符", en: "Type not eligible" },
  industry: { zh: "不属于所选产业领域", en: "Outside the chosen industries" },
  no_report: { zh: "无数据年度已通过的年报", en: "No accepted annual report for the data year" },
  min_rd_spending: { zh: "研发投入低于门槛", en: "R&D spending below the threshold" },
};

export const CULTIVATION_POOL_STATUSES = ["in_pool", "promoted", "dropped"] as const;
export type CultivationPoolStatus = (typeof CULTIVATION_POOL_STATUSES)[number];
export const CULTIVATION_POOL_STATUS_NAMES: Record<CultivationPoolStatus, Text> = {
  in_pool: { zh: "培育中", en: "In the pool" },
  promoted: { zh: "已晋升国家级", en: "Promoted to national level" },
  dropped: { zh: "已退出", en: "Dropped" },
};

const year = z.number().int().min(2000).max(2100);
const title = z.string().trim().min(2).max(200);
const cap = z.number().int().min(1).max(1000);

export const CultivationRoundCreateSchema = z
  .object({
    title,
    /** The round's year (遴选年度). */
    year,
    /** The annual-report year read (normally the year before). */
    dataYear: year,
    criteria: CultivationCriteriaSchema,
    cap: cap.default(100),
  })
  .strict();
export type CultivationRoundCreate = z.input<typeof CultivationRoundCreateSchema>;

export const CultivationRoundPatchSchema = z
  .object({ title, year, dataYear: year, criteria: CultivationCriteriaSchema, cap })
  .partial()
  .strict()
  .refine((p) => Object.keys(p).length > 0, { message: "empty patch", params: { code: "custom" } });
export type CultivationRoundPatch = z.infer<typeof CultivationRoundPatchSchema>;

/** Weights to try (criterion field → weight); fields not named keep their weight. Nothing is saved. */
export const CultivationPreviewInputSchema = z
  .object({
    weights: z.record(z.string().max(64), z.number().min(0).max(1000)),
    limit: z.number().int().min(1).max(1000).default(200),
  })
  .strict();
export type CultivationPreviewInput = z.input<typeof CultivationPreviewInputSchema>;

export const CultivationDropInputSchema = z.object({ reason: z.string().trim().min(4).max(500) }).strict();

const paging = {
  offset: z.coerce.number().int().min(0).max(100_000).default(0),
  limit: z.coerce.number().int().min(1).max(200).default(50),
};
const flag = z.preprocess(
  (v) => (v === "true" || v === "1" ? true : v === "false" || v === "0" ? false : v),
  z.boolean().optional(),
);

export const CultivationRoundListQuerySchema = z
  .object({
    year: z.coerce.number().int().min(2000).max(2100).optional(),
    status: z.enum(CULTIVATION_ROUND_STATUSES).optional(),
  })
  .strict();
export const CultivationCandidateQuerySchema = z
  .object({ ...paging, sort: z.enum(["rank", "-rank"]).default("rank"), selected: flag })
  .strict();
export const CultivationExclusionQuerySchema = z
  .object({ ...paging, reason: z.enum(CULTIVATION_EXCLUSIONS).optional() })
  .strict();
export const CultivationPoolQuerySchema = z
  .object({
    ...paging,
    status: z.enum(CULTIVATION_POOL_STATUSES).optional(),
    /** The year of the round through which the platforms entered. */
    year: z.coerce.number().int().min(2000).max(2100).optional(),
  })
  .strict();

const PlatformFacts = {
  platformId: z.string(),
  name: z.string(),
  typeCode: z.string(),
  level: z.string(),
  districtCode: z.string(),
  zoneCode: z.string().nullable(),
};

/** One scored criterion of a candidate: the value read, the points and why. */
export const CultivationPartSchema = z.object({
  field: z.string(),
  label: Label,
  value: z.number().nullable(),
  unit: Label,
  rule: CultivationRuleSchema,
  points: z.number(),
  weight: z.number(),
  /** weight / Σ weights */
  share: z.number(),
  /** points × share: what the criterion adds to the score */
  contribution: z.number(),
  reason: Label,
});
export type CultivationPart = z.infer<typeof CultivationPartSchema>;

export const CultivationCandidateSchema = z.object({
  ...PlatformFacts,
  rank: z.number().int(),
  score: z.number(),
  selected: z.boolean(),
  parts: z.array(CultivationPartSchema),
});
export type CultivationCandidate = z.infer<typeof CultivationCandidateSchema>;

export const CultivationCandidatePageSchema = z.object({
  items: z.array(CultivationCandidateSchema),
  total: z.number().int(),
  selected: z.number().int(),
});

export const CultivationExclusionCountSchema = z.object({
  reason: z.enum(CULTIVATION_EXCLUSIONS),
  label: Label,
  count: z.number().int(),
});

export const CultivationExcludedSchema = z.object({
  ...PlatformFacts,
  /** Every filter it failed; the first is the one counted. */
  reasons: z.array(z.object({ reason: z.enum(CULTIVATION_EXCLUSIONS), label: Label, detail: Label })),
});
export const CultivationExclusionPageSchema = z.object({
  items: z.array(CultivationExcludedSchema),
  total: z.number().int(),
  counts: z.array(CultivationExclusionCountSchema),
});

export const CultivationRoundSchema = z.object({
  id: z.string(),
  title: z.string(),
  year: z.number().int(),
  dataYear: z.number().int(),
  criteria: CultivationCriteriaSchema,
  cap: z.number().int(),
  status: z.enum(CULTIVATION_ROUND_STATUSES),
  statusLabel: Label,
  /** Approval, return and announcement go through /api/workflow/instances/:instanceId/transitions. */
  instanceId: z.string().nullable(),
  scoredAt: z.string().nullable(),
  /** Counts within the caller's area (a district sees its own platforms). */
  counts: z.object({
    considered: z.number().int(),
    eligible: z.number().int(),
    selected: z.number().int(),
    excluded: z.array(CultivationExclusionCountSchema),
  }),
  version: z.number().int(),
  createdAt: z.string(),
  createdBy: z.string().nullable(),
  updatedAt: z.string(),
  updatedBy: z.string().nullable(),
});
export type CultivationRound = z.infer<typeof CultivationRoundSchema>;

export const CultivationPreviewSchema = z.object({
  weights: z.record(z.string(), z.number()),
  total: z.number().int(),
  /** Platforms that enter the selection with these weights, and those that leave it. */
  entering: z.number().int(),
  leaving: z.number().int(),
  items: z.array(
    z.object({
      ...PlatformFacts,
      rank: z.number().int(),
      previousRank: z.number().int(),
      /** previousRank − rank: positive when the platform moves up. */
      change: z.number().int(),
      score: z.number(),
      previousScore: z.number(),
      selected: z.boolean(),
      wasSelected: z.boolean(),
    }),
  ),
});
export type CultivationPreview = z.infer<typeof CultivationPreviewSchema>;

export const CultivationPoolEntrySchema = z.object({
  id: z.string(),
  ...PlatformFacts,
  roundId: z.string(),
  roundTitle: z.string(),
  roundYear: z.number().int(),
  enteredOn: z.string(),
  status: z.enum(CULTIVATION_POOL_STATUSES),
  statusLabel: Label,
  promotedOn: z.string().nullable(),
  promotedTypeCode: z.string().nullable(),
  droppedOn: z.string().nullable(),
  droppedReason: z.string().nullable(),
  version: z.number().int(),
});
export type CultivationPoolEntry = z.infer<typeof CultivationPoolEntrySchema>;

export const CultivationPoolPageSchema = z.object({
  items: z.array(CultivationPoolEntrySchema),
  total: z.number().int(),
  counts: z.record(z.string(), z.number().int()),
});

export const CultivationPromotionsResultSchema = z.object({
  promoted: z.array(CultivationPoolEntrySchema),
});

/** A platform's cultivation history: every round that considered it, and its pool entries. */
export const PlatformCultivationSchema = z.object({
  platformId: z.string(),
  name: z.string(),
  rounds: z.array(
    z.object({
      roundId: z.string(),
      title: z.string(),
      year: z.number().int(),
      dataYear: z.number().int(),
      status: z.enum(CULTIVATION_ROUND_STATUSES),
      statusLabel: Label,
      eligible: z.boolean(),
      rank: z.number().int().nullable(),
      score: z.number().nullable(),
      selected: z.boolean(),
      parts: z.array(CultivationPartSchema),
      reasons: z.array(z.object({ reason: z.enum(CULTIVATION_EXCLUSIONS), label: Label, detail: Label })),
    }),
  ),
  pool: z.array(CultivationPoolEntrySchema),
});
export type PlatformCultivation = z.infer<typeof PlatformCultivationSchema>;

/** The kinds of platform cultivated toward national counterparts (not incubators, makerspaces …). */
export const CULTIVATED_TYPES = [
  "key_lab",
  "tech_innovation_center",
  "mfg_innovation_center",
  "enterprise_tech_center",
  "engineering_research_center",
  "engineering_tech_center",
  "clinical_research_center",
  "hunan_lab",
  "strategic_platform",
];

/**
 * The default criteria of a round (the demo's 2026 round, and where a new round starts): R&D investment first
 * (§三(二)2 "按研发投入情况予以支持"), then results and their transfer.
 */
export const DEFAULT_ROUND_CRITERIA: CultivationCriteriaInput = {
  filters: { levels: ["provincial"], typeCodes: CULTIVATED_TYPES, minRdSpending: 500 },
  scored: [
    { field: "rdSpending", weight: 25, rule: { kind: "linear", floor: 300, ceiling: 3000 } },
    { field: "rdSpendingGrowth", weight: 10, rule: { kind: "linear", floor: 0, ceiling: 30 } },
    { field: "rdStaff", weight: 10, rule: { kind: "linear", floor: 20, ceiling: 200 } },
    { field: "inventionPatentsGranted", weight: 25, rule: { kind: "percentile" } },
    { field: "standardsLed", weight: 10, rule: { kind: "linear", floor: 0, ceiling: 5 } },
    { field: "achievementsTransferred", weight: 10, rule: { kind: "linear", floor: 0, ceiling: 10 } },
    { field: "transferContractValue", weight: 10, rule: { kind: "linear", floor: 0, ceiling: 2000 } },
  ],
};
