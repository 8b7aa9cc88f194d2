import { sql } from "drizzle-orm";
import {
  bigserial,
  boolean,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
  varchar,
} from "drizzle-orm/pg-core";
import { editableColumns, tsvector } from "../../core/db/columns.js";

/** 主体库: enterprises, universities, institutes, hospitals, government bodies. Never deleted: status + successor. */
export const entities = pgTable(
  "entities",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    uscc: varchar("uscc", { length: 18 }).notNull(),
    name: text("name").notNull(),
    nameEn: text("name_en"),
    formerNames: text("former_names").array().notNull().default(sql`'{}'::text[]`),
    kind: text("kind").notNull(),
    districtCode: varchar("district_code", { length: 6 }).notNull(),
    zoneCode: text("zone_code"),
    industries: text("industries").array().notNull().default(sql`'{}'::text[]`),
    isListed: boolean("is_listed").notNull().default(false),
    littleGiant: text("little_giant").notNull().default("none"),
    isHighTech: boolean("is_high_tech").notNull().default(false),
    isFortune500Affiliate: boolean("is_fortune500_affiliate").notNull().default(false),
    isForeignInvested: boolean("is_foreign_invested").notNull().default(false),
    contactName: text("contact_name"),
    contactPhone: text("contact_phone"),
    address: text("address"),
    website: text("website"),
    foundedOn: date("founded_on", { mode: "string" }),
    status: text("status").notNull().default("active"),
    successorId: uuid("successor_id"),
    nameSignature: text("name_signature").notNull(),
    /** jieba words of name, English name and former names, space-separated; indexed as tsvector('simple'). */
    searchVector: tsvector("search_vector").notNull(),
    isDemo: boolean("is_demo").notNull().default(false),
    ...editableColumns(),
  },
  (t) => [
    uniqueIndex("entities_uscc_key").on(t.uscc),
    index("entities_search_idx").using("gin", t.searchVector),
    index("entities_name_trgm_idx").using("gin", sql`${t.name} gin_trgm_ops`),
    index("entities_signature_idx").on(t.nameSignature),
    index("entities_signature_trgm_idx").using("gin", sql`${t.nameSignature} gin_trgm_ops`),
    index("entities_district_idx").on(t.districtCode, t.id),
    index("entities_zone_idx").on(t.zoneCode),
    index("entities_industries_idx").using("gin", t.industries),
    index("entities_name_idx").on(t.name, t.id),
    index("entities_updated_idx").on(t.updatedAt, t.id),
    index("entities_created_idx").on(t.createdAt, t.id),
  ],
);

/** Every version of an entity: what changed, by whom, and a snapshot (the record's status history). */
export const entityVersions = pgTable(
  "entity_versions",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    entityId: uuid("entity_id")
      .notNull()
      .references(() => entities.id),
    version: integer("version").notNull(),
    at: timestamp("at", { withTimezone: true }).notNull().defaultNow(),
    by: text("by"),
    action: text("action").notNull(),
    changes: jsonb("changes").notNull(),
    status: text("status").notNull(),
    note: text("note"),
  },
  (t) => [index("entity_versions_entity_idx").on(t.entityId, t.version)],
);

/** Pairs a person has declared to be different organisations despite similar names ("mark as distinct"). */
export const entityDistinctPairs = pgTable(
  "entity_distinct_pairs",
  {
    entityA: uuid("entity_a").notNull(),
    entityB: uuid("entity_b").notNull(),
    reason: text("reason"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    createdBy: text("created_by"),
  },
  (t) => [primaryKey({ columns: [t.entityA, t.entityB] })],
);
