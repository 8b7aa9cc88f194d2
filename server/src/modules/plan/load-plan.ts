import { eq, inArray } from "drizzle-orm";
import type { Actor } from "../../core/actor.js";
import { recordAudit } from "../../core/audit/index.js";
import type { Db, Executor } from "../../core/db/client.js";
import { indicators, knownComputedSeries, upsertIndicators } from "../../core/indicators/index.js";
import { flattenTasks } from "./pack/flatten-tasks.js";
import type { PackProblem, PlanPack } from "./pack/schema.js";
import { validatePlanPack } from "./pack/validate-pack.js";
import {
  planMilestones,
  planProjects,
  plans,
  planTargets,
  planTasks,
  planUnits,
  planVersions,
} from "./schema.js";
import { targetSnapshot, taskSnapshot } from "./snapshots.js";

export type LoadResult =
  | {
      ok: true;
      code: string;
      counts: { indicators: number; targets: number; projects: number; tasks: number; units: number };
    }
  | { ok: false; problems: PackProblem[] };

const problem = (path: string, code: string, zh: string, en: string): PackProblem => ({
  path,
  code,
  message: { zh, en },
});

/** Problems only the database can see: the plan is loaded already, an indicator means something else elsewhere. */
async function conflicts(ex: Executor, pack: PlanPack): Promise<PackProblem[]> {
  const out: PackProblem[] = [];
  const [existing] = await ex.select({ id: plans.id }).from(plans).where(eq(plans.code, pack.code));
  if (existing)
    out.push(
      problem(
        "code",
        "plan_exists",
        `规划“${pack.code}”已载入；对目标和任务的修改须通过变更申请`,
        `The plan “${pack.code}” is loaded already; change its targets and tasks through change requests`,
      ),
    );
  const codes = pack.indicators.map((i) => i.code);
  const known = await ex.select().from(indicators).where(inArray(indicators.code, codes));
  pack.indicators.forEach((ind, i) => {
    const k = known.find((x) => x.code === ind.code);
    if (k && (k.unitZh !== ind.unit.zh || k.kind !== ind.kind || k.direction !== ind.direction))
      out.push(
        problem(
          `indicators[${i}]`,
          "indicator_conflict",
          `指标“${ind.code}”已由“${k.definedBy ?? "?"}”定义为不同的单位、类型或方向（${k.unitZh}，${k.kind}）`,
          `The indicator “${ind.code}” is defined by “${k.definedBy ?? "?"}” with another unit, kind or direction (${k.unitEn}, ${k.kind})`,
        ),
      );
  });
  return out;
}

/**
 * Loads a plan pack (P-01) all or nothing: the pack is validated first (every problem reported with its path),
 * then indicators, units, the plan, its projects, tasks and items, milestones and targets are written in one
 * transaction with version 1 of every target and task ("as planned").
 */
export async function loadPlan(
  db: Db,
  actor: Actor,
  text: string,
  opts: { sourceFile?: string } = {},
): Promise<LoadResult> {
  const checked = validatePlanPack(text, { knownComputedSeries: knownComputedSeries() });
  if (!checked.ok) return { ok: false, problems: checked.problems };
  const pack = checked.pack;
  const found = await conflicts(db, pack);
  if (found.length) return { ok: false, problems: found };
  return db.transaction(async (tx) => {
    await upsertIndicators(
      tx,
      actor,
      pack.indicators.map((i) => ({ ...i, computed: i.computed ?? null, range: i.range ?? null })),
      pack.code,
    );
    const unitIds = await upsertUnits(tx, actor, pack);
    const [plan] = await tx
      .insert(plans)
      .values({
        code: pack.code,
        titleZh: pack.title.zh,
        titleEn: pack.title.en,
        issuedOn: pack.issuedOn,
        issuerZh: pack.issuer.zh,
        issuerEn: pack.issuer.en,
        cityCode: pack.city.code,
        cityNameZh: pack.city.name.zh,
        cityNameEn: pack.city.name.en,
        baseYear: pack.baseYear,
        horizon: pack.horizon,
        pack: pack as unknown as Record<string, unknown>,
        sourceFile: opts.sourceFile ?? null,
        createdBy: actor.username,
        updatedBy: actor.username,
      })
      .returning();
    const planId = plan!.id;
    const projectIds = new Map<string, string>();
    for (const [i, p] of pack.projects.entries()) {
      const [row] = await tx
        .insert(planProjects)
        .values({ planId, code: p.code, seq: i + 1, titleZh: p.title.zh, titleEn: p.title.en })
        .returning({ id: planProjects.id });
      projectIds.set(p.code, row!.id);
    }
    const taskIds = new Map<string, string>();
    const flat = flattenTasks(pack);
    for (const t of flat) {
      const [row] = await tx
        .insert(planTasks)
        .values({
          planId,
          projectId: projectIds.get(t.projectCode)!,
          parentId: t.parentCode ? taskIds.get(t.parentCode)! : null,
          code: t.code,
          seq: t.seq,
          titleZh: t.title.zh,
          titleEn: t.title.en,
          textZh: t.text.zh,
          textEn: t.text.en,
          leadUnitId: t.lead ? unitIds.get(t.lead)! : null,
          partnerUnitIds: t.partners.map((p) => unitIds.get(p)!),
          dueOn: t.due ?? null,
          indicatorCodes: t.indicators,
          zoneCodes: t.zones,
          industryCodes: t.industries,
          demo: t.demo,
          createdBy: actor.username,
          updatedBy: actor.username,
        })
        .returning();
      taskIds.set(t.code, row!.id);
      await tx.insert(planVersions).values({
        recordType: "task",
        recordId: row!.id,
        version: 1,
        snapshot: taskSnapshot(row!),
        reason: null,
        createdBy: actor.username,
      });
      if (t.milestones.length)
        await tx.insert(planMilestones).values(
          t.milestones.map((m, j) => ({
            taskId: row!.id,
            seq: j + 1,
            titleZh: m.title.zh,
            titleEn: m.title.en,
            dueOn: m.due,
            createdBy: actor.username,
          })),
        );
    }
    for (const [i, t] of pack.targets.entries()) {
      const [row] = await tx
        .insert(planTargets)
        .values({
          planId,
          code: t.code,
          seq: i + 1,
          section: t.section,
          textZh: t.text.zh,
          textEn: t.text.en,
          indicatorCode: t.indicator,
          kind: t.kind,
          comparator: t.comparator,
          year: t.year,
          value: String(t.value),
          valueMax: t.valueMax == null ? null : String(t.valueMax),
          baselineYear: t.baseline?.year ?? null,
          baselineValue: t.baseline ? String(t.baseline.value) : null,
          baselineSource: t.baseline?.source ?? null,
          taskId: t.task ? taskIds.get(t.task)! : null,
          windowFrom: t.window?.from ?? null,
          windowTo: t.window?.to ?? null,
          createdBy: actor.username,
          updatedBy: actor.username,
        })
        .returning();
      await tx.insert(planVersions).values({
        recordType: "target",
        recordId: row!.id,
        version: 1,
        snapshot: targetSnapshot(row!),
        reason: null,
        createdBy: actor.username,
      });
    }
    const counts = {
      indicators: pack.indicators.length,
      targets: pack.targets.length,
      projects: pack.projects.length,
      tasks: flat.length,
      units: pack.units.length,
    };
    await recordAudit(tx, actor, {
      action: "plan.load",
      targetType: "plan",
      targetId: planId,
      after: { code: pack.code, sourceFile: opts.sourceFile ?? null, counts },
    });
    return { ok: true as const, code: pack.code, counts };
  });
}

/** Units are shared by plans: a known code is reused as it is, a new one inserted. */
async function upsertUnits(tx: Executor, actor: Actor, pack: PlanPack): Promise<Map<string, string>> {
  const ids = new Map<string, string>();
  if (!pack.units.length) return ids;
  const known = await tx
    .select()
    .from(planUnits)
    .where(
      inArray(
        planUnits.code,
        pack.units.map((u) => u.code),
      ),
    );
  for (const k of known) ids.set(k.code, k.id);
  const fresh = pack.units.filter((u) => !ids.has(u.code));
  if (fresh.length) {
    const rows = await tx
      .insert(planUnits)
      .values(
        fresh.map((u) => ({
          code: u.code,
          nameZh: u.name.zh,
          nameEn: u.name.en,
          kind: u.kind,
          areaCode: u.areaCode ?? null,
          demo: u.demo,
          createdBy: actor.username,
        })),
      )
      .returning({ id: planUnits.id, code: planUnits.code });
    for (const r of rows) ids.set(r.code, r.id);
  }
  return ids;
}
