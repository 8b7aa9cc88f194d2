/**
 * What the plan module's face (index.ts) needs from its supervision side (P-04, P-05): the three processes on
 * the workflow engine (quarterly progress reports, supervision notices 督办, change requests), their routes,
 * their reminders, and the figures the task list and the dashboard read.
 */
import type { FastifyInstance } from "fastify";
import { registerReminderSource } from "../../core/notify/index.js";
import { registerChangeProcess } from "./changes/process.js";
import { planChangeRoutes } from "./changes/routes.js";
import { registerProgressReportProcess } from "./reports/process.js";
import { progressReportReminders } from "./reports/reminders.js";
import { planReportRoutes } from "./reports/routes.js";
import { registerSupervisionProcess } from "./supervision/process.js";
import { supervisionReminders } from "./supervision/reminders.js";
import { planSupervisionNoticeRoutes } from "./supervision/routes.js";

export { type TargetAsOf, targetsAsOf } from "./changes/targets-as-of.js";
export { type Version, versionsOf } from "./changes/versions.js";
export { type MissingReport, missingReports } from "./reports/missing.js";
export { openSupervisionCounts } from "./supervision/list.js";

/** Registers plan_progress_report, plan_supervision and plan_change (idempotent). */
export function registerPlanProcesses(): void {
  registerProgressReportProcess();
  registerSupervisionProcess();
  registerChangeProcess();
}

/** Registers the reminder sources of quarterly reports and supervision notices (idempotent). */
export function installPlanReminders(): void {
  registerReminderSource("plan.progress_report", progressReportReminders);
  registerReminderSource("plan.supervision", supervisionReminders);
}

/** The routes of progress reports, supervision notices and change requests (registers the processes first). */
export async function planSupervisionRoutes(app: FastifyInstance) {
  registerPlanProcesses();
  await app.register(planReportRoutes);
  await app.register(planSupervisionNoticeRoutes);
  await app.register(planChangeRoutes);
}
