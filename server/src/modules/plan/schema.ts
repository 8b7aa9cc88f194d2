import { sql } from "drizzle-orm";
import {
  boolean,
  date,
  index,
  integer,
  jsonb,
  numeric,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
  varchar,
} from "drizzle-orm/pg-core";
import { editableColumns } from "../../core/db/columns.js";

const at = (name: string) => timestamp(name, { withTimezone: true });

/** A plan loaded from a pack (P-01): Changsha 2023 first; another city's or year's plan sits beside it. */
export const plans = pgTable("plans", {
  id: uuid("id").primaryKey().defaultRandom(),
  code: text("code").notNull().unique(),
  titleZh: text("title_zh").notNull(),
  titleEn: text("title_en").notNull(),
  issuedOn: date("issued_on").notNull(),
  issuerZh: text("issuer_zh").notNull(),
  issuerEn: text("issuer_en").notNull(),
  cityCode: varchar("city_code", { length: 6 }).notNull(),
  cityNameZh: text("city_name_zh").notNull(),
  cityNameEn: text("city_name_en").notNull(),
  baseYear: integer("base_year").notNull(),
  horizon: integer("horizon").array().notNull(),
  /** The pack as loaded (zones, industries, source), for reading back what was planned. */
  pack: jsonb("pack").$type<Record<string, unknown>>().notNull(),
  sourceFile: text("source_file"),
  ...editableColumns(),
});

/**
 * Units that lead or take part in tasks (市直部门, 区县政府). A department user's organisation (users.org_id) is
 * its unit; a district user belongs to the district unit of its area.
 */
export const planUnits = pgTable("plan_units", {
  id: uuid("id").primaryKey().defaultRandom(),
  code: text("code").notNull().unique(),
  nameZh: text("name_zh").notNull(),
  nameEn: text("name_en").notNull(),
  /** department | district */
  kind: text("kind").notNull(),
  areaCode: varchar("area_code", { length: 6 }),
  demo: boolean("demo").notNull().default(false),
  ...editableColumns(),
});

export const planProjects = pgTable(
  "plan_projects",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    planId: uuid("plan_id")
      .notNull()
      .references(() => plans.id),
    code: text("code").notNull(),
    seq: integer("seq").notNull(),
    titleZh: text("title_zh").notNull(),
    titleEn: text("title_en").notNull(),
  },
  (t) => [uniqueIndex("plan_projects_code").on(t.planId, t.code)],
);

/** Tasks and their numbered items (items carry parent_id). `version` is the current version's number. */
export const planTasks = pgTable(
  "plan_tasks",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    planId: uuid("plan_id")
      .notNull()
      .references(() => plans.id),
    projectId: uuid("project_id")
      .notNull()
      .references(() => planProjects.id),
    parentId: uuid("parent_id"),
    code: text("code").notNull(),
    seq: integer("seq").notNull(),
    titleZh: text("title_zh").notNull(),
    titleEn: text("title_en").notNull(),
    textZh: text("text_zh").notNull(),
    textEn: text("text_en").notNull(),
    leadUnitId: uuid("lead_unit_id").references(() => planUnits.id),
    partnerUnitIds: uuid("partner_unit_ids").array().notNull().default(sql`'{}'::uuid[]`),
    dueOn: date("due_on"),
    indicatorCodes: text("indicator_codes").array().notNull().default(sql`'{}'::text[]`),
    zoneCodes: text("zone_codes").array().notNull().default(sql`'{}'::text[]`),
    industryCodes: text("industry_codes").array().notNull().default(sql`'{}'::text[]`),
    demo: boolean("demo").notNull().default(false),
    /** active | completed | withdrawn */
    status: text("status").notNull().default("active"),
    /** From the latest accepted progress report. */
    progressPercent: integer("progress_percent").notNull().default(0),
    progressPeriod: text("progress_period"),
    completedOn: date("completed_on"),
    ...editableColumns(),
  },
  (t) => [
    uniqueIndex("plan_tasks_code").on(t.planId, t.code),
    index("plan_tasks_project_idx").on(t.projectId),
    index("plan_tasks_lead_idx").on(t.leadUnitId),
  ],
);

export const planMilestones = pgTable(
  "plan_milestones",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    taskId: uuid("task_id")
      .notNull()
      .references(() => planTasks.id),
    seq: integer("seq").notNull(),
    titleZh: text("title_zh").notNull(),
    titleEn: text("title_en").notNull(),
    dueOn: date("due_on").notNull(),
    doneOn: date("done_on"),
    ...editableColumns(),
  },
  (t) => [index("plan_milestones_task_idx").on(t.taskId)],
);

/** Targets (§二 and the quantified sub-targets in tasks). `version` is the current version's number. */
export const planTargets = pgTable(
  "plan_targets",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    planId: uuid("plan_id")
      .notNull()
      .references(() => plans.id),
    code: text("code").notNull(),
    seq: integer("seq").notNull(),
    section: text("section").notNull(),
    textZh: text("text_zh").notNull(),
    textEn: text("text_en").notNull(),
    indicatorCode: text("indicator_code").notNull(),
    /** level | growth | milestone */
    kind: text("kind").notNull(),
    /** ge | le */
    comparator: text("comparator").notNull().default("ge"),
    year: integer("year").notNull(),
    value: numeric("value").notNull(),
    valueMax: numeric("value_max"),
    baselineYear: integer("baseline_year"),
    baselineValue: numeric("baseline_value"),
    baselineSource: text("baseline_source"),
    taskId: uuid("task_id").references(() => planTasks.id),
    windowFrom: integer("window_from"),
    windowTo: integer("window_to"),
    /** active | withdrawn */
    status: text("status").notNull().default("active"),
    ...editableColumns(),
  },
  (t) => [uniqueIndex("plan_targets_code").on(t.planId, t.code)],
);

/**
 * Every version of a target or task (P-05): version 1 is "as planned", each approved change adds one with its
 * reason and the change request that approved it. Never updated, never deleted.
 */
export const planVersions = pgTable(
  "plan_versions",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    /** target | task */
    recordType: text("record_type").notNull(),
    recordId: uuid("record_id").notNull(),
    version: integer("version").notNull(),
    snapshot: jsonb("snapshot").$type<Record<string, unknown>>().notNull(),
    reason: text("reason"),
    changeId: uuid("change_id"),
    createdAt: at("created_at").notNull().defaultNow(),
    createdBy: text("created_by"),
  },
  (t) => [uniqueIndex("plan_versions_key").on(t.recordType, t.recordId, t.version)],
);

/** A change request to a target or task, decided on the workflow engine (process plan_change). */
export const planChanges = pgTable(
  "plan_changes",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    planId: uuid("plan_id")
      .notNull()
      .references(() => plans.id),
    recordType: text("record_type").notNull(),
    recordId: uuid("record_id").notNull(),
    /** The version the change was proposed against (a change to a stale version is refused on approval). */
    baseVersion: integer("base_version").notNull(),
    proposed: jsonb("proposed").$type<Record<string, unknown>>().notNull(),
    reason: text("reason").notNull(),
    instanceId: uuid("instance_id"),
    /** proposed | approved | rejected | withdrawn */
    status: text("status").notNull().default("proposed"),
    decidedAt: at("decided_at"),
    ...editableColumns(),
  },
  (t) => [index("plan_changes_record_idx").on(t.recordType, t.recordId)],
);

/** Quarterly progress reports of a unit on a task; the review runs on the workflow (plan_progress_report). */
export const planProgressReports = pgTable(
  "plan_progress_reports",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    taskId: uuid("task_id")
      .notNull()
      .references(() => planTasks.id),
    unitId: uuid("unit_id")
      .notNull()
      .references(() => planUnits.id),
    /** YYYYQn */
    period: text("period").notNull(),
    percent: integer("percent").notNull(),
    summary: text("summary").notNull(),
    indicatorCodes: text("indicator_codes").array().notNull().default(sql`'{}'::text[]`),
    /** draft | submitted | returned | accepted */
    status: text("status").notNull().default("draft"),
    instanceId: uuid("instance_id"),
    submittedAt: at("submitted_at"),
    ...editableColumns(),
  },
  (t) => [
    uniqueIndex("plan_progress_reports_key").on(t.taskId, t.unitId, t.period),
    index("plan_progress_reports_unit_idx").on(t.unitId, t.period),
  ],
);

/** Supervision notices (督办): issued by the city to a task's unit, answered by a date (process plan_supervision). */
export const planSupervisionNotices = pgTable(
  "plan_supervision_notices",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    taskId: uuid("task_id")
      .notNull()
      .references(() => planTasks.id),
    unitId: uuid("unit_id")
      .notNull()
      .references(() => planUnits.id),
    /** A short serial for the document: 督办〔2026〕3号 */
    number: text("number").notNull().unique(),
    reason: text("reason").notNull(),
    responseDue: date("response_due").notNull(),
    reply: text("reply"),
    repliedAt: at("replied_at"),
    /** issued | replied | closed */
    status: text("status").notNull().default("issued"),
    instanceId: uuid("instance_id"),
    ...editableColumns(),
  },
  (t) => [index("plan_supervision_task_idx").on(t.taskId), index("plan_supervision_unit_idx").on(t.unitId)],
);
