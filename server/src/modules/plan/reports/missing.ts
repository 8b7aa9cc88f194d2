import { and, eq, gte, inArray } from "drizzle-orm";
import type { Executor } from "../../../core/db/client.js";
import { planProgressReports, plans, planTasks } from "../schema.js";
import { lastDueQuarter, periodOf, type Quarter, quarterStart, reportDue } from "./quarters.js";

/** A quarterly report a unit owes and has not submitted (the task list marks the task overdue). */
export interface MissingReport {
  taskId: string;
  unitId: string;
  period: string;
  /** When it was due: 15 days after the quarter. */
  due: string;
}

export interface OwedReport extends MissingReport {
  taskCode: string;
  taskTitle: { zh: string; en: string };
}

/** Reports that count as given: submitted or accepted (a draft or a returned report is still owed). */
const GIVEN = ["submitted", "accepted"];

/**
 * For one quarter, each unit (lead and partners) of each active task that has given no report for that quarter
 * or a later one. Plans issued after the quarter began owe nothing for it.
 */
export async function owedReports(
  ex: Executor,
  q: Quarter,
  opts: { taskIds?: string[] } = {},
): Promise<OwedReport[]> {
  const period = periodOf(q);
  const due = reportDue(q);
  const start = quarterStart(q);
  if (opts.taskIds && !opts.taskIds.length) return [];
  const taskFilter = opts.taskIds ? inArray(planTasks.id, opts.taskIds) : undefined;
  const tasks = await ex
    .select({
      id: planTasks.id,
      code: planTasks.code,
      titleZh: planTasks.titleZh,
      titleEn: planTasks.titleEn,
      leadUnitId: planTasks.leadUnitId,
      partnerUnitIds: planTasks.partnerUnitIds,
      issuedOn: plans.issuedOn,
    })
    .from(planTasks)
    .innerJoin(plans, eq(plans.id, planTasks.planId))
    .where(and(eq(planTasks.status, "active"), taskFilter));
  const owing = tasks.filter((t) => t.issuedOn <= start);
  if (!owing.length) return [];
  const given = await ex
    .selectDistinct({ taskId: planProgressReports.taskId, unitId: planProgressReports.unitId })
    .from(planProgressReports)
    .innerJoin(planTasks, eq(planTasks.id, planProgressReports.taskId))
    .where(
      and(
        eq(planTasks.status, "active"),
        taskFilter,
        gte(planProgressReports.period, period),
        inArray(planProgressReports.status, GIVEN),
      ),
    );
  const done = new Set(given.map((g) => `${g.taskId}:${g.unitId}`));
  const out: OwedReport[] = [];
  for (const t of owing) {
    const unitIds = [...new Set([t.leadUnitId, ...t.partnerUnitIds].filter((u): u is string => !!u))];
    for (const unitId of unitIds) {
      if (done.has(`${t.id}:${unitId}`)) continue;
      out.push({
        taskId: t.id,
        unitId,
        period,
        due,
        taskCode: t.code,
        taskTitle: { zh: t.titleZh, en: t.titleEn },
      });
    }
  }
  return out;
}

/**
 * The reports missing as of a date: for the latest quarter whose report was due before `asOf`, every unit of an
 * active task that has not submitted it (nor a later one). One entry per task and unit.
 */
export async function missingReports(
  ex: Executor,
  opts: { asOf: string; taskIds?: string[] },
): Promise<MissingReport[]> {
  const owed = await owedReports(ex, lastDueQuarter(opts.asOf), opts);
  return owed.map(({ taskId, unitId, period, due }) => ({ taskId, unitId, period, due }));
}
