import { DEFAULT_EVALUATION_FRAMEWORK, type EvaluationResult } from "@rdcity/common";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { manualClock } from "../../../core/calendar/index.js";
import { runReminders } from "../../../core/notify/index.js";
import {
  addUser,
  Client,
  engines,
  signedIn,
  startTestApp,
  TEST_PASSWORD,
  type TestContext,
} from "../../../test/harness.js";
import { multipart } from "../../../test/multipart.js";
import { buildPlatform, hostEntity } from "../../platforms/platform.fixture.js";

const PDF = Buffer.from("%PDF-1.7\n% evidence\n1 0 obj <<>> endobj\n%%EOF\n");
// The app's "today": mid-2026, so the 2024 and 2025 reports may be filed.
const NOW = "2026-06-15T02:00:00Z";

/** Figures of a report; `s` scales the platform (bigger platforms do more of everything). */
function figures(s: number, growth = 1) {
  const g = s * growth;
  return {
    rdSpending: (1000 * g).toFixed(2),
    rdStaff: Math.round(50 * g),
    equipmentValue: (800 * g).toFixed(2),
    patentsApplied: Math.round(40 * g),
    patentsGranted: Math.round(20 * g),
    inventionPatentsApplied: Math.round(16 * g),
    inventionPatentsGranted: Math.round(8 * g * s),
    standardsLed: Math.round(2 * g),
    standardsParticipated: 3,
    achievementsTransferred: Math.max(1, Math.round(4 * g)),
    transferContractValue: (300 * g * s).toFixed(2),
    revenue: (20000 * g).toFixed(2),
  };
}

interface P {
  id: string;
  host: "a" | "b";
  district: string;
  scale: number;
  report2025: boolean;
}

describe.each(engines())("effectiveness evaluation on %s", (engine) => {
  const clock = manualClock(NOW);
  let ctx: TestContext;
  let city: Client;
  let hostA: Client;
  let hostB: Client;
  let yuelu: Client;
  let leader: Client;
  let orgA: string;
  let orgB: string;
  const platforms: P[] = [];
  let roundId: string;
  let etag: string;
  const experts: Client[] = [];

  const etagOf = (res: { headers: Record<string, unknown> }) => String(res.headers.etag);
  const instance = async (id: string) => (await city.get(`/api/workflow/instances/${id}`)).json().instance;
  const act = async (
    c: Client,
    id: string,
    action: string,
    data?: Record<string, unknown>,
    comment?: string,
  ) => {
    const i = await instance(id);
    return c.post(`/api/workflow/instances/${id}/transitions`, {
      action,
      expectedVersion: i.version,
      ...(data ? { data } : {}),
      ...(comment ? { comment } : {}),
    });
  };
  const upload = (c: Client, instanceId: string, kind: string) => {
    const body = multipart({ kind }, { name: "材料.pdf", content: PDF, type: "application/pdf" });
    return c.request({
      method: "POST",
      url: `/api/workflow/instances/${instanceId}/attachments`,
      payload: body.payload,
      headers: body.headers,
    });
  };
  const results = async (c: Client, query = "") =>
    c.get(`/api/cultivation/evaluations/${roundId}/results?limit=200${query}`);

  async function fileAndAccept(p: P, year: number, body: Record<string, unknown>) {
    const filer = p.host === "a" ? hostA : hostB;
    const created = await filer.post("/api/platform-reports", { platformId: p.id, year, ...body });
    expect(created.statusCode, created.body).toBe(201);
    const submitted = await filer.post(
      `/api/platform-reports/${created.json().id}/submit`,
      {},
      { "if-match": etagOf(created) },
    );
    expect(submitted.statusCode, submitted.body).toBe(200);
    const accepted = await city.post(
      `/api/platform-reports/${created.json().id}/accept`,
      { acknowledgeFlags: true },
      { "if-match": etagOf(submitted) },
    );
    expect(accepted.statusCode, accepted.body).toBe(200);
  }

  beforeAll(async () => {
    ctx = await startTestApp(engine, {}, { workflowEnv: { clock } });
    city = await signedIn(ctx, "city", "city_admin");
    leader = await signedIn(ctx, "leader", "leadership");
    yuelu = await signedIn(ctx, "yuelu", "district", { areaCode: "430104" });
    orgA = await hostEntity(city, { name: "长沙效能评估甲科技有限公司" });
    orgB = await hostEntity(city, { name: "长沙效能评估乙科技有限公司", districtCode: "430102" });
    hostA = await signedIn(ctx, "host-a", "entity", { orgId: orgA });
    hostB = await signedIn(ctx, "host-b", "entity", { orgId: orgB });
    // Seven provincial key labs (one without a 2025 report), two provincial engineering research centres (a group
    // too small: merged), spread over two hosts and two districts.
    const specs: Omit<P, "id">[] = [
      { host: "a", district: "430104", scale: 0.5, report2025: true },
      { host: "a", district: "430104", scale: 0.8, report2025: true },
      { host: "a", district: "430104", scale: 1.0, report2025: true },
      { host: "b", district: "430102", scale: 1.3, report2025: true },
      { host: "b", district: "430102", scale: 1.7, report2025: true },
      { host: "b", district: "430102", scale: 2.2, report2025: true },
      { host: "a", district: "430104", scale: 1.1, report2025: false },
      { host: "a", district: "430104", scale: 0.9, report2025: true },
      { host: "b", district: "430102", scale: 1.5, report2025: true },
    ];
    for (const [i, spec] of specs.entries()) {
      const typeCode = i < 7 ? "key_lab" : "engineering_research_center";
      const res = await city.post(
        "/api/platforms",
        buildPlatform(spec.host === "a" ? orgA : orgB, {
          typeCode,
          districtCode: spec.district,
          status: "recognised",
          recognisedOn: "2021-06-01",
          statusOn: "2021-06-01",
        } as never),
      );
      expect(res.statusCode, res.body).toBe(201);
      platforms.push({ ...spec, id: res.json().id });
    }
    for (const [i, p] of platforms.entries()) {
      await fileAndAccept(p, 2024, figures(p.scale));
      if (p.report2025) await fileAndAccept(p, 2025, figures(p.scale, 1 + i / 20));
    }
    // Three experts in the pool, working for neither host.
    for (let n = 1; n <= 3; n++) {
      const user = await addUser(ctx, `expert${n}`, "expert");
      const added = await city.post("/api/workflow/experts", {
        name: `评审专家${n}`,
        userId: user.id,
        districtCode: "430103",
        fields: ["intelligent-equipment"],
      });
      expect(added.statusCode, added.body).toBe(200);
      const c = new Client(ctx);
      await c.login(`expert${n}`, TEST_PASSWORD);
      experts.push(c);
    }
  });
  afterAll(async () => ctx?.close());

  it("refuses unknown metrics with 422 and the path, malformed rounds with 400, and non-officials", async () => {
    const framework = structuredClone(DEFAULT_EVALUATION_FRAMEWORK);
    (framework.indicators[3]!.formula as { denominator: string }).denominator = "rdHeadcount";
    (framework.indicators[0]!.formula as { metric: string }).metric = "rdBudget";
    const unknown = await city.post("/api/cultivation/evaluations", {
      title: "2025年度效能评估",
      year: 2025,
      framework,
    });
    expect(unknown.statusCode, unknown.body).toBe(422);
    expect(unknown.json()).toMatchObject({ code: "evaluation_metric_unknown" });
    expect(unknown.json().errors.map((e: { path: string }) => e.path)).toEqual([
      "framework.indicators.0.formula.metric",
      "framework.indicators.3.formula.denominator",
    ]);
    expect(unknown.json().detail).toContain("rdHeadcount");

    const bad = [
      { title: "2025年度效能评估", year: 2025 },
      { title: "2025年度效能评估", year: 2025, framework: DEFAULT_EVALUATION_FRAMEWORK, expertWeight: 0.6 },
      {
        title: "2025年度效能评估",
        year: 2025,
        framework: DEFAULT_EVALUATION_FRAMEWORK,
        thresholds: { excellent: 70, good: 80, pass: 60 },
      },
      {
        title: "2025年度效能评估",
        year: 2025,
        framework: { indicators: [{ ...DEFAULT_EVALUATION_FRAMEWORK.indicators[0], weight: -1 }] },
      },
      { title: "2025年度效能评估", year: 2025, framework: DEFAULT_EVALUATION_FRAMEWORK, extra: 1 },
    ];
    for (const body of bad) {
      const res = await city.post("/api/cultivation/evaluations", body);
      expect(res.statusCode, res.body).toBe(400);
      expect(res.json().code).toBe("validation_failed");
    }
    const notJson = await city.request({
      method: "POST",
      url: "/api/cultivation/evaluations",
      payload: "{not json",
      headers: { "content-type": "application/json" },
    });
    expect(notJson.statusCode).toBe(400);
    const byHost = await hostA.post("/api/cultivation/evaluations", {
      title: "2025年度效能评估",
      year: 2025,
      framework: DEFAULT_EVALUATION_FRAMEWORK,
    });
    expect(byHost.statusCode).toBe(403);
    const byLeader = await leader.post("/api/cultivation/evaluations", {
      title: "2025年度效能评估",
      year: 2025,
      framework: DEFAULT_EVALUATION_FRAMEWORK,
    });
    expect(byLeader.statusCode).toBe(403);
  });

  it("answers bad requests with localised 4xx and writes nothing half", async () => {
    const created = await city.post("/api/cultivation/evaluations", {
      title: "2015年度创新平台效能评估",
      year: 2015,
      framework: DEFAULT_EVALUATION_FRAMEWORK,
    });
    expect(created.statusCode, created.body).toBe(201);
    const id = created.json().id;
    const none = await city.post(`/api/cultivation/evaluations/${id}/score`, undefined, {
      "if-match": etagOf(created),
    });
    expect(none.statusCode).toBe(422);
    expect(none.json().code).toBe("evaluation_no_subjects");
    city.lang = "en-US";
    const en = await city.post(`/api/cultivation/evaluations/${id}/score`, undefined, {
      "if-match": etagOf(created),
    });
    expect(en.json().detail).toContain("No platform can be evaluated");
    city.lang = "zh-CN";
    expect((await city.get(`/api/cultivation/evaluations/${id}`)).json()).toMatchObject({
      status: "draft",
      version: 1,
    });
    const stale = await city.patch(
      `/api/cultivation/evaluations/${id}`,
      { title: "2015年度效能评估（修订）" },
      { "if-match": '"v7"' },
    );
    expect(stale.statusCode).toBe(412);
    const patched = await city.patch(
      `/api/cultivation/evaluations/${id}`,
      { thresholds: { excellent: 90, good: 75, pass: 60 } },
      { "if-match": etagOf(created) },
    );
    expect(patched.statusCode, patched.body).toBe(200);
    expect(patched.json().thresholds).toEqual({ excellent: 90, good: 75, pass: 60 });
    const publishDraft = await city.post(
      `/api/cultivation/evaluations/${id}/publish`,
      {},
      { "if-match": etagOf(patched) },
    );
    expect(publishDraft.statusCode).toBe(409);
    expect(publishDraft.json().code).toBe("evaluation_round_status");
    const reviewsDraft = await city.post(`/api/cultivation/evaluations/${id}/reviews`, { grades: ["fail"] });
    expect(reviewsDraft.statusCode).toBe(409);
    expect((await city.post(`/api/cultivation/evaluations/${id}/reviews`, {})).statusCode).toBe(400);
    expect((await city.get("/api/cultivation/evaluations/not-a-uuid")).statusCode).toBe(400);
    expect(
      (await city.get("/api/cultivation/evaluations/00000000-0000-4000-8000-000000000000")).statusCode,
    ).toBe(404);
    expect((await city.get(`/api/cultivation/evaluations/${id}/results?grade=best`)).statusCode).toBe(400);
  });

  it("scores a round: every platform graded with its parts, peer group and rank; the distribution adds up", async () => {
    const created = await city.post("/api/cultivation/evaluations", {
      title: "2025年度创新平台效能评估",
      year: 2025,
      framework: DEFAULT_EVALUATION_FRAMEWORK,
      expertWeight: 0.4,
    });
    expect(created.statusCode, created.body).toBe(201);
    expect(created.json()).toMatchObject({
      status: "draft",
      subjectKind: "platform",
      thresholds: { excellent: 85, good: 70, pass: 60 },
      expertWeight: 0.4,
    });
    expect(created.json().rules.zh.join("")).toContain("缩尾至第 5 和第 95 百分位");
    roundId = created.json().id;
    const noIfMatch = await city.post(`/api/cultivation/evaluations/${roundId}/score`);
    expect(noIfMatch.statusCode).toBe(428);
    const scored = await city.post(`/api/cultivation/evaluations/${roundId}/score`, undefined, {
      "if-match": etagOf(created),
    });
    expect(scored.statusCode, scored.body).toBe(200);
    expect(scored.json()).toMatchObject({ status: "scored", counts: { results: 9 } });
    etag = etagOf(scored);

    const all = (await results(city)).json();
    expect(all.total).toBe(9);
    for (const r of all.items) {
      expect(r.parts).toHaveLength(9);
      const sum = r.parts.reduce((s: number, p: { points: number }) => s + Math.round(p.points * 1000), 0);
      expect(Math.round(r.dataScore * 1000)).toBe(sum);
      expect(r.score).toBe(r.dataScore);
      expect(["excellent", "good", "pass", "fail"]).toContain(r.grade);
    }
    const byId = new Map((all.items as EvaluationResult[]).map((r) => [r.platform.id, r]));
    const missing = byId.get(platforms[6]!.id)!;
    expect(missing).toMatchObject({
      grade: "fail",
      dataScore: 0,
      rankInGroup: null,
      reason: { zh: "未报送年报" },
      peerGroup: "type:key_lab:provincial",
      peers: 8,
    });
    const biggest = byId.get(platforms[5]!.id)!;
    expect(biggest.rankInGroup).toBe(1);
    expect(biggest.parts.find((p: { key: string }) => p.key === "rd_spending")).toMatchObject({
      normalised: 100,
    });
    // The two engineering centres are too few for a group of their own (minimum 5), and so are the province's
    // leftovers: they join the province's largest group, the key labs (6 with a report + 2).
    expect(byId.get(platforms[7]!.id)!.peerGroup).toBe("type:key_lab:provincial");
    expect(byId.get(platforms[8]!.id)!.peers).toBe(8);

    const dist = (await city.get(`/api/cultivation/evaluations/${roundId}/distribution`)).json();
    expect(dist.total).toBe(9);
    expect(dist.byGrade.reduce((s: number, g: { count: number }) => s + g.count, 0)).toBe(9);
    expect(dist.byPeerGroup.reduce((s: number, g: { count: number }) => s + g.count, 0)).toBe(9);
    expect(dist.scoreBands.reduce((s: number, b: { count: number }) => s + b.count, 0)).toBe(9);
    const failed = (await results(city, "&grade=fail")).json();
    expect(failed.items.every((r: { grade: string }) => r.grade === "fail")).toBe(true);
    expect(dist.byGrade.find((g: { grade: string }) => g.grade === "fail").count).toBe(failed.total);

    // A district sees its own area's platforms; the host organisations nothing before publishing.
    const district = (await results(yuelu)).json();
    expect(district.total).toBe(platforms.filter((p) => p.district === "430104").length);
    // …and the round's counts are its area's too, as in its lists and charts.
    const seen = (await yuelu.get(`/api/cultivation/evaluations/${roundId}`)).json();
    expect(seen.counts.results).toBe(district.total);
    expect((await city.get(`/api/cultivation/evaluations/${roundId}`)).json().counts.results).toBe(9);
    expect((await results(city, "&districtCode=430102&typeCode=key_lab")).json().total).toBe(3);
    expect((await results(hostA)).statusCode).toBe(404);
    expect((await hostA.get(`/api/cultivation/evaluations/${roundId}`)).statusCode).toBe(404);
    expect((await hostA.get("/api/cultivation/evaluations")).json().items).toEqual([]);
    expect(
      (await hostA.get(`/api/cultivation/platforms/${platforms[0]!.id}/evaluations`)).json().items,
    ).toEqual([]);
    expect((await hostA.get(`/api/cultivation/evaluation-results/${missing.id}`)).statusCode).toBe(404);
  });

  it("changes the score by the experts' weight after an expert review, and regrades", async () => {
    const all = (await results(city)).json().items as EvaluationResult[];
    const target = all.find((r) => r.platform.id === platforms[0]!.id)!;
    const other = all.find((r) => r.platform.id === platforms[1]!.id)!;
    const started = await city.post(`/api/cultivation/evaluations/${roundId}/reviews`, {
      resultIds: [target.id, other.id],
    });
    expect(started.statusCode, started.body).toBe(201);
    const reviewId = started
      .json()
      .items.find((x: { resultId: string }) => x.resultId === target.id).instanceId;
    const cancelledId = started
      .json()
      .items.find((x: { resultId: string }) => x.resultId === other.id).instanceId;
    const again = await city.post(`/api/cultivation/evaluations/${roundId}/reviews`, {
      resultIds: [target.id],
    });
    expect(again.statusCode).toBe(409);
    // The host sees the review in its inbox and files evidence and its self-assessment.
    const tasks = (await hostA.get("/api/workflow/tasks")).json();
    expect(tasks.some((t: { instance: { id: string } }) => t.instance.id === reviewId)).toBe(true);
    const early = await act(hostA, reviewId, "submit", {
      selfAssessment: "本年度研发投入稳定增长，成果转化成效明显。",
    });
    expect(early.statusCode).toBe(422); // no evidence yet
    expect((await upload(hostA, reviewId, "evidence")).statusCode).toBe(200);
    expect(
      (await act(hostA, reviewId, "submit", { selfAssessment: "本年度研发投入稳定增长，成果转化成效明显。" }))
        .statusCode,
    ).toBe(200);
    expect((await act(city, reviewId, "start_review")).statusCode).toBe(200);
    const draw = await city.post(`/api/workflow/instances/${reviewId}/draws`, { count: 3 });
    expect(draw.statusCode, draw.body).toBe(200);
    const sheets = [
      { input_assurance: 27, output_quality: 36, leading_benefit: 27 }, // 90
      { input_assurance: 24, output_quality: 34, leading_benefit: 26 }, // 84
      { input_assurance: 28, output_quality: 37, leading_benefit: 27 }, // 92
    ];
    for (const [n, c] of experts.entries()) {
      const task = (await c.get("/api/workflow/tasks"))
        .json()
        .find((t: { instance: { id: string } }) => t.instance.id === reviewId);
      const scoredSheet = await c.post(`/api/workflow/assignments/${task.assignmentId}/score`, {
        scores: sheets[n],
      });
      expect(scoredSheet.statusCode, scoredSheet.body).toBe(200);
    }
    // Publishing waits for the open reviews.
    const blocked = await city.post(
      `/api/cultivation/evaluations/${roundId}/publish`,
      {},
      { "if-match": etag },
    );
    expect(blocked.statusCode).toBe(409);
    expect(blocked.json().code).toBe("evaluation_reviews_open");
    expect((await act(city, reviewId, "conclude_review")).statusCode).toBe(200);
    expect((await act(city, cancelledId, "cancel", undefined, "该平台不再参加本轮评审")).statusCode).toBe(
      200,
    );

    const after = (await city.get(`/api/cultivation/evaluation-results/${target.id}`)).json();
    // Experts' mean total (90 + 84 + 92) / 3 = 88.667 of 100; final = 0.6 × data + 0.4 × 88.667.
    const expert = Math.round(((90 + 84 + 92) / 3) * 1000);
    const data = Math.round(target.dataScore * 1000);
    expect(after.expertScore).toBe(expert / 1000);
    expect(after.score).toBe(Math.round((600 * data + 400 * expert) / 1000) / 1000);
    expect(after.score - target.dataScore).toBeCloseTo(0.4 * (expert / 1000 - target.dataScore), 2);
    const t = { excellent: 85, good: 70, pass: 60 };
    const expected =
      after.score >= t.excellent
        ? "excellent"
        : after.score >= t.good
          ? "good"
          : after.score >= t.pass
            ? "pass"
            : "fail";
    expect(after.grade).toBe(expected);
    expect(after.reviewInstanceId).toBe(reviewId);
    expect(after.followups).toMatchObject([{ kind: "review", status: "done" }]);
    const unchanged = (await city.get(`/api/cultivation/evaluation-results/${other.id}`)).json();
    expect(unchanged).toMatchObject({ score: other.dataScore, expertScore: null });
    etag = etagOf(await city.get(`/api/cultivation/evaluations/${roundId}`));
  });

  it("publishes: hosts see only their own platforms' results; passed platforms become evaluated", async () => {
    const rectifyEarly = await city.post(`/api/cultivation/evaluations/${roundId}/rectifications`, {
      deadline: "2026-09-30",
      requirements: "补齐研发投入和成果转化台账",
    });
    expect(rectifyEarly.statusCode).toBe(409);
    const published = await city.post(
      `/api/cultivation/evaluations/${roundId}/publish`,
      {},
      { "if-match": etag },
    );
    expect(published.statusCode, published.body).toBe(200);
    expect(published.json().round.status).toBe("published");
    const all = (await results(city)).json().items as EvaluationResult[];
    const passed = all.filter((r) => r.grade !== "fail");
    expect(published.json().evaluated).toBe(passed.length);
    for (const r of all) {
      const p = (await city.get(`/api/platforms/${r.platform.id}`)).json();
      expect(p.status).toBe(r.grade === "fail" ? "recognised" : "evaluated");
    }
    const own = (await results(hostA)).json();
    expect(own.total).toBe(platforms.filter((p) => p.host === "a").length);
    expect(
      own.items.every((r: { platform: { hostEntityId: string } }) => r.platform.hostEntityId === orgA),
    ).toBe(true);
    const foreign = all.find((r) => r.platform.hostEntityId === orgB)!;
    expect((await hostA.get(`/api/cultivation/evaluation-results/${foreign.id}`)).statusCode).toBe(404);
    expect(
      (await hostA.get(`/api/cultivation/platforms/${foreign.platform.id}/evaluations`)).statusCode,
    ).toBe(404);
    expect((await hostA.get("/api/cultivation/evaluations")).json().items).toHaveLength(1);
    const dist = (await hostA.get(`/api/cultivation/evaluations/${roundId}/distribution`)).json();
    expect(dist.total).toBe(own.total);
  });

  it("orders rectification for failed platforms; the host sees it; escalation after the deadline starts a revocation", async () => {
    const all = (await results(city)).json().items as EvaluationResult[];
    const failed = all.filter((r) => r.grade === "fail");
    const passed = all.find((r) => r.grade !== "fail")!;
    expect(failed.length).toBeGreaterThanOrEqual(2);
    const badDeadline = await city.post(`/api/cultivation/evaluations/${roundId}/rectifications`, {
      deadline: "2026-06-01",
      requirements: "补齐研发投入和成果转化台账",
    });
    expect(badDeadline.statusCode).toBe(422);
    const notFailed = await city.post(`/api/cultivation/evaluations/${roundId}/rectifications`, {
      resultIds: [passed.id],
      deadline: "2026-09-30",
      requirements: "补齐研发投入和成果转化台账",
    });
    expect(notFailed.statusCode).toBe(422);
    expect(notFailed.json().code).toBe("evaluation_result_not_failed");
    const created = await city.post(`/api/cultivation/evaluations/${roundId}/rectifications`, {
      deadline: "2026-09-30",
      requirements: "补齐研发投入和成果转化台账，提交整改报告",
    });
    expect(created.statusCode, created.body).toBe(201);
    expect(created.json().items).toHaveLength(failed.length);
    for (const f of created.json().items)
      expect(f).toMatchObject({ kind: "rectification", deadline: "2026-09-30", status: "open" });
    const twice = await city.post(`/api/cultivation/evaluations/${roundId}/rectifications`, {
      resultIds: [failed[0]!.id],
      deadline: "2026-09-30",
      requirements: "再次整改",
    });
    expect(twice.statusCode).toBe(409);

    const ofHost = (host: string) =>
      created
        .json()
        .items.filter((f: { platformId: string }) =>
          all.some((r) => r.platform.id === f.platformId && r.platform.hostEntityId === host),
        );
    const [first, second] = [...ofHost(orgA), ...ofHost(orgB)];
    const hostOf = (f: { platformId: string }) =>
      all.find((r) => r.platform.id === f.platformId)!.platform.hostEntityId === orgA ? hostA : hostB;
    // The host sees the rectification in its inbox, with the deadline.
    const inbox = (await hostOf(first).get("/api/workflow/tasks")).json();
    const task = inbox.find((t: { instance: { id: string } }) => t.instance.id === first.instanceId);
    expect(task.instance).toMatchObject({ state: "open", data: { deadline: "2026-09-30" } });
    expect(task.actions).toContain("submit");

    // One is rectified and accepted.
    expect((await upload(hostOf(first), first.instanceId, "rectification_report")).statusCode).toBe(200);
    const submit = await act(hostOf(first), first.instanceId, "submit", {
      report: "已补齐台账并完成研发投入整改。",
    });
    expect(submit.statusCode, submit.body).toBe(200);
    expect((await act(city, first.instanceId, "accept")).statusCode).toBe(200);

    // Reminders: the host of an open rectification 14 days before the deadline, the city once it has passed.
    const remind = async (at: string) =>
      (await runReminders(ctx.database.db, new Date(at))).sources.find(
        (x) => x.name === "cultivation.rectification",
      )!;
    expect((await remind("2026-09-01T02:00:00Z")).items).toBe(0);
    const soon = await remind("2026-09-20T02:00:00Z");
    expect(soon.items).toBe(created.json().items.length - 1); // the accepted one is done
    expect((await remind("2026-09-20T03:00:00Z")).told).toBe(0);
    const notes = (await hostOf(second).get("/api/notifications")).json().items;
    expect(notes.some((n: { kind: string }) => n.kind === "cultivation.rectification_due")).toBe(true);
    const late = await remind("2026-10-02T02:00:00Z");
    expect(late.items).toBe(2 * (created.json().items.length - 1));

    // The other is escalated: not before the deadline, then the registry's revocation starts.
    const reason = { revocationReason: "逾期未完成整改" };
    const early = await act(city, second.instanceId, "escalate", reason, "整改期满未提交整改报告");
    expect(early.statusCode).toBe(422);
    expect(early.json().code).toBe("rectification_not_overdue");
    clock.set("2026-10-09T02:00:00Z");
    const escalated = await act(city, second.instanceId, "escalate", reason, "整改期满未提交整改报告");
    expect(escalated.statusCode, escalated.body).toBe(200);
    const follow = (await city.get(`/api/cultivation/evaluations/${roundId}/followups`)).json().items;
    const revocation = follow.find((f: { kind: string; platformId: string }) => f.kind === "revocation");
    expect(revocation).toMatchObject({ platformId: second.platformId, status: "open" });
    expect(follow.find((f: { id: string }) => f.id === second.id)).toMatchObject({ status: "escalated" });
    expect(follow.find((f: { id: string }) => f.id === first.id)).toMatchObject({ status: "done" });
    const rev = await instance(revocation.instanceId);
    expect(rev).toMatchObject({
      process: { key: "platform_revocation" },
      state: "proposed",
      subject: { id: second.platformId },
    });
    expect(rev.data.reason).toBe("逾期未完成整改");
    // The registry's own process carries on: notice, then revocation; the follow-up then reads as done.
    const notice = await act(city, revocation.instanceId, "publish_notice", { reason: "逾期未完成整改" });
    expect(notice.statusCode, notice.body).toBe(200);
    clock.set("2026-10-26T02:00:00Z");
    const revoked = await act(city, revocation.instanceId, "revoke");
    expect(revoked.statusCode, revoked.body).toBe(200);
    expect((await city.get(`/api/platforms/${second.platformId}`)).json().status).toBe("revoked");
    const after = (
      await city.get(`/api/cultivation/evaluations/${roundId}/followups?kind=revocation`)
    ).json();
    expect(after.items).toMatchObject([
      { platformId: second.platformId, status: "done", statusName: { zh: "已撤销" } },
    ]);
  });

  it("shows a platform's results over two rounds (the trend)", async () => {
    clock.set(NOW);
    const created = await city.post("/api/cultivation/evaluations", {
      title: "2024年度创新平台效能评估",
      year: 2024,
      framework: DEFAULT_EVALUATION_FRAMEWORK,
      thresholds: { excellent: 80, good: 65, pass: 50 },
    });
    expect(created.statusCode, created.body).toBe(201);
    const id = created.json().id;
    const scored = await city.post(`/api/cultivation/evaluations/${id}/score`, undefined, {
      "if-match": etagOf(created),
    });
    expect(scored.statusCode, scored.body).toBe(200);
    const published = await city.post(
      `/api/cultivation/evaluations/${id}/publish`,
      { markEvaluated: false },
      { "if-match": etagOf(scored) },
    );
    expect(published.statusCode, published.body).toBe(200);
    expect(published.json().evaluated).toBe(0);
    const trend = (await hostA.get(`/api/cultivation/platforms/${platforms[0]!.id}/evaluations`)).json();
    expect(trend.items.map((r: { year: number }) => r.year)).toEqual([2024, 2025]);
    // 2024 had no previous year: growth cannot be computed and scores 0.
    expect(trend.items[0].parts.find((p: { key: string }) => p.key === "rd_growth")).toMatchObject({
      raw: null,
      missing: "no_previous",
      points: 0,
    });
    const rescore = await city.post(`/api/cultivation/evaluations/${id}/score`, undefined, {
      "if-match": etagOf(published),
    });
    expect(rescore.statusCode).toBe(409);
  });
});
