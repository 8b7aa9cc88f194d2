import { and, desc, eq, inArray, type SQL, sql } from "drizzle-orm";
import type { Actor } from "../../../core/actor.js";
import type { Executor } from "../../../core/db/client.js";
import { planChanges as c, plans, planTargets, planTasks } from "../schema.js";
import { seesAllTasks, unitsOfActor } from "../units.js";
import type { ChangeRow } from "./apply.js";
import { CHANGE_STATUS_NAMES, type ChangeStatus } from "./process.js";
import type { ChangeListQuery, ChangeRequest } from "./schemas.js";

/** Changes the actor may read: the city and the leadership all; a unit those to the tasks it leads. */
function changeScope(actor: Actor, unitIds: string[]): SQL | undefined {
  if (seesAllTasks(actor)) return undefined;
  if (!unitIds.length) return sql`false`;
  return and(
    eq(c.recordType, "task"),
    inArray(
      c.recordId,
      sql`(SELECT ${planTasks.id} FROM ${planTasks} WHERE ${inArray(planTasks.leadUnitId, unitIds)})`,
    ),
  );
}

export async function listChanges(
  ex: Executor,
  actor: Actor,
  q: Partial<ChangeListQuery>,
): Promise<ChangeRequest[]> {
  const units = await unitsOfActor(ex, actor);
  const where = and(
    changeScope(
      actor,
      units.map((u) => u.id),
    ),
    q.status ? eq(c.status, q.status) : undefined,
    q.recordType ? eq(c.recordType, q.recordType) : undefined,
  );
  const rows = await ex
    .select()
    .from(c)
    .where(where)
    .orderBy(desc(c.createdAt), desc(c.id))
    .limit(q.limit ?? 500);
  return presentChanges(ex, rows);
}

/** Presents change rows with their plan and record (code, title, current version), a query per kind. */
export async function presentChanges(ex: Executor, rows: ChangeRow[]): Promise<ChangeRequest[]> {
  if (!rows.length) return [];
  const ids = (type: string) => [
    ...new Set(rows.filter((r) => r.recordType === type).map((r) => r.recordId)),
  ];
  const targetIds = ids("target");
  const taskIds = ids("task");
  const [planRows, targets, tasks] = await Promise.all([
    ex
      .select({ id: plans.id, code: plans.code })
      .from(plans)
      .where(inArray(plans.id, [...new Set(rows.map((r) => r.planId))])),
    targetIds.length
      ? ex
          .select({
            id: planTargets.id,
            code: planTargets.code,
            zh: planTargets.textZh,
            en: planTargets.textEn,
            version: planTargets.version,
          })
          .from(planTargets)
          .where(inArray(planTargets.id, targetIds))
      : [],
    taskIds.length
      ? ex
          .select({
            id: planTasks.id,
            code: planTasks.code,
            zh: planTasks.titleZh,
            en: planTasks.titleEn,
            version: planTasks.version,
          })
          .from(planTasks)
          .where(inArray(planTasks.id, taskIds))
      : [],
  ]);
  const planCode = new Map(planRows.map((p) => [p.id, p.code]));
  const records = new Map([...targets, ...tasks].map((r) => [r.id, r]));
  return rows.map((r) => {
    const record = records.get(r.recordId);
    const status = r.status as ChangeStatus;
    return {
      id: r.id,
      plan: planCode.get(r.planId) ?? "",
      recordType: r.recordType as "target" | "task",
      recordId: r.recordId,
      code: record?.code ?? "",
      title: { zh: record?.zh ?? "", en: record?.en ?? "" },
      baseVersion: r.baseVersion,
      currentVersion: record?.version ?? r.baseVersion,
      proposed: r.proposed,
      reason: r.reason,
      status,
      statusLabel: CHANGE_STATUS_NAMES[status] ?? { zh: r.status, en: r.status },
      instanceId: r.instanceId,
      decidedAt: r.decidedAt?.toISOString() ?? null,
      version: r.version,
      createdAt: r.createdAt.toISOString(),
      createdBy: r.createdBy,
    };
  });
}
