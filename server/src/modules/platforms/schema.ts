import { sql } from "drizzle-orm";
import {
  type AnyPgColumn,
  bigserial,
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
import { editableColumns, tsvector } from "../../core/db/columns.js";

/** The platform taxonomy as data (common/src/platform-types.ts; rows written by the migration `platform_types`). */
export const platformTypes = pgTable("platform_types", {
  code: text("code").primaryKey(),
  name: text("name").notNull(),
  nameEn: text("name_en").notNull(),
  category: text("category").notNull(),
  levels: text("levels").array().notNull(),
  isRdCentre: boolean("is_rd_centre").notNull().default(false),
  sortOrder: integer("sort_order").notNull().default(0),
});

/**
 * 创新平台数据库: innovation platforms and R&D centres. Never deleted: the lifecycle ends in revoked or
 * merged (with a successor). The host (依托单位) is an entity of the registry, referred to by id only.
 */
export const platforms = pgTable(
  "platforms",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    name: text("name").notNull(),
    nameEn: text("name_en"),
    typeCode: text("type_code")
      .notNull()
      .references(() => platformTypes.code),
    level: text("level").notNull(),
    hostEntityId: uuid("host_entity_id").notNull(),
    districtCode: varchar("district_code", { length: 6 }).notNull(),
    zoneCode: text("zone_code"),
    industries: text("industries").array().notNull().default(sql`'{}'::text[]`),
    recognisedOn: date("recognised_on", { mode: "string" }),
    recognitionDocNo: text("recognition_doc_no"),
    externalCode: text("external_code"),
    status: text("status").notNull().default("cultivating"),
    /** The day the current status took effect. */
    statusOn: date("status_on", { mode: "string" }),
    successorId: uuid("successor_id").references((): AnyPgColumn => platforms.id),
    website: text("website"),
    address: text("address"),
    description: text("description"),
    contactName: text("contact_name"),
    contactPhone: text("contact_phone"),
    notes: text("notes"),
    /** Where the record's facts come from (e.g. the 2023 plan for the real national platforms of the demo). */
    source: text("source"),
    searchVector: tsvector("search_vector").notNull(),
    isDemo: boolean("is_demo").notNull().default(false),
    ...editableColumns(),
  },
  (t) => [
    // One live platform per type, name and host; a revoked or merged one does not block a new record.
    uniqueIndex("platforms_natural_key")
      .on(t.typeCode, t.name, t.hostEntityId)
      .where(sql`${t.status} NOT IN ('revoked', 'merged')`),
    uniqueIndex("platforms_external_code_key").on(t.externalCode),
    index("platforms_search_idx").using("gin", t.searchVector),
    index("platforms_name_trgm_idx").using("gin", sql`${t.name} gin_trgm_ops`),
    index("platforms_district_idx").on(t.districtCode, t.id),
    index("platforms_zone_idx").on(t.zoneCode),
    index("platforms_type_idx").on(t.typeCode, t.level),
    index("platforms_status_idx").on(t.status),
    index("platforms_host_idx").on(t.hostEntityId),
    index("platforms_industries_idx").using("gin", t.industries),
    index("platforms_name_idx").on(t.name, t.id),
    index("platforms_recognised_idx").on(t.recognisedOn, t.id),
    index("platforms_updated_idx").on(t.updatedAt, t.id),
    index("platforms_created_idx").on(t.createdAt, t.id),
  ],
);

/** CERIF-style dated links of organisations to a platform in a role (co-builder, operator, …). */
export const platformLinks = pgTable(
  "platform_links",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    platformId: uuid("platform_id")
      .notNull()
      .references(() => platforms.id),
    entityId: uuid("entity_id").notNull(),
    role: text("role").notNull(),
    startOn: date("start_on", { mode: "string" }),
    endOn: date("end_on", { mode: "string" }),
    note: text("note"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    createdBy: text("created_by"),
  },
  (t) => [
    index("platform_links_platform_idx").on(t.platformId),
    index("platform_links_entity_idx").on(t.entityId),
  ],
);

/** Every version of a platform: what changed, by whom (what people read on the detail page). */
export const platformVersions = pgTable(
  "platform_versions",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    platformId: uuid("platform_id")
      .notNull()
      .references(() => platforms.id),
    version: integer("version").notNull(),
    at: timestamp("at", { withTimezone: true }).notNull().defaultNow(),
    by: text("by"),
    action: text("action").notNull(),
    changes: jsonb("changes").notNull(),
    status: text("status").notNull(),
    note: text("note"),
  },
  (t) => [index("platform_versions_platform_idx").on(t.platformId, t.version)],
);

/**
 * The lifecycle with the days each status took effect (which may lie before the record was entered): what
 * "how many platforms as of a date" is answered from.
 */
export const platformStatusHistory = pgTable(
  "platform_status_history",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    platformId: uuid("platform_id")
      .notNull()
      .references(() => platforms.id),
    fromStatus: text("from_status"),
    status: text("status").notNull(),
    effectiveOn: date("effective_on", { mode: "string" }).notNull(),
    at: timestamp("at", { withTimezone: true }).notNull().defaultNow(),
    by: text("by"),
    note: text("note"),
  },
  (t) => [index("platform_status_history_idx").on(t.platformId, t.effectiveOn, t.id)],
);

const money = (name: string) => numeric(name, { precision: 14, scale: 2 });
const at = (name: string) => timestamp(name, { withTimezone: true });

/**
 * Annual reports (年报, R-04): one per platform per year, the figures in typed columns (money in 万元 as exact
 * numeric, counts as integers). A filed report runs on the workflow process `platform_annual_report` (its
 * instance holds the review's history and comments); `status` follows the instance in the same transaction.
 * Older years may be imported as accepted without an instance (`origin = 'imported'`).
 */
export const platformAnnualReports = pgTable(
  "platform_annual_reports",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    platformId: uuid("platform_id")
      .notNull()
      .references(() => platforms.id),
    year: integer("year").notNull(),
    status: text("status").notNull().default("draft"),
    origin: text("origin").notNull().default("filed"),
    instanceId: uuid("instance_id"),
    rdSpending: money("rd_spending"),
    rdStaff: integer("rd_staff"),
    equipmentValue: money("equipment_value"),
    patentsApplied: integer("patents_applied"),
    patentsGranted: integer("patents_granted"),
    inventionPatentsApplied: integer("invention_patents_applied"),
    inventionPatentsGranted: integer("invention_patents_granted"),
    standardsLed: integer("standards_led"),
    standardsParticipated: integer("standards_participated"),
    achievementsTransferred: integer("achievements_transferred"),
    transferContractValue: money("transfer_contract_value"),
    revenue: money("revenue"),
    remarks: text("remarks"),
    /** Year-over-year jumps found at the last submission (common REPORT_JUMP_RULES). */
    flags: jsonb("flags").$type<unknown[]>().notNull().default(sql`'[]'::jsonb`),
    flagsAcknowledgedBy: text("flags_acknowledged_by"),
    flagsAcknowledgedAt: at("flags_acknowledged_at"),
    dueOn: date("due_on", { mode: "string" }).notNull(),
    /** How many times the report was submitted (a flag acknowledgement names the submission it covers). */
    submissions: integer("submissions").notNull().default(0),
    submittedAt: at("submitted_at"),
    submittedBy: text("submitted_by"),
    reviewedAt: at("reviewed_at"),
    reviewedBy: text("reviewed_by"),
    isDemo: boolean("is_demo").notNull().default(false),
    ...editableColumns(),
  },
  (t) => [
    uniqueIndex("platform_annual_reports_platform_year_key").on(t.platformId, t.year),
    uniqueIndex("platform_annual_reports_instance_key").on(t.instanceId),
    index("platform_annual_reports_year_status_idx").on(t.year, t.status),
    index("platform_annual_reports_due_idx").on(t.dueOn, t.status),
  ],
);
