import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { systemActor } from "../../../core/actor.js";
import { manualClock } from "../../../core/calendar/index.js";
import { AppError } from "../../../core/errors.js";
import { type Client, engines, signedIn, startTestApp, type TestContext } from "../../../test/harness.js";
import { fundDisbursements, supportSchemes } from "../schema.js";
import { insertDisbursements } from "./decide.js";
import {
  type FixturePeople,
  hostEntity,
  plantLegacyFigure,
  platformWithReports,
  poolOf,
} from "./support.fixture.js";

// The app's "today" is 2026-11-20 (Asia/Shanghai): 2025's annual reports may be filed; payments are dated up to it.
const NOW = "2026-11-20T02:00:00Z";
const BASE = "/api/cultivation/support";

const TIERS = {
  kind: "tiers",
  tiers: [
    { upTo: 1000, percent: 5 },
    { upTo: 5000, percent: 3 },
    { upTo: null, percent: 1 },
  ],
};

describe.each(engines())("support by R&D investment on %s", (engine) => {
  let ctx: TestContext;
  let city: Client;
  let leader: Client;
  let yuelu: Client;
  let furong: Client;
  let filer: Client;
  const P: Record<string, string> = {};
  let roundId: string;
  let fundId: string;
  let schemeA: { id: string; instanceId: string };
  let schemeB: { id: string; instanceId: string };

  const etag = (res: { headers: Record<string, unknown> }) => String(res.headers.etag);
  const rules = (extra: Record<string, unknown> = {}) => ({
    eligibility: { kind: "pool", roundId },
    basis: "rd_spending",
    rate: TIERS,
    minimum: 10,
    cap: 200,
    ...extra,
  });
  async function act(c: Client, instanceId: string, action: string, comment?: string) {
    const instance = (await city.get(`/api/workflow/instances/${instanceId}`)).json().instance;
    return c.post(`/api/workflow/instances/${instanceId}/transitions`, {
      action,
      expectedVersion: instance.version,
      ...(comment ? { comment } : {}),
    });
  }
  const fund = async () => (await city.get(`${BASE}/funds/${fundId}`)).json();
  const disbursements = async (q: string) => (await city.get(`${BASE}/disbursements?${q}`)).json();

  beforeAll(async () => {
    ctx = await startTestApp(engine, {}, { workflowEnv: { clock: manualClock(NOW) } });
    city = await signedIn(ctx, "city", "city_admin");
    leader = await signedIn(ctx, "leader", "leadership");
    yuelu = await signedIn(ctx, "yuelu", "district", { areaCode: "430104" });
    furong = await signedIn(ctx, "furong", "district", { areaCode: "430102" });
    const hostA = await hostEntity(city, { name: "长沙支持测试甲科技有限公司" });
    const hostB = await hostEntity(city, { name: "长沙支持测试乙科技有限公司", districtCode: "430102" });
    filer = await signedIn(ctx, "filer", "entity", { orgId: hostA });
    const filerB = await signedIn(ctx, "filerb", "entity", { orgId: hostB });
    const people: FixturePeople = {
      city,
      hosts: [
        { entity: hostA, filer, reviewer: yuelu, districtCode: "430104" },
        { entity: hostB, filer: filerB, reviewer: furong, districtCode: "430102" },
      ],
    };
    const [a, b] = people.hosts as [FixturePeople["hosts"][number], FixturePeople["hosts"][number]];
    P.p1 = await platformWithReports(people, a, { 2024: 2800, 2025: 3250 });
    P.p2 = await platformWithReports(people, a, { 2024: 10000, 2025: 12000 });
    P.p3 = await platformWithReports(people, a, { 2024: 900, 2025: 800 });
    P.p4 = await platformWithReports(people, a, { 2024: 1500 });
    P.p5 = await platformWithReports(people, a, { 2024: 140, 2025: 150 });
    P.p6 = await platformWithReports(people, b, { 2024: 1800, 2025: 2000 });
    P.p7 = await platformWithReports(people, a, { 2025: 1000 });
    P.p8 = await platformWithReports(people, a, { 2025: 1000 });
    await plantLegacyFigure(ctx.database.db, P.p7, 2025, null);
    await plantLegacyFigure(ctx.database.db, P.p8, 2025, "-5.00");
    roundId = await poolOf(ctx.database.db, Object.values(P));
  });
  afterAll(async () => ctx?.close());

  it("refuses entities (403), strangers (401) and malformed input (4xx, localised)", async () => {
    expect((await filer.get(`${BASE}/funds`)).statusCode).toBe(403);
    expect((await filer.get(`/api/cultivation/platforms/${P.p1}/support`)).statusCode).toBe(403);
    expect(
      (await yuelu.post(`${BASE}/funds`, { code: "x_fund", name: "测试", year: 2026, budget: 1 })).statusCode,
    ).toBe(403);
    expect((await ctx.app.inject({ method: "GET", url: `${BASE}/funds` })).statusCode).toBe(401);
    const bad = await city.post(`${BASE}/funds`, {
      code: "global_rd_city",
      name: "专项资金",
      year: 2026,
      budget: "1.234",
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().code).toBe("validation_failed");
    expect(
      (await city.post(`${BASE}/funds`, { code: "Bad Code", name: "专项资金", year: 2026, budget: 1 }))
        .statusCode,
    ).toBe(400);
    expect(
      (await city.post(`${BASE}/funds`, { code: "ok_code", name: "专项资金", year: 2026, budget: -5 }))
        .statusCode,
    ).toBe(400);
    expect((await city.get(`${BASE}/funds/not-a-uuid`)).statusCode).toBe(400);
    expect((await city.get(`${BASE}/funds/00000000-0000-4000-8000-000000000000`)).statusCode).toBe(404);
  });

  it("creates the 2026 fund year once", async () => {
    const created = await city.post(`${BASE}/funds`, {
      code: "global_rd_city",
      name: "全球研发中心城市建设专项资金",
      year: 2026,
      budget: 1000,
    });
    expect(created.statusCode, created.body).toBe(201);
    expect(created.json()).toMatchObject({
      budget: "1000.00",
      committed: "0.00",
      paid: "0.00",
      available: "1000.00",
    });
    fundId = created.json().id;
    const again = await city.post(`${BASE}/funds`, {
      code: "global_rd_city",
      name: "全球研发中心城市建设专项资金",
      year: 2026,
      budget: 5,
    });
    expect(again.statusCode).toBe(409);
    expect(again.json()).toMatchObject({ code: "support_fund_exists" });
    expect(again.json().detail).toContain("2026");
  });

  it("refuses a scheme without a fund year and rules that do not hold together", async () => {
    const noFund = await city.post(`${BASE}/schemes`, {
      title: "2030年度支持方案",
      year: 2030,
      dataYear: 2025,
      budget: 100,
      rules: rules(),
    });
    expect(noFund.statusCode).toBe(422);
    expect(noFund.json().code).toBe("support_fund_unknown");
    const tiers = await city.post(`${BASE}/schemes`, {
      title: "错误的分档",
      year: 2026,
      dataYear: 2025,
      budget: 100,
      rules: rules({ rate: { kind: "tiers", tiers: [{ upTo: 1000, percent: 5 }] } }),
    });
    expect(tiers.statusCode).toBe(400);
    expect(tiers.json().errors[0].path).toBe("rules.rate.tiers.0.upTo");
    expect(tiers.json().detail).toContain("最后一档不设上限");
    const unknownField = await city.post(`${BASE}/schemes`, {
      title: "未知字段",
      year: 2026,
      dataYear: 2025,
      budget: 100,
      rules: { ...rules(), bonus: 1 },
    });
    expect(unknownField.statusCode).toBe(400);
    const unknownRound = await city.post(`${BASE}/schemes`, {
      title: "未知批次",
      year: 2026,
      dataYear: 2025,
      budget: 100,
      rules: rules({ eligibility: { kind: "pool", roundId: "00000000-0000-4000-8000-000000000000" } }),
    });
    expect(unknownRound.statusCode).toBe(422);
    expect(unknownRound.json().code).toBe("support_round_unknown");
  });

  it("simulates within the budget, explains each amount and lists who is left out and why", async () => {
    const created = await city.post(`${BASE}/schemes`, {
      title: "2026年度研发投入支持方案（甲）",
      year: 2026,
      dataYear: 2025,
      budget: 500,
      rules: rules(),
    });
    expect(created.statusCode, created.body).toBe(201);
    expect(created.json()).toMatchObject({ status: "draft", simulated: false, fund: { id: fundId } });
    schemeA = created.json();
    const sim = await city.post(`${BASE}/schemes/${schemeA.id}/simulate`, {});
    expect(sim.statusCode, sim.body).toBe(200);
    const { result } = sim.json();
    expect(sim.json().saved).toBe(true);
    expect(result).toMatchObject({ total: "437.50", budget: "500.00", withinBudget: true, scaled: null });
    expect(result.fund).toMatchObject({
      budget: "1000.00",
      committed: "0.00",
      room: "1000.00",
      shortfall: null,
    });
    const amounts = Object.fromEntries(
      result.supported.map((a: { platformId: string; amount: string }) => [a.platformId, a.amount]),
    );
    expect(amounts).toEqual({ [P.p1!]: "117.50", [P.p2!]: "200.00", [P.p3!]: "40.00", [P.p6!]: "80.00" });
    const p1 = result.supported.find((a: { platformId: string }) => a.platformId === P.p1);
    expect(p1.text.zh).toBe(
      "研发投入 3,250 万元：1,000×5% + 2,250×3% = 117.5 万元，未超过单个平台上限 200 万元",
    );
    const why = Object.fromEntries(
      result.excluded.map((a: { platformId: string; excluded: string }) => [a.platformId, a.excluded]),
    );
    expect(why).toEqual({
      [P.p4!]: "no_report",
      [P.p5!]: "below_minimum",
      [P.p7!]: "missing_rd",
      [P.p8!]: "negative_rd",
    });
    const scheme = (await city.get(`${BASE}/schemes/${schemeA.id}`)).json();
    expect(scheme).toMatchObject({ allocated: "437.50", supported: 4, excluded: 4, simulated: true });
    // A district official sees its area's allocations only.
    const mine = (await yuelu.get(`${BASE}/schemes/${schemeA.id}/allocations`)).json();
    expect(mine.map((a: { platformId: string }) => a.platformId)).not.toContain(P.p6);
    expect(mine.length).toBe(7);
  });

  it("answers what-ifs with both totals and per-platform deltas, saving nothing", async () => {
    const before = (await city.get(`${BASE}/schemes/${schemeA.id}`)).json();
    const res = await city.post(`${BASE}/schemes/${schemeA.id}/simulate`, {
      overrides: { tierPercents: [{ index: 0, percent: 6 }], cap: 150 },
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({
      saved: false,
      totals: { base: "437.50", scenario: "415.50", delta: "-22.00" },
    });
    const deltas = Object.fromEntries(
      res.json().deltas.map((d: { platformId: string; delta: string }) => [d.platformId, d.delta]),
    );
    expect(deltas).toEqual({ [P.p1!]: "10.00", [P.p2!]: "-50.00", [P.p3!]: "8.00", [P.p6!]: "10.00" });
    const after = (await city.get(`${BASE}/schemes/${schemeA.id}`)).json();
    expect(after.version).toBe(before.version);
    expect(after.allocated).toBe("437.50");
    // An override that does not fit the rules: 400 naming it.
    const wrong = await city.post(`${BASE}/schemes/${schemeA.id}/simulate`, { overrides: { percent: 7 } });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().errors[0].path).toBe("overrides.percent");
  });

  it("refuses rules over the budget with 422 naming the shortfall, and scales when the rules say so", async () => {
    const created = await city.post(`${BASE}/schemes`, {
      title: "2026年度研发投入支持方案（乙）",
      year: 2026,
      dataYear: 2025,
      budget: 300,
      rules: rules(),
    });
    expect(created.statusCode, created.body).toBe(201);
    schemeB = created.json();
    const over = await city.post(`${BASE}/schemes/${schemeB.id}/simulate`, {});
    expect(over.statusCode).toBe(422);
    expect(over.json()).toMatchObject({ code: "support_over_budget", shortfall: "137.50" });
    expect(over.json().detail).toContain("缺口 137.50 万元");
    expect((await city.get(`${BASE}/schemes/${schemeB.id}`)).json().simulated).toBe(false);

    const current = await city.get(`${BASE}/schemes/${schemeB.id}`);
    expect((await city.patch(`${BASE}/schemes/${schemeB.id}`, { budget: 300 })).statusCode).toBe(428);
    const patched = await city.patch(
      `${BASE}/schemes/${schemeB.id}`,
      { rules: rules({ overBudget: "scale" }) },
      { "if-match": etag(current) },
    );
    expect(patched.statusCode, patched.body).toBe(200);
    const scaled = await city.post(`${BASE}/schemes/${schemeB.id}/simulate`, {});
    expect(scaled.statusCode, scaled.body).toBe(200);
    const { result } = scaled.json();
    expect(result).toMatchObject({ total: "300.00", scaled: { factor: "0.685714", before: "437.50" } });
    const amounts = Object.fromEntries(
      result.supported.map((a: { platformId: string; amount: string }) => [a.platformId, a.amount]),
    );
    expect(amounts).toEqual({ [P.p1!]: "80.57", [P.p2!]: "137.14", [P.p3!]: "27.43", [P.p6!]: "54.86" });
  });

  it("refuses a scheme the fund year has no room for (422 with the shortfall)", async () => {
    const f = await city.post(`${BASE}/funds`, {
      code: "global_rd_city",
      name: "全球研发中心城市建设专项资金",
      year: 2027,
      budget: 100,
    });
    expect(f.statusCode).toBe(201);
    const c = await city.post(`${BASE}/schemes`, {
      title: "2027年度研发投入支持方案",
      year: 2027,
      dataYear: 2025,
      budget: 5000,
      rules: rules({ rate: { kind: "share", percent: 5 } }),
    });
    expect(c.statusCode, c.body).toBe(201);
    const short = await city.post(`${BASE}/schemes/${c.json().id}/simulate`, {});
    expect(short.statusCode).toBe(422);
    expect(short.json()).toMatchObject({ code: "support_fund_short", shortfall: "402.50" });
    // The what-if shows it without refusing.
    const whatIf = await city.post(`${BASE}/schemes/${c.json().id}/simulate`, { overrides: { cap: 100 } });
    expect(whatIf.json().result.fund).toMatchObject({ room: "100.00", shortfall: "402.50" });
  });

  it("approval commits the disbursements and the fund's committed figure rises; a second scheme for the same platforms and year → 409, nothing half-written", async () => {
    // Both schemes are submitted before either is approved.
    expect((await act(city, schemeA.instanceId, "submit")).statusCode).toBe(200);
    expect((await act(city, schemeB.instanceId, "submit")).statusCode).toBe(200);
    expect((await city.get(`${BASE}/schemes/${schemeA.id}`)).json().status).toBe("submitted");
    // Submitted: no longer changed or simulated.
    const locked = await city.post(`${BASE}/schemes/${schemeA.id}/simulate`, {});
    expect(locked.statusCode).toBe(409);
    expect(locked.json().code).toBe("support_scheme_not_editable");
    // The city cannot approve its own scheme.
    expect((await act(city, schemeA.instanceId, "approve")).statusCode).toBe(403);

    const approved = await act(leader, schemeA.instanceId, "approve");
    expect(approved.statusCode, approved.body).toBe(200);
    expect((await city.get(`${BASE}/schemes/${schemeA.id}`)).json().status).toBe("approved");
    const committed = await disbursements(`schemeId=${schemeA.id}`);
    expect(committed.length).toBe(4);
    expect(committed.every((d: { status: string }) => d.status === "committed")).toBe(true);
    expect(await fund()).toMatchObject({
      committed: "437.50",
      paid: "0.00",
      available: "562.50",
      disbursements: 4,
    });

    const second = await act(leader, schemeB.instanceId, "approve");
    expect(second.statusCode).toBe(409);
    expect(second.json().code).toBe("support_already_supported");
    expect(second.json().platforms.length).toBe(4);
    expect(second.json().detail).toContain("2026");
    expect(await disbursements(`schemeId=${schemeB.id}`)).toEqual([]);
    expect(await fund()).toMatchObject({ committed: "437.50", disbursements: 4 });
    expect((await city.get(`${BASE}/schemes/${schemeB.id}`)).json().status).toBe("submitted");

    // Returned, simulated again: the platforms already paid for 2026 are left out, so there is nothing to submit.
    expect((await act(leader, schemeB.instanceId, "return", "与甲方案重复，请调整")).statusCode).toBe(200);
    const again = await city.post(`${BASE}/schemes/${schemeB.id}/simulate`, {});
    expect(again.statusCode, again.body).toBe(200);
    expect(again.json().result.supported).toEqual([]);
    expect(
      again.json().result.excluded.filter((a: { excluded: string }) => a.excluded === "already_supported")
        .length,
    ).toBe(4);
    const submit = await act(city, schemeB.instanceId, "submit");
    expect(submit.statusCode).toBe(422);
    expect(submit.json().code).toBe("support_scheme_not_simulated");
  });

  it("pays once (a second payment → 409), cancels with a reason, and the burn-down follows", async () => {
    const list = (await disbursements(`schemeId=${schemeA.id}`)) as { id: string; platformId: string }[];
    const d1 = list.find((d) => d.platformId === P.p1);
    const d3 = list.find((d) => d.platformId === P.p3);
    const future = await city.post(`${BASE}/disbursements/${d1!.id}/pay`, {
      paidOn: "2026-12-01",
      voucherNo: "长财科拨〔2026〕0001号",
    });
    expect(future.statusCode).toBe(422);
    expect(future.json().code).toBe("support_paid_on_invalid");
    expect(
      (await city.post(`${BASE}/disbursements/${d1!.id}/pay`, { paidOn: "2026-13-01", voucherNo: "x" }))
        .statusCode,
    ).toBe(400);
    expect(
      (await yuelu.post(`${BASE}/disbursements/${d1!.id}/pay`, { paidOn: "2026-06-15", voucherNo: "x" }))
        .statusCode,
    ).toBe(403);
    const paid = await city.post(`${BASE}/disbursements/${d1!.id}/pay`, {
      paidOn: "2026-06-15",
      voucherNo: "长财科拨〔2026〕0001号",
    });
    expect(paid.statusCode, paid.body).toBe(200);
    expect(paid.json()).toMatchObject({
      status: "paid",
      paidOn: "2026-06-15",
      voucherNo: "长财科拨〔2026〕0001号",
    });
    const twice = await city.post(`${BASE}/disbursements/${d1!.id}/pay`, {
      paidOn: "2026-07-01",
      voucherNo: "长财科拨〔2026〕0002号",
    });
    expect(twice.statusCode).toBe(409);
    expect(twice.json().code).toBe("support_already_paid");
    expect(twice.json().detail).toContain("2026-06-15");
    expect(await fund()).toMatchObject({ paid: paid.json().amount, paidCount: 1, committed: "437.50" });
    // A paid disbursement cannot be cancelled; a committed one can, and frees its amount.
    expect((await city.post(`${BASE}/disbursements/${d1!.id}/cancel`, { reason: "误操作" })).statusCode).toBe(
      409,
    );
    expect((await city.post(`${BASE}/disbursements/${d3!.id}/cancel`, {})).statusCode).toBe(400);
    const cancelled = await city.post(`${BASE}/disbursements/${d3!.id}/cancel`, {
      reason: "平台放弃本年度支持",
    });
    expect(cancelled.statusCode, cancelled.body).toBe(200);
    expect(cancelled.json().status).toBe("cancelled");
    expect(cancelled.json().cancelledReason).toBe("平台放弃本年度支持");
    expect(
      (await city.post(`${BASE}/disbursements/${d3!.id}/pay`, { paidOn: "2026-06-15", voucherNo: "y" }))
        .statusCode,
    ).toBe(409);
    const f = await fund();
    expect(f).toMatchObject({ disbursements: 3, committed: "397.50", available: "602.50" });
    // The budget cannot drop below what is committed.
    const current = await city.get(`${BASE}/funds/${fundId}`);
    const low = await city.patch(`${BASE}/funds/${fundId}`, { budget: 100 }, { "if-match": etag(current) });
    expect(low.statusCode).toBe(422);
    expect(low.json().code).toBe("support_fund_below_committed");
    expect(low.json().detail).toContain("397.50");
    const stale = await city.patch(`${BASE}/funds/${fundId}`, { budget: 1200 }, { "if-match": '"v0"' });
    expect(stale.statusCode).toBe(412);

    // The cancellation freed P3's 2026: the returned scheme B, simulated again, supports it and is approved.
    const resim = await city.post(`${BASE}/schemes/${schemeB.id}/simulate`, {});
    expect(resim.statusCode, resim.body).toBe(200);
    expect(resim.json().result.supported.map((a: { platformId: string }) => a.platformId)).toEqual([P.p3]);
    expect((await act(city, schemeB.instanceId, "submit")).statusCode).toBe(200);
    expect((await act(leader, schemeB.instanceId, "approve")).statusCode).toBe(200);
    expect(await disbursements(`schemeId=${schemeB.id}`)).toMatchObject([
      { platformId: P.p3, amount: "40.00", status: "committed" },
    ]);
    expect(await fund()).toMatchObject({ disbursements: 4, committed: "437.50" });

    const burn = (await city.get(`${BASE}/funds/${fundId}/burn-down`)).json();
    expect(burn.months.length).toBe(12);
    expect(burn.months[4]).toMatchObject({
      month: "2026-05",
      paid: "0.00",
      paidToDate: "0.00",
      remaining: "1000.00",
    });
    expect(burn.months[5]).toMatchObject({ month: "2026-06", paid: paid.json().amount });
    expect(burn.months[11].paidToDate).toBe(paid.json().amount);
  });

  it("maps a violation of the unique index (the last guard) to the localised 409, writing nothing", async () => {
    const db = ctx.database.db;
    const [scheme] = await db.select().from(supportSchemes).where(eq(supportSchemes.id, schemeB.id));
    const before = await db.select().from(fundDisbursements);
    // P1 holds a paid 2026 payment; P4 none: neither is written.
    const allocations = [P.p4!, P.p1!].map((platformId) => ({
      id: randomUUID(),
      schemeId: schemeB.id,
      platformId,
      basisValue: null,
      amount: "10.00",
      parts: {},
    }));
    const outcome = await db.transaction(async (tx) => {
      const error = await insertDisbursements(
        tx,
        systemActor("test"),
        scheme!,
        allocations,
        new Date(),
      ).catch((e: unknown) => e);
      // The savepoint kept the transaction usable.
      const rowsNow = await tx.select().from(fundDisbursements);
      return { error, rowsNow: rowsNow.length };
    });
    expect(outcome.error).toBeInstanceOf(AppError);
    expect(outcome.error).toMatchObject({
      code: "support_already_supported",
      status: 409,
      extra: { platformIds: [P.p1] },
    });
    expect(outcome.rowsNow).toBe(before.length);
    expect((await db.select().from(fundDisbursements)).length).toBe(before.length);
  });

  it("exports a scheme's disbursements and the fund's ledger as CSV and XLSX", async () => {
    const csv = await city.get(`${BASE}/schemes/${schemeA.id}/disbursements/export?format=csv`);
    expect(csv.statusCode, csv.body).toBe(200);
    expect(csv.headers["content-type"]).toContain("text/csv");
    expect(csv.headers["content-disposition"]).toContain("support-2026-disbursements");
    const text = csv.body.replace(/^\uFEFF/, "");
    const lines = text.trim().split("\r\n");
    expect(lines[0]).toBe(
      "平台名称,依托单位,统一社会信用代码,所在区县,支持年度,金额（万元）,状态,支付日期,凭证号",
    );
    expect(text).toContain("长沙支持测试甲科技有限公司");
    expect(text).toMatch(/9143010[0-9A-Z]{11}/);
    expect(text).toContain("长财科拨〔2026〕0001号");
    expect(lines.at(-1)).toContain("合计（3 笔，不含已取消）");
    expect(lines.at(-1)).toContain("397.50");

    const xlsx = await city.get(`${BASE}/funds/${fundId}/ledger?format=xlsx`);
    expect(xlsx.statusCode).toBe(200);
    expect(xlsx.headers["content-type"]).toContain("spreadsheetml");
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    const sheet = book.worksheets[0]!;
    expect(sheet.name).toBe("资金台账");
    expect(sheet.getRow(1).getCell(1).value).toBe("支持方案");
    expect(sheet.rowCount).toBe(1 + 5 + 1);
    expect(sheet.getRow(7).getCell(7).value).toBe(437.5);

    const en = await city.get(`${BASE}/funds/${fundId}/ledger?format=csv`, { "accept-language": "en-US" });
    expect(en.body).toContain("Host organisation");
    expect((await filer.get(`${BASE}/funds/${fundId}/ledger?format=csv`)).statusCode).toBe(403);
    expect((await city.get(`${BASE}/funds/${fundId}/ledger?format=pdf`)).statusCode).toBe(400);
  });

  it("shows a platform's support history by year, in scope", async () => {
    const res = await city.get(`/api/cultivation/platforms/${P.p1}/support`);
    expect(res.statusCode, res.body).toBe(200);
    const [year] = res.json().years;
    expect(year.year).toBe(2026);
    expect(year.allocations.map((a: { schemeId: string }) => a.schemeId).sort()).toEqual(
      [schemeA.id, schemeB.id].sort(),
    );
    expect(year.disbursements).toHaveLength(1);
    expect(year.disbursements[0]).toMatchObject({ status: "paid", amount: "117.50" });
    expect(year.paid).toBe("117.50");
    expect((await yuelu.get(`/api/cultivation/platforms/${P.p1}/support`)).statusCode).toBe(200);
    expect((await furong.get(`/api/cultivation/platforms/${P.p1}/support`)).statusCode).toBe(404);
    expect((await leader.get(`/api/cultivation/platforms/${P.p6}/support`)).statusCode).toBe(200);
  });
});
