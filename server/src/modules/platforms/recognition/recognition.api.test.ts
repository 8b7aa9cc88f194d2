import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { manualClock } from "../../../core/calendar/index.js";
import { defaultEnv, verifyCertificate } from "../../../core/workflow/index.js";
import { addUser, Client, engines, signedIn, startTestApp, type TestContext } from "../../../test/harness.js";
import { multipart } from "../../../test/multipart.js";
import { hostEntity } from "../platform.fixture.js";
import { demoPdf } from "./demo.js";

const FORM = {
  centreName: "岳麓测试智能装备研发中心",
  typeCode: "independent_rd_center",
  industries: ["intelligent-equipment"],
  rdSpending: 1500,
  rdStaff: 80,
  revenue: 30000,
  siteArea: 2500,
  researchFocus: "面向工程机械智能化开展电液控制与感知算法研究。",
};

describe.each(engines())("recognition of an R&D centre over the workflow API (%s)", (engine) => {
  let ctx: TestContext;
  const clock = manualClock("2026-11-02T09:00:00+08:00"); // a Monday
  let admin: Client;
  let city: Client;
  let yuelu: Client;
  let furong: Client;
  let applicant: Client;
  let orgId: string;
  let otherOrg: string;
  const experts: Client[] = [];
  const expertIds: string[] = [];
  let conflicted: string;

  beforeAll(async () => {
    ctx = await startTestApp(engine, {}, { workflowEnv: { ...defaultEnv, clock } });
    admin = await signedIn(ctx, "cityboss", "city_admin");
    city = admin;
    orgId = await hostEntity(admin, { districtCode: "430104" });
    otherOrg = await hostEntity(admin, { districtCode: "430102", name: "长沙芙蓉测试高校科研院" });
    yuelu = await signedIn(ctx, "yuelu-t", "district", { areaCode: "430104" });
    furong = await signedIn(ctx, "furong-t", "district", { areaCode: "430102" });
    applicant = await signedIn(ctx, "applicant-t", "entity", { orgId });
    for (let i = 0; i < 5; i++) {
      const user = await addUser(ctx, `expert-t${i}`, "expert");
      const c = new Client(ctx);
      await c.login(user.username);
      const res = await city.post("/api/workflow/experts", {
        userId: user.id,
        name: `测试专家${i}`,
        // expert 0 works for the applicant: a conflict of interest
        orgEntityId: i === 0 ? orgId : otherOrg,
        districtCode: i < 2 ? "430104" : "430102",
        fields: ["intelligent-equipment"],
      });
      expect(res.statusCode, res.body).toBe(200);
      experts.push(c);
      expertIds.push(res.json().id);
    }
    conflicted = expertIds[0]!;
  });
  afterAll(async () => ctx?.close());

  const act = (c: Client, id: string, body: Record<string, unknown>) =>
    c.post(`/api/workflow/instances/${id}/transitions`, body);
  const view = async (c: Client, id: string) => {
    const res = await c.get(`/api/workflow/instances/${id}`);
    expect(res.statusCode, res.body).toBe(200);
    return res.json();
  };

  it("runs from application to certificate, public notice and the directory", async () => {
    // Only an enterprise starts, and only a kind the city recognises.
    expect((await yuelu.post("/api/recognitions", { typeCode: "independent_rd_center" })).statusCode).toBe(
      403,
    );
    const bad = await applicant.post("/api/recognitions", { typeCode: "state_key_lab" });
    expect(bad.statusCode).toBe(400);

    const started = await applicant.post("/api/recognitions", { typeCode: "independent_rd_center" });
    expect(started.statusCode, started.body).toBe(201);
    let inst = started.json();
    expect(inst.state).toBe("draft");
    expect(inst.areaCode).toBe("430104");

    // Submitting an incomplete draft names what is missing, in the user's language.
    const incomplete = await act(applicant, inst.id, { action: "submit", expectedVersion: inst.version });
    expect(incomplete.statusCode).toBe(422);
    applicant.lang = "en-US";
    const incompleteEn = await act(applicant, inst.id, { action: "submit", expectedVersion: inst.version });
    expect(incompleteEn.json().detail).toMatch(/[A-Za-z]/);
    applicant.lang = "zh-CN";

    inst = (
      await applicant.patch(`/api/workflow/instances/${inst.id}/data`, {
        expectedVersion: inst.version,
        data: FORM,
      })
    ).json();
    // A forbidden file type is refused; the application form is accepted.
    const exe = multipart(
      { kind: "application_form" },
      { name: "a.exe", content: Buffer.from("MZ\x90\x00"), type: "application/pdf" },
    );
    const refused = await applicant.request({
      method: "POST",
      url: `/api/workflow/instances/${inst.id}/attachments`,
      ...exe,
    });
    expect(refused.statusCode).toBe(415);
    const pdf = multipart(
      { kind: "application_form" },
      { name: "申请书.pdf", content: Buffer.from(demoPdf("form")), type: "application/pdf" },
    );
    const uploaded = await applicant.request({
      method: "POST",
      url: `/api/workflow/instances/${inst.id}/attachments`,
      ...pdf,
    });
    expect(uploaded.statusCode, uploaded.body).toBe(200);

    const submitted = await act(applicant, inst.id, { action: "submit", expectedVersion: inst.version });
    expect(submitted.statusCode, submitted.body).toBe(200);
    inst = submitted.json();
    expect(inst.state).toBe("applied");

    // Another district cannot see it; the applicant cannot recommend itself.
    expect((await furong.get(`/api/workflow/instances/${inst.id}`)).statusCode).toBe(404);
    const self = await act(applicant, inst.id, {
      action: "recommend",
      expectedVersion: inst.version,
      data: { recommendation: "同意推荐" },
    });
    expect(self.statusCode).toBe(403);
    expect(self.json().code).toBe("transition_role");

    // The district's inbox holds it.
    const tasks = (await yuelu.get("/api/workflow/tasks")).json();
    expect(tasks.map((t: { instance: { id: string } }) => t.instance.id)).toContain(inst.id);

    clock.advance(86_400_000);
    inst = (
      await act(yuelu, inst.id, {
        action: "recommend",
        expectedVersion: inst.version,
        data: { recommendation: "符合条件，同意推荐。" },
      })
    ).json();
    expect(inst.state).toBe("recommended");

    // The checklist must be complete; two officials passing the check at once: one wins, the other gets 412.
    const partial = await act(city, inst.id, {
      action: "pass_formal_check",
      expectedVersion: inst.version,
      data: { checklist: { materials_complete: true } },
    });
    expect(partial.json().code).toBe("checklist_incomplete");
    const checklist = {
      materials_complete: true,
      registered_in_changsha: true,
      rd_spending_met: true,
      no_bad_record: true,
    };
    const both = await Promise.all([
      act(city, inst.id, { action: "pass_formal_check", expectedVersion: inst.version, data: { checklist } }),
      act(city, inst.id, { action: "pass_formal_check", expectedVersion: inst.version, data: { checklist } }),
    ]);
    expect(both.map((r) => r.statusCode).sort()).toEqual([200, 412]);
    inst = (await view(city, inst.id)).instance;
    expect(inst.state).toBe("formal_checked");

    inst = (await act(city, inst.id, { action: "start_review", expectedVersion: inst.version })).json();
    const drawn = await city.post(`/api/workflow/instances/${inst.id}/draws`, { count: 3 });
    expect(drawn.statusCode, drawn.body).toBe(200);
    const review = drawn.json();
    const selected = review.draws[0].selected.map((s: { expertId: string }) => s.expertId);
    expect(selected).toHaveLength(3);
    expect(selected).not.toContain(conflicted);
    const exclusion = review.draws[0].excluded.find((x: { expertId: string }) => x.expertId === conflicted);
    expect(exclusion.reasons).toContain("same_organisation");
    // The applicant never sees the draw.
    expect((await applicant.get(`/api/workflow/instances/${inst.id}/review`)).statusCode).toBe(403);

    for (const a of review.assignments) {
      const expert = experts[expertIds.indexOf(a.expertId)]!;
      const v = await view(expert, inst.id);
      expect(v.viewer.assignmentId).toBe(a.id);
      const over = await expert.post(`/api/workflow/assignments/${a.id}/score`, {
        scores: { capability: 31, team: 20, results: 20, contribution: 15 },
      });
      expect(over.statusCode).toBe(422);
      const ok = await expert.post(`/api/workflow/assignments/${a.id}/score`, {
        scores: { capability: 25, team: 20, results: 20, contribution: 15 },
        comment: "建议认定",
      });
      expect(ok.statusCode, ok.body).toBe(200);
      expect(ok.json().total).toBe(80);
    }
    inst = (await act(city, inst.id, { action: "conclude_review", expectedVersion: inst.version })).json();
    expect((inst.stepResults.review as { total: { mean: number } }).total.mean).toBe(80);

    inst = (await act(city, inst.id, { action: "publish_notice", expectedVersion: inst.version })).json();
    expect(inst.state).toBe("in_public_notice");
    const v = await view(city, inst.id);
    expect(v.notice.workingDays).toBe(5);
    expect(v.notice.endsOn).toBe("2026-11-10"); // Tue 3 Nov + 5 working days

    // The public sees the notice and objects; approval waits for the notice to end and for an answer.
    const publicList = await ctx.app.inject({ method: "GET", url: "/api/public/notices" });
    const notice = publicList.json().find((n: { id: string }) => n.id === inst.id);
    expect(notice.title).toBe(FORM.centreName);
    const objection = await ctx.app.inject({
      method: "POST",
      url: `/api/public/notices/${inst.id}/objections`,
      payload: {
        objectorName: "王某",
        objectorIdentity: "430104199001011234",
        objectorContact: "13800000000",
        body: "研发人员数量存疑",
      },
    });
    expect(objection.statusCode, objection.body).toBe(200);
    const early = await act(city, inst.id, { action: "approve", expectedVersion: inst.version });
    expect(early.statusCode).toBe(422);
    expect(early.json().code).toBe("notice_not_over");

    clock.set("2026-11-11T09:00:00+08:00");
    const unanswered = await act(city, inst.id, { action: "approve", expectedVersion: inst.version });
    expect(unanswered.statusCode).toBe(422);
    expect(unanswered.json().code).toBe("objections_unanswered");
    const objections = (await city.get(`/api/workflow/instances/${inst.id}/objections`)).json();
    expect(objections[0].objectorIdentity).toBe("430104199001011234");
    // The applicant reads the objection and its answer, never who objected.
    expect(
      (await applicant.get(`/api/workflow/instances/${inst.id}/objections`)).json()[0].objectorName,
    ).toBeNull();
    const answered = await city.post(`/api/workflow/objections/${objections[0].id}/answer`, {
      answer: "经核查，研发人员数量属实。",
    });
    expect(answered.statusCode, answered.body).toBe(200);

    inst = (
      await act(city, inst.id, { action: "approve", expectedVersion: inst.version, comment: "予以认定" })
    ).json();
    const issued = await act(city, inst.id, { action: "issue_certificate", expectedVersion: inst.version });
    expect(issued.statusCode, issued.body).toBe(200);
    inst = issued.json();
    expect(inst.state).toBe("certified");
    const number = (inst.stepResults.certificate as { number: string }).number;
    expect(number).toBe("长科研认〔2026〕0001号");
    expect((await verifyCertificate(ctx.database.db, number))?.valid).toBe(true);

    // The platform now stands in the database, recognised, and in the public directory.
    const platform = (await city.get(`/api/platforms/${inst.subject.id}`)).json();
    expect(platform.status).toBe("recognised");
    expect(platform.recognitionDocNo).toBe(number);
    expect(platform.level).toBe("municipal");
    const publicDir = await ctx.app.inject({
      method: "GET",
      url: `/api/public/platforms?q=${encodeURIComponent(FORM.centreName)}`,
    });
    expect(publicDir.json().items.map((p: { id: string }) => p.id)).toContain(inst.subject.id);

    // History reads as a timeline with labels.
    const history = (await applicant.get(`/api/workflow/instances/${inst.id}/history`)).json();
    expect(history.map((h: { action: string }) => h.action)).toContain("issue_certificate");

    // Revocation: the district proposes, the city notices and revokes; the certificate then verifies as revoked.
    const proposed = await yuelu.post(`/api/platforms/${inst.subject.id}/revocations`, {
      reason: "已停止研发活动两年",
    });
    expect(proposed.statusCode, proposed.body).toBe(201);
    let rev = proposed.json();
    rev = (await act(city, rev.id, { action: "publish_notice", expectedVersion: rev.version })).json();
    clock.set("2026-11-30T09:00:00+08:00");
    const revoked = await act(city, rev.id, { action: "revoke", expectedVersion: rev.version });
    expect(revoked.statusCode, revoked.body).toBe(200);
    expect((await city.get(`/api/platforms/${inst.subject.id}`)).json().status).toBe("revoked");
    expect((await verifyCertificate(ctx.database.db, number))?.valid).toBe(false);
  });

  it("refuses a recommendation after its deadline, naming the rule", async () => {
    clock.set("2026-12-01T09:00:00+08:00");
    let inst = (await applicant.post("/api/recognitions", { typeCode: "foreign_rd_center" })).json();
    inst = (
      await applicant.patch(`/api/workflow/instances/${inst.id}/data`, {
        expectedVersion: inst.version,
        data: { ...FORM, typeCode: "foreign_rd_center", centreName: "岳麓测试外资研发中心" },
      })
    ).json();
    const pdf = multipart(
      { kind: "application_form" },
      { name: "申请书.pdf", content: Buffer.from(demoPdf("form")), type: "application/pdf" },
    );
    await applicant.request({
      method: "POST",
      url: `/api/workflow/instances/${inst.id}/attachments`,
      ...pdf,
    });
    inst = (await act(applicant, inst.id, { action: "submit", expectedVersion: inst.version })).json();
    clock.set("2026-12-20T09:00:00+08:00"); // more than 10 working days later
    const late = await act(yuelu, inst.id, {
      action: "recommend",
      expectedVersion: inst.version,
      data: { recommendation: "同意推荐" },
    });
    expect(late.statusCode).toBe(422);
    expect(late.json().code).toBe("transition_deadline_passed");
    expect(late.json().detail).toContain("10 个工作日");
    // Bad input never makes a 500.
    for (const body of [
      {},
      { action: 1 },
      { action: "recommend", expectedVersion: "x" },
      { action: "x".repeat(100), expectedVersion: 1 },
    ]) {
      const res = await act(yuelu, inst.id, body);
      expect(res.statusCode).toBeGreaterThanOrEqual(400);
      expect(res.statusCode).toBeLessThan(500);
    }
    expect((await yuelu.get("/api/workflow/instances/not-a-uuid")).statusCode).toBe(400);
  });
});
