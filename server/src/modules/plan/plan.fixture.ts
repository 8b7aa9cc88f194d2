import { systemActor } from "../../core/actor.js";
import { createUser } from "../../core/auth/users.js";
import type { Db } from "../../core/db/client.js";
import { planProjects, plans, planTargets, planTasks, planUnits, planVersions } from "./schema.js";
import { targetSnapshot, taskSnapshot } from "./snapshots.js";

/**
 * A small plan written straight into the tables (tests only), as the pack loader would leave it: three units
 * (two departments, one district), one project, three tasks, one target, version 1 of each target and task,
 * and the users who act on them. Codes carry a suffix so that several fixtures can share one database.
 *
 * - task 1.1: led by department A (工信) — the department user's task;
 * - task 1.2: led by the Yuelu district unit, department A takes part;
 * - task 1.3: led by department B (发改) — the other department's task;
 * - target T1: 2600 platforms by 2027, tied to task 1.1.
 */
export interface PlanFixture {
  planId: string;
  planCode: string;
  units: { deptA: string; deptB: string; yuelu: string };
  unitCodes: { deptA: string; deptB: string; yuelu: string };
  tasks: { mine: string; district: string; other: string };
  taskCodes: { mine: string; district: string; other: string };
  targetId: string;
  targetCode: string;
  users: { city: string; leader: string; dept: string; district: string; otherDept: string };
}

let serial = 0;

export async function seedPlanFixture(
  db: Db,
  opts: { password: string; issuedOn?: string; suffix?: string },
): Promise<PlanFixture> {
  const s = opts.suffix ?? `f${++serial}`;
  const by = "fixture";
  return db.transaction(async (tx) => {
    const [plan] = await tx
      .insert(plans)
      .values({
        code: `fixture-${s}`,
        titleZh: "测试规划",
        titleEn: "Test plan",
        issuedOn: opts.issuedOn ?? "2026-01-01",
        issuerZh: "长沙市人民政府",
        issuerEn: "Changsha Municipal People's Government",
        cityCode: "430100",
        cityNameZh: "长沙市",
        cityNameEn: "Changsha",
        baseYear: 2025,
        horizon: [2027],
        pack: {},
        createdBy: by,
        updatedBy: by,
      })
      .returning();
    const unit = async (
      code: string,
      nameZh: string,
      nameEn: string,
      kind: string,
      areaCode: string | null,
    ) => {
      const [row] = await tx
        .insert(planUnits)
        .values({ code: `${code}-${s}`, nameZh, nameEn, kind, areaCode, createdBy: by, updatedBy: by })
        .returning();
      return row!;
    };
    const deptA = await unit("gxj", "市工业和信息化局", "Bureau of Industry and IT", "department", null);
    const deptB = await unit(
      "fgw",
      "市发展和改革委员会",
      "Development and Reform Commission",
      "department",
      null,
    );
    const yuelu = await unit("yuelu", "岳麓区人民政府", "Yuelu District Government", "district", "430104");
    const [project] = await tx
      .insert(planProjects)
      .values({
        planId: plan!.id,
        code: "1",
        seq: 1,
        titleZh: "创新平台建设",
        titleEn: "Innovation platforms",
      })
      .returning();
    const task = async (code: string, seq: number, lead: string, partners: string[], titleZh: string) => {
      const [row] = await tx
        .insert(planTasks)
        .values({
          planId: plan!.id,
          projectId: project!.id,
          code,
          seq,
          titleZh,
          titleEn: `Task ${code}`,
          textZh: `${titleZh}的具体内容`,
          textEn: `What task ${code} does`,
          leadUnitId: lead,
          partnerUnitIds: partners,
          dueOn: "2027-12-31",
          createdBy: by,
          updatedBy: by,
        })
        .returning();
      await tx.insert(planVersions).values({
        recordType: "task",
        recordId: row!.id,
        version: 1,
        snapshot: taskSnapshot(row!),
        createdBy: by,
      });
      return row!;
    };
    const mine = await task("1.1", 1, deptA.id, [], "建设研发中心");
    const district = await task("1.2", 2, yuelu.id, [deptA.id], "岳麓区研发集聚区");
    const other = await task("1.3", 3, deptB.id, [], "重大平台布局");
    const [target] = await tx
      .insert(planTargets)
      .values({
        planId: plan!.id,
        code: "T1",
        seq: 1,
        section: "二",
        textZh: "到2027年，全市创新平台达到2600家",
        textEn: "2,600 innovation platforms by 2027",
        indicatorCode: "innovation_platforms",
        kind: "level",
        year: 2027,
        value: "2600",
        baselineYear: 2022,
        baselineValue: "1800",
        taskId: mine.id,
        createdBy: by,
        updatedBy: by,
      })
      .returning();
    await tx.insert(planVersions).values({
      recordType: "target",
      recordId: target!.id,
      version: 1,
      snapshot: targetSnapshot(target!),
      createdBy: by,
    });
    const user = async (
      role: Parameters<typeof createUser>[2]["role"],
      extra: { areaCode?: string; orgId?: string },
    ) => {
      const username = `${role}-${s}-${++serial}`;
      await createUser(
        tx,
        systemActor("test"),
        {
          username,
          displayName: username,
          role,
          password: opts.password,
          mustChangePassword: false,
          ...extra,
        },
        "zh-CN",
        { bypassSeparation: true },
      );
      return username;
    };
    return {
      planId: plan!.id,
      planCode: plan!.code,
      units: { deptA: deptA.id, deptB: deptB.id, yuelu: yuelu.id },
      unitCodes: { deptA: deptA.code, deptB: deptB.code, yuelu: yuelu.code },
      tasks: { mine: mine.id, district: district.id, other: other.id },
      taskCodes: { mine: mine.code, district: district.code, other: other.code },
      targetId: target!.id,
      targetCode: target!.code,
      users: {
        city: await user("city_admin", {}),
        leader: await user("leadership", {}),
        dept: await user("department", { orgId: deptA.id }),
        district: await user("district", { areaCode: "430104" }),
        otherDept: await user("department", { orgId: deptB.id }),
      },
    };
  });
}
