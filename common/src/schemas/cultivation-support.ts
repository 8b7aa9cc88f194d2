import { z } from "zod";
import { PLATFORM_LEVELS, PLATFORM_STATUSES, PLATFORM_TYPE_CODES } from "../platform-types.js";
import { centsToMoney, moneyToCents } from "../report-metrics.js";
import { custom, isoDateSchema } from "./shared.js";

/**
 * Support by R&D investment (C-02, 按研发投入情况予以支持) paid from the special fund (专项资金): fund years,
 * support schemes with their rules as data, simulations, allocations and disbursements. Money travels as decimal
 * text in 万元 with two decimals ("1234.50"); the server computes in hundredths of 万元, never with floats.
 */
const Label = z.object({ zh: z.string(), en: z.string() });
const money = z.string().meta({ description: "万元, two decimals", example: "1234.50" });

/** A money input in 万元 (text or number, at most two decimals), normalised to "1234.50". */
export const supportMoneyInput = (opts: { positive?: boolean } = {}) =>
  z
    .union([z.string().max(20), z.number()])
    .transform((value, ctx) => {
      const cents = moneyToCents(value);
      if (cents === null) {
        ctx.addIssue({ code: "custom", message: "money", params: { code: "money_invalid" } });
        return z.NEVER;
      }
      if (opts.positive && cents <= 0n) {
        ctx.addIssue({
          code: "too_small",
          origin: "number",
          minimum: 0.01,
          inclusive: true,
          message: "money",
        });
        return z.NEVER;
      }
      return centsToMoney(cents);
    })
    .meta({ description: "万元 (10k CNY), at most two decimals, as text or number", example: "1000.00" });

/** A rate in per cent (0–100, at most four decimals): 5 means 5 %. */
const percent = z
  .number()
  .min(0)
  .max(100)
  .refine((p) => Math.abs(p * 10_000 - Math.round(p * 10_000)) < 1e-6, custom("percent_decimals"))
  .meta({ description: "Per cent, at most four decimals", example: 5 });

const yearSchema = z.number().int().min(2000).max(2100);

// ---------------------------------------------------------------------------------------------------------------
// Funds
// ---------------------------------------------------------------------------------------------------------------

export const SUPPORT_FUND_DEFAULT = {
  code: "global_rd_city",
  name: "全球研发中心城市建设专项资金",
} as const;

export const FundCreateSchema = z
  .object({
    code: z
      .string()
      .trim()
      .regex(/^[a-z][a-z0-9_-]{1,39}$/)
      .meta({ description: "The fund's code, the same every year", example: SUPPORT_FUND_DEFAULT.code }),
    name: z.string().trim().min(2).max(200),
    year: yearSchema,
    budget: supportMoneyInput({ positive: true }),
  })
  .strict();
export type FundCreate = z.infer<typeof FundCreateSchema>;

export const FundPatchSchema = z
  .object({
    name: z.string().trim().min(2).max(200).optional(),
    budget: supportMoneyInput({ positive: true }).optional(),
  })
  .strict();
export type FundPatch = z.infer<typeof FundPatchSchema>;

/** A fund year with its figures: committed counts committed and paid disbursements; available = budget − committed. */
export const FundSchema = z.object({
  id: z.string(),
  code: z.string(),
  name: z.string(),
  year: z.number().int(),
  budget: money,
  committed: money,
  paid: money,
  available: money,
  /** Disbursements not cancelled, and how many of them are paid. */
  disbursements: z.number().int(),
  paidCount: z.number().int(),
  version: z.number().int(),
  updatedAt: z.string(),
  updatedBy: z.string().nullable(),
});
export type Fund = z.infer<typeof FundSchema>;

/** The burn-down: per month of the fund year (and any later month with payments), what was paid and what is left. */
export const FundBurnDownSchema = z.object({
  fundId: z.string(),
  budget: money,
  months: z.array(
    z.object({
      month: z.string().meta({ example: "2026-03" }),
      paid: money,
      paidToDate: money,
      /** budget − paid to date */
      remaining: money,
    }),
  ),
});
export type FundBurnDown = z.infer<typeof FundBurnDownSchema>;

export const FundListQuerySchema = z.object({
  year: z.coerce.number().int().min(2000).max(2100).optional(),
  code: z.string().max(40).optional(),
});

// ---------------------------------------------------------------------------------------------------------------
// Rules
// ---------------------------------------------------------------------------------------------------------------

export const SUPPORT_BASES = ["rd_spending", "rd_increase"] as const;
export type SupportBasis = (typeof SUPPORT_BASES)[number];
export const SUPPORT_BASIS_NAMES: Record<SupportBasis, { zh: string; en: string }> = {
  rd_spending: { zh: "研发投入", en: "R&D spending" },
  rd_increase: { zh: "研发投入增量", en: "Increase in R&D spending" },
};

export const OVER_BUDGET_POLICIES = ["refuse", "scale"] as const;
export type OverBudgetPolicy = (typeof OVER_BUDGET_POLICIES)[number];

/** Who may receive support: the cultivation pool (all members in the pool, or those of a round), or platform filters. */
export const SupportEligibilitySchema = z.discriminatedUnion("kind", [
  z
    .object({
      kind: z.literal("pool"),
      roundId: z.string().uuid().optional(),
    })
    .strict(),
  z
    .object({
      kind: z.literal("platforms"),
      levels: z.array(z.enum(PLATFORM_LEVELS)).min(1).max(3).optional(),
      typeCodes: z.array(z.enum(PLATFORM_TYPE_CODES)).min(1).max(50).optional(),
      /** Default: recognised, operating and evaluated platforms. */
      statuses: z.array(z.enum(PLATFORM_STATUSES)).min(1).max(6).optional(),
      rdCentre: z.boolean().optional(),
    })
    .strict(),
]);
export type SupportEligibility = z.infer<typeof SupportEligibilitySchema>;

/** A tier of marginal rates: the part of the basis up to `upTo` 万元 (from the previous tier's bound); the last is open. */
const TierSchema = z
  .object({
    upTo: supportMoneyInput({ positive: true }).nullable(),
    percent,
  })
  .strict();

export const SupportRateSchema = z.discriminatedUnion("kind", [
  z
    .object({ kind: z.literal("share"), percent: percent.refine((p) => p > 0, custom("percent_positive")) })
    .strict(),
  z
    .object({ kind: z.literal("tiers"), tiers: z.array(TierSchema).min(1).max(10) })
    .strict()
    .superRefine((rate, ctx) => {
      let previous = 0n;
      rate.tiers.forEach((tier, i) => {
        const last = i === rate.tiers.length - 1;
        if (tier.upTo === null) {
          if (!last)
            ctx.addIssue({
              code: "custom",
              path: ["tiers", i, "upTo"],
              message: "only the last tier is open",
              params: { code: "support_tier_open_not_last" },
            });
          return;
        }
        const bound = moneyToCents(tier.upTo) ?? 0n;
        if (bound <= previous)
          ctx.addIssue({
            code: "custom",
            path: ["tiers", i, "upTo"],
            message: "tier bounds must increase",
            params: { code: "support_tier_order" },
          });
        if (last)
          ctx.addIssue({
            code: "custom",
            path: ["tiers", i, "upTo"],
            message: "the last tier must be open (upTo null)",
            params: { code: "support_tier_last_open" },
          });
        previous = bound;
      });
    }),
]);
export type SupportRate = z.infer<typeof SupportRateSchema>;

/**
 * The rules of a scheme as data: who is eligible, the basis (the data year's R&D spending, or its increase over
 * the year before — none when not positive), a flat share or marginal tiers, a minimum (below it: nothing, with
 * the reason), a cap per platform, and what happens when the total exceeds the scheme's budget: refuse (422) or
 * scale every amount down pro rata.
 */
export const SupportRulesSchema = z
  .object({
    eligibility: SupportEligibilitySchema,
    basis: z.enum(SUPPORT_BASES),
    rate: SupportRateSchema,
    minimum: supportMoneyInput({ positive: true }).nullable().default(null),
    cap: supportMoneyInput({ positive: true }).nullable().default(null),
    overBudget: z.enum(OVER_BUDGET_POLICIES).default("refuse"),
  })
  .strict()
  .superRefine((rules, ctx) => {
    if (rules.minimum && rules.cap && (moneyToCents(rules.minimum) ?? 0n) > (moneyToCents(rules.cap) ?? 0n))
      ctx.addIssue({
        code: "custom",
        path: ["minimum"],
        message: "the minimum exceeds the cap",
        params: { code: "support_minimum_above_cap" },
      });
  });
export type SupportRules = z.infer<typeof SupportRulesSchema>;
export type SupportRulesInput = z.input<typeof SupportRulesSchema>;

// ---------------------------------------------------------------------------------------------------------------
// Schemes
// ---------------------------------------------------------------------------------------------------------------

export const SUPPORT_SCHEME_STATUSES = ["draft", "submitted", "returned", "approved", "rejected"] as const;
export type SupportSchemeStatus = (typeof SUPPORT_SCHEME_STATUSES)[number];
export const SUPPORT_SCHEME_STATUS_NAMES: Record<SupportSchemeStatus, { zh: string; en: string }> = {
  draft: { zh: "草稿", en: "Draft" },
  submitted: { zh: "待审批", en: "Submitted" },
  returned: { zh: "已退回", en: "Returned" },
  approved: { zh: "已批准", en: "Approved" },
  rejected: { zh: "未批准", en: "Rejected" },
};

export const SchemeCreateSchema = z
  .object({
    title: z.string().trim().min(2).max(200),
    /** The support year: payments are for it, from the fund's budget of that year. */
    year: yearSchema,
    /** The annual-report year whose R&D figures are the basis (and the year before, for the increase). */
    dataYear: yearSchema,
    fundCode: z.string().trim().max(40).default(SUPPORT_FUND_DEFAULT.code),
    /** The most the scheme may commit (万元). */
    budget: supportMoneyInput({ positive: true }),
    rules: SupportRulesSchema,
  })
  .strict()
  .refine((s) => s.dataYear <= s.year, { path: ["dataYear"], ...custom("support_data_year_after") });
export type SchemeCreate = z.infer<typeof SchemeCreateSchema>;
export type SchemeCreateInput = z.input<typeof SchemeCreateSchema>;

export const SchemePatchSchema = z
  .object({
    title: z.string().trim().min(2).max(200).optional(),
    dataYear: yearSchema.optional(),
    budget: supportMoneyInput({ positive: true }).optional(),
    rules: SupportRulesSchema.optional(),
  })
  .strict();
export type SchemePatch = z.infer<typeof SchemePatchSchema>;

export const SchemeSchema = z.object({
  id: z.string(),
  title: z.string(),
  year: z.number().int(),
  dataYear: z.number().int(),
  fund: z.object({ id: z.string(), code: z.string(), name: z.string(), year: z.number().int() }),
  budget: money,
  rules: z.record(z.string(), z.unknown()),
  status: z.enum(SUPPORT_SCHEME_STATUSES),
  statusLabel: Label,
  instanceId: z.string().nullable(),
  /** From the saved simulation (or, once approved, the fixed allocations). */
  allocated: money,
  supported: z.number().int(),
  excluded: z.number().int(),
  simulated: z.boolean(),
  version: z.number().int(),
  createdAt: z.string(),
  createdBy: z.string().nullable(),
  updatedAt: z.string(),
  updatedBy: z.string().nullable(),
});
export type Scheme = z.infer<typeof SchemeSchema>;

export const SchemeListQuerySchema = z.object({
  year: z.coerce.number().int().min(2000).max(2100).optional(),
  status: z.enum(SUPPORT_SCHEME_STATUSES).optional(),
});

// ---------------------------------------------------------------------------------------------------------------
// Simulation
// ---------------------------------------------------------------------------------------------------------------

export const SUPPORT_EXCLUSION_REASONS = {
  no_report: { zh: "未提交（或未通过审核）该年度年度报告", en: "No accepted annual report for the year" },
  no_previous_report: {
    zh: "缺少上一年度已通过审核的年度报告，无法计算增量",
    en: "No accepted report for the year before, so no increase can be computed",
  },
  missing_rd: { zh: "年度报告未填写研发投入", en: "The annual report gives no R&D spending" },
  negative_rd: { zh: "研发投入为负数，数据有误", en: "The R&D spending is negative (a data error)" },
  no_increase: { zh: "研发投入未增长", en: "R&D spending did not increase" },
  zero_amount: { zh: "按规则计算的支持额为 0", en: "The rules give no amount" },
  below_minimum: { zh: "低于最低支持额", en: "Below the minimum amount" },
  platform_inactive: { zh: "平台已撤销或已整合", en: "The platform was revoked or merged" },
  already_supported: {
    zh: "该平台本支持年度已有研发投入支持拨付记录",
    en: "The platform already has an R&D support payment for the support year",
  },
} as const;
export type SupportExclusionReason = keyof typeof SUPPORT_EXCLUSION_REASONS;

/** What may move in a what-if simulation (nothing is saved). */
export const SimulationOverridesSchema = z
  .object({
    /** The flat share (rules with a share). */
    percent: percent.optional(),
    /** Tier rates by position (rules with tiers). */
    tierPercents: z
      .array(z.object({ index: z.number().int().min(0).max(9), percent }).strict())
      .min(1)
      .max(10)
      .optional(),
    cap: supportMoneyInput({ positive: true }).nullable().optional(),
    minimum: supportMoneyInput({ positive: true }).nullable().optional(),
    budget: supportMoneyInput({ positive: true }).optional(),
    overBudget: z.enum(OVER_BUDGET_POLICIES).optional(),
  })
  .strict();
export type SimulationOverrides = z.infer<typeof SimulationOverridesSchema>;

export const SimulateInputSchema = z
  .object({
    /** With overrides: a what-if run against the saved rules, nothing saved. Without: the simulation is saved. */
    overrides: SimulationOverridesSchema.optional(),
  })
  .strict();
export type SimulateInput = z.infer<typeof SimulateInputSchema>;

const PlatformRef = z.object({
  platformId: z.string(),
  name: z.string(),
  typeCode: z.string(),
  level: z.string(),
  districtCode: z.string(),
});

export const AllocationSchema = PlatformRef.extend({
  basisValue: money.nullable(),
  amount: money,
  /** Why the platform gets nothing (null when it gets an amount). */
  excluded: z.enum(Object.keys(SUPPORT_EXCLUSION_REASONS) as [SupportExclusionReason]).nullable(),
  excludedLabel: Label.nullable(),
  /** How the amount was reached, in words. */
  text: Label,
  parts: z.record(z.string(), z.unknown()),
});
export type Allocation = z.infer<typeof AllocationSchema>;

export const SimulationResultSchema = z.object({
  total: money,
  budget: money,
  withinBudget: z.boolean(),
  /** total − budget when positive (before scaling, the refused case) */
  budgetShortfall: money.nullable(),
  /** Pro-rata scaling applied: the factor (as text, 6 decimals) and the total before it. */
  scaled: z.object({ factor: z.string(), before: money }).nullable(),
  fund: z.object({
    id: z.string(),
    year: z.number().int(),
    budget: money,
    committed: money,
    room: money,
    shortfall: money.nullable(),
  }),
  supported: z.array(AllocationSchema),
  excluded: z.array(AllocationSchema),
});
export type SimulationResult = z.infer<typeof SimulationResultSchema>;

export const SimulationSchema = z.object({
  schemeId: z.string(),
  saved: z.boolean(),
  result: SimulationResultSchema,
  /** A what-if run: the result with the overrides and each platform's change. */
  scenario: SimulationResultSchema.optional(),
  deltas: z
    .array(
      PlatformRef.pick({ platformId: true, name: true }).extend({
        base: money,
        scenario: money,
        delta: money,
      }),
    )
    .optional(),
  totals: z.object({ base: money, scenario: money, delta: money }).optional(),
});
export type Simulation = z.infer<typeof SimulationSchema>;

// ---------------------------------------------------------------------------------------------------------------
// Disbursements
// ---------------------------------------------------------------------------------------------------------------

export const DISBURSEMENT_STATUSES = ["committed", "paid", "cancelled"] as const;
export type DisbursementStatus = (typeof DISBURSEMENT_STATUSES)[number];
export const DISBURSEMENT_STATUS_NAMES: Record<DisbursementStatus, { zh: string; en: string }> = {
  committed: { zh: "已承诺待支付", en: "Committed" },
  paid: { zh: "已支付", en: "Paid" },
  cancelled: { zh: "已取消", en: "Cancelled" },
};

export const DisbursementPaySchema = z
  .object({
    paidOn: isoDateSchema,
    voucherNo: z.string().trim().min(1).max(60),
  })
  .strict();
export type DisbursementPay = z.infer<typeof DisbursementPaySchema>;

export const DisbursementCancelSchema = z.object({ reason: z.string().trim().min(2).max(1000) }).strict();
export type DisbursementCancel = z.infer<typeof DisbursementCancelSchema>;

export const DisbursementSchema = z.object({
  id: z.string(),
  fund: z.object({ id: z.string(), code: z.string(), name: z.string(), year: z.number().int() }),
  schemeId: z.string().nullable(),
  schemeTitle: z.string().nullable(),
  platformId: z.string(),
  platformName: z.string(),
  hostName: z.string().nullable(),
  districtCode: z.string().nullable(),
  purpose: z.string(),
  supportYear: z.number().int(),
  amount: money,
  status: z.enum(DISBURSEMENT_STATUSES),
  statusLabel: Label,
  paidOn: z.string().nullable(),
  voucherNo: z.string().nullable(),
  cancelledReason: z.string().nullable(),
  version: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
  updatedBy: z.string().nullable(),
});
export type Disbursement = z.infer<typeof DisbursementSchema>;

export const DisbursementListQuerySchema = z.object({
  fundId: z.string().uuid().optional(),
  schemeId: z.string().uuid().optional(),
  platformId: z.string().uuid().optional(),
  status: z.enum(DISBURSEMENT_STATUSES).optional(),
  year: z.coerce.number().int().min(2000).max(2100).optional(),
});

/** A platform's support history: by support year, what schemes allocated and what the fund paid. */
export const PlatformSupportSchema = z.object({
  platformId: z.string(),
  years: z.array(
    z.object({
      year: z.number().int(),
      allocations: z.array(
        z.object({
          schemeId: z.string(),
          schemeTitle: z.string(),
          schemeStatus: z.enum(SUPPORT_SCHEME_STATUSES),
          dataYear: z.number().int(),
          basisValue: money.nullable(),
          amount: money,
          excluded: z.string().nullable(),
          text: Label,
        }),
      ),
      disbursements: z.array(DisbursementSchema),
      paid: money,
    }),
  ),
});
export type PlatformSupport = z.infer<typeof PlatformSupportSchema>;
