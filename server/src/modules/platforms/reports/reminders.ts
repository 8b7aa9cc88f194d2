import { reportDueOn } from "@rdcity/common";
import { and, asc, eq, inArray, sql } from "drizzle-orm";
import { daysBetween, shanghaiDate } from "../../../core/calendar/index.js";
import type { Executor } from "../../../core/db/client.js";
import type { ReminderItem } from "../../../core/notify/index.js";
import { platforms, platformAnnualReports as r } from "../schema.js";
import { owesReport } from "./list.js";

/** When the host organisation is reminded of a report not yet submitted: 30 and 7 days before, and once overdue. */
export const REMINDER_STAGES = [
  { stage: "d30", daysBefore: 30 },
  { stage: "d7", daysBefore: 7 },
] as const;
/** An overdue report is reminded of (once) within this many days after its due date; older ones are left to the district. */
const OVERDUE_WINDOW_DAYS = 365;

type Stage = (typeof REMINDER_STAGES)[number]["stage"] | "overdue";

function stageOn(today: string, dueOn: string): Stage | null {
  const left = daysBetween(today, dueOn);
  if (left < 0) return -left <= OVERDUE_WINDOW_DAYS ? "overdue" : null;
  let stage: Stage | null = null;
  for (const s of REMINDER_STAGES) if (left <= s.daysBefore) stage = s.stage;
  return stage;
}

/**
 * The reminder source of annual reports: for the last two years, each platform that owes a report and has not
 * submitted it (none yet, a draft, a returned one) tells its host organisation's users, once per platform, year
 * and stage (the dedupe key), when the due date is 30 or 7 days away and when it has passed.
 */
export async function annualReportReminders(ex: Executor, now: Date): Promise<ReminderItem[]> {
  const today = shanghaiDate(now);
  const thisYear = Number(today.slice(0, 4));
  const items: ReminderItem[] = [];
  for (const year of [thisYear - 2, thisYear - 1]) {
    const dueOn = reportDueOn(year);
    const stage = stageOn(today, dueOn);
    if (!stage) continue;
    const open = await ex
      .select({
        id: platforms.id,
        name: platforms.name,
        hostEntityId: platforms.hostEntityId,
        reportId: r.id,
        status: r.status,
      })
      .from(platforms)
      .leftJoin(r, and(eq(r.platformId, platforms.id), eq(r.year, year)))
      .where(and(owesReport(year), sql`(${r.id} IS NULL OR ${inArray(r.status, ["draft", "returned"])})`))
      .orderBy(asc(platforms.id));
    const days = Math.abs(daysBetween(today, dueOn));
    for (const p of open) {
      const overdue = stage === "overdue";
      const what = { zh: `“${p.name}”${year} 年度报告`, en: `the ${year} annual report of “${p.name}”` };
      const state =
        p.status === "returned"
          ? { zh: "已退回，请修改后重新提交", en: "It was returned; change it and submit it again." }
          : p.status === "draft"
            ? { zh: "尚未提交", en: "It has not been submitted yet." }
            : { zh: "尚未填报", en: "It has not been filed yet." };
      items.push({
        audience: { orgIds: [p.hostEntityId] },
        kind: overdue ? "report.overdue" : "report.due",
        title: overdue
          ? { zh: `${what.zh}已逾期`, en: `Overdue: ${what.en}` }
          : { zh: `${what.zh}将于 ${dueOn} 截止`, en: `Due on ${dueOn}: ${what.en}` },
        body: overdue
          ? {
              zh: `${what.zh}应于 ${dueOn} 前提交，已逾期 ${days} 天，${state.zh}。`,
              en: `${capital(what.en)} was due on ${dueOn}, ${days} days ago. ${state.en}`,
            }
          : {
              zh: `${what.zh}须于 ${dueOn} 前提交（还有 ${days} 天），${state.zh}。`,
              en: `${capital(what.en)} is due on ${dueOn} (in ${days} days). ${state.en}`,
            },
        link: p.reportId ? `/console/reports/${p.reportId}` : `/console/platforms/${p.id}?tab=reports`,
        subjectType: "platform",
        subjectId: p.id,
        dedupeKey: `platform_report:${p.id}:${year}:${stage}`,
      });
    }
  }
  return items;
}

const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
