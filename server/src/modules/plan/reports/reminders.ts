import { inArray } from "drizzle-orm";
import { daysBetween, shanghaiDate } from "../../../core/calendar/index.js";
import type { Executor } from "../../../core/db/client.js";
import type { ReminderItem } from "../../../core/notify/index.js";
import { planUnits } from "../schema.js";
import { type OwedReport, owedReports } from "./missing.js";
import { lastDueQuarter, nextDueQuarter, reportDue } from "./quarters.js";
import { unitAudiences } from "./unit-instances.js";

/** A unit is told this many days before a quarter's report is due, and once when it is overdue. */
export const PROGRESS_REMINDER_DAYS = 7;

/**
 * The reminder source of quarterly progress reports: each unit of an active task that has not submitted the
 * quarter's report is told 7 days before it is due and once after the due date (the latest quarter due), once
 * per task, unit, period and stage (the dedupe key).
 */
export async function progressReportReminders(ex: Executor, now: Date): Promise<ReminderItem[]> {
  const today = shanghaiDate(now);
  const upcoming = nextDueQuarter(today);
  const daysLeft = daysBetween(today, reportDue(upcoming));
  const soon = daysLeft <= PROGRESS_REMINDER_DAYS ? await owedReports(ex, upcoming) : [];
  const overdue = await owedReports(ex, lastDueQuarter(today));
  const all = [
    ...soon.map((o) => ({ o, stage: "d7" as const })),
    ...overdue.map((o) => ({ o, stage: "overdue" as const })),
  ];
  if (!all.length) return [];
  const unitIds = [...new Set(all.map((x) => x.o.unitId))];
  const units = await ex.select().from(planUnits).where(inArray(planUnits.id, unitIds));
  const audiences = await unitAudiences(ex, units);
  return all.flatMap(({ o, stage }) => {
    const audience = audiences.get(o.unitId);
    return audience ? [reminder(o, stage, today, audience)] : [];
  });
}

function reminder(
  o: OwedReport,
  stage: "d7" | "overdue",
  today: string,
  audience: ReminderItem["audience"],
): ReminderItem {
  const what = {
    zh: `任务“${o.taskCode} ${o.taskTitle.zh}”${o.period} 季度进展报告`,
    en: `the ${o.period} progress report on task ${o.taskCode} “${o.taskTitle.en}”`,
  };
  const days = Math.abs(daysBetween(today, o.due));
  const overdue = stage === "overdue";
  return {
    audience,
    kind: overdue ? "plan.progress_overdue" : "plan.progress_due",
    title: overdue
      ? { zh: `${what.zh}已逾期`, en: `Overdue: ${what.en}` }
      : { zh: `${what.zh}将于 ${o.due} 截止`, en: `Due on ${o.due}: ${what.en}` },
    body: overdue
      ? {
          zh: `${what.zh}应于 ${o.due} 前报送，已逾期 ${days} 天，请尽快报送。`,
          en: `${capital(what.en)} was due on ${o.due}, ${days} days ago. Please submit it.`,
        }
      : {
          zh: `${what.zh}须于 ${o.due} 前报送（还有 ${days} 天）。`,
          en: `${capital(what.en)} is due on ${o.due} (in ${days} days).`,
        },
    link: `/console/plan/tasks/${o.taskId}`,
    subjectType: "plan_task",
    subjectId: o.taskId,
    dedupeKey: `plan_progress:${o.taskId}:${o.unitId}:${o.period}:${stage}`,
  };
}

const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
