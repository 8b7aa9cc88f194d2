import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { userActor } from "../../../core/actor.js";
import { users } from "../../../core/auth/schema.js";
import { manualClock } from "../../../core/calendar/index.js";
import { type Client, engines, signedIn, startTestApp, type TestContext } from "../../../test/harness.js";
import { fundDisbursements, supportSchemes } from "../schema.js";
import { listFunds, seedDemoSupport } from "./face.js";
import { listAllocations } from "./queries.js";
import { type FixturePeople, hostEntity, platformWithReports } from "./support.fixture.js";

const NOW = "2026-11-20T02:00:00Z";

describe.each(engines())("support demo on %s", (engine) => {
  let ctx: TestContext;
  let city: Client;

  beforeAll(async () => {
    ctx = await startTestApp(engine, {}, { workflowEnv: { clock: manualClock(NOW) } });
    city = await signedIn(ctx, "city", "city_admin");
    await signedIn(ctx, "leader", "leadership");
    const yuelu = await signedIn(ctx, "yuelu", "district", { areaCode: "430104" });
    const host = await hostEntity(city, { name: "长沙支持演示科技有限公司" });
    const filer = await signedIn(ctx, "filer", "entity", { orgId: host });
    const people: FixturePeople = {
      city,
      hosts: [{ entity: host, filer, reviewer: yuelu, districtCode: "430104" }],
    };
    // The pool is empty here: the demo falls back to provincial-level platforms with reports.
    for (const [rd2024, rd2025] of [
      [2800, 3250],
      [10000, 12000],
      [900, 800],
      [1500, 1900],
      [400, 600],
    ] as const)
      await platformWithReports(people, people.hosts[0]!, { 2024: rd2024, 2025: rd2025 });
  });
  afterAll(async () => ctx?.close());

  it("seeds the funds, an approved scheme with payments and a simulated 2027 draft, once", async () => {
    const db = ctx.database.db;
    const [row] = await db.select().from(users).where(eq(users.username, "city"));
    const cityActor = userActor({ ...row!, role: "city_admin" }, null, "session");
    const result = await seedDemoSupport(db, { city: cityActor }, { now: new Date(NOW) });
    expect(result.schemes).toBe(2);
    expect(result.disbursements).toBe(5);
    expect(result.paid).toBe(3);

    const schemes = await db.select().from(supportSchemes);
    expect(schemes.map((s) => [s.year, s.status]).sort()).toEqual([
      [2026, "approved"],
      [2027, "draft"],
    ]);
    const funds = await listFunds(db, {});
    const f2026 = funds.find((f) => f.year === 2026);
    expect(f2026).toMatchObject({ budget: "20000.00", disbursements: 5, paidCount: 3 });
    const payments = await db.select().from(fundDisbursements);
    expect(payments.every((p) => !p.paidOn || p.paidOn <= "2026-11-20")).toBe(true);
    const draft = schemes.find((s) => s.year === 2027)!;
    const allocations = await listAllocations(db, cityActor, draft.id);
    expect(allocations.length).toBe(5);
    // 900 → 800 did not increase.
    expect(allocations.filter((a) => a.excluded === "no_increase").length).toBe(1);

    expect(await seedDemoSupport(db, { city: cityActor }, { now: new Date(NOW) })).toEqual({
      schemes: 0,
      disbursements: 0,
      paid: 0,
    });
  });
});
