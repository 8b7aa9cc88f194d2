import type { TaskSummary } from "@rdcity/common";
import { and, asc, eq, inArray, isNull, lt, type SQL } from "drizzle-orm";
import type { Actor } from "../../core/actor.js";
import type { Executor } from "../../core/db/client.js";
import { planMilestones, planProjects, planTasks } from "./schema.js";
import { presentUnit, scopedTasks, type UnitRow, unitsByIds } from "./units.js";

export type TaskRow = typeof planTasks.$inferSelect;

/** A quarterly report a unit owes (from the reports part): the task list marks the task overdue. */
export interface MissingReport {
  taskId: string;
  unitId: string;
  period: string;
  due: string;
}

export interface TaskListQuery {
  planId: string;
  projectCode?: string;
  unitId?: string;
  overdueOnly?: boolean;
  asOf: string;
}

export interface TaskContext {
  missingReports: (ex: Executor, q: { asOf: string; taskIds?: string[] }) => Promise<MissingReport[]>;
  openSupervisionCounts: (ex: Executor, taskIds: string[]) => Promise<Map<string, number>>;
}

/**
 * Tasks the actor may see (scope in the query: a unit sees only the tasks it leads or takes part in), each with
 * why it is overdue: its own due date passed, a milestone passed undone, or a quarterly report is missing.
 */
export async function listTasks(
  ex: Executor,
  actor: Actor,
  q: TaskListQuery,
  ctx: TaskContext,
): Promise<TaskSummary[]> {
  const { where } = await scopedTasks(ex, actor);
  const conditions: SQL[] = [eq(planTasks.planId, q.planId)];
  if (where) conditions.push(where);
  if (q.projectCode) conditions.push(eq(planProjects.code, q.projectCode));
  const rows = await ex
    .select({ task: planTasks, projectCode: planProjects.code })
    .from(planTasks)
    .innerJoin(planProjects, eq(planProjects.id, planTasks.projectId))
    .where(and(...conditions))
    .orderBy(asc(planProjects.seq), asc(planTasks.seq));
  const tasks = rows.filter(
    (r) => !q.unitId || r.task.leadUnitId === q.unitId || r.task.partnerUnitIds.includes(q.unitId),
  );
  const summaries = await summarise(ex, tasks, q.asOf, ctx);
  return q.overdueOnly ? summaries.filter((t) => t.overdue) : summaries;
}

async function summarise(
  ex: Executor,
  rows: { task: TaskRow; projectCode: string }[],
  asOf: string,
  ctx: TaskContext,
): Promise<TaskSummary[]> {
  if (!rows.length) return [];
  const ids = rows.map((r) => r.task.id);
  const byId = new Map(rows.map((r) => [r.task.id, r.task]));
  const unitIds = [...new Set(rows.flatMap((r) => [r.task.leadUnitId, ...r.task.partnerUnitIds]))].filter(
    (x): x is string => !!x,
  );
  const [units, lateMilestones, missing, supervision] = await Promise.all([
    unitsByIds(ex, unitIds),
    ex
      .select()
      .from(planMilestones)
      .where(
        and(
          inArray(planMilestones.taskId, ids),
          isNull(planMilestones.doneOn),
          lt(planMilestones.dueOn, asOf),
        ),
      ),
    ctx.missingReports(ex, { asOf, taskIds: ids }),
    ctx.openSupervisionCounts(ex, ids),
  ]);
  const unitById = new Map<string, UnitRow>(units.map((u) => [u.id, u]));
  // An item's parent may lie outside the actor's scope (a unit takes part in the item only): name it all the same.
  const unseenParents = [...new Set(rows.map((r) => r.task.parentId))].filter(
    (p): p is string => !!p && !byId.has(p),
  );
  const parents = unseenParents.length
    ? await ex
        .select({ id: planTasks.id, code: planTasks.code })
        .from(planTasks)
        .where(inArray(planTasks.id, unseenParents))
    : [];
  const parentCodes = new Map(parents.map((p) => [p.id, p.code]));
  const unitName = (id: string) => unitById.get(id)?.nameZh ?? "";
  const unitNameEn = (id: string) => unitById.get(id)?.nameEn ?? "";
  const parentCode = (t: TaskRow) =>
    t.parentId ? (byId.get(t.parentId)?.code ?? parentCodes.get(t.parentId) ?? null) : null;
  return rows.map(({ task: t, projectCode }) => {
    const reasons: TaskSummary["overdueReasons"] = [];
    const active = t.status === "active";
    if (active && t.dueOn && t.dueOn < asOf)
      reasons.push({
        kind: "task",
        label: { zh: "任务到期未完成", en: "Task past its due date" },
        due: t.dueOn,
      });
    if (active)
      for (const m of lateMilestones.filter((m) => m.taskId === t.id))
        reasons.push({ kind: "milestone", label: { zh: m.titleZh, en: m.titleEn }, due: m.dueOn });
    if (active)
      for (const r of missing.filter((r) => r.taskId === t.id))
        reasons.push({
          kind: "report",
          label: {
            zh: `${unitName(r.unitId)} ${r.period} 季度进展报告未报送`,
            en: `${unitNameEn(r.unitId)}: ${r.period} progress report missing`,
          },
          due: r.due,
        });
    return {
      id: t.id,
      code: t.code,
      projectCode,
      parentCode: parentCode(t),
      title: { zh: t.titleZh, en: t.titleEn },
      lead: t.leadUnitId && unitById.get(t.leadUnitId) ? presentUnit(unitById.get(t.leadUnitId)!) : null,
      partners: t.partnerUnitIds.flatMap((id) => (unitById.get(id) ? [presentUnit(unitById.get(id)!)] : [])),
      dueOn: t.dueOn,
      status: t.status as TaskSummary["status"],
      progressPercent: t.progressPercent,
      progressPeriod: t.progressPeriod,
      overdue: reasons.length > 0,
      overdueReasons: reasons,
      openSupervision: supervision.get(t.id) ?? 0,
      demo: t.demo,
      version: t.version,
    };
  });
}

/** Roll-up of task status to projects: counts and mean progress (items count within their parent task). */
export async function projectRollup(ex: Executor, planId: string, tasks: TaskSummary[]) {
  const projects = await ex
    .select()
    .from(planProjects)
    .where(eq(planProjects.planId, planId))
    .orderBy(asc(planProjects.seq));
  return projects.map((p) => {
    const own = tasks.filter((t) => t.projectCode === p.code);
    const top = own.filter((t) => !t.parentCode);
    const progressOf = (t: TaskSummary) => {
      const items = own.filter((i) => i.parentCode === t.code);
      if (!items.length || t.progressPercent > 0) return t.progressPercent;
      return items.reduce((s, i) => s + i.progressPercent, 0) / items.length;
    };
    return {
      code: p.code,
      title: { zh: p.titleZh, en: p.titleEn },
      tasks: top.length,
      completed: top.filter((t) => t.status === "completed").length,
      overdue: own.filter((t) => t.overdue).length,
      supervised: own.filter((t) => t.openSupervision > 0).length,
      progressPercent: top.length ? top.reduce((s, t) => s + progressOf(t), 0) / top.length : 0,
    };
  });
}
