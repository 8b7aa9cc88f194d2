import { sql } from "drizzle-orm";
import {
  type AnyPgColumn,
  bigserial,
  boolean,
  date,
  index,
  integer,
  jsonb,
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
