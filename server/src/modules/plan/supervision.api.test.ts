import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { manualClock } from "../../core/calendar/index.js";
import { runReminders } from "../../core/notify/index.js";
import { Client, engines, startTestApp, TEST_PASSWORD, type TestContext } from "../../test/harness.js";
import { multipart } from "../../test/multipart.js";
import { type PlanFixture, seedPlanFixture } from "./plan.fixture.js";
import { planTasks } from "./schema.js";
import { missingReports, openSupervisionCounts, targetsAsOf, versionsOf } from "./supervision-face.js";

const PDF = Buffer.from("%PDF-1.7\n% evidence\n1 0 obj <<>> endobj\n%%EOF\n");
// The app's "today" is 2026-11-20 (Asia/Shanghai): the current quarter is 2026Q4, Q3's reports were due on 15 October.
const NOW = "2026-11-20T02:00:00Z";

async function client(ctx: TestContext, username: string): Promise<Client> {
  const c = new Client(ctx);
  const res = await c.login(username, TEST_PASSWORD);
  if (res.statusCode !== 200) throw new Error(`login failed: ${res.body}`);
  return c;
}

describe.each(engines())("plan supervision on %s", (engine) => {
  const clock = manualClock(NOW);
  let ctx: TestContext;
  let f: PlanFixture;
  let city: Client;
  let leader: Client;
  let dept: Client;
  let yuelu: Client;
  let otherDept: Client;

  beforeAll(async () => {
    ctx = await startTestApp(engine, {}, { workflowEnv: { clock } });
    f = await seedPlanFixture(ctx.database.db, { password: TEST_PASSWORD });
    city = await client(ctx, f.users.city);
    leader = await client(ctx, f.users.leader);
    dept = await client(ctx, f.users.dept);
    yuelu = await client(ctx, f.users.district);
    otherDept = await client(ctx, f.users.otherDept);
  });
  afterAll(async () => ctx?.close());

  const instance = async (c: Client, id: string) =>
    (await c.get(`/api/workflow/instances/${id}`)).json().instance;
  /** Acts with the version read by someone who may read the instance (the city reads every plan instance). */
  const actAs = async (c: Client, id: string, action: string, extra: Record<string, unknown> = {}) => {
    const { version } = await instance(city, id);
    return c.post(`/api/workflow/instances/${id}/transitions`, {
      action,
      expectedVersion: version,
      ...extra,
    });
  };
  const taskRow = async (id: string) =>
    (await ctx.database.db.select().from(planTasks).where(eq(planTasks.id, id)))[0]!;
  const reportsOf = async (c: Client, taskId: string) =>
    (await c.get(`/api/plan/tasks/${taskId}/reports`)).json();

  it("files a department's quarterly report with evidence; the city returns it, it is resubmitted and accepted; the task's progress follows", async () => {
    const created = await dept.post(`/api/plan/tasks/${f.tasks.mine}/reports`, {
      period: "2026Q3",
      percent: 60,
      summary: "已建成三家研发中心，第四家在建",
      indicatorCodes: ["innovation_platforms"],
    });
    expect(created.statusCode, created.body).toBe(201);
    const report = created.json();
    expect(report).toMatchObject({
      taskId: f.tasks.mine,
      taskCode: "1.1",
      unit: { id: f.units.deptA, kind: "department" },
      period: "2026Q3",
      percent: 60,
      status: "draft",
      due: "2026-10-15",
      late: false,
    });
    const iid = report.instanceId;
    expect(iid).toMatch(/^[0-9a-f-]{36}$/);
    const started = await instance(dept, iid);
    expect(started).toMatchObject({ ownerOrgId: f.units.deptA, areaCode: "430100", state: "draft" });

    // Evidence through the workflow's attachment route; a text file is refused.
    const upload = (file: { name: string; content: Buffer; type: string }) => {
      const body = multipart({ kind: "evidence" }, file);
      return dept.request({
        method: "POST",
        url: `/api/workflow/instances/${iid}/attachments`,
        payload: body.payload,
        headers: body.headers,
      });
    };
    const evidence = await upload({ name: "佐证.pdf", content: PDF, type: "application/pdf" });
    expect(evidence.statusCode, evidence.body).toBe(200);
    expect(evidence.json()).toMatchObject({ kind: "evidence", fileName: "佐证.pdf" });
    const text = await upload({ name: "x.txt", content: Buffer.from("hello"), type: "text/plain" });
    expect(text.statusCode).toBe(415);

    // The department user submits (as the owner); the report follows the instance.
    const submitted = await actAs(dept, iid, "submit");
    expect(submitted.statusCode, submitted.body).toBe(200);
    let [mine] = await reportsOf(dept, f.tasks.mine);
    expect(mine).toMatchObject({ status: "submitted", late: true, percent: 60 });
    expect(mine.submittedAt).toBe(new Date(NOW).toISOString());

    // The department cannot accept; the city returns with a comment only.
    expect((await actAs(dept, iid, "accept")).statusCode).toBe(403);
    const bare = await actAs(city, iid, "return");
    expect(bare.statusCode).toBe(422);
    expect(bare.json().code).toBe("comment_required");
    const returned = await actAs(city, iid, "return", { comment: "请补充第四家研发中心的建设进度" });
    expect(returned.statusCode, returned.body).toBe(200);
    [mine] = await reportsOf(dept, f.tasks.mine);
    expect(mine.status).toBe("returned");

    // The department edits the returned report's data and submits it again; the city accepts.
    const edited = await dept.patch(`/api/workflow/instances/${iid}/data`, {
      expectedVersion: (await instance(dept, iid)).version,
      data: { percent: 65, summary: "已建成三家研发中心，第四家主体完工" },
    });
    expect(edited.statusCode, edited.body).toBe(200);
    expect((await actAs(dept, iid, "submit")).statusCode).toBe(200);
    const accepted = await actAs(city, iid, "accept");
    expect(accepted.statusCode, accepted.body).toBe(200);
    [mine] = await reportsOf(dept, f.tasks.mine);
    expect(mine).toMatchObject({
      status: "accepted",
      percent: 65,
      summary: "已建成三家研发中心，第四家主体完工",
    });
    const history = (await dept.get(`/api/workflow/instances/${iid}/history`)).json();
    expect(
      history
        .filter((h: { kind: string }) => h.kind === "transition")
        .map((h: { action: string }) => h.action),
    ).toEqual(["start", "submit", "return", "submit", "accept"]);

    const task = await taskRow(f.tasks.mine);
    expect(task).toMatchObject({
      progressPercent: 65,
      progressPeriod: "2026Q3",
      status: "active",
      version: 1,
    });
    // The leadership reads the report; the city sees it too.
    expect((await reportsOf(leader, f.tasks.mine)).map((r: { id: string }) => r.id)).toEqual([report.id]);
    expect((await reportsOf(city, f.tasks.mine)).map((r: { id: string }) => r.id)).toEqual([report.id]);
  });

  it("keeps another unit out: 403 on filing, 404 on reading, absent from lists", async () => {
    const [report] = await reportsOf(dept, f.tasks.mine);
    const theirs = await otherDept.post(`/api/plan/tasks/${f.tasks.mine}/reports`, {
      period: "2026Q4",
      percent: 10,
      summary: "不是我们的任务",
    });
    expect(theirs.statusCode).toBe(403);
    expect(theirs.json().code).toBe("plan_task_not_yours");
    expect((await otherDept.get(`/api/plan/tasks/${f.tasks.mine}/reports`)).statusCode).toBe(404);
    expect((await yuelu.get(`/api/plan/tasks/${f.tasks.mine}/reports`)).statusCode).toBe(404);
    expect((await otherDept.get(`/api/workflow/instances/${report.instanceId}`)).statusCode).toBe(404);
    const list = (await otherDept.get("/api/workflow/instances?limit=500")).json();
    expect(list.rows.some((i: { id: string }) => i.id === report.instanceId)).toBe(false);
    // The department lists its own instance.
    const own = (await dept.get("/api/workflow/instances?limit=500")).json();
    expect(own.rows.some((i: { id: string }) => i.id === report.instanceId)).toBe(true);
    // The city (no plan.report) and the leadership cannot file.
    const byCity = await city.post(`/api/plan/tasks/${f.tasks.mine}/reports`, {
      period: "2026Q4",
      percent: 10,
      summary: "市级不报送进展",
    });
    expect(byCity.statusCode).toBe(403);
    // The department's inbox holds its report only while it waits for the department.
    const inbox = (await dept.get("/api/workflow/tasks")).json();
    expect(JSON.stringify(inbox)).not.toContain(report.instanceId);
  });

  it("lets a district user report on its district's task; refuses duplicates, future and malformed periods", async () => {
    const url = `/api/plan/tasks/${f.tasks.district}/reports`;
    const created = await yuelu.post(url, { period: "2026Q3", percent: 100, summary: "集聚区建设全部完成" });
    expect(created.statusCode, created.body).toBe(201);
    const report = created.json();
    expect(report.unit).toMatchObject({ id: f.units.yuelu, kind: "district", areaCode: "430104" });
    expect(await instance(yuelu, report.instanceId)).toMatchObject({ ownerOrgId: null, areaCode: "430104" });

    const twice = await yuelu.post(url, { period: "2026Q3", percent: 90, summary: "重复报送同一季度" });
    expect(twice.statusCode).toBe(409);
    expect(twice.json().code).toBe("progress_report_duplicate");
    const future = await yuelu.post(url, { period: "2027Q1", percent: 90, summary: "未来季度的报告" });
    expect(future.statusCode).toBe(422);
    expect(future.json().code).toBe("progress_period_invalid");
    expect(future.json().detail).toContain("2027Q1");
    for (const body of [
      { period: "2026Q5", percent: 10, summary: "季度写错了" },
      { period: "2026Q4", percent: 101, summary: "百分比超过上限" },
      { period: "2026Q4", percent: 10, summary: "多余字段", extra: 1 },
      { period: "2026Q4", percent: 10 },
      "not json",
    ]) {
      const res = await yuelu.post(url, body);
      expect(res.statusCode, JSON.stringify(body)).toBeGreaterThanOrEqual(400);
      expect(res.statusCode, JSON.stringify(body)).toBeLessThan(500);
    }
    expect((await yuelu.post("/api/plan/tasks/not-a-uuid/reports", {})).statusCode).toBe(400);
    expect(
      (
        await yuelu.post("/api/plan/tasks/00000000-0000-4000-8000-000000000000/reports", {
          period: "2026Q3",
          percent: 1,
          summary: "没有这个任务",
        })
      ).statusCode,
    ).toBe(404);

    // The partner department neither sees the district's report nor acts on it.
    expect(await reportsOf(dept, f.tasks.district)).toEqual([]);
    expect((await dept.get(`/api/workflow/instances/${report.instanceId}`)).statusCode).toBe(404);
    expect((await actAs(yuelu, report.instanceId, "submit")).statusCode).toBe(200);
    expect((await actAs(city, report.instanceId, "accept")).statusCode).toBe(200);
    // The lead unit's 100 % completes the task.
    expect(await taskRow(f.tasks.district)).toMatchObject({
      progressPercent: 100,
      progressPeriod: "2026Q3",
      status: "completed",
      completedOn: "2026-11-20",
    });
    const late = await yuelu.post(url, { period: "2026Q4", percent: 100, summary: "任务已完成仍报送" });
    expect(late.statusCode).toBe(422);
    expect(late.json().code).toBe("plan_task_not_active");
  });

  it("issues numbered supervision notices; the unit replies late; the city closes", async () => {
    const url = `/api/plan/tasks/${f.tasks.other}/supervision`;
    const reason = "第三季度进展报告未按期报送，请说明原因";
    const issued = await city.post(url, { reason, responseDue: "2026-11-25" });
    expect(issued.statusCode, issued.body).toBe(201);
    const notice = issued.json();
    expect(notice).toMatchObject({
      number: "督办〔2026〕1号",
      task: { id: f.tasks.other, code: "1.3" },
      unit: { id: f.units.deptB },
      status: "issued",
      late: false,
      overdue: false,
      reply: null,
    });
    // Two at once: numbers stay gap-free and distinct.
    const [a, b] = await Promise.all([
      city.post(url, { reason: "请报送重大平台布局的最新进展", responseDue: "2026-12-10" }),
      city.post(url, {
        reason: "请说明重大平台的用地落实情况",
        responseDue: "2026-12-10",
        unitCode: f.unitCodes.deptB,
      }),
    ]);
    expect([a.statusCode, b.statusCode]).toEqual([201, 201]);
    expect([a.json().number, b.json().number].sort()).toEqual(["督办〔2026〕2号", "督办〔2026〕3号"]);

    // Refusals: today or over a year ahead, unknown unit, a unit not of the task, a unit user issuing.
    for (const responseDue of ["2026-11-20", "2027-11-21"]) {
      const res = await city.post(url, { reason, responseDue });
      expect(res.statusCode).toBe(422);
      expect(res.json().code).toBe("supervision_due_invalid");
    }
    expect((await city.post(url, { reason, responseDue: "2027-11-20" })).statusCode).toBe(201);
    const unknown = await city.post(url, { reason, responseDue: "2026-12-01", unitCode: "nope" });
    expect(unknown.statusCode).toBe(422);
    expect(unknown.json().code).toBe("plan_unit_unknown");
    const notOfTask = await city.post(url, {
      reason,
      responseDue: "2026-12-01",
      unitCode: f.unitCodes.yuelu,
    });
    expect(notOfTask.statusCode).toBe(422);
    expect(notOfTask.json().code).toBe("plan_unit_not_of_task");
    expect((await otherDept.post(url, { reason, responseDue: "2026-12-01" })).statusCode).toBe(403);
    expect((await city.post(url, { reason: "短", responseDue: "2026-12-01" })).statusCode).toBe(400);
    expect((await city.post(url, { reason, responseDue: "2026-13-01" })).statusCode).toBe(400);
    const closedTask = await city.post(`/api/plan/tasks/${f.tasks.district}/supervision`, {
      reason,
      responseDue: "2026-12-01",
    });
    expect(closedTask.json().code).toBe("plan_task_not_active");

    // The addressed department is told, sees it, and is the only unit that does.
    const told = (await otherDept.get("/api/notifications?limit=100")).json().items;
    expect(told.some((n: { title: string }) => n.title.startsWith("督办〔2026〕1号"))).toBe(true);
    const theirs = (await otherDept.get("/api/plan/supervision?status=issued")).json();
    expect(theirs.map((n: { number: string }) => n.number)).toContain("督办〔2026〕1号");
    expect((await dept.get("/api/plan/supervision")).json()).toEqual([]);
    expect((await dept.get(`/api/plan/tasks/${f.tasks.other}/supervision`)).statusCode).toBe(404);
    expect((await dept.get(`/api/workflow/instances/${notice.instanceId}`)).statusCode).toBe(404);
    expect((await leader.get(`/api/plan/tasks/${f.tasks.other}/supervision`)).json()).toHaveLength(4);
    // The issuer does not become the notice's owner: the city cannot reply.
    expect((await actAs(city, notice.instanceId, "reply", { data: { reply: "代为答复" } })).statusCode).toBe(
      403,
    );

    // Two days after the due date the department replies (a reply is required): it is recorded as late.
    clock.set("2026-11-27T03:00:00Z");
    try {
      const empty = await actAs(otherDept, notice.instanceId, "reply");
      expect(empty.statusCode).toBe(422);
      expect(empty.json().code).toBe("fields_required");
      const replied = await actAs(otherDept, notice.instanceId, "reply", {
        data: { reply: "已于11月26日补报第三季度进展，今后按期报送" },
      });
      expect(replied.statusCode, replied.body).toBe(200);
      const [after] = (await city.get(`/api/plan/supervision?taskId=${f.tasks.other}&status=replied`)).json();
      expect(after).toMatchObject({
        number: "督办〔2026〕1号",
        status: "replied",
        reply: "已于11月26日补报第三季度进展，今后按期报送",
        late: true,
      });
      expect((await actAs(otherDept, notice.instanceId, "close")).statusCode).toBe(403);
      expect((await actAs(city, notice.instanceId, "close")).statusCode).toBe(200);
      const [closed] = (await city.get(`/api/plan/supervision?taskId=${f.tasks.other}&status=closed`)).json();
      expect(closed).toMatchObject({ number: "督办〔2026〕1号", status: "closed", late: true });
    } finally {
      clock.set(NOW);
    }
    const open = await openSupervisionCounts(ctx.database.db, [f.tasks.other, f.tasks.mine]);
    expect(open.get(f.tasks.other)).toBe(3);
    expect(open.get(f.tasks.mine)).toBeUndefined();
    expect((await city.get("/api/plan/supervision?status=bogus")).statusCode).toBe(400);
  });

  it("reminds of missing quarterly reports and notices near their due date, once each", async () => {
    const db = ctx.database.db;
    const remind = async (at: string, name: string) =>
      (await runReminders(db, new Date(at))).sources.find((x) => x.name === name)!;
    // Q3 was due on 15 October: task 1.1 has its accepted report, 1.2 is completed; department B owes 1.3's.
    expect(await missingReports(db, { asOf: "2026-11-20" })).toEqual([
      { taskId: f.tasks.other, unitId: f.units.deptB, period: "2026Q3", due: "2026-10-15" },
    ]);
    expect(await missingReports(db, { asOf: "2026-10-15" })).toEqual(
      expect.arrayContaining([
        { taskId: f.tasks.other, unitId: f.units.deptB, period: "2026Q2", due: "2026-07-15" },
      ]),
    );
    expect(await remind("2026-11-20T02:00:00Z", "plan.progress_report")).toMatchObject({ items: 1, told: 1 });
    expect(await remind("2026-11-21T02:00:00Z", "plan.progress_report")).toMatchObject({ items: 1, told: 0 });
    const overdue = (await otherDept.get("/api/notifications?limit=100"))
      .json()
      .items.filter((n: { kind: string }) => n.kind === "plan.progress_overdue");
    expect(overdue).toHaveLength(1);
    expect(overdue[0].title).toContain("2026Q3 季度进展报告已逾期");
    // Notices awaiting a reply (two due on 10 December, one in November 2027): 3 days before, then once overdue (every
    // source runs each time, so these dates come before the January ones below).
    expect(await remind("2026-12-06T02:00:00Z", "plan.supervision")).toMatchObject({ items: 0, told: 0 });
    expect(await remind("2026-12-07T02:00:00Z", "plan.supervision")).toMatchObject({ items: 2, told: 2 });
    expect(await remind("2026-12-09T02:00:00Z", "plan.supervision")).toMatchObject({ items: 2, told: 0 });
    expect(await remind("2026-12-11T02:00:00Z", "plan.supervision")).toMatchObject({ items: 2, told: 2 });
    expect(await remind("2026-12-20T02:00:00Z", "plan.supervision")).toMatchObject({ items: 2, told: 0 });
    const kinds = (await otherDept.get("/api/notifications?limit=100"))
      .json()
      .items.map((n: { kind: string }) => n.kind)
      .filter((k: string) => k.startsWith("plan.supervision_"));
    expect(kinds.filter((k: string) => k === "plan.supervision_due")).toHaveLength(2);
    expect(kinds.filter((k: string) => k === "plan.supervision_overdue")).toHaveLength(2);
    // Q4 is due on 15 January: 7 days before, units of active tasks without a Q4 report are told (1.1 and 1.3).
    expect(await remind("2027-01-07T02:00:00Z", "plan.progress_report")).toMatchObject({ items: 1, told: 0 });
    expect(await remind("2027-01-08T02:00:00Z", "plan.progress_report")).toMatchObject({ items: 3, told: 2 });
    expect(await remind("2027-01-09T02:00:00Z", "plan.progress_report")).toMatchObject({ items: 3, told: 0 });
    const due = (await dept.get("/api/notifications?limit=100"))
      .json()
      .items.filter((n: { kind: string }) => n.kind === "plan.progress_due");
    expect(due.map((n: { title: string }) => n.title)).toEqual([
      expect.stringContaining("将于 2027-01-15 截止"),
    ]);
  });

  it("changes a target through a request with a reason approved by the leadership; versions and as-planned stay readable", async () => {
    const body = (changes: Record<string, unknown>, reason = "根据中期评估结果上调目标值") => ({
      recordType: "target",
      plan: f.planCode,
      code: f.targetCode,
      changes,
      reason,
    });
    const nothing = await city.post("/api/plan/changes", body({ value: 2600, year: 2027 }));
    expect(nothing.statusCode).toBe(422);
    expect(nothing.json().code).toBe("plan_change_empty");
    const byDept = await dept.post("/api/plan/changes", body({ value: 2700 }));
    expect(byDept.statusCode).toBe(403);
    expect(byDept.json().code).toBe("plan_change_not_allowed");

    const requested = await city.post("/api/plan/changes", body({ value: 2800, year: 2027 }));
    expect(requested.statusCode, requested.body).toBe(201);
    const change = requested.json();
    expect(change).toMatchObject({
      plan: f.planCode,
      recordType: "target",
      code: "T1",
      baseVersion: 1,
      currentVersion: 1,
      proposed: { value: 2800 },
      reason: "根据中期评估结果上调目标值",
      status: "proposed",
    });
    // Only the leadership decides; a rejection needs a comment.
    expect((await actAs(city, change.instanceId, "approve")).statusCode).toBe(403);
    expect((await actAs(leader, change.instanceId, "reject")).statusCode).toBe(422);
    const approved = await actAs(leader, change.instanceId, "approve");
    expect(approved.statusCode, approved.body).toBe(200);

    const versions = (await dept.get(`/api/plan/versions/target/${f.targetId}`)).json();
    expect(versions.map((v: { version: number }) => v.version)).toEqual([1, 2]);
    expect(versions[0]).toMatchObject({
      reason: null,
      changeId: null,
      snapshot: { value: 2600, year: 2027 },
    });
    expect(versions[1]).toMatchObject({
      reason: "根据中期评估结果上调目标值",
      changeId: change.id,
      snapshot: { value: 2800, year: 2027 },
    });
    const [planned] = await targetsAsOf(ctx.database.db, f.planId, "planned");
    const [current] = await targetsAsOf(ctx.database.db, f.planId, "current");
    expect(planned).toMatchObject({ code: "T1", value: 2600, version: 1, adjusted: true });
    expect(current).toMatchObject({ code: "T1", value: 2800, version: 2, adjusted: true });
    const byId = await versionsOf(ctx.database.db, "target", [f.targetId]);
    expect(byId.get(f.targetId)).toHaveLength(2);
    const [decided] = (await leader.get("/api/plan/changes?status=approved")).json();
    expect(decided).toMatchObject({ id: change.id, status: "approved", currentVersion: 2 });
    expect(decided.decidedAt).not.toBeNull();
  });

  it("refuses to approve a change to a record changed meanwhile (409); units change only the tasks they lead", async () => {
    const target = (changes: Record<string, unknown>, reason: string) =>
      city.post("/api/plan/changes", { recordType: "target", plan: f.planCode, code: "T1", changes, reason });
    const first = (await target({ value: 3000 }, "按省级要求再次上调目标")).json();
    const second = (await target({ year: 2028 }, "目标年份顺延一年以对齐规划期")).json();
    expect([first.baseVersion, second.baseVersion]).toEqual([2, 2]);
    expect((await actAs(leader, second.instanceId, "approve")).statusCode).toBe(200);
    const stale = await actAs(leader, first.instanceId, "approve");
    expect(stale.statusCode).toBe(409);
    expect(stale.json()).toMatchObject({ code: "plan_change_stale" });
    expect(stale.json().detail).toContain("第 3 版");
    expect((await instance(city, first.instanceId)).state).toBe("proposed");
    const rejected = await actAs(leader, first.instanceId, "reject", { comment: "基于旧版本，请重新提出" });
    expect(rejected.statusCode).toBe(200);
    const versions = (await city.get(`/api/plan/versions/target/${f.targetId}`)).json();
    expect(
      versions.map((v: { version: number; snapshot: { year: number } }) => [v.version, v.snapshot.year]),
    ).toEqual([
      [1, 2027],
      [2, 2027],
      [3, 2028],
    ]);

    // A department changes the task it leads (not another's, not with unknown units), and may withdraw it.
    const task = (c: Client, code: string, changes: Record<string, unknown>) =>
      c.post("/api/plan/changes", {
        recordType: "task",
        plan: f.planCode,
        code,
        changes,
        reason: "建设周期调整需要延期",
      });
    expect((await task(dept, "1.3", { dueOn: "2028-06-30" })).json().code).toBe("plan_change_not_allowed");
    expect((await task(dept, "1.2", { dueOn: "2028-06-30" })).json().code).toBe("plan_change_not_allowed");
    const unknownUnit = await task(dept, "1.1", { partnerUnitCodes: ["nope", f.unitCodes.deptB] });
    expect(unknownUnit.statusCode).toBe(422);
    expect(unknownUnit.json()).toMatchObject({ code: "plan_unit_unknown" });
    expect(unknownUnit.json().detail).toContain("nope");
    const same = await task(dept, "1.1", { dueOn: "2027-12-31", leadUnitCode: f.unitCodes.deptA });
    expect(same.json().code).toBe("plan_change_empty");
    const mine = await task(dept, "1.1", { dueOn: "2028-06-30", partnerUnitCodes: [f.unitCodes.deptB] });
    expect(mine.statusCode, mine.body).toBe(201);
    expect(mine.json().proposed).toEqual({ dueOn: "2028-06-30", partnerUnitCodes: [f.unitCodes.deptB] });
    expect((await dept.get("/api/plan/changes")).json().map((c: { id: string }) => c.id)).toEqual([
      mine.json().id,
    ]);
    expect((await otherDept.get("/api/plan/changes")).json()).toEqual([]);
    expect((await actAs(otherDept, mine.json().instanceId, "withdraw")).statusCode).toBe(404);
    expect((await actAs(dept, mine.json().instanceId, "withdraw")).statusCode).toBe(200);
    expect((await city.get("/api/plan/changes?status=withdrawn")).json()[0]).toMatchObject({
      id: mine.json().id,
    });

    // A district unit's change to its task, approved: the task's next version names the new due date.
    const approvedTask = await city.post("/api/plan/changes", {
      recordType: "task",
      plan: f.planCode,
      code: "1.3",
      changes: { dueOn: "2028-12-31" },
      reason: "重大平台建设周期延长一年",
    });
    expect((await actAs(leader, approvedTask.json().instanceId, "approve")).statusCode).toBe(200);
    const taskVersions = (await otherDept.get(`/api/plan/versions/task/${f.tasks.other}`)).json();
    expect(
      taskVersions.map((v: { version: number; snapshot: { dueOn: string } }) => [
        v.version,
        v.snapshot.dueOn,
      ]),
    ).toEqual([
      [1, "2027-12-31"],
      [2, "2028-12-31"],
    ]);
    expect((await dept.get(`/api/plan/versions/task/${f.tasks.other}`)).statusCode).toBe(404);
  });

  it("answers bad bodies with 4xx, never 500", async () => {
    const bad: [string, unknown][] = [
      ["/api/plan/changes", { recordType: "x", code: "T1", changes: {}, reason: "理由写够五个字" }],
      [
        "/api/plan/changes",
        { recordType: "target", code: "T1", changes: { foo: 1 }, reason: "理由写够五个字" },
      ],
      [
        "/api/plan/changes",
        { recordType: "target", code: "T1", changes: { value: "many" }, reason: "理由写够五个字" },
      ],
      ["/api/plan/changes", { recordType: "target", code: "T1", changes: { value: 1 }, reason: "短" }],
      [
        "/api/plan/changes",
        { recordType: "target", plan: "nope", code: "T1", changes: { value: 1 }, reason: "理由写够五个字" },
      ],
      [
        "/api/plan/changes",
        {
          recordType: "task",
          plan: f.planCode,
          code: "9.9",
          changes: { dueOn: "2030-01-01" },
          reason: "理由写够五个字",
        },
      ],
      [
        "/api/plan/changes",
        {
          recordType: "task",
          plan: f.planCode,
          code: "1.1",
          changes: { dueOn: "2030-02-30" },
          reason: "理由写够五个字",
        },
      ],
      ["/api/plan/changes", []],
      [`/api/plan/tasks/${f.tasks.other}/supervision`, { reason: "理由写够五个字", responseDue: 20261201 }],
      [
        `/api/plan/tasks/${f.tasks.other}/supervision`,
        { reason: "理由写够五个字", responseDue: "2026-12-01", x: 1 },
      ],
    ];
    for (const [url, body] of bad) {
      const res = await city.post(url, body);
      expect(res.statusCode, `${url} ${JSON.stringify(body)} → ${res.body}`).toBeGreaterThanOrEqual(400);
      expect(res.statusCode, `${url} ${JSON.stringify(body)}`).toBeLessThan(500);
    }
    for (const url of [
      "/api/plan/versions/goal/00000000-0000-4000-8000-000000000000",
      "/api/plan/versions/target/nope",
      "/api/plan/versions/target/00000000-0000-4000-8000-000000000000",
      "/api/plan/changes?status=maybe",
      "/api/plan/tasks/nope/supervision",
    ]) {
      const res = await city.get(url);
      expect(res.statusCode, url).toBeGreaterThanOrEqual(400);
      expect(res.statusCode, url).toBeLessThan(500);
    }
    const anonymous = await ctx.app.inject({ method: "GET", url: "/api/plan/supervision" });
    expect(anonymous.statusCode).toBe(401);
  });
});
