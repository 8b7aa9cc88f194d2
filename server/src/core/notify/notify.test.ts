import type { Role } from "@rdcity/common";
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { engines, openTestDatabase, TEST_PASSWORD } from "../../test/harness.js";
import { type Actor, systemActor, userActor } from "../actor.js";
import { auditLog } from "../audit/schema.js";
import { createUser, type UserRow, updateUser } from "../auth/users.js";
import { manualClock } from "../calendar/index.js";
import type { Database, Db } from "../db/client.js";
import {
  addAttachment,
  addComment,
  addExpert,
  drawExperts,
  registerProcess,
  startInstance,
  transition,
  type WorkflowInstance,
} from "../workflow/index.js";
import { PDF, sampleRecognition } from "../workflow/sample-recognition.fixture.js";
import {
  installWorkflowNotifications,
  notify,
  registerReminderSource,
  resolveAudience,
  runReminders,
} from "./index.js";
import { configureMail } from "./mail.js";
import { emailOutbox, notifications } from "./schema.js";

registerProcess(sampleRecognition);
installWorkflowNotifications();

const ORG_A = "a0000000-0000-4000-8000-0000000000a1";
const ORG_B = "b0000000-0000-4000-8000-0000000000b1";

describe.each(engines())("notifications on %s", (engine) => {
  let database: Database;
  let db: Db;
  const clock = manualClock("2024-09-02T09:00:00+08:00");
  const env = { clock };
  const u: Record<string, UserRow> = {};
  const actor = (name: string): Actor => {
    const row = u[name]!;
    return userActor({ ...row, role: row.role as Role }, "127.0.0.1", "session");
  };

  async function add(
    name: string,
    role: Role,
    extra: { areaCode?: string; orgId?: string; email?: string } = {},
  ) {
    u[name] = await db.transaction((tx) =>
      createUser(
        tx,
        systemActor("test"),
        {
          username: name,
          displayName: name,
          role,
          password: TEST_PASSWORD,
          mustChangePassword: false,
          ...extra,
        },
        "zh-CN",
        { bypassSeparation: true },
      ),
    );
  }

  const inbox = async (name: string) =>
    db
      .select()
      .from(notifications)
      .where(eq(notifications.recipientId, u[name]!.id))
      .orderBy(notifications.createdAt);

  beforeAll(async () => {
    database = await openTestDatabase(engine);
    db = database.db;
    configureMail(null);
    await add("applicant", "entity", { orgId: ORG_A, email: "applicant@example.com" });
    await add("colleague", "entity", { orgId: ORG_A });
    await add("stranger", "entity", { orgId: ORG_B });
    await add("yuelu", "district", { areaCode: "430104" });
    await add("furong", "district", { areaCode: "430102" });
    await add("xjxq", "district", { areaCode: "XJXQ" });
    await add("ylsdxc", "district", { areaCode: "YLSDXC" });
    await add("csgxq", "district", { areaCode: "CSGXQ" });
    await add("city", "city_admin");
    await add("city2", "city_admin");
    await add("leader", "leadership");
    await add("expert1", "expert");
    await add("gone", "city_admin");
    await updateUser(db, systemActor("test"), u.gone!.id, { status: "disabled" });
  });
  afterAll(() => database?.close());

  it("resolves an audience to active users: district users of the area only, entity users of the organisation", async () => {
    const names = async (audience: Parameters<typeof resolveAudience>[1]) =>
      (await resolveAudience(db, audience)).map((r) => r.username);
    expect(await names({ roles: [{ role: "district", areaCode: "430104" }] })).toEqual(["yuelu"]);
    // A zone reaches the users of that zone and of the zones above it, not of sibling zones or districts.
    expect(await names({ roles: [{ role: "district", areaCode: "YLSDXC" }] })).toEqual(["xjxq", "ylsdxc"]);
    expect(await names({ orgIds: [ORG_A] })).toEqual(["applicant", "colleague"]);
    // Disabled accounts are never told; every person once, however many ways they are named.
    expect(await names({ roles: [{ role: "city_admin" }], userIds: [u.city!.id, u.gone!.id] })).toEqual([
      "city",
      "city2",
    ]);
    expect(
      await names({ roles: [{ role: "city_admin" }], orgIds: [ORG_B], exceptUserIds: [u.city2!.id] }),
    ).toEqual(["city", "stranger"]);
    expect(
      await names({ userIds: ["not-a-uuid"], roles: [{ role: "district", areaCode: "999999" }] }),
    ).toEqual([]);
    expect(await names({})).toEqual([]);
  });

  it("writes in both languages in the caller's transaction and never twice for one dedupe key", async () => {
    const n = {
      audience: { orgIds: [ORG_A] },
      kind: "test.hello",
      title: { zh: "年报提醒", en: "Annual report due" },
      body: { zh: "请填报 2024 年度报告。", en: "Please file the 2024 annual report." },
      link: "/console/platforms",
      dedupeKey: "test.hello:2024",
    };
    expect(await db.transaction((tx) => notify(tx, n))).toBe(2);
    expect(await db.transaction((tx) => notify(tx, n))).toBe(0);
    // A rolled-back cause leaves no notification behind.
    await expect(
      db.transaction(async (tx) => {
        await notify(tx, { ...n, dedupeKey: "test.hello:rolled-back" });
        throw new Error("the cause failed");
      }),
    ).rejects.toThrow("the cause failed");
    const rows = await db.select().from(notifications).where(eq(notifications.kind, "test.hello"));
    expect(rows).toHaveLength(2);
    expect(rows[0]).toMatchObject({ titleZh: "年报提醒", titleEn: "Annual report due", readAt: null });
    // Without SMTP no e-mail is queued, though the applicant has an address.
    expect(await db.select().from(emailOutbox)).toHaveLength(0);
    await expect(db.transaction((tx) => notify(tx, { ...n, link: "https://evil.example" }))).rejects.toThrow(
      "in-app path",
    );
  });

  let instance: WorkflowInstance;

  it("tells whoever may take the next step and the applicant the outcome, never the actor", async () => {
    instance = await startInstance(
      db,
      actor("applicant"),
      {
        process: "sample_recognition",
        subject: { type: "platform", id: "p-notify" },
        areaCode: "430104",
        zoneCode: "YLSDXC",
        data: { centreName: "岳麓测试研发中心", rdSpending: 1200 },
      },
      env,
    );
    // A draft waits on its owner, who started it: nobody else is told.
    expect(await db.select().from(notifications).where(eq(notifications.subjectId, instance.id))).toEqual([]);

    await addAttachment(
      db,
      actor("applicant"),
      instance.id,
      { kind: "application_form", fileName: "申报书.pdf", contentType: "application/pdf", bytes: PDF },
      env,
    );
    instance = await transition(
      db,
      actor("applicant"),
      instance.id,
      { action: "submit", expectedVersion: instance.version },
      env,
    );

    const about = (rows: (typeof notifications.$inferSelect)[]) =>
      rows.filter((r) => r.subjectId === instance.id);
    // Applied: the district of the instance (and the zones covering its zone) may recommend or return; the city may return.
    const yuelu = about(await inbox("yuelu"));
    expect(yuelu).toHaveLength(1);
    expect(yuelu[0]).toMatchObject({
      kind: "workflow.action_needed",
      titleZh: "待办：研发中心认定（测试） · 已申报",
      titleEn: "To do: R&D centre recognition (test) · Applied",
      link: `/console/workflow/${instance.id}`,
      subjectType: "workflow_instance",
    });
    expect(yuelu[0]!.bodyZh).toBe(
      "applicant的「研发中心认定（测试）」已进入「已申报」，请办理：「区县推荐」、「退回修改」。",
    );
    expect(yuelu[0]!.bodyEn).toContain('You may take: "Recommend", "Return for changes".');
    expect(about(await inbox("ylsdxc"))).toHaveLength(1);
    expect(about(await inbox("xjxq"))).toHaveLength(1);
    const city = about(await inbox("city"));
    expect(city).toHaveLength(1);
    expect(city[0]!.bodyZh).toContain("请办理：「退回修改」。");
    for (const name of ["furong", "csgxq", "stranger", "leader", "gone", "applicant"])
      expect(about(await inbox(name)), name).toEqual([]);
    // The colleague in the applying organisation learns of the submission (and that they may withdraw).
    const colleague = about(await inbox("colleague"));
    expect(colleague).toHaveLength(1);
    expect(colleague[0]).toMatchObject({ kind: "workflow.outcome" });
    expect(colleague[0]!.bodyZh).toContain("您可以办理：「撤回申报」。");

    // A return with its comment: the applicant is told why; the acting official is not told.
    instance = await transition(
      db,
      actor("yuelu"),
      instance.id,
      { action: "return_to_applicant", expectedVersion: instance.version, comment: "请补充研发投入明细" },
      env,
    );
    const applicant = about(await inbox("applicant"));
    expect(applicant).toHaveLength(1);
    expect(applicant[0]!.titleZh).toBe("申请被退回或未通过：研发中心认定（测试） · 填报中");
    expect(applicant[0]!.bodyZh).toContain("意见：请补充研发投入明细");
    expect(applicant[0]!.bodyEn).toContain("Comment: 请补充研发投入明细");
    expect(applicant[0]!.bodyZh).toContain("「提交申报」");
    expect(about(await inbox("yuelu"))).toHaveLength(1);
  });

  it("tells officials of comments, the applicant too unless internal, and drawn experts of their score sheet", async () => {
    await addComment(db, actor("applicant"), instance.id, { body: "已补充，请查看。" }, env);
    // Back in the draft only the owner may act: no officials for a comment now.
    expect((await inbox("city")).filter((r) => r.kind === "workflow.comment")).toEqual([]);
    expect((await inbox("colleague")).filter((r) => r.kind === "workflow.comment")).toHaveLength(1);

    instance = await transition(
      db,
      actor("applicant"),
      instance.id,
      { action: "submit", expectedVersion: instance.version },
      env,
    );
    await addComment(db, actor("city"), instance.id, { body: "内部：材料基本齐全", internal: true }, env);
    const internal = (name: string) =>
      inbox(name).then((rows) =>
        rows.filter((r) => r.kind === "workflow.comment" && r.titleZh.startsWith("内部")),
      );
    expect(await internal("yuelu")).toHaveLength(1);
    expect(await internal("applicant")).toEqual([]);
    expect(await internal("colleague")).toEqual([]);
    expect(await internal("city")).toEqual([]);

    instance = await transition(
      db,
      actor("yuelu"),
      instance.id,
      { action: "recommend", expectedVersion: instance.version, data: { recommendation: "同意推荐" } },
      env,
    );
    instance = await transition(
      db,
      actor("city"),
      instance.id,
      {
        action: "pass_formal_check",
        expectedVersion: instance.version,
        data: { checklist: { complete: true, eligible: true } },
      },
      env,
    );
    instance = await transition(
      db,
      actor("city"),
      instance.id,
      { action: "start_review", expectedVersion: instance.version },
      env,
    );
    await addExpert(
      db,
      actor("city"),
      { userId: u.expert1!.id, name: "专家一", orgName: "中南大学", districtCode: "430104" },
      env,
    );
    await drawExperts(db, actor("city"), instance.id, { count: 1 }, env);
    const expert = (await inbox("expert1")).filter((r) => r.kind === "workflow.review_assigned");
    expect(expert).toHaveLength(1);
    expect(expert[0]!.bodyZh).toContain("评审专家");
  });

  it("reminds whoever may act on due instances once per instance, state and day, and asks registered sources", async () => {
    registerReminderSource("test.reports", async () => [
      {
        audience: { userIds: [u.stranger!.id] },
        kind: "report.due",
        title: { zh: "年报即将截止", en: "Annual report due soon" },
        body: { zh: "请于 3 月 31 日前提交年报。", en: "Please file by 31 March." },
        dedupeKey: "report.due:2024:stranger",
      },
    ]);
    const due = await startInstance(
      db,
      actor("colleague"),
      {
        process: "sample_recognition",
        subject: { type: "platform", id: "p-due" },
        areaCode: "430104",
        data: { centreName: "逾期中心", rdSpending: 10 },
      },
      env,
    );
    await addAttachment(
      db,
      actor("colleague"),
      due.id,
      { kind: "application_form", fileName: "a.pdf", contentType: "application/pdf", bytes: PDF },
      env,
    );
    await transition(db, actor("colleague"), due.id, { action: "submit", expectedVersion: due.version }, env);
    // "recommend" must be taken within 10 working days: 2024-09-02 + 10 working days (Mid-Autumn 9-15..17) is past on 10-08.
    const later = new Date("2024-10-08T10:00:00+08:00");
    const first = await runReminders(db, later);
    expect(first.sources.find((s) => s.name === "test.reports")).toMatchObject({ items: 1, told: 1 });
    const wf = first.sources.find((s) => s.name === "workflow.due")!;
    expect(wf.error).toBeUndefined();
    const reminders = (name: string) =>
      inbox(name).then((rows) => rows.filter((r) => r.kind === "workflow.due" && r.subjectId === due.id));
    expect(await reminders("yuelu")).toHaveLength(1);
    expect((await reminders("yuelu"))[0]!.titleZh).toBe("已逾期：研发中心认定（测试） · 已申报");
    expect(await reminders("city")).toHaveLength(1);
    expect(await reminders("furong")).toEqual([]);
    expect(await reminders("colleague")).toHaveLength(1); // the owner may withdraw

    const again = await runReminders(db, new Date(later.getTime() + 3600_000));
    expect(again.told).toBe(0);
    expect(await reminders("yuelu")).toHaveLength(1);
    // The next day is another reminder.
    await runReminders(db, new Date(later.getTime() + 24 * 3600_000));
    expect(await reminders("yuelu")).toHaveLength(2);

    const audited = await db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, "notify.reminders")));
    expect(audited.length).toBe(2);
  });
});
