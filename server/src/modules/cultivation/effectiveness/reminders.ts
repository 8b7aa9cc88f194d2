import { and, eq, gte, inArray, lte } from "drizzle-orm";
import { addDays, daysBetween, shanghaiDate } from "../../../core/calendar/index.js";
import type { Executor } from "../../../core/db/client.js";
import type { ReminderItem } from "../../../core/notify/index.js";
import { evaluationFollowups as f } from "../schema.js";
import { platformFactsOf } from "./repo.js";

/** The host is told this many days before a rectification's deadline, and once when it has passed. */
export const RECTIFICATION_REMINDER_DAYS = 14;
const OVERDUE_WINDOW_DAYS = 365;

/**
 * The reminder source of rectifications (整改): the host organisation of an open one is told 14 days before the
 * deadline and once after it; the city once a deadline has passed without an accepted report (to accept it or
 * escalate to revocation). Once per rectification and stage (the dedupe key).
 */
export async function rectificationReminders(ex: Executor, now: Date): Promise<ReminderItem[]> {
  const today = shanghaiDate(now);
  const rows = await ex
    .select()
    .from(f)
    .where(
      and(
        eq(f.kind, "rectification"),
        inArray(f.status, ["open", "submitted"]),
        gte(f.deadline, addDays(today, -OVERDUE_WINDOW_DAYS)),
        lte(f.deadline, addDays(today, RECTIFICATION_REMINDER_DAYS)),
      ),
    );
  if (!rows.length) return [];
  const facts = await platformFactsOf(
    ex,
    rows.map((r) => r.platformId),
  );
  return rows.flatMap((r) => {
    const platform = facts.get(r.platformId);
    if (!platform || !r.deadline || !r.instanceId) return [];
    const left = daysBetween(today, r.deadline);
    const overdue = left < 0;
    const common = {
      link: `/console/workflow/${r.instanceId}`,
      subjectType: "workflow_instance",
      subjectId: r.instanceId,
    };
    const items: ReminderItem[] = [];
    if (r.status === "open")
      items.push({
        ...common,
        audience: { orgIds: [platform.hostEntityId] },
        kind: overdue ? "cultivation.rectification_overdue" : "cultivation.rectification_due",
        title: overdue
          ? { zh: `整改已逾期：${platform.name}`, en: `Rectification overdue: ${platform.name}` }
          : {
              zh: `整改须于 ${r.deadline} 前完成：${platform.name}`,
              en: `Rectification due on ${r.deadline}: ${platform.name}`,
            },
        body: overdue
          ? {
              zh: `“${platform.name}”的整改期限为 ${r.deadline}，已逾期 ${-left} 天，请尽快提交整改报告；逾期未整改的将转入撤销认定程序。`,
              en: `The rectification of “${platform.name}” was due on ${r.deadline}, ${-left} days ago: submit the report now; without it the recognition may be revoked.`,
            }
          : {
              zh: `“${platform.name}”的整改期限为 ${r.deadline}（还有 ${left} 天），请按要求提交整改报告及佐证材料。`,
              en: `The rectification of “${platform.name}” is due on ${r.deadline} (in ${left} days): submit the report with its evidence.`,
            },
        dedupeKey: `cultivation_rectification:${r.id}:${overdue ? "overdue" : "d14"}`,
      });
    if (overdue)
      items.push({
        ...common,
        audience: { roles: [{ role: "city_admin" }] },
        kind: "cultivation.rectification_overdue",
        title: {
          zh: `整改期限已过：${platform.name}`,
          en: `Rectification deadline passed: ${platform.name}`,
        },
        body: {
          zh: `“${platform.name}”的整改期限 ${r.deadline} 已过${r.status === "submitted" ? "，整改报告待验收" : "，尚未提交整改报告，可转入撤销认定程序"}。`,
          en: `The rectification deadline of “${platform.name}” (${r.deadline}) has passed${r.status === "submitted" ? "; its report awaits acceptance" : " without a report; it may be escalated to revocation"}.`,
        },
        dedupeKey: `cultivation_rectification:${r.id}:city_overdue`,
      });
    return items;
  });
}
