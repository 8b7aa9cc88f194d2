import { and, eq, isNull, lt } from "drizzle-orm";
import { type Actor, systemActor, userActor } from "../../core/actor.js";
import { users } from "../../core/auth/schema.js";
import { createUser } from "../../core/auth/users.js";
import { shanghaiDate } from "../../core/calendar/index.js";
import type { Db } from "../../core/db/client.js";
import { transition, type WorkflowEnv } from "../../core/workflow/index.js";
import { requestChange } from "./changes/commands/request-change.js";
import { planByCode } from "./plans.js";
import { createProgressReport } from "./reports/commands/create-progress-report.js";
import { planMilestones, planTasks, planUnits } from "./schema.js";
import { issueSupervisionNotice } from "./supervision/commands/issue-notice.js";

/** Department accounts for the demo, one per unit that leads many tasks (password: the demo password). */
const DEMO_DEPARTMENT_USERS = [
  { username: "kejiju", unit: "sti", displayName: "市科技局 规划处 陈处长" },
  { username: "gongxinju", unit: "industry_it", displayName: "市工信局 科技处 刘科长" },
  { username: "shangwuju", unit: "commerce", displayName: "市商务局 外资处 赵科长" },
  { username: "rencaiban", unit: "talent_office", displayName: "市委人才办 综合处 孙科长" },
] as const;

export const DEMO_PLAN_ACCOUNTS = DEMO_DEPARTMENT_USERS.map((u) => u.username);

interface Step {
  task: string;
  percent: number;
  summary: string;
  /** Leave the report at this step (default: accepted). */
  stop?: "draft" | "submitted";
}

/**
 * How far each task has come (demo): most of the plan's 2023–2025 tasks were reported complete in 2026 Q3;
 * a few are still under way, one owes its report, one has a report awaiting the city, one a draft.
 */
const UNDER_WAY: Step[] = [
  {
    task: "2.2",
    percent: 80,
    summary: "全国重点实验室重组已获批2家，国家企业技术中心新增5家，其余在申报中。",
  },
  {
    task: "3.1",
    percent: 75,
    summary: "湘江科学城三大功能区规划获批，创新平台区一期在建，成果孵化区招商中。",
  },
  {
    task: "1.5",
    percent: 100,
    summary: "黄花综保区保税研发中心3家已运营，共享实验平台建成。",
    stop: "submitted",
  },
  {
    task: "4.3",
    percent: 60,
    summary: "未来产业科技园试点申报材料已报送，量子测量中试线建设中。",
    stop: "draft",
  },
];
/** Owes its 2026 Q3 report and is past its due date: the city issues a supervision notice. */
const LATE_TASK = "6.1";

/**
 * The plan's demo (P-04, P-05): department accounts, quarterly reports through the workflow, milestones done,
 * supervision notices (one answered, one awaiting a reply), an approved target change and a pending task change.
 * Everything goes through the same commands and transitions as real use.
 */
export async function seedDemoPlan(
  db: Db,
  opts: { password: string; city: Actor; leader: Actor | null; district(code: string): Actor; now?: Date },
): Promise<{ reports: number; notices: number; changes: number }> {
  const now = opts.now ?? new Date();
  const env: Partial<WorkflowEnv> = { clock: { now: () => now } as WorkflowEnv["clock"] };
  const plan = await planByCode(db, "changsha-2023").catch(() => null);
  if (!plan) return { reports: 0, notices: 0, changes: 0 };
  const units = await db.select().from(planUnits);
  const unitByCode = new Map(units.map((u) => [u.code, u]));
  const seed = systemActor("seed");

  const accounts = new Map<string, Actor>();
  for (const u of DEMO_DEPARTMENT_USERS) {
    const unit = unitByCode.get(u.unit);
    if (!unit) continue;
    const [found] = await db.select().from(users).where(eq(users.username, u.username));
    const row =
      found ??
      (await db.transaction((tx) =>
        createUser(
          tx,
          seed,
          {
            username: u.username,
            displayName: u.displayName,
            role: "department",
            orgId: unit.id,
            password: opts.password,
            mustChangePassword: false,
          },
          "zh-CN",
          { bypassSeparation: true },
        ),
      ));
    accounts.set(unit.id, userActor({ ...row, role: "department" }, null, "session"));
  }
  /** Who speaks for a unit: its demo account, a district's official, or a stand-in colleague of the unit. */
  const speaker = (unitId: string): Actor => {
    const unit = units.find((u) => u.id === unitId)!;
    if (unit.kind === "district" && unit.areaCode) return opts.district(unit.areaCode);
    return (
      accounts.get(unitId) ??
      userActor(
        {
          id: crypto.randomUUID(),
          username: `${unit.nameZh}联络员`,
          role: "department",
          areaCode: null,
          orgId: unitId,
        },
        null,
        "session",
      )
    );
  };

  const tasks = await db.select().from(planTasks).where(eq(planTasks.planId, plan.id));
  const step = (code: string): Step =>
    UNDER_WAY.find((s) => s.task === code) ?? {
      task: code,
      percent: 100,
      summary: "本季度任务全部完成，相关平台与项目已按计划建成运行，佐证材料已归档。",
    };
  let reports = 0;
  for (const t of tasks) {
    if (!t.leadUnitId || t.code === LATE_TASK) continue;
    const s = step(t.code);
    const owner = speaker(t.leadUnitId);
    const report = await createProgressReport(
      db,
      owner,
      t.id,
      {
        period: "2026Q3",
        percent: s.percent,
        summary: s.summary,
        indicatorCodes: t.indicatorCodes.slice(0, 3),
      },
      env,
    );
    reports++;
    if (s.stop === "draft") continue;
    let inst = await transition(
      db,
      owner,
      report.instanceId!,
      { action: "submit", expectedVersion: 1, data: { percent: s.percent, summary: s.summary } },
      env,
    );
    if (s.stop === "submitted") continue;
    inst = await transition(db, opts.city, inst.id, { action: "accept", expectedVersion: inst.version }, env);
  }

  // Milestones: those due before the plan's last year were met (demo); Xiangjiang Science City's 2025 one is late.
  const today = shanghaiDate(now);
  const late = tasks.find((t) => t.code === "3.1");
  await db
    .update(planMilestones)
    .set({ doneOn: planMilestones.dueOn, updatedBy: "seed" })
    .where(and(isNull(planMilestones.doneOn), lt(planMilestones.dueOn, today)));
  if (late)
    await db
      .update(planMilestones)
      .set({ doneOn: null })
      .where(and(eq(planMilestones.taskId, late.id), eq(planMilestones.dueOn, "2025-06-30")));

  // Supervision notices: the late talent task awaits a reply; Xiangjiang Science City's was answered.
  const due = (days: number) => shanghaiDate(new Date(now.getTime() + days * 86_400_000));
  let notices = 0;
  const lateTask = tasks.find((t) => t.code === LATE_TASK);
  if (lateTask)
    await issueSupervisionNotice(
      db,
      opts.city,
      lateTask.id,
      {
        reason: "2026年第三季度进展报告逾期未报，任务已过完成期限，请说明进展并提出整改措施。",
        responseDue: due(10),
      },
      env,
    ).then(() => notices++);
  if (late?.leadUnitId) {
    const notice = await issueSupervisionNotice(
      db,
      opts.city,
      late.id,
      {
        reason: "“2025年6月前完成成果孵化区首批项目入驻”节点未完成，请说明原因和时间安排。",
        responseDue: due(5),
      },
      env,
    );
    notices++;
    await transition(
      db,
      speaker(late.leadUnitId),
      notice.instanceId!,
      {
        action: "reply",
        expectedVersion: 1,
        data: {
          reply: "首批12个项目已签约，受场地交付延迟影响，计划于2026年12月底前全部入驻，已建立周调度机制。",
        },
      },
      env,
    );
  }

  // P-05: the 2030 platform target was raised after the 2024 figure passed it (approved); a task's due date waits.
  let changes = 0;
  if (opts.leader) {
    const raised = await requestChange(
      db,
      opts.city,
      {
        recordType: "target",
        plan: plan.code,
        code: "t2030_innovation_platforms",
        changes: {
          value: 3500,
          text: {
            zh: "各类创新平台达3500家以上",
            en: "Innovation platforms of all kinds reach 3,500 or more",
          },
        },
        reason:
          "2024年全市各类创新平台已超过3000家，提前实现2030年目标，按《实施意见》四(四)动态调整（示例）。",
      },
      env,
    );
    await transition(db, opts.leader, raised.instanceId!, { action: "approve", expectedVersion: 1 }, env);
    changes++;
  }
  const extended = tasks.find((t) => t.code === "2.2");
  if (extended) {
    await requestChange(
      db,
      opts.city,
      {
        recordType: "task",
        plan: plan.code,
        code: "2.2",
        changes: { dueOn: "2026-12-31" },
        reason: "国家级平台重组批复周期延长，“力争三年内”目标的考核期顺延至2026年底（示例）。",
      },
      env,
    );
    changes++;
  }
  return { reports, notices, changes };
}
