import { z } from "zod";

/**
 * The plan pack (P-01): a whole plan as one YAML file (plans/*.yaml). Every object is strict (an unknown field is
 * refused); cross-references (target → indicator, task → unit, …) are checked by validate-pack.ts, which also
 * turns the issues of these schemas into localised problems. Formats of codes fail with a message key
 * (`format:…`) that pack-messages.ts localises.
 */

const fmt = (key: string) => ({ error: `format:${key}` });

const text = z.string().trim().min(1);

/** Every text a person reads comes in both languages. */
export const PackTextSchema = z.strictObject({ zh: text, en: text });

const lowerKebab = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, fmt("lower_kebab"));
const lowerSnake = z.string().regex(/^[a-z][a-z0-9]*(?:_[a-z0-9]+)*$/, fmt("lower_snake"));
const zoneCode = z.string().regex(/^[A-Z][A-Z0-9]*$/, fmt("zone_code"));
const year = z.int().min(1949).max(2100);
const isoDate = z.iso.date({ error: "format:date" });
/** A reference to a code defined elsewhere in the pack; whether it exists is checked after the schema. */
const ref = z.string().min(1);

export const INDICATOR_KINDS = ["level", "growth", "count", "milestone"] as const;
export const INDICATOR_SOURCES = ["reported", "computed", "both"] as const;
export const TARGET_KINDS = ["level", "growth", "milestone"] as const;
export const UNIT_KINDS = ["department", "district"] as const;
export const INDUSTRY_GROUPS = ["advantage", "emerging", "future"] as const;

export const PackUnitSchema = z.strictObject({
  code: lowerSnake,
  name: PackTextSchema,
  kind: z.enum(UNIT_KINDS),
  /** A district's GB/T 2260 code (6 digits under the city's prefix). */
  areaCode: z.string().optional(),
  /** An assignment made up for the demonstration (the plan names no units). */
  demo: z.boolean().default(false),
});

export const PackZoneSchema = z.strictObject({
  code: zoneCode,
  name: PackTextSchema,
  districts: z.array(z.string()).min(1),
  parent: ref.optional(),
});

export const PackIndustrySchema = z.strictObject({
  code: lowerKebab,
  name: PackTextSchema,
  group: z.enum(INDUSTRY_GROUPS),
});

export const PackIndicatorSchema = z
  .strictObject({
    code: lowerSnake,
    name: PackTextSchema,
    unit: PackTextSchema,
    /** count: computed from the registry; growth: values are fractions (0.13 = 13 %). */
    kind: z.enum(INDICATOR_KINDS),
    direction: z.enum(["increase", "decrease"]),
    source: z.enum(INDICATOR_SOURCES),
    /** Key of a computed series; required when source is computed or both. */
    computed: ref.optional(),
    /** Which series decides a status; default reported (computed when only a computed series exists). */
    authoritative: z.enum(["reported", "computed"]).optional(),
    /** Share beyond which a computed and a reported figure are flagged as diverging. */
    tolerance: z.number().min(0).max(1).default(0.1),
    decimals: z.int().min(0).max(6).default(0),
    range: z.strictObject({ min: z.number().optional(), max: z.number().optional() }).optional(),
    period: z.enum(["year"]).default("year"),
    /** Exact `indicator` names in the published-figures CSV that are figures of this indicator. */
    aliases: z.array(text).default([]),
    /** A published figure times this is the indicator's value (0.01: a growth published in % into a fraction). */
    publishedScale: z.number().positive().default(1),
    /** For a growth indicator: the level indicator whose growth it is (CAGR can be derived from its levels). */
    growthOf: ref.optional(),
    note: PackTextSchema.optional(),
  })
  .transform((i) => ({
    ...i,
    authoritative:
      i.authoritative ?? (i.source === "computed" ? ("computed" as const) : ("reported" as const)),
  }));

export const PackTargetSchema = z.strictObject({
  code: lowerSnake,
  /** Where the target is written: "二", or "三(二)2" for a sub-target inside a task. */
  section: text,
  text: PackTextSchema,
  indicator: ref,
  kind: z.enum(TARGET_KINDS),
  year,
  /** growth: a fraction (0.13); milestone: 1; a range target's lower end (2–3 → 2). */
  value: z.number(),
  valueMax: z.number().optional(),
  comparator: z.enum(["ge", "le"]).default("ge"),
  baseline: z.strictObject({ year, value: z.number(), source: text }).optional(),
  /** The task a sub-target belongs to. */
  task: ref.optional(),
  /**
   * The years the target is measured over (力争三年内): a growth target is the annual average over them, a level
   * or count target the increase over them (from the end of from−1 to the end of `to`, which is the target year).
   */
  window: z.strictObject({ from: year, to: year }).optional(),
  note: PackTextSchema.optional(),
});

export const PackMilestoneSchema = z.strictObject({ title: PackTextSchema, due: isoDate });

const taskShape = {
  /** "1.1" for a task, "4.1.1" for a numbered item inside it. */
  code: z.string().regex(/^\d+(?:\.\d+){1,2}$/, fmt("task_code")),
  title: PackTextSchema,
  /** zh: the numbered item's full text, verbatim; en: a faithful translation or summary. */
  text: PackTextSchema,
  lead: ref.optional(),
  partners: z.array(ref).default([]),
  due: isoDate.optional(),
  milestones: z.array(PackMilestoneSchema).default([]),
  indicators: z.array(ref).default([]),
  industries: z.array(ref).default([]),
  zones: z.array(ref).default([]),
  /** Assignments, dates or milestones made up for the demonstration. */
  demo: z.boolean().default(false),
};

/** A numbered item inside a task (§三(四)1 (1)…(6)); items do not nest further. */
export const PackItemSchema = z.strictObject(taskShape);
export const PackTaskSchema = z.strictObject({ ...taskShape, items: z.array(PackItemSchema).default([]) });

export const PackProjectSchema = z.strictObject({
  code: z.string().regex(/^\d+$/, fmt("project_code")),
  title: PackTextSchema,
  tasks: z.array(PackTaskSchema).min(1),
});

export const PlanPackSchema = z.strictObject({
  code: lowerKebab,
  title: PackTextSchema,
  issuedOn: isoDate,
  issuer: PackTextSchema,
  city: z.strictObject({
    code: z.string().regex(/^\d{4}00$/, fmt("city_code")),
    name: PackTextSchema,
  }),
  /** The last full year before the plan: baselines and trends start here. */
  baseYear: year,
  /** The plan's target years, ascending. */
  horizon: z.array(year).min(1),
  source: z.strictObject({
    title: PackTextSchema,
    note: PackTextSchema.optional(),
    url: z.url().optional(),
  }),
  units: z.array(PackUnitSchema).default([]),
  zones: z.array(PackZoneSchema).default([]),
  industries: z.array(PackIndustrySchema).default([]),
  indicators: z.array(PackIndicatorSchema).min(1),
  targets: z.array(PackTargetSchema).min(1),
  projects: z.array(PackProjectSchema).default([]),
});

export type PackText = z.output<typeof PackTextSchema>;
export type PackUnit = z.output<typeof PackUnitSchema>;
export type PackZone = z.output<typeof PackZoneSchema>;
export type PackIndustry = z.output<typeof PackIndustrySchema>;
export type PackIndicator = z.output<typeof PackIndicatorSchema>;
export type PackTarget = z.output<typeof PackTargetSchema>;
export type PackMilestone = z.output<typeof PackMilestoneSchema>;
export type PackItem = z.output<typeof PackItemSchema>;
export type PackTask = z.output<typeof PackTaskSchema>;
export type PackProject = z.output<typeof PackProjectSchema>;
export type PlanPack = z.output<typeof PlanPackSchema>;

/** One problem of a pack, where it is (path, and line/column in the YAML text when known) and what it is. */
export interface PackProblem {
  /** e.g. "targets[3].indicator"; "" is the document itself. */
  path: string;
  line?: number;
  column?: number;
  code: string;
  message: { zh: string; en: string };
}
