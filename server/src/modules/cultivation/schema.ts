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
} from "drizzle-orm/pg-core";
import { editableColumns } from "../../core/db/columns.js";

/**
 * Tables of the cultivation module (C-01…C-03): selection rounds of the national-level cultivation pool, support by
 * R&D investment paid from the special fund, and effectiveness evaluation of platforms. Platforms are referenced by
 * id only (the platforms module owns them; this module reads them through its face).
 */
const at = (name: string) => timestamp(name, { withTimezone: true });
const money = (name: string) => numeric(name, { precision: 16, scale: 2 });

/** A selection round (遴选): criteria and weights as data, the ranked candidates, approval and announcement. */
export const cultivationRounds = pgTable("cultivation_rounds", {
  id: uuid("id").primaryKey().defaultRandom(),
  title: text("title").notNull(),
  year: integer("year").notNull(),
  /** The annual-report year the criteria read. */
  dataYear: integer("data_year").notNull(),
  /** Filters and scored criteria with weights (validated by the module's schema). */
  criteria: jsonb("criteria").$type<Record<string, unknown>>().notNull(),
  cap: integer("cap").notNull().default(100),
  /** draft | submitted | approved | announced | rejected */
  status: text("status").notNull().default("draft"),
  instanceId: uuid("instance_id"),
  scoredAt: at("scored_at"),
  ...editableColumns(),
});

export const cultivationCandidates = pgTable(
  "cultivation_candidates",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    roundId: uuid("round_id")
      .notNull()
      .references(() => cultivationRounds.id),
    platformId: uuid("platform_id").notNull(),
    rank: integer("rank").notNull(),
    score: numeric("score", { precision: 10, scale: 4 }).notNull(),
    /** Each criterion: the value read, the points given and why. */
    parts: jsonb("parts").$type<Record<string, unknown>[]>().notNull(),
    selected: boolean("selected").notNull(),
  },
  (t) => [
    uniqueIndex("cultivation_candidates_key").on(t.roundId, t.platformId),
    index("cultivation_candidates_rank_idx").on(t.roundId, t.rank),
  ],
);

/** The pool over the years: a platform enters through a round, is promoted to national level, or dropped. */
export const cultivationPool = pgTable(
  "cultivation_pool",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    platformId: uuid("platform_id").notNull(),
    roundId: uuid("round_id")
      .notNull()
      .references(() => cultivationRounds.id),
    enteredOn: date("entered_on").notNull(),
    /** in_pool | promoted | dropped */
    status: text("status").notNull().default("in_pool"),
    promotedOn: date("promoted_on"),
    /** The national type it was promoted to (state_key_lab, national_tech_innovation_center, …). */
    promotedTypeCode: text("promoted_type_code"),
    droppedOn: date("dropped_on"),
    droppedReason: text("dropped_reason"),
    ...editableColumns(),
  },
  (t) => [
    uniqueIndex("cultivation_pool_key").on(t.roundId, t.platformId),
    uniqueIndex("cultivation_pool_active").on(t.platformId).where(sql`${t.status} = 'in_pool'`),
  ],
);

/** The special fund (全球研发中心城市建设专项资金) by year: its budget; committed and paid are summed from payments. */
export const specialFunds = pgTable(
  "special_funds",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    code: text("code").notNull(),
    name: text("name").notNull(),
    year: integer("year").notNull(),
    /** 万元 */
    budget: money("budget").notNull(),
    ...editableColumns(),
  },
  (t) => [uniqueIndex("special_funds_key").on(t.code, t.year)],
);

/** Support rules (C-02) as data, simulated, approved on the workflow, then committed against the fund. */
export const supportSchemes = pgTable("support_schemes", {
  id: uuid("id").primaryKey().defaultRandom(),
  title: text("title").notNull(),
  /** The support year (payments are for it) and the annual-report year whose R&D spending is the basis. */
  year: integer("year").notNull(),
  dataYear: integer("data_year").notNull(),
  fundId: uuid("fund_id")
    .notNull()
    .references(() => specialFunds.id),
  /** Who is eligible (e.g. the cultivation pool of a round) and the rule: basis, share or tiers, cap, total budget. */
  rules: jsonb("rules").$type<Record<string, unknown>>().notNull(),
  /** 万元: the most the scheme may commit. */
  budget: money("budget").notNull(),
  /** draft | submitted | approved | rejected */
  status: text("status").notNull().default("draft"),
  instanceId: uuid("instance_id"),
  ...editableColumns(),
});

/** One platform's amount under a scheme: planned by the simulation, fixed at approval. */
export const supportAllocations = pgTable(
  "support_allocations",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    schemeId: uuid("scheme_id")
      .notNull()
      .references(() => supportSchemes.id),
    platformId: uuid("platform_id").notNull(),
    basisValue: money("basis_value"),
    amount: money("amount").notNull(),
    /** How the amount was reached (tier, share, cap applied) or why none. */
    parts: jsonb("parts").$type<Record<string, unknown>>().notNull(),
  },
  (t) => [uniqueIndex("support_allocations_key").on(t.schemeId, t.platformId)],
);

/** A payment from the fund: committed at approval, paid with a voucher. One platform, one support year, once. */
export const fundDisbursements = pgTable(
  "fund_disbursements",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    fundId: uuid("fund_id")
      .notNull()
      .references(() => specialFunds.id),
    schemeId: uuid("scheme_id").references(() => supportSchemes.id),
    platformId: uuid("platform_id").notNull(),
    /** What the payment is for: rd_support (C-02); later other lines of the fund. */
    purpose: text("purpose").notNull().default("rd_support"),
    supportYear: integer("support_year").notNull(),
    amount: money("amount").notNull(),
    /** committed | paid | cancelled */
    status: text("status").notNull().default("committed"),
    paidOn: date("paid_on"),
    voucherNo: text("voucher_no"),
    /** Why a committed payment was cancelled (the finance department's ledger shows it). */
    cancelledReason: text("cancelled_reason"),
    ...editableColumns(),
  },
  (t) => [
    uniqueIndex("fund_disbursements_once")
      .on(t.platformId, t.purpose, t.supportYear)
      .where(sql`${t.status} <> 'cancelled'`),
    index("fund_disbursements_fund_idx").on(t.fundId, t.supportYear),
  ],
);

/** An effectiveness evaluation round (效能评估, C-03): framework, thresholds, peer groups, grades. */
export const evaluationRounds = pgTable("evaluation_rounds", {
  id: uuid("id").primaryKey().defaultRandom(),
  title: text("title").notNull(),
  /** The annual-report year evaluated (and the one before, for growth). */
  year: integer("year").notNull(),
  /** Indicators (input, output, impact) with their annual-report metric, weight and direction. */
  framework: jsonb("framework").$type<Record<string, unknown>>().notNull(),
  /** Grade thresholds on the 0–100 score: 优秀 / 良好 / 合格, below is 不合格. */
  thresholds: jsonb("thresholds").$type<Record<string, unknown>>().notNull(),
  /** Share of the final score from the experts' review when one was held (0 = data only). */
  expertWeight: numeric("expert_weight", { precision: 4, scale: 3 }).notNull().default("0"),
  /** draft | scored | published */
  status: text("status").notNull().default("draft"),
  scoredAt: at("scored_at"),
  publishedAt: at("published_at"),
  ...editableColumns(),
});

export const evaluationResults = pgTable(
  "evaluation_results",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    roundId: uuid("round_id")
      .notNull()
      .references(() => evaluationRounds.id),
    platformId: uuid("platform_id").notNull(),
    /** Platforms are compared with their peers: same type and level. */
    peerGroup: text("peer_group").notNull(),
    peers: integer("peers").notNull(),
    /** Each indicator: raw value, normalised score within the peer group, weight, points. */
    parts: jsonb("parts").$type<Record<string, unknown>[]>().notNull(),
    dataScore: numeric("data_score", { precision: 7, scale: 3 }).notNull(),
    expertScore: numeric("expert_score", { precision: 7, scale: 3 }),
    score: numeric("score", { precision: 7, scale: 3 }).notNull(),
    /** excellent | good | pass | fail (优秀/良好/合格/不合格), or none when the platform filed no report */
    grade: text("grade").notNull(),
    rankInGroup: integer("rank_in_group"),
    /** The platform's evidence and the experts' review (process platform_effectiveness_review). */
    instanceId: uuid("instance_id"),
    ...editableColumns(),
  },
  (t) => [
    uniqueIndex("evaluation_results_key").on(t.roundId, t.platformId),
    index("evaluation_results_platform_idx").on(t.platformId),
  ],
);

/** What follows a low grade: rectification by a deadline (on the workflow), or revocation through the registry. */
export const evaluationFollowups = pgTable(
  "evaluation_followups",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    resultId: uuid("result_id")
      .notNull()
      .references(() => evaluationResults.id),
    platformId: uuid("platform_id").notNull(),
    /** rectification | revocation */
    kind: text("kind").notNull(),
    deadline: date("deadline"),
    instanceId: uuid("instance_id"),
    /** open | done | escalated | closed */
    status: text("status").notNull().default("open"),
    ...editableColumns(),
  },
  (t) => [uniqueIndex("evaluation_followups_key").on(t.resultId, t.kind)],
);
