import type { Executor } from "../db/client.js";
import type { Label } from "../workflow/index.js";
import { type Audience, type Recipient, resolveAudience } from "./audience.js";
import { composeEmail, mailSettings } from "./mail.js";
import { emailOutbox, notifications } from "./schema.js";

export interface Notification {
  audience: Audience;
  /** What kind of thing this is, dotted: workflow.action_needed, workflow.due, report.due … */
  kind: string;
  title: Label;
  body: Label;
  /** An in-app path such as /console/workflow/<id>. */
  link?: string;
  subjectType?: string;
  subjectId?: string;
  /** Unique per recipient: a second notification with the same key is not written (nor e-mailed). */
  dedupeKey?: string;
}

const KIND = /^[a-z][a-z0-9_]*(\.[a-z][a-z0-9_]*)*$/;
const BATCH = 500;

/** A defect in the caller (not bad user input): the notification could never be shown properly. */
function assertWellFormed(n: Notification): void {
  if (!KIND.test(n.kind)) throw new Error(`notify: kind "${n.kind}" is not lower.dotted_snake`);
  for (const [name, label] of [
    ["title", n.title],
    ["body", n.body],
  ] as const) {
    if (!label?.zh?.trim() || !label?.en?.trim()) throw new Error(`notify: ${name} needs zh and en`);
  }
  if (n.link !== undefined && !/^\/(?!\/)/.test(n.link))
    throw new Error(`notify: link "${n.link}" must be an in-app path`);
}

/**
 * Tells the audience, inside the caller's transaction (the notification exists exactly when the cause does).
 * Writes one row per recipient, skipping recipients who already hold the dedupe key, and queues an e-mail for
 * each new row whose recipient has an address when SMTP is configured (the worker sends it after commit).
 * Returns how many were told.
 */
export async function notify(tx: Executor, n: Notification): Promise<number> {
  assertWellFormed(n);
  const recipients = await resolveAudience(tx, n.audience);
  let told = 0;
  // Milliseconds, as JavaScript keeps them: the inbox pages on (created_at, id).
  const createdAt = new Date();
  for (let i = 0; i < recipients.length; i += BATCH) {
    const batch = recipients.slice(i, i + BATCH);
    const inserted = await tx
      .insert(notifications)
      .values(
        batch.map((r) => ({
          recipientId: r.id,
          kind: n.kind,
          titleZh: n.title.zh,
          titleEn: n.title.en,
          bodyZh: n.body.zh,
          bodyEn: n.body.en,
          link: n.link ?? null,
          subjectType: n.subjectType ?? null,
          subjectId: n.subjectId ?? null,
          dedupeKey: n.dedupeKey ?? null,
          createdAt,
        })),
      )
      .onConflictDoNothing({ target: [notifications.recipientId, notifications.dedupeKey] })
      .returning({ id: notifications.id, recipientId: notifications.recipientId });
    told += inserted.length;
    await queueEmails(tx, n, batch, inserted);
  }
  return told;
}

async function queueEmails(
  tx: Executor,
  n: Notification,
  recipients: Recipient[],
  inserted: { id: string; recipientId: string }[],
): Promise<void> {
  const settings = mailSettings();
  if (!settings) return;
  const byId = new Map(recipients.map((r) => [r.id, r]));
  const mails = inserted.flatMap(({ id, recipientId }) => {
    const recipient = byId.get(recipientId);
    if (!recipient?.email) return [];
    const mail = composeEmail(n, recipient.language, settings.publicUrl);
    return [{ notificationId: id, recipientAddress: recipient.email, ...mail }];
  });
  if (mails.length) await tx.insert(emailOutbox).values(mails);
}
