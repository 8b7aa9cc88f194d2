import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { manualClock } from "../../../core/calendar/index.js";
import { runReminders } from "../../../core/notify/index.js";
import { type Client, engines, signedIn, startTestApp, type TestContext } from "../../../test/harness.js";
import { buildPlatform, hostEntity } from "../platform.fixture.js";
import { reportTotals } from "./totals.js";

/** Figures of a plausible report; `scale` grows them all alike (no jumps), overrides make a jump. */
function figures(scale = 1, overrides: Record<string, unknown> = {}) {
  return {
    rdSpending: (1200.5 * scale).toFixed(2),
    rdStaff: Math.round(80 * scale),
    equipmentValue: (950 * scale).toFixed(2),
    patentsApplied: Math.round(40 * scale),
    patentsGranted: Math.round(22 * scale),
    inventionPatentsApplied: Math.round(20 * scale),
    inventionPatentsGranted: Math.round(9 * scale),
    standardsLed: 2,
    standardsParticipated: 3,
    achievementsTransferred: 4,
    transferContractValue: (310.25 * scale).toFixed(2),
    revenue: (15000 * scale).toFixed(2),
    ...overrides,
  };
}

describe.each(engines())("annual reports on %s", (engine) => {
  let ctx: TestContext;
  let city: Client;
  let filer: Client;
  let stranger: Client;
  let yuelu: Client;
  let furong: Client;
  let leader: Client;
  let hostA: string;
  let hostB: string;
  let platformP: string;
  let platformQ: string;

  const etag = (res: { headers: Record<string, unknown> }) => String(res.headers.etag);
  const post = (c: Client, url: string, body: unknown, version: string) =>
    c.post(url, body, { "if-match": version });

  beforeAll(async () => {
    // The reports' "today" (due dates, the years that may be filed) is the app's clock: fixed, so the test does
    // not change with the calendar.
    ctx = await startTestApp(engine, {}, { workflowEnv: { clock: manualClock("2026-11-20T02:00:00Z") } });
    city = await signedIn(ctx, "city", "city_admin");
    hostA = await hostEntity(city, { name: "长沙年报测试甲科技有限公司" });
    hostB = await hostEntity(city, { name: "长沙年报测试乙科技有限公司", districtCode: "430102" });
    const p = await city.post(
      "/api/platforms",
      buildPlatform(hostA, { status: "recognised", recognisedOn: "2021-06-01", statusOn: "2021-06-01" }),
    );
    expect(p.statusCode, p.body).toBe(201);
    platformP = p.json().id;
    const q = await city.post(
      "/api/platforms",
      buildPlatform(hostB, {
        districtCode: "430102",
        status: "recognised",
        recognisedOn: "2021-06-01",
        statusOn: "2021-06-01",
      }),
    );
    expect(q.statusCode, q.body).toBe(201);
    platformQ = q.json().id;
    filer = await signedIn(ctx, "filer", "entity", { orgId: hostA });
    stranger = await signedIn(ctx, "stranger", "entity", { orgId: hostB });
    yuelu = await signedIn(ctx, "yuelu", "district", { areaCode: "430104" });
    furong = await signedIn(ctx, "furong", "district", { areaCode: "430102" });
    leader = await signedIn(ctx, "leader", "leadership");
  });
  afterAll(async () => ctx?.close());

  async function fileAndAccept(platformId: string, year: number, body: Record<string, unknown>, by: Client) {
    const created = await by.post("/api/platform-reports", { platformId, year, ...body });
    expect(created.statusCode, created.body).toBe(201);
    const submitted = await post(by, `/api/platform-reports/${created.json().id}/submit`, {}, etag(created));
    expect(submitted.statusCode, submitted.body).toBe(200);
    const reviewer = by === filer ? yuelu : furong;
    const accepted = await post(
      reviewer,
      `/api/platform-reports/${created.json().id}/accept`,
      { acknowledgeFlags: true },
      etag(submitted),
    );
    expect(accepted.statusCode, accepted.body).toBe(200);
    return accepted.json();
  }

  it("files, flags, returns with a comment, resubmits and accepts with the acknowledgement", async () => {
    await fileAndAccept(platformP, 2023, figures(1), filer);
    // 2024: R&D spending doubles (flagged), patents +10 % (not flagged).
    const draft = await filer.post("/api/platform-reports", {
      platformId: platformP,
      year: 2024,
      ...figures(1.1, { rdSpending: 2401, revenue: null }),
    });
    expect(draft.statusCode, draft.body).toBe(201);
    const id = draft.json().id;
    expect(draft.json()).toMatchObject({
      status: "draft",
      dueOn: "2025-03-31",
      rdSpending: "2401.00",
      previous: { year: 2023, rdSpending: "1200.50" },
    });
    expect(draft.json().actions.map((a: { action: string }) => a.action)).toEqual([
      "edit",
      "submit",
      "comment",
    ]);
    // Submitting without revenue: the missing figure is named.
    const incomplete = await post(filer, `/api/platform-reports/${id}/submit`, {}, etag(draft));
    expect(incomplete.statusCode).toBe(422);
    expect(incomplete.json()).toMatchObject({ code: "report_incomplete", fields: ["revenue"] });
    expect(incomplete.json().detail).toContain("营业收入（万元）");
    const patched = await filer.patch(
      `/api/platform-reports/${id}`,
      { revenue: "16500.00" },
      { "if-match": etag(draft) },
    );
    expect(patched.statusCode, patched.body).toBe(200);
    expect(etag(patched)).toBe('"v2"');
    // The district cannot act on a draft; the filer submits; the flags are stored.
    expect((await post(yuelu, `/api/platform-reports/${id}/accept`, {}, etag(patched))).statusCode).toBe(422);
    const submitted = await post(filer, `/api/platform-reports/${id}/submit`, {}, etag(patched));
    expect(submitted.statusCode, submitted.body).toBe(200);
    expect(submitted.json()).toMatchObject({ status: "submitted", submissions: 1, submittedBy: "filer" });
    expect(submitted.json().flags).toEqual([
      { metric: "rdSpending", previous: "1200.50", current: "2401.00", changePct: 100, threshold: 0.5 },
    ]);
    // The filer can no longer change it, and cannot accept it.
    const locked = await filer.patch(
      `/api/platform-reports/${id}`,
      { rdStaff: 90 },
      { "if-match": etag(submitted) },
    );
    expect(locked.statusCode).toBe(409);
    expect(locked.json().code).toBe("report_not_editable");
    expect((await post(filer, `/api/platform-reports/${id}/accept`, {}, etag(submitted))).statusCode).toBe(
      403,
    );
    // Return needs a comment; then the comment is on the history.
    const noComment = await post(
      yuelu,
      `/api/platform-reports/${id}/return`,
      { comment: "" },
      etag(submitted),
    );
    expect(noComment.statusCode).toBe(400);
    const returned = await post(
      yuelu,
      `/api/platform-reports/${id}/return`,
      { comment: "研发投入翻倍，请附说明" },
      etag(submitted),
    );
    expect(returned.statusCode, returned.body).toBe(200);
    expect(returned.json().status).toBe("returned");
    expect(returned.json().history.at(-1)).toMatchObject({
      action: "return",
      comment: "研发投入翻倍，请附说明",
      actorName: "yuelu",
    });
    // Each step is told: the district was told of the submission, the filer of the return with its comment.
    const instanceId = returned.json().instanceId;
    const told = async (c: Client) =>
      (await c.get("/api/notifications?limit=100"))
        .json()
        .items.filter((n: { subjectId: string }) => n.subjectId === instanceId);
    expect((await told(yuelu)).length).toBeGreaterThan(0);
    expect((await told(filer)).some((n: { body: string }) => n.body.includes("研发投入翻倍，请附说明"))).toBe(
      true,
    );
    expect(await told(furong)).toEqual([]);
    // A stale version is refused.
    expect((await post(filer, `/api/platform-reports/${id}/submit`, {}, etag(submitted))).statusCode).toBe(
      412,
    );
    const explained = await filer.patch(
      `/api/platform-reports/${id}`,
      { remarks: "新建中试线，研发投入大幅增加" },
      { "if-match": etag(returned) },
    );
    const resubmitted = await post(filer, `/api/platform-reports/${id}/submit`, {}, etag(explained));
    expect(resubmitted.json()).toMatchObject({ status: "submitted", submissions: 2 });
    // Through the generic workflow route too: the process hook asks for the acknowledgement of this submission.
    const view = (await yuelu.get(`/api/workflow/instances/${instanceId}`)).json();
    const generic = await yuelu.post(`/api/workflow/instances/${instanceId}/transitions`, {
      action: "accept",
      expectedVersion: view.instance.version,
      data: { flagsAcknowledged: 1 },
    });
    expect(generic.statusCode, generic.body).toBe(422);
    expect(generic.json().code).toBe("report_flags_unacknowledged");
    // Accepting a flagged report needs the acknowledgement.
    const unacknowledged = await post(yuelu, `/api/platform-reports/${id}/accept`, {}, etag(resubmitted));
    expect(unacknowledged.statusCode).toBe(422);
    expect(unacknowledged.json().code).toBe("report_flags_unacknowledged");
    expect(unacknowledged.json().detail).toContain("研发投入");
    const accepted = await post(
      yuelu,
      `/api/platform-reports/${id}/accept`,
      { acknowledgeFlags: true },
      etag(resubmitted),
    );
    expect(accepted.statusCode, accepted.body).toBe(200);
    expect(accepted.json()).toMatchObject({
      status: "accepted",
      reviewedBy: "yuelu",
      flagsAcknowledgedBy: "yuelu",
      late: true,
    });
    expect(accepted.json().history.map((h: { action: string }) => h.action)).toEqual([
      "start",
      "submit",
      "return",
      "submit",
      "accept",
    ]);
    // Signed out: nothing.
    const anonymous = await ctx.app.inject({ method: "GET", url: `/api/platform-reports/${id}` });
    expect(anonymous.statusCode).toBe(401);
  });

  it("refuses bad figures in the caller's language (400/422, never 500)", async () => {
    const bad = await filer.post("/api/platform-reports", {
      platformId: platformP,
      year: 2022,
      ...figures(1, {
        rdSpending: "12.345",
        rdStaff: -1,
        inventionPatentsApplied: 50,
        transferContractValue: "100",
        achievementsTransferred: 0,
      }),
    });
    expect(bad.statusCode).toBe(400);
    const paths = bad.json().errors.map((e: { path: string; code: string }) => `${e.path}:${e.code}`);
    expect(paths).toEqual(expect.arrayContaining(["rdSpending:money_invalid", "rdStaff:too_small"]));
    expect(bad.json().detail).toContain("研发投入（万元）应为非负金额");
    const consistency = await filer.post("/api/platform-reports", {
      platformId: platformP,
      year: 2022,
      ...figures(1, {
        inventionPatentsApplied: 50,
        transferContractValue: "100",
        achievementsTransferred: 0,
      }),
    });
    expect(consistency.statusCode).toBe(400);
    expect(
      consistency
        .json()
        .errors.map((e: { code: string }) => e.code)
        .sort(),
    ).toEqual(["report_invention_applied_exceeds", "report_transfer_value_needs_count"]);
    expect(consistency.json().detail).toContain("其中：发明专利申请数不能大于专利申请数");
    filer.lang = "en-US";
    try {
      const en = await filer.post("/api/platform-reports", {
        platformId: platformP,
        year: 2022,
        ...figures(1, { inventionPatentsGranted: 30 }),
      });
      expect(en.statusCode).toBe(400);
      expect(en.json().detail).toContain(
        "of which invention patents granted cannot exceed the patents granted",
      );
      const large = await filer.post("/api/platform-reports", {
        platformId: platformP,
        year: 2022,
        rdSpending: 100_000_000,
      });
      expect(large.statusCode).toBe(400);
      expect(large.json().detail).toBe("Invalid input: R&D spending (10k CNY) is larger than allowed");
      const open = await filer.post("/api/platform-reports", { platformId: platformP, year: 2026 });
      expect(open.statusCode).toBe(422);
      expect(open.json().detail).toBe(
        "The year 2026 has not ended; its annual report can be filed from 1 January 2027",
      );
      const twice = await filer.post("/api/platform-reports", { platformId: platformP, year: 2023 });
      expect(twice.statusCode).toBe(409);
      expect(twice.json().code).toBe("report_exists");
      const junk = await filer.post("/api/platform-reports", { platformId: "nope", year: "x" });
      expect(junk.statusCode).toBe(400);
      const unknownKey = await filer.post("/api/platform-reports", {
        platformId: platformP,
        year: 2022,
        x: 1,
      });
      expect(unknownKey.statusCode).toBe(400);
    } finally {
      filer.lang = "zh-CN";
    }
  });

  it("keeps reports in scope: other districts and organisations see nothing and cannot file", async () => {
    const q2024 = await fileAndAccept(platformQ, 2024, figures(2), stranger);
    // Another organisation cannot file for platform P; a district user cannot file at all.
    const other = await stranger.post("/api/platform-reports", { platformId: platformP, year: 2022 });
    expect(other.statusCode).toBe(403);
    expect(other.json().code).toBe("report_not_filer");
    expect(
      (await yuelu.post("/api/platform-reports", { platformId: platformP, year: 2022 })).statusCode,
    ).toBe(403);
    // Reads: out of scope is 404; lists hold only what is in scope.
    expect((await yuelu.get(`/api/platform-reports/${q2024.id}`)).statusCode).toBe(404);
    expect((await filer.get(`/api/platform-reports/${q2024.id}`)).statusCode).toBe(404);
    expect((await furong.get(`/api/platform-reports/${q2024.id}`)).statusCode).toBe(200);
    const yueluList = (await yuelu.get("/api/platform-reports")).json();
    expect(yueluList.items.every((r: { platform: { id: string } }) => r.platform.id === platformP)).toBe(
      true,
    );
    expect(yueluList.total).toBe(2);
    const strangerList = (await stranger.get("/api/platform-reports")).json();
    expect(strangerList.items.map((r: { id: string }) => r.id)).toEqual([q2024.id]);
    const all = (await leader.get("/api/platform-reports?year=2024")).json();
    expect(all.total).toBe(2);
    expect(all.counts).toEqual({ status: { accepted: 2 }, flagged: 1, overdue: 0 });
    const flagged = (await city.get("/api/platform-reports?flagged=true")).json();
    expect(flagged.items.map((r: { year: number }) => r.year)).toEqual([2024]);
    // The leadership reads but cannot review; a district user of another area cannot act.
    expect((await leader.get(`/api/platform-reports/${q2024.id}`)).json().actions).toEqual([
      { action: "comment", blockers: [] },
    ]);
    // A platform's tab: the host may file the missing years.
    const tab = (await filer.get(`/api/platforms/${platformP}/reports`)).json();
    expect(tab.items.map((r: { year: number }) => r.year)).toEqual([2024, 2023]);
    expect(tab).toMatchObject({ canFile: true, fileable: [2025] });
    expect((await yuelu.get(`/api/platforms/${platformP}/reports`)).json()).toMatchObject({
      canFile: false,
      fileable: [],
    });
    expect((await yuelu.get(`/api/platforms/${platformQ}/reports`)).statusCode).toBe(404);
    // Missing 2025 reports: P and Q owe one; each district sees its own.
    const missing = (await yuelu.get("/api/platform-reports/missing?year=2025")).json();
    expect(missing.items.map((m: { platform: { id: string } }) => m.platform.id)).toEqual([platformP]);
    expect(missing.items[0]).toMatchObject({ dueOn: "2026-03-31", overdue: true });
  });

  it("sums accepted reports for indicators (exact money) and exports the list", async () => {
    const totals = await reportTotals(ctx.database.db, { year: 2024 });
    expect(totals.reports).toBe(2);
    // P 2024: 2401.00; Q 2024: 2 × 1200.50 = 2401.00
    expect(totals.rdSpending).toBe("4802.00");
    expect(totals.rdStaff).toBe(88 + 160);
    const yueluOnly = await reportTotals(ctx.database.db, { year: 2024, districtCode: "430104" });
    expect(yueluOnly).toMatchObject({ reports: 1, rdSpending: "2401.00", revenue: "16500.00" });
    expect(await reportTotals(ctx.database.db, { year: 2024, typeCodes: [] })).toMatchObject({
      reports: 0,
      rdSpending: "0.00",
    });
    expect((await reportTotals(ctx.database.db, { year: 2024, levels: ["national"] })).reports).toBe(0);

    const csv = await yuelu.get("/api/platform-reports/export?format=csv&year=2024");
    expect(csv.statusCode).toBe(200);
    expect(csv.headers["content-type"]).toContain("text/csv");
    const lines = csv.body
      .replace(/^\uFEFF/, "")
      .trim()
      .split(/\r?\n/);
    expect(lines[0]).toContain("研发投入（万元）");
    expect(lines).toHaveLength(2);
    expect(lines[1]).toContain("2401.00");
    expect(lines[1]).toContain("已通过");
    const xlsx = await leader.get("/api/platform-reports/export?format=xlsx");
    expect(xlsx.statusCode).toBe(200);
    expect(xlsx.rawPayload.subarray(0, 2).toString()).toBe("PK");
  });

  it("lets one of two reviewers acting at once win; the other gets 412", async () => {
    const created = await stranger.post("/api/platform-reports", {
      platformId: platformQ,
      year: 2022,
      ...figures(1),
    });
    const submitted = await post(
      stranger,
      `/api/platform-reports/${created.json().id}/submit`,
      {},
      etag(created),
    );
    const url = `/api/platform-reports/${created.json().id}/accept`;
    const [a, b] = await Promise.all([
      post(furong, url, {}, etag(submitted)),
      post(city, url, {}, etag(submitted)),
    ]);
    expect([a.statusCode, b.statusCode].sort()).toEqual([200, 412]);
    const history = (await city.get(`/api/platform-reports/${created.json().id}`)).json().history;
    expect(history.filter((h: { action: string }) => h.action === "accept")).toHaveLength(1);
  });

  it("reminds the host of reports not submitted 30 and 7 days before the due date and when overdue, once each", async () => {
    const db = ctx.database.db;
    const remind = async (at: string) =>
      (await runReminders(db, new Date(at))).sources.find((x) => x.name === "platforms.annual_report")!;
    // 2025 reports of P and Q (none filed) are due on 2026-03-31; the 2024 ones are accepted.
    expect(await remind("2026-02-20T02:00:00Z")).toMatchObject({ items: 0, told: 0 });
    expect(await remind("2026-03-01T02:00:00Z")).toMatchObject({ items: 2, told: 2 });
    expect(await remind("2026-03-01T08:00:00Z")).toMatchObject({ items: 2, told: 0 });
    expect(await remind("2026-03-20T02:00:00Z")).toMatchObject({ items: 2, told: 0 });
    expect(await remind("2026-03-26T02:00:00Z")).toMatchObject({ items: 2, told: 2 });
    const mine = (await filer.get("/api/notifications?limit=100")).json().items;
    const dueTitles = mine
      .filter((n: { kind: string }) => n.kind === "report.due")
      .map((n: { title: string }) => n.title);
    expect(dueTitles).toHaveLength(2);
    expect(dueTitles[0]).toContain("2025 年度报告将于 2026-03-31 截止");
    // P files and submits; only Q is overdue after the due date, and only its host is told.
    const created = await filer.post("/api/platform-reports", {
      platformId: platformP,
      year: 2025,
      ...figures(1.2),
    });
    await post(filer, `/api/platform-reports/${created.json().id}/submit`, {}, etag(created));
    expect(await remind("2026-04-02T02:00:00Z")).toMatchObject({ items: 1, told: 1 });
    expect(await remind("2026-04-09T02:00:00Z")).toMatchObject({ items: 1, told: 0 });
    const theirs = (await stranger.get("/api/notifications?limit=100")).json().items;
    const overdue = theirs.find((n: { kind: string }) => n.kind === "report.overdue");
    expect(overdue).toMatchObject({
      subjectId: platformQ,
      link: `/console/platforms/${platformQ}?tab=reports`,
    });
    expect(overdue.body).toContain("已逾期 2 天");
    // More than a year after its due date, Q's 2025 report is left to the district; 2026 is overdue now.
    expect(await remind("2027-05-01T02:00:00Z")).toMatchObject({ items: 2, told: 2 });
    const later = (await stranger.get("/api/notifications?limit=100")).json().items;
    expect(
      later
        .filter((n: { kind: string }) => n.kind === "report.overdue")
        .map((n: { title: string }) => n.title),
    ).toEqual([
      expect.stringContaining("2026 年度报告已逾期"),
      expect.stringContaining("2025 年度报告已逾期"),
    ]);
  });
});
