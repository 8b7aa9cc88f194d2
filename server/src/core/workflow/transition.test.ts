import { errorMessage } from "@rdcity/common";
import { and, eq, like } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { engines, openTestDatabase } from "../../test/harness.js";
import { auditLog } from "../audit/index.js";
import { manualClock } from "../calendar/index.js";
import type { Database, Db } from "../db/client.js";
import { AppError } from "../errors.js";
import { driveTo, startDraft } from "./drive.fixture.js";
import {
  addAttachment,
  availableActions,
  dueInstances,
  getInstance,
  instanceHistory,
  myTasks,
  registerProcess,
  startInstance,
  transition,
  updateInstanceData,
} from "./index.js";
import { cast, ORG_B, PDF, sampleRecognition } from "./sample-recognition.fixture.js";

registerProcess(sampleRecognition);

async function failure(p: Promise<unknown>): Promise<AppError> {
  try {
    await p;
  } catch (e) {
    if (e instanceof AppError) return e;
    throw e;
  }
  throw new Error("expected an AppError");
}
const codeOf = async (p: Promise<unknown>) => (await failure(p)).code;

describe.each(engines())("workflow transitions on %s", (engine) => {
  let database: Database;
  let db: Db;
  const clock = manualClock("2024-09-02T09:00:00+08:00");
  const env = { clock };
  const c = cast();
  beforeAll(async () => {
    database = await openTestDatabase(engine);
    db = database.db;
  });
  afterAll(() => database?.close());

  it("runs to the review with every transition in the history and the audit log", async () => {
    clock.set("2024-09-02T09:00:00+08:00");
    const instance = await driveTo(db, c, env, "under_review");
    expect(instance).toMatchObject({
      state: "under_review",
      version: 5,
      subject: { type: "platform", id: "p-1" },
    });
    expect(instance.stepResults.formalCheck).toMatchObject({
      outcome: "positive",
      checklist: { complete: true, eligible: true },
      by: "city",
    });
    expect(instance.data).not.toHaveProperty("checklist");
    const history = await instanceHistory(db, c.applicant, instance.id);
    expect(history.map((h) => [h.kind, h.action, h.from, h.to])).toEqual([
      ["transition", "start", "", "draft"],
      ["event", "attach", "draft", "draft"],
      ["transition", "submit", "draft", "applied"],
      ["transition", "recommend", "applied", "district_recommended"],
      ["transition", "pass_formal_check", "district_recommended", "formal_checked"],
      ["transition", "start_review", "formal_checked", "under_review"],
    ]);
    expect(history[3]).toMatchObject({
      actorName: "yuelu",
      dataDelta: { recommendation: "同意推荐" },
      version: 3,
    });
    const audit = await db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.targetId, instance.id), like(auditLog.action, "workflow.%")));
    expect(audit.map((a) => a.action)).toEqual([
      "workflow.start.sample_recognition",
      "workflow.attach",
      "workflow.transition.sample_recognition.submit",
      "workflow.transition.sample_recognition.recommend",
      "workflow.transition.sample_recognition.pass_formal_check",
      "workflow.transition.sample_recognition.start_review",
    ]);
    expect(audit[3]).toMatchObject({
      actorName: "yuelu",
      before: { state: "applied", version: 2 },
      after: { state: "district_recommended", version: 3 },
    });
  });

  it("checks who starts: entity users for their own organisation only", async () => {
    const start = (actor = c.applicant, ownerOrgId?: string) =>
      startInstance(
        db,
        actor,
        {
          process: "sample_recognition",
          subject: { type: "platform", id: "p-2" },
          areaCode: "430104",
          ownerOrgId,
        },
        env,
      );
    expect(await codeOf(start(c.yuelu))).toBe("transition_role");
    expect(await codeOf(start(c.applicant, ORG_B))).toBe("out_of_scope");
    expect((await start()).ownerOrgId).toBe(c.applicant.orgId);
  });

  it("checks role, owner and area, and names the rule in the message", async () => {
    clock.set("2024-09-02T09:00:00+08:00");
    const applied = await driveTo(db, c, env, "applied", "p-3");
    const recommend = (actor = c.yuelu) =>
      transition(
        db,
        actor,
        applied.id,
        { action: "recommend", expectedVersion: applied.version, data: { recommendation: "同意推荐" } },
        env,
      );
    // Out of reach: another organisation, another district (404: the instance does not exist for them).
    expect(await codeOf(recommend(c.stranger))).toBe("not_found");
    expect(await codeOf(getInstance(db, c.stranger, applied.id))).toBe("not_found");
    expect(await codeOf(recommend(c.furong))).toBe("not_found");
    // In reach but not their step.
    const role = await failure(recommend(c.city));
    expect(role.code).toBe("transition_role");
    expect(role.status).toBe(403);
    expect(errorMessage(role.code, "zh-CN", role.params)).toBe("“区县推荐”只能由区县（园区）科技部门办理");
    expect(errorMessage(role.code, "en-US", role.params)).toBe(
      "“Recommend” can only be taken by district S&T offices",
    );
    expect(await codeOf(recommend(c.applicant))).toBe("transition_role");
    expect(await codeOf(recommend(c.leader))).toBe("transition_role");
    expect((await getInstance(db, c.leader, applied.id)).state).toBe("applied");
    // Not from this state.
    const state = await failure(
      transition(db, c.city, applied.id, { action: "start_review", expectedVersion: applied.version }, env),
    );
    expect(state.code).toBe("transition_not_allowed");
    expect(errorMessage(state.code, "zh-CN", state.params)).toBe("当前状态“已申报”下不能执行“启动专家评审”");
    expect(
      await codeOf(
        transition(db, c.city, applied.id, { action: "fly", expectedVersion: applied.version }, env),
      ),
    ).toBe("transition_not_allowed");
    // A colleague of the applicant acts as the owner.
    const withdrawn = await transition(
      db,
      c.colleague,
      applied.id,
      { action: "withdraw", expectedVersion: applied.version },
      env,
    );
    expect(withdrawn).toMatchObject({ state: "withdrawn", dueAt: null });
    expect(withdrawn.closedAt).not.toBeNull();
    expect(
      await codeOf(
        transition(
          db,
          c.colleague,
          applied.id,
          { action: "withdraw", expectedVersion: withdrawn.version },
          env,
        ),
      ),
    ).toBe("transition_not_allowed");
  });

  it("requires fields, attachments, comments and a passed checklist", async () => {
    clock.set("2024-09-02T09:00:00+08:00");
    let draft = await startDraft(db, c, env, "p-4");
    const submit = (v: number) =>
      transition(db, c.applicant, draft.id, { action: "submit", expectedVersion: v }, env);
    const noFile = await failure(submit(draft.version));
    expect(noFile.code).toBe("attachment_required");
    expect(errorMessage(noFile.code, "zh-CN", noFile.params)).toBe("办理“提交申报”须先上传附件：申报书");
    const blockers = (await availableActions(db, c.applicant, draft.id, env)).find(
      (a) => a.action === "submit",
    )!.blockers;
    expect(blockers.map((b) => b.code)).toEqual(["attachment_required"]);

    await addAttachment(
      db,
      c.applicant,
      draft.id,
      { kind: "application_form", fileName: "a.pdf", contentType: "application/pdf", bytes: PDF },
      env,
    );
    expect(
      await codeOf(
        updateInstanceData(
          db,
          c.yuelu,
          draft.id,
          { expectedVersion: draft.version, data: { rdSpending: 1 } },
          env,
        ),
      ),
    ).toBe("transition_role");
    draft = await updateInstanceData(
      db,
      c.applicant,
      draft.id,
      { expectedVersion: draft.version, data: { rdSpending: null } },
      env,
    );
    const noField = await failure(submit(draft.version));
    expect(noField.code).toBe("fields_required");
    expect(errorMessage(noField.code, "zh-CN", noField.params)).toBe(
      "办理“提交申报”须先填写：研发投入（万元）",
    );
    draft = await updateInstanceData(
      db,
      c.applicant,
      draft.id,
      { expectedVersion: draft.version, data: { rdSpending: 900 } },
      env,
    );
    const applied = await submit(draft.version);

    const recommend = (data?: Record<string, unknown>) =>
      transition(
        db,
        c.yuelu,
        applied.id,
        { action: "recommend", expectedVersion: applied.version, data },
        env,
      );
    expect(await codeOf(recommend())).toBe("fields_required");
    const invalid = await failure(recommend({ recommendation: "好" }));
    expect(invalid.code).toBe("fields_invalid");
    expect(String(invalid.params.detailEn)).toMatch(/recommendation/);

    const back = (comment?: string) =>
      transition(
        db,
        c.yuelu,
        applied.id,
        { action: "return_to_applicant", expectedVersion: applied.version, comment },
        env,
      );
    expect(await codeOf(back("  "))).toBe("comment_required");
    const returned = await back("请补充研发投入明细");
    expect(returned.state).toBe("draft");
    const again = await submit(returned.version);
    const recommended = await transition(
      db,
      c.yuelu,
      again.id,
      { action: "recommend", expectedVersion: again.version, data: { recommendation: "同意推荐" } },
      env,
    );
    const check = await failure(
      transition(
        db,
        c.city,
        again.id,
        {
          action: "pass_formal_check",
          expectedVersion: recommended.version,
          data: { checklist: { complete: true, eligible: false } },
        },
        env,
      ),
    );
    expect(check.code).toBe("checklist_incomplete");
    expect(errorMessage(check.code, "zh-CN", check.params)).toMatch(/符合申报条件/);
  });

  it("enforces a deadline in working days with the test's clock", async () => {
    // Applied on Friday 2024-09-27: ten working days run over National Day (09-29 and 10-12 are worked).
    clock.set("2024-09-27T10:00:00+08:00");
    const a = await driveTo(db, c, env, "applied", "p-5");
    const b = await driveTo(db, c, env, "applied", "p-6");
    expect(a.dueAt).toBe("2024-10-16T15:59:59.999Z");
    const recommend = (id: string, version: number) =>
      transition(
        db,
        c.yuelu,
        id,
        { action: "recommend", expectedVersion: version, data: { recommendation: "同意推荐" } },
        env,
      );

    clock.set("2024-10-16T23:59:00+08:00");
    expect((await recommend(a.id, a.version)).state).toBe("district_recommended");
    clock.set("2024-10-17T00:00:00+08:00");
    const late = await failure(recommend(b.id, b.version));
    expect(late.code).toBe("transition_deadline_passed");
    expect(errorMessage(late.code, "zh-CN", late.params)).toBe(
      "“区县推荐”须在进入“已申报”后 10 个工作日内办理，期限已于 2024-10-16 23:59:59 届满",
    );
    const actions = await availableActions(db, c.yuelu, b.id, env);
    const recommendAction = actions.find((x) => x.action === "recommend")!;
    expect(recommendAction.dueAt).toBe("2024-10-16T15:59:59.999Z");
    // The recommendation text is also still missing: every blocker is listed, in the order to fix them.
    expect(recommendAction.blockers.map((x) => x.code)).toEqual([
      "transition_deadline_passed",
      "fields_required",
    ]);
    const due = (await dueInstances(db, clock.now())).find((d) => d.instance.id === b.id);
    expect(due).toMatchObject({ overdue: true, waitingOn: ["district", "city_admin", "owner"] });
    expect(
      (await dueInstances(db, new Date("2024-10-10T00:00:00+08:00"))).some((d) => d.instance.id === b.id),
    ).toBe(false);
    // Actions without a deadline stay open.
    expect(
      (
        await transition(
          db,
          c.yuelu,
          b.id,
          { action: "return_to_applicant", expectedVersion: b.version, comment: "逾期未推荐" },
          env,
        )
      ).state,
    ).toBe("draft");
  });

  it("lets exactly one of two simultaneous transitions win", async () => {
    clock.set("2024-09-02T09:00:00+08:00");
    for (let round = 0; round < 4; round++) {
      const applied = await driveTo(db, c, env, "applied", `race-${round}`);
      const results = await Promise.allSettled([
        transition(
          db,
          c.yuelu,
          applied.id,
          { action: "recommend", expectedVersion: applied.version, data: { recommendation: "同意推荐" } },
          env,
        ),
        transition(
          db,
          c.yuelu,
          applied.id,
          { action: "return_to_applicant", expectedVersion: applied.version, comment: "退回" },
          env,
        ),
      ]);
      const won = results.filter((r) => r.status === "fulfilled");
      const lost = results.filter((r): r is PromiseRejectedResult => r.status === "rejected");
      expect(won).toHaveLength(1);
      expect(lost).toHaveLength(1);
      expect(lost[0]!.reason).toBeInstanceOf(AppError);
      expect((lost[0]!.reason as AppError).code).toBe("version_conflict");
      expect((lost[0]!.reason as AppError).status).toBe(412);
      const history = await instanceHistory(db, c.yuelu, applied.id);
      expect(history.filter((h) => h.from === "applied")).toHaveLength(1);
      expect((await getInstance(db, c.yuelu, applied.id)).version).toBe(applied.version + 1);
    }
  });

  it("lists each actor's tasks within their scope", async () => {
    clock.set("2024-09-02T09:00:00+08:00");
    const draft = await startDraft(db, c, env, "tasks-1");
    const applied = await driveTo(db, c, env, "applied", "tasks-2");
    const recommended = await driveTo(db, c, env, "district_recommended", "tasks-3");
    const ids = [draft.id, applied.id, recommended.id];
    const mine = async (actor: typeof c.applicant) =>
      (await myTasks(db, actor))
        .filter((t) => ids.includes(t.instance.id))
        .map((t) => [t.instance.subject.id, t.kind === "act" ? t.actions : []]);
    // The applicant's task is its draft; being able to withdraw a submitted application is not a task.
    expect(await mine(c.applicant)).toEqual([["tasks-1", ["submit", "withdraw"]]]);
    expect(await mine(c.colleague)).toHaveLength(1);
    expect(await mine(c.stranger)).toEqual([]);
    expect(await mine(c.yuelu)).toEqual([
      ["tasks-2", ["recommend", "return_to_applicant"]],
      ["tasks-3", ["return_to_applicant"]],
    ]);
    expect(await mine(c.furong)).toEqual([]);
    expect(await mine(c.city)).toEqual([
      ["tasks-2", ["return_to_applicant"]],
      ["tasks-3", ["return_to_applicant", "pass_formal_check"]],
    ]);
    expect(await mine(c.leader)).toEqual([]);
  });
});
