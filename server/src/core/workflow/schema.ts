import { sql } from "drizzle-orm";
import {
  bigserial,
  boolean,
  customType,
  date,
  doublePrecision,
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
import { editableColumns } from "../db/columns.js";

/**
 * Tables of the workflow engine. They reference no module table: subjects, organisations and experts' users
 * are plain ids, so any module (platforms, cultivation, talent, scenarios, services) can run processes here.
 */
const bytea = customType<{ data: Buffer; driverData: Buffer | Uint8Array }>({
  dataType: () => "bytea",
  fromDriver: (value) => (Buffer.isBuffer(value) ? value : Buffer.from(value)),
});

const at = (name: string) => timestamp(name, { withTimezone: true });

/** One run of a process on one subject (an application, a round, a ticket). */
export const workflowInstances = pgTable(
  "workflow_instances",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    processKey: text("process_key").notNull(),
    processVersion: integer("process_version").notNull(),
    subjectType: text("subject_type").notNull(),
    subjectId: text("subject_id").notNull(),
    /** The applicant (a user id) and the organisation applying; both decide "owner" rights. */
    ownerId: uuid("owner_id"),
    ownerName: text("owner_name"),
    ownerOrgId: uuid("owner_org_id"),
    /** Organisations whose experts must stand aside: the owner organisation and any co-applicants. */
    partyOrgIds: uuid("party_org_ids").array().notNull().default(sql`'{}'::uuid[]`),
    /** District code (GB/T 2260) and optional functional zone: what district users' scope filters on. */
    areaCode: varchar("area_code", { length: 6 }).notNull(),
    zoneCode: text("zone_code"),
    state: text("state").notNull(),
    stateEnteredAt: at("state_entered_at").notNull(),
    /** The applicant's data, merged by transitions. */
    data: jsonb("data").$type<Record<string, unknown>>().notNull().default(sql`'{}'::jsonb`),
    /** What the steps recorded: formal check, review scores, decision, certificate. */
    stepResults: jsonb("step_results").$type<Record<string, unknown>>().notNull().default(sql`'{}'::jsonb`),
    /** The earliest deadline of the current state (or the end of a public notice), for reminders. */
    dueAt: at("due_at"),
    closedAt: at("closed_at"),
    ...editableColumns(),
  },
  (t) => [
    index("workflow_instances_process_state_idx").on(t.processKey, t.state),
    index("workflow_instances_area_state_idx").on(t.areaCode, t.state),
    index("workflow_instances_owner_org_idx").on(t.ownerOrgId),
    index("workflow_instances_owner_idx").on(t.ownerId),
    index("workflow_instances_subject_idx").on(t.subjectType, t.subjectId),
    index("workflow_instances_due_idx").on(t.dueAt).where(sql`${t.closedAt} IS NULL`),
  ],
);

const instanceRef = () =>
  uuid("instance_id")
    .notNull()
    .references(() => workflowInstances.id);

/** Every transition (kind "transition") and every step event (kind "event": draw, notice, objection, …). */
export const workflowHistory = pgTable(
  "workflow_history",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    instanceId: instanceRef(),
    kind: text("kind").notNull(),
    at: at("at").notNull(),
    actorId: text("actor_id"),
    actorName: text("actor_name").notNull(),
    actorRole: text("actor_role").notNull(),
    action: text("action").notNull(),
    fromState: text("from_state").notNull(),
    toState: text("to_state").notNull(),
    /** The instance version after the entry. */
    version: integer("version").notNull(),
    comment: text("comment"),
    dataDelta: jsonb("data_delta").$type<Record<string, unknown>>(),
  },
  (t) => [index("workflow_history_instance_idx").on(t.instanceId, t.id)],
);

export const workflowComments = pgTable(
  "workflow_comments",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    instanceId: instanceRef(),
    at: at("at").notNull(),
    authorId: text("author_id"),
    authorName: text("author_name").notNull(),
    authorRole: text("author_role").notNull(),
    body: text("body").notNull(),
    /** Internal notes between officials; never shown to the applicant. */
    internal: boolean("internal").notNull().default(false),
  },
  (t) => [index("workflow_comments_instance_idx").on(t.instanceId, t.at)],
);

/** Attachment metadata; the bytes are in workflow_attachment_blobs under storage_key. */
export const workflowAttachments = pgTable(
  "workflow_attachments",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    instanceId: instanceRef(),
    kind: text("kind").notNull(),
    fileName: text("file_name").notNull(),
    contentType: text("content_type").notNull(),
    sizeBytes: integer("size_bytes").notNull(),
    sha256: varchar("sha256", { length: 64 }).notNull(),
    storageKey: text("storage_key").notNull(),
    /** The state the instance was in when the file came. */
    state: text("state").notNull(),
    uploadedAt: at("uploaded_at").notNull(),
    uploadedById: text("uploaded_by_id"),
    uploadedByName: text("uploaded_by_name").notNull(),
  },
  (t) => [index("workflow_attachments_instance_idx").on(t.instanceId, t.kind)],
);

export const workflowAttachmentBlobs = pgTable("workflow_attachment_blobs", {
  id: uuid("id").primaryKey().defaultRandom(),
  content: bytea("content").notNull(),
});

/** The expert pool (专家库), shared by every process. */
export const workflowExperts = pgTable(
  "workflow_experts",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    userId: uuid("user_id"),
    name: text("name").notNull(),
    /** The organisation (entity id) the expert works for. */
    orgEntityId: uuid("org_entity_id"),
    orgName: text("org_name"),
    districtCode: varchar("district_code", { length: 6 }),
    fields: text("fields").array().notNull().default(sql`'{}'::text[]`),
    /** Declared relations: organisations whose applications this expert must never review. */
    avoidEntityIds: uuid("avoid_entity_ids").array().notNull().default(sql`'{}'::uuid[]`),
    active: boolean("active").notNull().default(true),
    ...editableColumns(),
  },
  (t) => [
    uniqueIndex("workflow_experts_user_key").on(t.userId),
    index("workflow_experts_active_idx").on(t.active),
  ],
);

/** One random draw: its seed, who could be drawn, who was excluded and why, who was drawn. */
export const workflowExpertDraws = pgTable(
  "workflow_expert_draws",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    instanceId: instanceRef(),
    at: at("at").notNull(),
    byName: text("by_name").notNull(),
    seed: text("seed").notNull(),
    /** random: drawn by the server; caller: given by the caller (tests, replays) — routes must not offer it. */
    seedSource: text("seed_source").notNull(),
    count: integer("count").notNull(),
    requireDifferentDistrict: boolean("require_different_district").notNull(),
    fields: text("fields").array().notNull().default(sql`'{}'::text[]`),
    candidates: jsonb("candidates").$type<{ expertId: string; name: string; rank: string }[]>().notNull(),
    excluded: jsonb("excluded").$type<{ expertId: string; name: string; reasons: string[] }[]>().notNull(),
    selected: jsonb("selected").$type<string[]>().notNull(),
  },
  (t) => [index("workflow_expert_draws_instance_idx").on(t.instanceId, t.at)],
);

export const workflowReviewAssignments = pgTable(
  "workflow_review_assignments",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    instanceId: instanceRef(),
    expertId: uuid("expert_id")
      .notNull()
      .references(() => workflowExperts.id),
    drawId: uuid("draw_id").references(() => workflowExpertDraws.id),
    drawnAt: at("drawn_at").notNull(),
    /** assigned → submitted | recused | lapsed (the review closed without this expert's scores). */
    status: text("status").notNull().default("assigned"),
    scores: jsonb("scores").$type<Record<string, number>>(),
    total: doublePrecision("total"),
    comment: text("comment"),
    recusalReason: text("recusal_reason"),
    submittedAt: at("submitted_at"),
  },
  (t) => [
    uniqueIndex("workflow_review_assignments_key").on(t.instanceId, t.expertId),
    index("workflow_review_assignments_expert_idx").on(t.expertId, t.status),
  ],
);

/** A public notice (公示) of an instance, measured in working days. */
export const workflowNotices = pgTable(
  "workflow_notices",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    instanceId: instanceRef(),
    state: text("state").notNull(),
    openedAt: at("opened_at").notNull(),
    openedBy: text("opened_by").notNull(),
    startsOn: date("starts_on", { mode: "string" }).notNull(),
    endsOn: date("ends_on", { mode: "string" }).notNull(),
    workingDays: integer("working_days").notNull(),
    endsAt: at("ends_at").notNull(),
    closedAt: at("closed_at"),
    closedBy: text("closed_by"),
  },
  (t) => [index("workflow_notices_instance_idx").on(t.instanceId, t.openedAt)],
);

/** Objections received during a public notice; each must be answered before the notice closes. */
export const workflowObjections = pgTable(
  "workflow_objections",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    instanceId: instanceRef(),
    noticeId: uuid("notice_id")
      .notNull()
      .references(() => workflowNotices.id),
    objectorName: text("objector_name").notNull(),
    /** Personal data: shown only to officials handling the notice. */
    objectorIdentity: text("objector_identity").notNull(),
    objectorContact: text("objector_contact").notNull(),
    body: text("body").notNull(),
    receivedAt: at("received_at").notNull(),
    recordedBy: text("recorded_by").notNull(),
    answer: text("answer"),
    answeredBy: text("answered_by"),
    answeredAt: at("answered_at"),
  },
  (t) => [index("workflow_objections_instance_idx").on(t.instanceId, t.receivedAt)],
);

/** Certificates issued by a certificate step: the number and issue date (the PDF is the module's). */
export const workflowCertificates = pgTable(
  "workflow_certificates",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    instanceId: instanceRef(),
    processKey: text("process_key").notNull(),
    series: text("series").notNull(),
    year: integer("year").notNull(),
    seq: integer("seq").notNull(),
    number: text("number").notNull(),
    issuedOn: date("issued_on", { mode: "string" }).notNull(),
    issuedAt: at("issued_at").notNull(),
    issuedBy: text("issued_by").notNull(),
    subjectType: text("subject_type").notNull(),
    subjectId: text("subject_id").notNull(),
    revokedAt: at("revoked_at"),
  },
  (t) => [
    uniqueIndex("workflow_certificates_number_key").on(t.number),
    uniqueIndex("workflow_certificates_seq_key").on(t.series, t.year, t.seq),
    index("workflow_certificates_instance_idx").on(t.instanceId),
  ],
);
