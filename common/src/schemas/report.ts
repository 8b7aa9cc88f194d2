import { z } from "zod";
import { PLATFORM_LEVELS } from "../platform-types.js";
import {
  centsToMoney,
  moneyToCents,
  REPORT_FIRST_YEAR,
  REPORT_METRICS,
  REPORT_ORIGINS,
  REPORT_STATUSES,
  type ReportMetricKey,
} from "../report-metrics.js";
import { csvList, districtCodeSchema, queryBoolean } from "./shared.js";

/**
 * Annual reports of platforms. Money travels as decimal text in 万元 ("1234.50"), so no amount passes
 * through a binary float; a number with at most two decimals is accepted on input and normalised.
 */
const moneyInput = (max: number) =>
  z
    .union([z.string().max(20), z.number()])
    .transform((value, ctx) => {
      const cents = moneyToCents(value);
      if (cents === null) {
        ctx.addIssue({ code: "custom", message: "money", params: { code: "money_invalid" } });
        return z.NEVER;
      }
      if (cents > BigInt(Math.round(max * 100))) {
        ctx.addIssue({ code: "custom", message: "money too large", params: { code: "money_too_large" } });
        return z.NEVER;
      }
      return centsToMoney(cents);
    })
    .meta({ description: "万元 (10k CNY), at most two decimals, as text or number", example: "1234.50" });

const maxOf = (key: ReportMetricKey) => REPORT_METRICS.find((m) => m.key === key)!.max;
const moneyField = (key: ReportMetricKey) => moneyInput(maxOf(key)).nullish();
const countField = (key: ReportMetricKey) => z.number().int().min(0).max(maxOf(key)).nullish();

/** Every figure may be empty while the report is a draft; submitting needs them all. */
const figureInputs = {
  rdSpending: moneyField("rdSpending"),
  rdStaff: countField("rdStaff"),
  equipmentValue: moneyField("equipmentValue"),
  patentsApplied: countField("patentsApplied"),
  patentsGranted: countField("patentsGranted"),
  inventionPatentsApplied: countField("inventionPatentsApplied"),
  inventionPatentsGranted: countField("inventionPatentsGranted"),
  standardsLed: countField("standardsLed"),
  standardsParticipated: countField("standardsParticipated"),
  achievementsTransferred: countField("achievementsTransferred"),
  transferContractValue: moneyField("transferContractValue"),
  revenue: moneyField("revenue"),
} satisfies Record<ReportMetricKey, z.ZodType>;

/** The figures as entered (money as text or number, counts as whole numbers). */
export type ReportFigures = { [K in ReportMetricKey]?: string | number | null };

const yearSchema = z.number().int().min(REPORT_FIRST_YEAR).max(2100);

const remarks = z.string().trim().max(2000).nullish();

/** Totals that must agree: sub-counts within their totals, a contract value only with transfers. */
export function checkReportConsistency(figures: ReportFigures, ctx: z.RefinementCtx): void {
  const n = (k: ReportMetricKey) => {
    const v = figures[k];
    return typeof v === "number" ? v : null;
  };
  const issue = (path: ReportMetricKey, code: string) =>
    ctx.addIssue({ code: "custom", path: [path], message: code, params: { code } });
  const pairs = [
    ["inventionPatentsApplied", "patentsApplied", "report_invention_applied_exceeds"],
    ["inventionPatentsGranted", "patentsGranted", "report_invention_granted_exceeds"],
  ] as const;
  for (const [part, total, code] of pairs) {
    const p = n(part);
    const t = n(total);
    if (p !== null && t !== null && p > t) issue(part, code);
  }
  const value = figures.transferContractValue;
  const cents = value === null || value === undefined ? null : moneyToCents(value);
  if (cents !== null && cents > 0n && !(n("achievementsTransferred")! > 0))
    issue("transferContractValue", "report_transfer_value_needs_count");
}

/** Figures of a report as a whole (a draft's current state after a change): types, ranges, consistency. */
export const ReportFiguresSchema = z.object(figureInputs).strict().superRefine(checkReportConsistency);

export const ReportCreateSchema = z
  .object({
    platformId: z.string().uuid(),
    year: yearSchema,
    ...figureInputs,
    remarks,
  })
  .strict()
  .superRefine(checkReportConsistency);
export type ReportCreate = z.infer<typeof ReportCreateSchema>;

/** A change to a draft or returned report; the merged figures are checked again as a whole. */
export const ReportPatchSchema = z
  .object({ ...figureInputs, remarks })
  .strict()
  .superRefine(checkReportConsistency);
export type ReportPatch = z.infer<typeof ReportPatchSchema>;

export const ReportReturnSchema = z
  .object({ comment: z.string().trim().min(1).max(2000).meta({ description: "Why it is returned" }) })
  .strict();
export const ReportAcceptSchema = z
  .object({
    acknowledgeFlags: z
      .boolean()
      .optional()
      .meta({ description: "Required (true) when the report carries year-over-year flags" }),
    comment: z.string().trim().max(2000).optional(),
  })
  .strict();
export const ReportSubmitSchema = z.object({ comment: z.string().trim().max(2000).optional() }).strict();
export const ReportCommentSchema = z.object({ body: z.string().trim().min(1).max(5000) }).strict();

export const REPORT_SORTS = ["-year", "year", "dueOn", "-updatedAt", "platform"] as const;

const reportFilterFields = {
  year: z.coerce.number().int().min(REPORT_FIRST_YEAR).max(2100).optional(),
  status: csvList(z.enum(REPORT_STATUSES)),
  flagged: queryBoolean.meta({
    description: "Only reports with (true) or without (false) year-over-year flags",
  }),
  overdue: queryBoolean.meta({
    description: "Only reports not submitted by their due date (true) or the others",
  }),
  districtCode: csvList(districtCodeSchema),
  platformId: z.string().uuid().optional(),
  q: z.string().trim().max(100).optional().meta({ description: "Part of the platform's name" }),
};

export const ReportListQuerySchema = z
  .object({
    ...reportFilterFields,
    sort: z.enum(REPORT_SORTS).default("-year"),
    limit: z.coerce.number().int().min(1).max(200).default(50),
    offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
  })
  .strict();
export type ReportListQuery = z.infer<typeof ReportListQuerySchema>;
export type ReportFilter = Omit<ReportListQuery, "sort" | "limit" | "offset">;
export const ReportFilterQuerySchema = ReportListQuerySchema.omit({ sort: true, limit: true, offset: true });

export const ReportMissingQuerySchema = z
  .object({
    year: z.coerce.number().int().min(REPORT_FIRST_YEAR).max(2100),
    districtCode: csvList(districtCodeSchema),
    limit: z.coerce.number().int().min(1).max(200).default(50),
    offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
  })
  .strict();

const money = z.string().meta({ description: "万元, two decimals", example: "1234.50" });
const figureOutputs = Object.fromEntries(
  REPORT_METRICS.map((m) => [m.key, (m.kind === "money" ? money : z.number().int()).nullable()]),
) as Record<ReportMetricKey, z.ZodNullable<z.ZodString | z.ZodNumber>>;

export const ReportFlagSchema = z.object({
  metric: z.string(),
  previous: z.union([z.string(), z.number()]),
  current: z.union([z.string(), z.number()]),
  changePct: z.number().nullable(),
  threshold: z.number(),
});
export type ReportFlag = z.infer<typeof ReportFlagSchema>;

export const ReportPlatformSchema = z.object({
  id: z.string().uuid(),
  name: z.string(),
  typeCode: z.string(),
  level: z.enum(PLATFORM_LEVELS),
  districtCode: z.string(),
  zoneCode: z.string().nullable(),
  hostEntityId: z.string().uuid(),
  hostName: z.string().nullable(),
});

export const ReportSchema = z.object({
  id: z.string().uuid(),
  platform: ReportPlatformSchema,
  year: z.number().int(),
  status: z.enum(REPORT_STATUSES),
  origin: z.enum(REPORT_ORIGINS),
  ...figureOutputs,
  remarks: z.string().nullable(),
  flags: z.array(ReportFlagSchema),
  flagsAcknowledgedBy: z.string().nullable(),
  flagsAcknowledgedAt: z.string().nullable(),
  dueOn: z.string(),
  overdue: z.boolean().meta({ description: "Not submitted and the due date has passed" }),
  late: z.boolean().meta({ description: "Submitted after the due date" }),
  submissions: z.number().int(),
  submittedAt: z.string().nullable(),
  submittedBy: z.string().nullable(),
  reviewedAt: z.string().nullable(),
  reviewedBy: z.string().nullable(),
  instanceId: z.string().uuid().nullable(),
  isDemo: z.boolean(),
  version: z.number().int(),
  createdAt: z.string(),
  createdBy: z.string().nullable(),
  updatedAt: z.string(),
  updatedBy: z.string().nullable(),
});
export type Report = z.infer<typeof ReportSchema>;

const label = z.object({ zh: z.string(), en: z.string() });

export const ReportChangeSchema = z.object({
  metric: z.string(),
  previous: z.union([z.string(), z.number()]).nullable(),
  current: z.union([z.string(), z.number()]).nullable(),
  changePct: z.number().nullable(),
  jump: z.boolean(),
  threshold: z.number(),
});

export const ReportDetailSchema = ReportSchema.extend({
  previous: z
    .object({ id: z.string().uuid(), year: z.number().int(), ...figureOutputs })
    .nullable()
    .meta({ description: "The previous year's accepted report, if any" }),
  changes: z.array(ReportChangeSchema),
  history: z.array(
    z.object({
      at: z.string(),
      actorName: z.string(),
      actorRole: z.string(),
      action: z.string(),
      actionLabel: label,
      from: z.string(),
      to: z.string(),
      comment: z.string().nullable(),
    }),
  ),
  comments: z.array(
    z.object({
      id: z.string().uuid(),
      at: z.string(),
      authorName: z.string(),
      authorRole: z.string(),
      body: z.string(),
    }),
  ),
  actions: z.array(
    z.object({
      action: z.enum(["edit", "submit", "return", "accept", "comment"]),
      blockers: z.array(z.object({ code: z.string(), params: z.record(z.string(), z.unknown()) })),
    }),
  ),
});
export type ReportDetail = z.infer<typeof ReportDetailSchema>;

export const ReportPageSchema = z.object({
  items: z.array(ReportSchema),
  total: z.number().int(),
  counts: z
    .object({
      status: z.record(z.string(), z.number().int()),
      flagged: z.number().int(),
      overdue: z.number().int(),
    })
    .meta({ description: "Counts under every filter except status, flagged and overdue" }),
});
export type ReportPage = z.infer<typeof ReportPageSchema>;

export const MissingReportSchema = z.object({
  platform: ReportPlatformSchema,
  year: z.number().int(),
  dueOn: z.string(),
  overdue: z.boolean(),
});
export const MissingReportPageSchema = z.object({
  items: z.array(MissingReportSchema),
  total: z.number().int(),
});

/** The reports of one platform by year, and the years its host may still file. */
export const PlatformReportsSchema = z.object({
  items: z.array(ReportSchema),
  fileable: z.array(z.number().int()).meta({ description: "Years without a report that may be filed now" }),
  canFile: z.boolean().meta({ description: "Whether the caller files for this platform (its host)" }),
});
