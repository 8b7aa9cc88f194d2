import { and, eq, gte, lte } from "drizzle-orm";
import { addDays, daysBetween, shanghaiDate } from "../../../core/calendar/index.js";
import type { Executor } from "../../../core/db/client.js";
import type { ReminderItem } from "../../../core/notify/index.js";
import { unitAudiences } from "../reports/unit-instances.js";
import { planSupervisionNotices as n, planTasks, planUnits } from "../schema.js";

/** The unit is told this many days before the reply is due, and once when it has passed without a reply. */
export const SUPERVISION_REMINDER_DAYS = 3;
/** Notices unanswered for longer than this after their due date are left to the city's lists. */
const OVERDUE_WINDOW_DAYS = 365;

/**
 * The reminder source of supervision notices awaiting a reply (status issued): the addressed unit is told
 * 3 days before the due date and once after it, once per notice and stage (the dedupe key).
 */
export async function supervisionReminders(ex: Executor, now: Date): Promise<ReminderItem[]> {
  const today = shanghaiDate(now);
  const rows = await ex
    .select({ notice: n, task: planTasks, unit: planUnits })
    .from(n)
    .innerJoin(planTasks, eq(planTasks.id, n.taskId))
    .innerJoin(planUnits, eq(planUnits.id, n.unitId))
    .where(
      and(
        eq(n.status, "issued"),
        gte(n.responseDue, addDays(today, -OVERDUE_WINDOW_DAYS)),
        lte(n.responseDue, addDays(today, SUPERVISION_REMINDER_DAYS)),
      ),
    );
  if (!rows.length) return [];
  const audiences = await unitAudiences(ex, [...new Map(rows.map((r) => [r.unit.id, r.unit])).values()]);
  return rows.flatMap(({ notice, task }) => {
    const audience = audiences.get(notice.unitId);
    if (!audience) return [];
    const left = daysBetween(today, notice.responseDue);
    const overdue = left < 0;
    const what = {
      zh: `${notice.number}（任务“${task.code} ${task.titleZh}”）`,
      en: `supervision notice ${notice.number} (task ${task.code} “${task.titleEn}”)`,
    };
    const item: ReminderItem = {
      audience,
      kind: overdue ? "plan.supervision_overdue" : "plan.supervision_due",
      title: overdue
        ? { zh: `${what.zh}答复已逾期`, en: `Reply overdue: ${what.en}` }
        : {
            zh: `${what.zh}须于 ${notice.responseDue} 前答复`,
            en: `Reply due on ${notice.responseDue}: ${what.en}`,
          },
      body: overdue
        ? {
            zh: `${what.zh}应于 ${notice.responseDue} 前答复，已逾期 ${-left} 天，尚未答复。`,
            en: `The reply to ${what.en} was due on ${notice.responseDue}, ${-left} days ago, and has not been given.`,
          }
        : {
            zh: `${what.zh}须于 ${notice.responseDue} 前答复（还有 ${left} 天）。督办事由：${notice.reason}`,
            en: `Reply to ${what.en} by ${notice.responseDue} (in ${left} days). Reason: ${notice.reason}`,
          },
      link: `/console/workflow/${notice.instanceId}`,
      subjectType: "workflow_instance",
      subjectId: notice.instanceId ?? notice.id,
      dedupeKey: `plan_supervision:${notice.id}:${overdue ? "overdue" : "d3"}`,
    };
    return [item];
  });
}
