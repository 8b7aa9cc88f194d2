import { and, asc, eq, inArray, lte, sql } from "drizzle-orm";
import { createTransport } from "nodemailer";
import type { Db } from "../db/client.js";
import type { Label } from "../workflow/index.js";
import { emailOutbox } from "./schema.js";

/**
 * E-mail for notifications: queued in the notifying transaction (outbox), sent by a worker after commit, retried
 * with backoff, given up with the last error after MAX_ATTEMPTS. Without SMTP nothing is queued.
 */
export interface MailSettings {
  /** Absolute address of the web app (RDCITY_PUBLIC_URL), so that e-mails carry clickable links. */
  publicUrl?: string;
}

let settings: MailSettings | null = null;

/** Turns queuing on (SMTP configured) or off; the composition root calls it when it builds the app. */
export function configureMail(next: MailSettings | null): void {
  settings = next;
}

export const mailSettings = (): MailSettings | null => settings;

/** What the worker needs of a transport: nodemailer's Transporter (or anything that sends like it). */
export interface MailTransport {
  sendMail(message: { to: string; subject: string; text: string }): Promise<unknown>;
}

/** A nodemailer SMTP transport for RDCITY_SMTP_URL, with RDCITY_MAIL_FROM as the sender of every message. */
export function smtpTransport(smtp: { url: string; from: string }): MailTransport & { close(): void } {
  return createTransport(smtp.url, { from: smtp.from });
}

const FOOTER: Label = {
  zh: "此邮件由全球研发中心城市建设平台自动发送，请勿直接回复。",
  en: "This message was sent automatically by the Global R&D Center City platform; please do not reply.",
};

/** Subject and text of the e-mail for one recipient, in the recipient's language (zh-CN unless set to en-US). */
export function composeEmail(
  n: { title: Label; body: Label; link?: string },
  language: string | null,
  publicUrl?: string,
): { subject: string; body: string } {
  const en = language === "en-US";
  const pick = (l: Label) => (en ? l.en : l.zh);
  const lines = [pick(n.body)];
  if (n.link) {
    const url = publicUrl ? `${publicUrl.replace(/\/+$/, "")}${n.link}` : n.link;
    lines.push("", `${en ? "Open" : "查看"}: ${url}`);
  }
  lines.push("", "--", pick(FOOTER));
  return { subject: pick(n.title), body: lines.join("\n") };
}

export const MAX_ATTEMPTS = 6;
/** While one worker sends a message, others leave it alone for this long. */
const LEASE_MS = 5 * 60_000;

/** Minutes before attempt n+1 after n failed attempts: 1, 4, 16, 64, 256. */
export const retryDelayMs = (failedAttempts: number) => 60_000 * 4 ** Math.max(0, failedAttempts - 1);

/** SMTP 5xx replies are permanent (unknown mailbox, refused): retrying would not help. */
function isPermanent(error: unknown): boolean {
  const code = (error as { responseCode?: unknown })?.responseCode;
  return typeof code === "number" && code >= 500 && code < 600;
}

const describe = (error: unknown) =>
  (error instanceof Error ? error.message : String(error)).replace(/\s+/g, " ").slice(0, 500);

export interface DeliveryRun {
  sent: number;
  retrying: number;
  failed: number;
}

/**
 * Sends the queued e-mails that are due, outside any request's transaction. Each message is first claimed (its
 * attempt counted and a lease set, under FOR UPDATE SKIP LOCKED), so that two workers never send it twice; then
 * sent; then marked sent, or queued again after a backoff, or failed with the error.
 */
export async function deliverOutbox(
  db: Db,
  transport: MailTransport,
  opts: { now?: Date; limit?: number } = {},
): Promise<DeliveryRun> {
  const now = opts.now ?? new Date();
  const claimed = await db.transaction(async (tx) => {
    const due = await tx
      .select()
      .from(emailOutbox)
      .where(and(eq(emailOutbox.status, "queued"), lte(emailOutbox.nextAttemptAt, now)))
      .orderBy(asc(emailOutbox.nextAttemptAt))
      .limit(opts.limit ?? 50)
      .for("update", { skipLocked: true });
    if (!due.length) return [];
    await tx
      .update(emailOutbox)
      .set({ attempts: sql`${emailOutbox.attempts} + 1`, nextAttemptAt: new Date(now.getTime() + LEASE_MS) })
      .where(
        inArray(
          emailOutbox.id,
          due.map((d) => d.id),
        ),
      );
    return due.map((r) => ({ ...r, attempts: r.attempts + 1 }));
  });

  const run: DeliveryRun = { sent: 0, retrying: 0, failed: 0 };
  for (const mail of claimed) {
    try {
      await transport.sendMail({ to: mail.recipientAddress, subject: mail.subject, text: mail.body });
      await db
        .update(emailOutbox)
        .set({ status: "sent", sentAt: new Date(), lastError: null })
        .where(eq(emailOutbox.id, mail.id));
      run.sent++;
    } catch (error) {
      const giveUp = isPermanent(error) || mail.attempts >= MAX_ATTEMPTS;
      await db
        .update(emailOutbox)
        .set({
          status: giveUp ? "failed" : "queued",
          lastError: describe(error),
          nextAttemptAt: new Date(now.getTime() + retryDelayMs(mail.attempts)),
        })
        .where(eq(emailOutbox.id, mail.id));
      if (giveUp) run.failed++;
      else run.retrying++;
    }
  }
  return run;
}
