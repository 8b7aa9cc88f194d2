import { and, asc, eq, inArray } from "drizzle-orm";
import type { Actor } from "../../core/actor.js";
import type { Executor } from "../../core/db/client.js";
import { AppError } from "../../core/errors.js";
import { observationsOf, presentObservation } from "../../core/indicators/index.js";
import type { PlanRow } from "./plans.js";
import { evaluateTargets } from "./progress.js";
import { planMilestones, planTargets, planTasks, planVersions } from "./schema.js";
import { missingReports, openSupervisionCounts } from "./supervision-face.js";
import { listTasks, type TaskContext } from "./tasks.js";

/** What the task list needs from the reports and supervision parts. */
export function planTaskContext(): TaskContext {
  return { missingReports, openSupervisionCounts };
}

async function versions(ex: Executor, recordType: "target" | "task", recordId: string) {
  const rows = await ex
    .select()
    .from(planVersions)
    .where(and(eq(planVersions.recordType, recordType), eq(planVersions.recordId, recordId)))
    .orderBy(asc(planVersions.version));
  return rows.map((v) => ({
    version: v.version,
    snapshot: v.snapshot,
    reason: v.reason,
    changeId: v.changeId,
    createdAt: v.createdAt.toISOString(),
    createdBy: v.createdBy,
  }));
}

/** One target: as adjusted and as planned, every figure of its indicator (all vintages) and its versions. */
export async function targetDetail(ex: Executor, plan: PlanRow, code: string, asOf: string) {
  const [row] = await ex
    .select()
    .from(planTargets)
    .where(and(eq(planTargets.planId, plan.id), eq(planTargets.code, code)));
  if (!row) throw new AppError("not_found");
  const [current] = await evaluateTargets(ex, plan, { asOf, as: "current", codes: [code] });
  const [planned] =
    row.version > 1 ? await evaluateTargets(ex, plan, { asOf, as: "planned", codes: [code] }) : [];
  if (!current) throw new AppError("not_found");
  const links = (
    (plan.pack as { indicators?: { code: string; growthOf?: string }[] }).indicators ?? []
  ).filter((i) => i.code === row.indicatorCode && i.growthOf);
  const codes = [row.indicatorCode, ...links.map((l) => l.growthOf!)];
  const obs = await observationsOf(ex, codes);
  return {
    current,
    planned: row.version > 1 ? (planned ?? null) : null,
    observations: obs.map((o) =>
      presentObservation(
        o,
        obs.some((x) => x.revisesId === o.id),
      ),
    ),
    versions: await versions(ex, "target", row.id),
  };
}

/** One task the actor may see (404 otherwise): text, units, milestones, items, sub-targets and versions. */
export async function taskDetail(ex: Executor, actor: Actor, id: string, asOf: string, ctx: TaskContext) {
  const [task] = await ex.select().from(planTasks).where(eq(planTasks.id, id));
  if (!task) throw new AppError("not_found");
  const visible = await listTasks(ex, actor, { planId: task.planId, asOf }, ctx);
  const summary = visible.find((t) => t.id === id);
  if (!summary) throw new AppError("not_found");
  const items = visible.filter((t) => t.parentCode === task.code);
  const [milestones, targets] = await Promise.all([
    ex.select().from(planMilestones).where(eq(planMilestones.taskId, id)).orderBy(asc(planMilestones.seq)),
    ex
      .select({ code: planTargets.code, textZh: planTargets.textZh, textEn: planTargets.textEn })
      .from(planTargets)
      .where(inArray(planTargets.taskId, [id, ...items.map((i) => i.id)])),
  ]);
  return {
    ...summary,
    text: { zh: task.textZh, en: task.textEn },
    indicatorCodes: task.indicatorCodes,
    zoneCodes: task.zoneCodes,
    industryCodes: task.industryCodes,
    milestones: milestones.map((m) => ({
      id: m.id,
      title: { zh: m.titleZh, en: m.titleEn },
      dueOn: m.dueOn,
      doneOn: m.doneOn,
      overdue: !m.doneOn && m.dueOn < asOf,
      version: m.version,
    })),
    items,
    targets: targets.map((t) => ({ code: t.code, text: { zh: t.textZh, en: t.textEn } })),
    versions: await versions(ex, "task", id),
  };
}
