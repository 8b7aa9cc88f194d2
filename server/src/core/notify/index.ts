/**
 * Notifications (public face of core/notify): who is told (audience), in-app notifications in both languages,
 * e-mail through an outbox when SMTP is configured, reminders from registered sources and from workflow deadlines,
 * and the subscriber that turns workflow events into notifications. Modules import only this file:
 *
 *   await notify(tx, { audience: { orgIds: [entityId] }, kind: "report.due", title, body, link, dedupeKey });
 *   registerReminderSource("platforms.annual_report", async (ex, now) => [...items with dedupeKey]);
 */

export type { Label } from "../workflow/index.js";
export { type Audience, type Recipient, resolveAudience } from "./audience.js";
export { startNotifyJobs } from "./jobs.js";
export {
  configureMail,
  type DeliveryRun,
  deliverOutbox,
  type MailTransport,
  smtpTransport,
} from "./mail.js";
export { type Notification, notify } from "./notify.js";
export {
  type ReminderItem,
  type ReminderRun,
  type ReminderSource,
  registerReminderSource,
  runReminders,
} from "./reminders.js";
export { notifyRoutes } from "./routes.js";
export { installWorkflowNotifications } from "./workflow-subscriber.js";
