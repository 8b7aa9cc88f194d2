import { sql } from "drizzle-orm";
import { index, integer, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { users } from "../auth/schema.js";

const at = (name: string) => timestamp(name, { withTimezone: true });

/**
 * What a person is told in the app. Texts are stored in both languages and shown in the reader's; a dedupe key
 * is unique per recipient, so a reminder for the same thing (an instance's state on one day) is written once.
 */
export const notifications = pgTable(
  "notifications",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    recipientId: uuid("recipient_id")
      .notNull()
      .references(() => users.id),
    /** e.g. workflow.next_step, workflow.outcome, workflow.due, report.due */
    kind: text("kind").notNull(),
    titleZh: text("title_zh").notNull(),
    titleEn: text("title_en").notNull(),
    bodyZh: text("body_zh").notNull(),
    bodyEn: text("body_en").notNull(),
    /** An in-app path, e.g. /console/workflow/<id>. */
    link: text("link"),
    subjectType: text("subject_type"),
    subjectId: text("subject_id"),
    dedupeKey: text("dedupe_key"),
    createdAt: at("created_at").notNull().defaultNow(),
    readAt: at("read_at"),
  },
  (t) => [
    uniqueIndex("notifications_recipient_dedupe_uq").on(t.recipientId, t.dedupeKey),
    index("notifications_recipient_created_idx").on(t.recipientId, t.createdAt),
    index("notifications_recipient_unread_idx").on(t.recipientId).where(sql`${t.readAt} IS NULL`),
  ],
);

/**
 * E-mails waiting for the delivery worker, written in the notifying transaction and sent after it committed.
 * status: queued (next attempt at next_attempt_at), sent, failed (gave up after the last attempt).
 */
export const emailOutbox = pgTable(
  "email_outbox",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    notificationId: uuid("notification_id").references(() => notifications.id),
    recipientAddress: text("recipient_address").notNull(),
    subject: text("subject").notNull(),
    body: text("body").notNull(),
    status: text("status").notNull().default("queued"),
    attempts: integer("attempts").notNull().default(0),
    lastError: text("last_error"),
    nextAttemptAt: at("next_attempt_at").notNull().defaultNow(),
    createdAt: at("created_at").notNull().defaultNow(),
    sentAt: at("sent_at"),
  },
  (t) => [index("email_outbox_due_idx").on(t.nextAttemptAt).where(sql`${t.status} = 'queued'`)],
);
