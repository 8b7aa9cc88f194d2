import { z } from "zod";
import { isoDateSchema } from "./shared.js";

/**
 * The plan's API (P-01…P-05): plans, indicators and observations, targets with their progress, tasks with
 * progress reports and supervision notices (督办), change requests. Shared by the server's routes and the web.
 */
const Label = z.object({ zh: z.string(), en: z.string() });

export const PROGRESS_STATUSES = ["achieved", "on_track", "at_risk", "off_track", "no_data"] as const;
export const ProgressStatusSchema = z.enum(PROGRESS_STATUSES);
export type ProgressStatus = z.infer<typeof ProgressStatusSchema>;

export const PROGRESS_STATUS_NAMES: Record<ProgressStatus, { zh: string; en: string }> = {
  achieved: { zh: "已实现", en: "Achieved" },
  on_track: { zh: "进度正常", en: "On track" },
  at_risk: { zh: "存在风险", en: "At risk" },
  off_track: { zh: "进度滞后", en: "Off track" },
  no_data: { zh: "暂无数据", en: "No data" },
};

export const OBSERVATION_QUALIFIERS = ["gt", "ge", "approx", "lt", "le"] as const;
export const DATA_STATUSES = [
  "reported",
  "reported_check_year",
  "reported_year_inferred",
  "reported_url_missing",
  "missing",
] as const;

export const ObservationSourceSchema = z
  .object({
    title: z.string().trim().min(1).max(500),
    date: isoDateSchema.optional(),
    url: z.string().trim().url().max(2000).optional(),
    note: z.string().trim().max(2000).optional(),
  })
  .strict();

/** POST /api/plan/observations: a reported figure; a revised figure says so (revision.reason). */
export const ObservationInputSchema = z
  .object({
    indicatorCode: z.string().trim().min(1).max(100),
    period: z.string().trim().min(1).max(20),
    value: z.number().finite(),
    areaCode: z.string().trim().max(20).optional(),
    /** Optional: when given it must be the indicator's unit. */
    unit: z.string().trim().max(50).optional(),
    qualifier: z.enum(OBSERVATION_QUALIFIERS).optional(),
    source: z.union([z.string().trim().min(1).max(500), ObservationSourceSchema]),
    revision: z
      .object({ reason: z.string().trim().min(2).max(1000) })
      .strict()
      .optional(),
  })
  .strict();
export type ObservationInput = z.infer<typeof ObservationInputSchema>;

export const ObservationSchema = z.object({
  id: z.string(),
  indicatorCode: z.string(),
  period: z.string(),
  areaCode: z.string(),
  vintage: z.number().int(),
  value: z.number().nullable(),
  qualifier: z.string().nullable(),
  dataStatus: z.string(),
  source: z.object({
    title: z.string().nullable(),
    date: z.string().nullable(),
    url: z.string().nullable(),
    note: z.string().nullable(),
  }),
  reviewState: z.enum(["entered", "verified"]),
  revisesId: z.string().nullable(),
  revisionReason: z.string().nullable(),
  /** Whether a later vintage replaced this figure. */
  superseded: z.boolean(),
  createdAt: z.string(),
  createdBy: z.string().nullable(),
});
export type Observation = z.infer<typeof ObservationSchema>;

export const IndicatorSchema = z.object({
  code: z.string(),
  name: Label,
  unit: Label,
  kind: z.enum(["level", "growth", "count", "milestone"]),
  direction: z.enum(["increase", "decrease"]),
  source: z.enum(["reported", "computed", "both"]),
  computedKey: z.string().nullable(),
  authoritative: z.enum(["reported", "computed"]),
  tolerance: z.number(),
  decimals: z.number().int(),
  range: z.object({ min: z.number().nullable(), max: z.number().nullable() }),
});
export type Indicator = z.infer<typeof IndicatorSchema>;

const SourceRefSchema = z.object({
  /** reported: an observation (its id, publication and link); computed: the registry as of a date. */
  kind: z.enum(["reported", "computed", "baseline"]),
  observationId: z.string().nullable(),
  title: z.string().nullable(),
  date: z.string().nullable(),
  url: z.string().nullable(),
  period: z.string().nullable(),
  value: z.number().nullable(),
  dataStatus: z.string().nullable(),
});
export type SourceRef = z.infer<typeof SourceRefSchema>;

const PointSchema = z.object({ year: z.number(), value: z.number() });

export const ForecastSchema = z.object({
  value: z.number(),
  low: z.number(),
  high: z.number(),
  probability: z.number(),
  method: z.enum(["linear", "log_linear"]),
  points: z.number().int(),
  /** The trend and its 80 % band from the last observation to the target year (for charts). */
  band: z.array(z.object({ year: z.number(), value: z.number(), low: z.number(), high: z.number() })),
});

/** One target's progress (GET /api/plan/targets). */
export const TargetProgressSchema = z.object({
  code: z.string(),
  section: z.string(),
  text: Label,
  indicatorCode: z.string(),
  indicatorName: Label,
  unit: Label,
  decimals: z.number().int(),
  kind: z.enum(["level", "growth", "milestone"]),
  direction: z.enum(["increase", "decrease"]),
  year: z.number().int(),
  targetValue: z.number(),
  targetValueMax: z.number().nullable(),
  baselineYear: z.number().int().nullable(),
  baselineValue: z.number().nullable(),
  latestValue: z.number().nullable(),
  latestPeriod: z.string().nullable(),
  latestQualifier: z.string().nullable(),
  status: ProgressStatusSchema,
  ratio: z.number().nullable(),
  expected: z.number().nullable(),
  gap: z.number().nullable(),
  /** Growth targets: the compound annual growth since the base year and each year's growth. */
  cagr: z.number().nullable(),
  yearlyGrowth: z.array(PointSchema),
  /** Milestones: the date it was reached. */
  achievedOn: z.string().nullable(),
  /** Which rule was applied (a key of the rules texts) and on what basis. */
  rule: z.string(),
  basis: z.string().nullable(),
  forecast: ForecastSchema.nullable(),
  forecastUnavailable: z.string().nullable(),
  /** The series used (authoritative), the other series when there is one, and the path the target requires. */
  series: z.array(PointSchema.extend({ qualifier: z.string().nullable(), dataStatus: z.string() })),
  computedSeries: z.array(PointSchema),
  requiredPath: z.array(PointSchema),
  authoritative: z.enum(["reported", "computed"]),
  divergence: z
    .object({
      reported: z.number(),
      computed: z.number(),
      share: z.number(),
      period: z.string(),
      flagged: z.boolean(),
    })
    .nullable(),
  /** Doubtful figures among those used (status reported_check_year etc.). */
  doubtful: z.array(z.object({ period: z.string(), dataStatus: z.string(), note: z.string().nullable() })),
  sources: z.array(SourceRefSchema),
  taskCode: z.string().nullable(),
  version: z.number().int(),
  adjusted: z.boolean(),
  /**
   * A target over a window (力争三年内新获批…): it counts what was added since the end of baseYear (the year before
   * the window), and latestValue, series and computedSeries are those increases; baseValue is the level then.
   */
  /** Growth targets on a rate indicator: the unit of the required path and the forecast (the levels' unit). */
  pathUnit: Label.nullable(),
  window: z
    .object({
      from: z.number().int(),
      to: z.number().int(),
      baseYear: z.number().int(),
      baseValue: z.number().nullable(),
    })
    .nullable(),
});
export type TargetProgress = z.infer<typeof TargetProgressSchema>;

export const TargetsQuerySchema = z
  .object({
    plan: z.string().max(100).optional(),
    /** Evaluate as of this date (default today). */
    asOf: isoDateSchema.optional(),
    /** planned: the targets as first loaded (version 1); current: as adjusted (default). */
    as: z.enum(["planned", "current"]).optional(),
    section: z.string().max(20).optional(),
  })
  .strict();

export const PlanSummarySchema = z.object({
  code: z.string(),
  title: Label,
  issuedOn: z.string(),
  issuer: Label,
  city: z.object({ code: z.string(), name: Label }),
  baseYear: z.number().int(),
  horizon: z.array(z.number().int()),
  counts: z.object({ targets: z.number(), projects: z.number(), tasks: z.number(), indicators: z.number() }),
});
export type PlanSummary = z.infer<typeof PlanSummarySchema>;

export const TASK_HEALTH = ["done", "on_schedule", "overdue", "supervised"] as const;

export const UnitSchema = z.object({
  id: z.string(),
  code: z.string(),
  name: Label,
  kind: z.enum(["department", "district"]),
  areaCode: z.string().nullable(),
  demo: z.boolean(),
});
export type Unit = z.infer<typeof UnitSchema>;

export const TaskSummarySchema = z.object({
  id: z.string(),
  code: z.string(),
  projectCode: z.string(),
  parentCode: z.string().nullable(),
  title: Label,
  lead: UnitSchema.nullable(),
  partners: z.array(UnitSchema),
  dueOn: z.string().nullable(),
  status: z.enum(["active", "completed", "withdrawn"]),
  progressPercent: z.number().int(),
  progressPeriod: z.string().nullable(),
  overdue: z.boolean(),
  /** Why it is overdue: its due date, a milestone, or a missing quarterly report. */
  overdueReasons: z.array(
    z.object({ kind: z.enum(["task", "milestone", "report"]), label: Label, due: z.string() }),
  ),
  openSupervision: z.number().int(),
  demo: z.boolean(),
  version: z.number().int(),
});
export type TaskSummary = z.infer<typeof TaskSummarySchema>;

export const ProjectRollupSchema = z.object({
  code: z.string(),
  title: Label,
  tasks: z.number().int(),
  completed: z.number().int(),
  overdue: z.number().int(),
  supervised: z.number().int(),
  /** Mean progress of its tasks (items count within their task). */
  progressPercent: z.number(),
});
export type ProjectRollup = z.infer<typeof ProjectRollupSchema>;

export const ProgressReportInputSchema = z
  .object({
    period: z
      .string()
      .trim()
      .regex(/^\d{4}Q[1-4]$/),
    percent: z.number().int().min(0).max(100),
    summary: z.string().trim().min(5).max(5000),
    indicatorCodes: z.array(z.string().max(100)).max(20).default([]),
  })
  .strict();
export type ProgressReportInput = z.infer<typeof ProgressReportInputSchema>;

export const SupervisionInputSchema = z
  .object({
    reason: z.string().trim().min(5).max(2000),
    responseDue: isoDateSchema,
    /** The unit addressed; default the task's lead unit. */
    unitCode: z.string().max(100).optional(),
  })
  .strict();
export type SupervisionInput = z.infer<typeof SupervisionInputSchema>;

/** What a change request may change. */
export const TargetChangeSchema = z
  .object({
    year: z.number().int().min(2000).max(2100).optional(),
    value: z.number().finite().optional(),
    valueMax: z.number().finite().nullable().optional(),
    text: z
      .object({ zh: z.string().trim().min(2).max(500), en: z.string().trim().min(2).max(500) })
      .strict()
      .optional(),
    status: z.enum(["active", "withdrawn"]).optional(),
  })
  .strict();
export const TaskChangeSchema = z
  .object({
    dueOn: isoDateSchema.nullable().optional(),
    leadUnitCode: z.string().max(100).nullable().optional(),
    partnerUnitCodes: z.array(z.string().max(100)).max(20).optional(),
    status: z.enum(["active", "completed", "withdrawn"]).optional(),
  })
  .strict();

export const ChangeRequestInputSchema = z.discriminatedUnion("recordType", [
  z
    .object({
      recordType: z.literal("target"),
      plan: z.string().max(100).optional(),
      code: z.string().max(100),
      changes: TargetChangeSchema,
      reason: z.string().trim().min(5).max(2000),
    })
    .strict(),
  z
    .object({
      recordType: z.literal("task"),
      plan: z.string().max(100).optional(),
      code: z.string().max(100),
      changes: TaskChangeSchema,
      reason: z.string().trim().min(5).max(2000),
    })
    .strict(),
]);
export type ChangeRequestInput = z.infer<typeof ChangeRequestInputSchema>;

export const VersionSchema = z.object({
  version: z.number().int(),
  snapshot: z.record(z.string(), z.unknown()),
  reason: z.string().nullable(),
  changeId: z.string().nullable(),
  createdAt: z.string(),
  createdBy: z.string().nullable(),
});
