import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { manualClock } from "../../../core/calendar/index.js";
import { runReminders } from "../../../core/notify/index.js";
import { type Client, engines, signedIn, startTestApp, type TestContext } from "../../../test/harness.js";
import { buildPlatform, hostEntity } from "../../platforms/platform.fixture.js";
import { countPool, poolPromotions } from "./face.js";

// The app's "today": Wednesday 6 May 2026 (Asia/Shanghai); the 2025 annual reports are in.
const NOW = "2026-05-06T02:00:00Z";

/** A complete, consistent annual report with the figures that matter here. */
function report(rdSpending: number, rdStaff: number, inventionPatentsGranted: number) {
  return {
    rdSpending: rdSpending.toFixed(2),
    rdStaff,
    equipmentValue: "900.00",
    patentsApplied: 60,
    patentsGranted: 40,
    inventionPatentsApplied: 30,
    inventionPatentsGranted,
    standardsLed: 1,
    standardsParticipated: 2,
    achievementsTransferred: 3,
    transferContractValue: "300.00",
    revenue: "20000.00",
  };
}

const CRITERIA = {
  filters: { levels: ["provincial"], minRdSpending: 900 },
  scored: [
    { field: "rdSpending", weight: 30, rule: { kind: "linear", floor: 1000, ceiling: 5000 } },
    { field: "rdStaff", weight: 20, rule: { kind: "linear", floor: 50, ceiling: 250 } },
    { field: "inventionPatentsGranted", weight: 50, rule: { kind: "percentile" } },
  ],
};

describe.each(engines())("cultivation pool on %s", (engine) => {
  const clock = manualClock(NOW);
  let ctx: TestContext;
  let city: Client;
  let leader: Client;
  let yuelu: Client;
  let furong: Client;
  let filerA: Client;
  const p: Record<string, string> = {};
  let roundId = "";

  const etag = (res: { headers: Record<string, unknown> }) => String(res.headers.etag);
  const act = async (c: Client, instanceId: string, action: string, extra: Record<string, unknown> = {}) => {
    const { version } = (await city.get(`/api/workflow/instances/${instanceId}`)).json().instance;
    return c.post(`/api/workflow/instances/${instanceId}/transitions`, {
      action,
      expectedVersion: version,
      ...extra,
    });
  };

  beforeAll(async () => {
    ctx = await startTestApp(engine, {}, { workflowEnv: { clock } });
    city = await signedIn(ctx, "city", "city_admin");
    leader = await signedIn(ctx, "leader", "leadership");
    yuelu = await signedIn(ctx, "yuelu", "district", { areaCode: "430104" });
    furong = await signedIn(ctx, "furong", "district", { areaCode: "430102" });
    const hostA = await hostEntity(city, { name: "长沙培育测试甲科技有限公司" });
    const hostB = await hostEntity(city, { name: "长沙培育测试乙科技有限公司", districtCode: "430102" });
    filerA = await signedIn(ctx, "filer-a", "entity", { orgId: hostA });
    const filerB = await signedIn(ctx, "filer-b", "entity", { orgId: hostB });
    const recognised = { status: "recognised", recognisedOn: "2021-06-01", statusOn: "2021-06-01" } as const;
    const make = async (key: string, host: string, name: string, extra: Record<string, unknown> = {}) => {
      const res = await city.post(
        "/api/platforms",
        buildPlatform(host, { name, ...recognised, ...(extra as object) }),
      );
      expect(res.statusCode, res.body).toBe(201);
      p[key] = res.json().id;
    };
    await make("A", hostA, "湖南省培育甲重点实验室");
    await make("B", hostA, "湖南省培育乙重点实验室");
    await make("C", hostB, "湖南省培育丙重点实验室", { districtCode: "430102" });
    await make("D", hostB, "湖南省培育丁重点实验室", { districtCode: "430102" });
    await make("E", hostA, "湖南省培育戊重点实验室");
    await make("F", hostA, "长沙市培育己重点实验室", { level: "municipal" });
    const file = async (by: Client, key: string, figures: ReturnType<typeof report>) => {
      const created = await by.post("/api/platform-reports", { platformId: p[key], year: 2025, ...figures });
      expect(created.statusCode, created.body).toBe(201);
      const id = created.json().id;
      const submitted = await by.post(
        `/api/platform-reports/${id}/submit`,
        {},
        { "if-match": etag(created) },
      );
      expect(submitted.statusCode, submitted.body).toBe(200);
      const accepted = await city.post(
        `/api/platform-reports/${id}/accept`,
        { acknowledgeFlags: true },
        { "if-match": etag(submitted) },
      );
      expect(accepted.statusCode, accepted.body).toBe(200);
    };
    await file(filerA, "A", report(3250, 150, 10));
    await file(filerA, "B", report(5200, 40, 4));
    await file(filerB, "C", report(1000, 250, 10));
    await file(filerB, "D", report(800, 300, 30));
    await file(filerA, "F", report(9000, 300, 30));
  });
  afterAll(async () => ctx?.close());

  it("refuses entities and malformed or unknown criteria", async () => {
    expect((await filerA.get("/api/cultivation/rounds")).statusCode).toBe(403);
    expect((await filerA.get("/api/cultivation/pool")).statusCode).toBe(403);
    expect((await leader.post("/api/cultivation/rounds", {})).statusCode).toBe(403);
    const base = { title: "2026年度国家级创新平台培育对象遴选", year: 2026, dataYear: 2025 };
    const unknown = await city.post("/api/cultivation/rounds", {
      ...base,
      criteria: {
        scored: [
          { field: "rdSpending", weight: 1, rule: { kind: "percentile" } },
          { field: "rdBudget", weight: 1, rule: { kind: "percentile" } },
        ],
      },
    });
    expect(unknown.statusCode, unknown.body).toBe(422);
    expect(unknown.json()).toMatchObject({
      code: "cultivation_criteria_invalid",
      errors: [{ path: "criteria.scored.1.field", code: "field_unknown" }],
    });
    expect(unknown.json().detail).toContain("criteria.scored.1.field");
    const malformed = await city.post("/api/cultivation/rounds", {
      ...base,
      criteria: { scored: [{ field: "rdSpending", weight: "heavy", rule: { kind: "linear" } }] },
    });
    expect(malformed.statusCode).toBe(400);
    expect(malformed.json().code).toBe("validation_failed");
    const late = await city.post("/api/cultivation/rounds", { ...base, dataYear: 2027, criteria: CRITERIA });
    expect(late.statusCode).toBe(422);
    expect(late.json().code).toBe("cultivation_data_year");
    expect((await city.get("/api/cultivation/rounds/not-a-uuid")).statusCode).toBe(400);
    expect((await city.get("/api/cultivation/rounds/00000000-0000-4000-8000-000000000000")).statusCode).toBe(
      404,
    );
    expect((await city.get("/api/cultivation/pool?status=lost")).statusCode).toBe(400);
  });

  it("creates and scores a round: ranks with reasons, the cap, exclusions per reason", async () => {
    const created = await city.post("/api/cultivation/rounds", {
      title: "2026年度国家级创新平台培育对象遴选",
      year: 2026,
      dataYear: 2025,
      criteria: CRITERIA,
      cap: 2,
    });
    expect(created.statusCode, created.body).toBe(201);
    expect(etag(created)).toBe('"v1"');
    roundId = created.json().id;
    expect(created.json()).toMatchObject({ status: "draft", scoredAt: null, cap: 2 });
    // Not scored yet: no preview, no submission.
    expect((await city.post(`/api/cultivation/rounds/${roundId}/preview`, { weights: {} })).json().code).toBe(
      "cultivation_round_not_scored",
    );

    const scored = await city.post(`/api/cultivation/rounds/${roundId}/score`);
    expect(scored.statusCode, scored.body).toBe(200);
    expect(scored.json().counts).toEqual({
      considered: 6,
      eligible: 3,
      selected: 2,
      excluded: [
        { reason: "level", label: { zh: "级别不符", en: "Level not eligible" }, count: 1 },
        { reason: "no_report", label: expect.any(Object), count: 1 },
        { reason: "min_rd_spending", label: expect.any(Object), count: 1 },
      ],
    });
    const page = (await city.get(`/api/cultivation/rounds/${roundId}/candidates`)).json();
    expect(page.total).toBe(3);
    expect(page.selected).toBe(2);
    expect(
      page.items.map((c: { platformId: string; rank: number; score: number; selected: boolean }) => [
        c.platformId,
        c.rank,
        c.score,
        c.selected,
      ]),
    ).toEqual([
      [p.A, 1, 64.375, true],
      [p.C, 2, 57.5, true],
      [p.B, 3, 30, false],
    ]);
    expect(page.items[0].name).toBe("湖南省培育甲重点实验室");
    expect(page.items[0].parts[0]).toMatchObject({
      field: "rdSpending",
      value: 3250,
      points: 56.25,
      share: 0.3,
      reason: {
        zh: "研发投入 3,250 万元，位于 1,000–5,000 区间，得 56.3 分 × 权重 30%",
        en: "R&D spending 3,250 (10k CNY), within 1,000–5,000: 56.3 points × weight 30%",
      },
    });
    const reversed = (
      await city.get(`/api/cultivation/rounds/${roundId}/candidates?sort=-rank&limit=1`)
    ).json();
    expect(reversed.items.map((c: { rank: number }) => c.rank)).toEqual([3]);

    const excluded = (await city.get(`/api/cultivation/rounds/${roundId}/exclusions`)).json();
    expect(excluded.total).toBe(3);
    const byPlatform = Object.fromEntries(
      excluded.items.map((x: { platformId: string; reasons: { reason: string }[] }) => [
        x.platformId,
        x.reasons.map((r) => r.reason),
      ]),
    );
    expect(byPlatform).toEqual({ [p.D!]: ["min_rd_spending"], [p.E!]: ["no_report"], [p.F!]: ["level"] });
    const noReport = (
      await city.get(`/api/cultivation/rounds/${roundId}/exclusions?reason=no_report`)
    ).json();
    expect(noReport.items).toHaveLength(1);
    expect(noReport.items[0].reasons[0].detail.zh).toBe("无 2025 年度已通过的年报");
  });

  it("previews other weights: the ranking moves and nothing is saved", async () => {
    const before = await city.get(`/api/cultivation/rounds/${roundId}`);
    const preview = await city.post(`/api/cultivation/rounds/${roundId}/preview`, {
      weights: { rdSpending: 100, rdStaff: 0, inventionPatentsGranted: 0 },
    });
    expect(preview.statusCode, preview.body).toBe(200);
    const body = preview.json();
    expect(body).toMatchObject({ total: 3, entering: 1, leaving: 1 });
    expect(
      body.items.map((i: { platformId: string; rank: number; previousRank: number; change: number }) => [
        i.platformId,
        i.rank,
        i.previousRank,
        i.change,
      ]),
    ).toEqual([
      [p.B, 1, 3, 2],
      [p.A, 2, 1, -1],
      [p.C, 3, 2, -1],
    ]);
    const unknown = await city.post(`/api/cultivation/rounds/${roundId}/preview`, {
      weights: { revenue: 5 },
    });
    expect(unknown.statusCode).toBe(422);
    expect(unknown.json().errors).toEqual([{ path: "weights.revenue", code: "field_unknown" }]);
    const after = await city.get(`/api/cultivation/rounds/${roundId}`);
    expect(etag(after)).toBe(etag(before));
    const page = (await city.get(`/api/cultivation/rounds/${roundId}/candidates`)).json();
    expect(page.items.map((c: { platformId: string }) => c.platformId)).toEqual([p.A, p.C, p.B]);
  });

  it("changes a draft with If-Match: the cap moves the line, new weights clear the scores", async () => {
    const current = await city.get(`/api/cultivation/rounds/${roundId}`);
    expect((await city.patch(`/api/cultivation/rounds/${roundId}`, { cap: 3 })).statusCode).toBe(428);
    expect(
      (await city.patch(`/api/cultivation/rounds/${roundId}`, { cap: 3 }, { "if-match": '"v1"' })).statusCode,
    ).toBe(412);
    const capped = await city.patch(
      `/api/cultivation/rounds/${roundId}`,
      { cap: 3 },
      { "if-match": etag(current) },
    );
    expect(capped.statusCode, capped.body).toBe(200);
    expect(capped.json().counts.selected).toBe(3);
    const reweighted = await city.patch(
      `/api/cultivation/rounds/${roundId}`,
      {
        cap: 2,
        criteria: { ...CRITERIA, scored: CRITERIA.scored.map((s) => ({ ...s, weight: s.weight * 2 })) },
      },
      { "if-match": etag(capped) },
    );
    expect(reweighted.statusCode, reweighted.body).toBe(200);
    expect(reweighted.json()).toMatchObject({ scoredAt: null, counts: { considered: 0 } });
    const bad = await city.patch(
      `/api/cultivation/rounds/${roundId}`,
      {
        criteria: {
          scored: [{ field: "rdSpending", weight: 1, rule: { kind: "linear", floor: 5, ceiling: 1 } }],
        },
      },
      { "if-match": etag(reweighted) },
    );
    expect(bad.statusCode).toBe(422);
    expect(bad.json().errors).toEqual([{ path: "criteria.scored.0.rule", code: "floor_not_below_ceiling" }]);
    expect(
      (
        await city.post(`/api/cultivation/rounds/${roundId}/submit`, {}, { "if-match": etag(reweighted) })
      ).json().code,
    ).toBe("cultivation_round_not_scored");
    const rescored = await city.post(`/api/cultivation/rounds/${roundId}/score`);
    expect(rescored.json().counts).toMatchObject({ considered: 6, eligible: 3, selected: 2 });
  });

  it("shows a district only its area's candidates, exclusions and platforms", async () => {
    const mine = (await yuelu.get(`/api/cultivation/rounds/${roundId}/candidates`)).json();
    expect(mine.items.map((c: { platformId: string }) => c.platformId)).toEqual([p.A, p.B]);
    expect(mine.items.map((c: { rank: number }) => c.rank)).toEqual([1, 3]);
    const round = (await yuelu.get(`/api/cultivation/rounds/${roundId}`)).json();
    expect(round.counts).toMatchObject({ considered: 4, eligible: 2, selected: 1 });
    const theirs = (await furong.get(`/api/cultivation/rounds/${roundId}/candidates`)).json();
    expect(theirs.items.map((c: { platformId: string }) => c.platformId)).toEqual([p.C]);
    const excluded = (await furong.get(`/api/cultivation/rounds/${roundId}/exclusions`)).json();
    expect(excluded.items.map((x: { platformId: string }) => x.platformId)).toEqual([p.D]);
    expect((await yuelu.get(`/api/cultivation/platforms/${p.C}`)).statusCode).toBe(404);
    expect((await yuelu.get(`/api/cultivation/platforms/${p.A}`)).statusCode).toBe(200);
    // Reading is all a district may do.
    expect((await yuelu.post(`/api/cultivation/rounds/${roundId}/score`)).statusCode).toBe(403);
    const preview = await yuelu.post(`/api/cultivation/rounds/${roundId}/preview`, { weights: {} });
    expect(preview.statusCode).toBe(403);
  });

  it("is submitted, returned with a comment, submitted again, approved into a public notice, announced after it", async () => {
    const draft = await city.get(`/api/cultivation/rounds/${roundId}`);
    expect((await city.post(`/api/cultivation/rounds/${roundId}/submit`)).statusCode).toBe(428);
    const submitted = await city.post(
      `/api/cultivation/rounds/${roundId}/submit`,
      {},
      { "if-match": etag(draft) },
    );
    expect(submitted.statusCode, submitted.body).toBe(200);
    expect(submitted.json().status).toBe("submitted");
    const iid = submitted.json().instanceId;
    expect(iid).toMatch(/^[0-9a-f-]{36}$/);
    // Locked while under approval.
    const locked = await city.patch(
      `/api/cultivation/rounds/${roundId}`,
      { cap: 5 },
      { "if-match": etag(submitted) },
    );
    expect(locked.statusCode).toBe(409);
    expect(locked.json().code).toBe("cultivation_round_not_draft");
    expect((await city.post(`/api/cultivation/rounds/${roundId}/score`)).statusCode).toBe(409);
    // The city cannot approve its own round; the leadership returns it with a comment.
    expect((await act(city, iid, "approve")).statusCode).toBe(403);
    expect((await act(leader, iid, "return")).statusCode).toBe(422);
    const returned = await act(leader, iid, "return", { comment: "请补充研发投入增长情况" });
    expect(returned.statusCode, returned.body).toBe(200);
    const again = await city.get(`/api/cultivation/rounds/${roundId}`);
    expect(again.json().status).toBe("draft");
    const resubmitted = await city.post(
      `/api/cultivation/rounds/${roundId}/submit`,
      {},
      { "if-match": etag(again) },
    );
    expect(resubmitted.statusCode, resubmitted.body).toBe(200);
    expect(resubmitted.json()).toMatchObject({ status: "submitted", instanceId: iid });

    const approved = await act(leader, iid, "approve");
    expect(approved.statusCode, approved.body).toBe(200);
    expect((await city.get(`/api/cultivation/rounds/${roundId}`)).json().status).toBe("approved");
    const notices = (await city.get("/api/public/notices")).json();
    const notice = notices.find((n: { id: string }) => n.id === iid);
    expect(notice).toMatchObject({
      title: "2026年度国家级创新平台培育对象遴选",
      startsOn: "2026-05-06",
      endsOn: "2026-05-12", // 9 May 2026 (a Saturday) is a working day after the Labour Day holiday
      workingDays: 5,
    });
    const values = notice.lines.map((l: { value: string }) => l.value);
    expect(values).toContain("湖南省培育甲重点实验室（省级重点实验室，岳麓区）");
    expect(values.join(" ")).toContain("湖南省培育丙重点实验室");
    expect(values.join(" ")).not.toContain("湖南省培育乙重点实验室");

    // Not before the notice ends.
    const early = await act(city, iid, "announce");
    expect(early.statusCode).toBe(422);
    expect(early.json().code).toBe("notice_not_over");
    expect((await city.get("/api/cultivation/pool")).json().total).toBe(0);

    clock.set("2026-05-14T02:00:00Z");
    const announced = await act(city, iid, "announce");
    expect(announced.statusCode, announced.body).toBe(200);
    expect((await city.get(`/api/cultivation/rounds/${roundId}`)).json().status).toBe("announced");
    const pool = (await city.get("/api/cultivation/pool")).json();
    expect(pool.total).toBe(2);
    expect(pool.counts).toEqual({ in_pool: 2 });
    expect(
      pool.items.map((e: { platformId: string; enteredOn: string; status: string; roundYear: number }) => [
        e.platformId,
        e.enteredOn,
        e.status,
        e.roundYear,
      ]),
    ).toEqual(
      expect.arrayContaining([
        [p.A, "2026-05-14", "in_pool", 2026],
        [p.C, "2026-05-14", "in_pool", 2026],
      ]),
    );
    expect((await city.get("/api/cultivation/pool?year=2025")).json().total).toBe(0);
    expect(
      (await yuelu.get("/api/cultivation/pool"))
        .json()
        .items.map((e: { platformId: string }) => e.platformId),
    ).toEqual([p.A]);
    const history = (await city.get(`/api/cultivation/platforms/${p.A}`)).json();
    expect(history.rounds).toHaveLength(1);
    expect(history.rounds[0]).toMatchObject({ eligible: true, rank: 1, selected: true, status: "announced" });
    expect(history.pool).toHaveLength(1);
    const excludedHistory = (await city.get(`/api/cultivation/platforms/${p.E}`)).json();
    expect(excludedHistory.rounds[0]).toMatchObject({ eligible: false, rank: null, selected: false });
    expect(excludedHistory.rounds[0].reasons[0].reason).toBe("no_report");
    expect(await countPool(ctx.database.db, { asOf: "2026-05-13" })).toBe(0);
    expect(await countPool(ctx.database.db, { asOf: "2026-05-14" })).toBe(2);
    expect(await countPool(ctx.database.db, { asOf: "2026-05-14", areaCode: "430102" })).toBe(1);
  });

  it("records promotions once (route and reminder source alike) and drops with a reason", async () => {
    const platform = await city.get(`/api/platforms/${p.A}`);
    const promoted = await city.patch(
      `/api/platforms/${p.A}`,
      { typeCode: "state_key_lab", level: "national", name: "培育甲全国重点实验室" },
      { "if-match": etag(platform) },
    );
    expect(promoted.statusCode, promoted.body).toBe(200);
    expect((await yuelu.post("/api/cultivation/pool/promotions")).statusCode).toBe(403);
    clock.set("2026-09-01T02:00:00Z");
    const recorded = await city.post("/api/cultivation/pool/promotions");
    expect(recorded.statusCode, recorded.body).toBe(200);
    expect(recorded.json().promoted).toEqual([
      expect.objectContaining({
        platformId: p.A,
        status: "promoted",
        promotedOn: "2026-09-01",
        promotedTypeCode: "state_key_lab",
      }),
    ]);
    expect((await city.post("/api/cultivation/pool/promotions")).json().promoted).toEqual([]);
    const run = await runReminders(ctx.database.db, clock.now());
    expect(run.sources.find((s) => s.name === "cultivation.pool_promotions")).toMatchObject({ items: 0 });
    expect(await poolPromotions(ctx.database.db, { from: "2026-01-01", to: "2026-12-31" })).toBe(1);
    expect(
      await poolPromotions(ctx.database.db, {
        from: "2026-01-01",
        to: "2026-12-31",
        typeCodes: ["national_enterprise_tech_center"],
      }),
    ).toBe(0);
    expect(await countPool(ctx.database.db, { asOf: "2026-09-01", status: "in_pool" })).toBe(1);
    expect(await countPool(ctx.database.db, { asOf: "2026-08-31", status: "in_pool" })).toBe(2);

    const entries = (await city.get("/api/cultivation/pool?status=in_pool")).json().items;
    expect(entries).toHaveLength(1);
    const entry = entries[0];
    expect(entry.platformId).toBe(p.C);
    expect((await city.post(`/api/cultivation/pool/${entry.id}/drop`, { reason: "短" })).statusCode).toBe(
      400,
    );
    const dropped = await city.post(`/api/cultivation/pool/${entry.id}/drop`, {
      reason: "连续两年未报送年报",
    });
    expect(dropped.statusCode, dropped.body).toBe(200);
    expect(dropped.json()).toMatchObject({
      status: "dropped",
      droppedOn: "2026-09-01",
      droppedReason: "连续两年未报送年报",
    });
    const twice = await city.post(`/api/cultivation/pool/${entry.id}/drop`, { reason: "连续两年未报送年报" });
    expect(twice.statusCode).toBe(409);
    expect(twice.json().code).toBe("cultivation_pool_not_active");
    expect((await city.get("/api/cultivation/pool")).json().counts).toEqual({ promoted: 1, dropped: 1 });
  });

  it("a later round adds to the pool; members not selected again stay", async () => {
    clock.set("2026-11-09T02:00:00Z");
    const created = await city.post("/api/cultivation/rounds", {
      title: "2027年度国家级创新平台培育对象遴选",
      year: 2027,
      dataYear: 2025,
      cap: 1,
      criteria: {
        filters: { levels: ["provincial"] },
        scored: [{ field: "rdSpending", weight: 1, rule: { kind: "linear", floor: 0, ceiling: 6000 } }],
      },
    });
    expect(created.statusCode, created.body).toBe(201);
    const id = created.json().id;
    const scored = await city.post(`/api/cultivation/rounds/${id}/score`);
    // A is national now (already_national); B tops R&D spending; F is municipal.
    expect(scored.json().counts).toMatchObject({ eligible: 3, selected: 1 });
    expect(scored.json().counts.excluded).toEqual(
      expect.arrayContaining([expect.objectContaining({ reason: "already_national", count: 1 })]),
    );
    const top = (await city.get(`/api/cultivation/rounds/${id}/candidates?selected=true`)).json();
    expect(top.items.map((c: { platformId: string }) => c.platformId)).toEqual([p.B]);
    const submitted = await city.post(
      `/api/cultivation/rounds/${id}/submit`,
      {},
      { "if-match": etag(scored) },
    );
    const iid = submitted.json().instanceId;
    const approved = await act(leader, iid, "approve");
    expect(approved.statusCode, approved.body).toBe(200);
    clock.set("2026-11-17T02:00:00Z");
    expect((await act(city, iid, "announce")).statusCode).toBe(200);
    const pool = (await city.get("/api/cultivation/pool")).json();
    expect(pool.counts).toEqual({ in_pool: 1, promoted: 1, dropped: 1 });
    expect(
      (await city.get("/api/cultivation/pool?year=2027"))
        .json()
        .items.map((e: { platformId: string }) => e.platformId),
    ).toEqual([p.B]);
    expect(await countPool(ctx.database.db, { asOf: "2026-11-17" })).toBe(3);

    // B's host obtains a state key laboratory that B is merged into: the reminder run records the promotion
    // (through the successor) and tells the city once.
    const hostB = (await city.get(`/api/platforms/${p.B}`)).json().hostEntityId;
    const national = await city.post(
      "/api/platforms",
      buildPlatform(hostB, {
        name: "培育乙全国重点实验室",
        typeCode: "state_key_lab",
        level: "national",
        status: "recognised",
        recognisedOn: "2026-11-17",
        statusOn: "2026-11-17",
      }),
    );
    expect(national.statusCode, national.body).toBe(201);
    const before = await city.get(`/api/platforms/${p.B}`);
    const merged = await city.patch(
      `/api/platforms/${p.B}`,
      { status: "merged", successorId: national.json().id, statusOn: "2026-11-17" },
      { "if-match": etag(before) },
    );
    expect(merged.statusCode, merged.body).toBe(200);
    clock.set("2026-11-18T02:00:00Z");
    const run = await runReminders(ctx.database.db, clock.now());
    expect(run.sources.find((s) => s.name === "cultivation.pool_promotions")).toMatchObject({
      items: 1,
      told: 1,
    });
    const again = await runReminders(ctx.database.db, clock.now());
    expect(again.sources.find((s) => s.name === "cultivation.pool_promotions")).toMatchObject({ items: 0 });
    const promoted = (await city.get("/api/cultivation/pool?status=promoted")).json().items;
    expect(
      promoted.map((e: { platformId: string; promotedOn: string; promotedTypeCode: string }) => [
        e.platformId,
        e.promotedOn,
        e.promotedTypeCode,
      ]),
    ).toEqual(
      expect.arrayContaining([
        [p.A, "2026-09-01", "state_key_lab"],
        [p.B, "2026-11-18", "state_key_lab"],
      ]),
    );
    expect(
      await poolPromotions(ctx.database.db, {
        from: "2026-01-01",
        to: "2026-12-31",
        typeCodes: ["state_key_lab"],
      }),
    ).toBe(2);
  });
});
