import { sql } from "drizzle-orm";
import {
  date,
  doublePrecision,
  index,
  integer,
  numeric,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
  varchar,
} from "drizzle-orm/pg-core";
import { editableColumns } from "../db/columns.js";

/**
 * Indicators (P-02): what is measured, in which unit, in which direction, and where its figures come from.
 * Plans, evaluations and later modules share them by code; a plan pack defines the ones it needs.
 */
export const indicators = pgTable("indicators", {
  code: text("code").primaryKey(),
  nameZh: text("name_zh").notNull(),
  nameEn: text("name_en").notNull(),
  unitZh: text("unit_zh").notNull(),
  unitEn: text("unit_en").notNull(),
  /** level | growth | count | milestone */
  kind: text("kind").notNull(),
  /** increase | decrease */
  direction: text("direction").notNull(),
  /** reported | computed | both */
  source: text("source").notNull(),
  /** The registered computed series (e.g. platforms.all) when the registry can count it. */
  computedKey: text("computed_key"),
  /** Which series decides a status when both exist: reported (official statistics, default) or computed. */
  authoritative: text("authoritative").notNull().default("reported"),
  /** A computed and a reported figure further apart than this share are flagged as diverging. */
  tolerance: doublePrecision("tolerance").notNull().default(0.1),
  decimals: integer("decimals").notNull().default(0),
  rangeMin: numeric("range_min"),
  rangeMax: numeric("range_max"),
  /** year (observations are yearly; the period text is YYYY) */
  period: text("period").notNull().default("year"),
  /** Names the published-figures file uses for this indicator. */
  aliases: text("aliases").array().notNull().default(sql`'{}'::text[]`),
  /** The plan pack that defined it first. */
  definedBy: text("defined_by"),
  ...editableColumns(),
});

/**
 * Observations: one figure of an indicator for one period and area, with its source. A revised figure is a new
 * vintage (the earlier one stays); a missing figure is a row with no value and status `missing`, so the gap and
 * its note are visible rather than silently absent.
 */
export const indicatorObservations = pgTable(
  "indicator_observations",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    indicatorCode: text("indicator_code")
      .notNull()
      .references(() => indicators.code),
    /** The period as written (2024); periodEnd is its last day, for ordering and as-of reads. */
    period: text("period").notNull(),
    periodEnd: date("period_end").notNull(),
    /** GB/T 2260 code: the city (430100) or a district. */
    areaCode: varchar("area_code", { length: 6 }).notNull(),
    vintage: integer("vintage").notNull().default(1),
    value: numeric("value"),
    /** How the source qualifies the figure: gt (超过), ge (以上), approx (约), lt; null = exact. */
    qualifier: text("qualifier"),
    /** reported | reported_check_year | reported_year_inferred | reported_url_missing | missing */
    dataStatus: text("data_status").notNull().default("reported"),
    sourceTitle: text("source_title"),
    sourceDate: date("source_date"),
    sourceUrl: text("source_url"),
    note: text("note"),
    /** entered → verified */
    reviewState: text("review_state").notNull().default("entered"),
    verifiedBy: text("verified_by"),
    verifiedAt: timestamp("verified_at", { withTimezone: true }),
    /** The vintage this one revises, and why. */
    revisesId: uuid("revises_id"),
    revisionReason: text("revision_reason"),
    ...editableColumns(),
  },
  (t) => [
    uniqueIndex("indicator_observations_key").on(t.indicatorCode, t.period, t.areaCode, t.vintage),
    index("indicator_observations_series_idx").on(t.indicatorCode, t.areaCode, t.periodEnd),
  ],
);
