import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { registerComputedSeriesOfModules } from "../../app/computed-series.js";
import { systemActor } from "../../core/actor.js";
import { manualClock } from "../../core/calendar/index.js";
import { type Client, engines, signedIn, startTestApp, type TestContext } from "../../test/harness.js";
import { loadPlan } from "./load-plan.js";
import { plans, planUnits } from "./schema.js";
import { TEST_PACK } from "./test-pack.fixture.js";

const source = (title: string, date?: string) => ({
  title,
  ...(date ? { date } : {}),
  url: "https://example.org/s",
});

describe.each(engines())("plan targets and figures on %s", (engine) => {
  let ctx: TestContext;
  let city: Client;
  let leader: Client;
  let company: Client;
  let sti: Client;
  let dev: Client;
  const actor = systemActor("test");

  const targets = async (c: Client, q = "") => {
    const res = await c.get(`/api/plan/targets?plan=test-city-2023${q}`);
    expect(res.statusCode, res.body).toBe(200);
    return new Map<string, Record<string, any>>(res.json().items.map((t: { code: string }) => [t.code, t]));
  };
  const observe = (c: Client, body: Record<string, unknown>) => c.post("/api/plan/observations", body);

  beforeAll(async () => {
    registerComputedSeriesOfModules();
    ctx = await startTestApp(engine, {}, { workflowEnv: { clock: manualClock("2026-11-20T02:00:00Z") } });
    const loaded = await loadPlan(ctx.database.db, actor, TEST_PACK, { sourceFile: "test" });
    expect(loaded.ok, JSON.stringify(loaded)).toBe(true);
    const units = await ctx.database.db.select().from(planUnits);
    const unit = (code: string) => units.find((u) => u.code === code)!.id;
    city = await signedIn(ctx, "plan-city", "city_admin");
    leader = await signedIn(ctx, "plan-leader", "leadership");
    company = await signedIn(ctx, "plan-company", "entity");
    sti = await signedIn(ctx, "plan-sti", "department", { orgId: unit("t_sti") });
    dev = await signedIn(ctx, "plan-dev", "department", { orgId: unit("t_dev") });
  });
  afterAll(async () => ctx?.close());

  it("refuses a second load of the same plan and a broken pack, and writes nothing for either", async () => {
    const again = await loadPlan(ctx.database.db, actor, TEST_PACK);
    expect(again.ok).toBe(false);
    if (!again.ok) expect(again.problems.map((p) => p.code)).toContain("plan_exists");
    const broken = TEST_PACK.replace("code: test-city-2023", "code: test-city-2024")
      .replace("indicator: t_listed", "indicator: t_nowhere")
      .replace("horizon: [2025, 2026]", "horizon: [2025, 2026]\nsurprise: 1");
    const result = await loadPlan(ctx.database.db, actor, broken);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      const paths = result.problems.map((p) => p.path);
      expect(paths).toContain("surprise");
      expect(paths.some((p) => /^targets\[1\]\.indicator$/.test(p))).toBe(true);
    }
    expect((await ctx.database.db.select().from(plans)).map((p) => p.code)).toEqual(["test-city-2023"]);
  });

  it("judges a reported level target as achieved and names its source", async () => {
    expect(
      (
        await observe(city, {
          indicatorCode: "t_platforms",
          period: "2023",
          value: 2300,
          qualifier: "gt",
          source: source("晚报 2023", "2023-12-21"),
        })
      ).statusCode,
    ).toBe(201);
    expect(
      (
        await observe(city, {
          indicatorCode: "t_platforms",
          period: "2024",
          value: 3000,
          qualifier: "gt",
          source: source("晚报 2024", "2024-12-04"),
        })
      ).statusCode,
    ).toBe(201);
    const t = (await targets(leader)).get("t2025_platforms")!;
    expect(t.status).toBe("achieved");
    expect(t.latestValue).toBe(3000);
    expect(t.latestPeriod).toBe("2024");
    expect(t.latestQualifier).toBe("gt");
    expect(t.authoritative).toBe("reported");
    expect(t.sources.some((s: { title: string; url: string }) => s.title === "晚报 2024" && s.url)).toBe(
      true,
    );
    // As of a day before the 2024 figure was published, only the 2023 figure was known: 2300 / 2600 (no baseline).
    const before = (await targets(leader, "&asOf=2024-06-30")).get("t2025_platforms")!;
    expect(before.latestValue).toBe(2300);
    expect(before.basis).toBe("target_only");
    expect(before.ratio).toBeCloseTo(2300 / 2600, 6);
    expect(before.status).toBe("at_risk");
  });

  it("judges a level target with a baseline by the required path (hand-computed)", async () => {
    await observe(city, {
      indicatorCode: "t_listed",
      period: "2025",
      value: 86,
      source: source("上市公司报告"),
    });
    const t = (await targets(leader)).get("t2025_listed")!;
    // t = Y = 2025: E = T = 100, r = (86 − 70) / (100 − 70) = 0.5333 → off track.
    expect(t.expected).toBeCloseTo(100, 6);
    expect(t.ratio).toBeCloseTo(16 / 30, 6);
    expect(t.status).toBe("off_track");
    expect(t.gap).toBeCloseTo(14, 6);
    expect(t.requiredPath).toEqual([
      { year: 2022, value: 70 },
      { year: 2023, value: 80 },
      { year: 2024, value: 90 },
      { year: 2025, value: 100 },
    ]);
  });

  it("judges a growth target by the CAGR of the levels and forecasts it (hand-computed)", async () => {
    for (const [period, value] of [
      ["2022", 300],
      ["2023", 340],
      ["2024", 380],
    ] as const)
      expect(
        (await observe(city, { indicatorCode: "t_rd", period, value, source: source(`公报 ${period}`) }))
          .statusCode,
      ).toBe(201);
    const t = (await targets(leader)).get("t2025_rd_growth")!;
    const cagr = (380 / 300) ** (1 / 2) - 1; // 0.12546
    expect(t.cagr).toBeCloseTo(cagr, 6);
    expect(t.ratio).toBeCloseTo(cagr / 0.13, 6); // 0.9651 → on track
    expect(t.status).toBe("on_track");
    expect(t.basis).toBe("levels");
    expect(t.forecast).not.toBeNull();
    expect(t.forecast.method).toBe("log_linear");
    expect(t.forecast.points).toBe(3);
    expect(t.forecast.low).toBeLessThan(t.forecast.value);
    expect(t.forecast.high).toBeGreaterThan(t.forecast.value);
    expect(t.forecast.band.at(-1).year).toBe(2025);
  });

  it("judges a milestone: off track after its year without the date, achieved with it", async () => {
    expect((await targets(leader)).get("t2025_lab")!.status).toBe("off_track");
    expect((await targets(leader, "&asOf=2025-06-30")).get("t2025_lab")!.status).toBe("at_risk");
    await observe(city, {
      indicatorCode: "t_lab",
      period: "2026",
      value: 1,
      source: source("批复", "2026-03-01"),
    });
    const t = (await targets(leader)).get("t2025_lab")!;
    expect(t.status).toBe("achieved");
    expect(t.achievedOn).toBe("2026-03-01");
  });

  it("counts a window target as the increase since the year before the window", async () => {
    await observe(city, { indicatorCode: "t_key_labs", period: "2023", value: 30, source: source("a") });
    await observe(city, { indicatorCode: "t_key_labs", period: "2025", value: 31, source: source("b") });
    const t = (await targets(leader)).get("t2026_key_labs")!;
    // Added since the end of 2023 (30): 31 − 30 = 1, which meets "1–2 new".
    expect(t.latestValue).toBe(1);
    expect(t.window).toEqual({ from: 2024, to: 2026, baseYear: 2023, baseValue: 30 });
    expect(t.series.map((p: { value: number }) => p.value)).toEqual([0, 1]);
    expect(t.rule).toBe("window_increase");
    expect(t.status).toBe("achieved");
    expect(t.taskCode).toBe("1.1");
  });

  it("keeps a revised figure as a new vintage and refuses a duplicate or a misfit, in the caller's language", async () => {
    const dup = await observe(city, { indicatorCode: "t_listed", period: "2025", value: 87, source: "x" });
    expect(dup.statusCode).toBe(409);
    expect(dup.json().code).toBe("observation_duplicate");
    expect(dup.json().detail).toContain("修订");
    const rev = await observe(city, {
      indicatorCode: "t_listed",
      period: "2025",
      value: 88,
      source: source("修订公报"),
      revision: { reason: "统计局修订" },
    });
    expect(rev.statusCode, rev.body).toBe(201);
    expect(rev.json().vintage).toBe(2);
    const all = (await leader.get("/api/plan/indicators/t_listed/observations")).json();
    expect(all.map((o: { value: number; superseded: boolean }) => [o.value, o.superseded])).toEqual([
      [88, false],
      [86, true],
    ]);
    expect((await targets(leader)).get("t2025_listed")!.latestValue).toBe(88);

    city.lang = "en-US";
    const cases: [Record<string, unknown>, number, string][] = [
      [
        { indicatorCode: "t_listed", period: "2024Q1", value: 1, source: "x" },
        422,
        "observation_period_invalid",
      ],
      [
        { indicatorCode: "t_listed", period: "2031", value: 1, source: "x" },
        422,
        "observation_period_invalid",
      ],
      [
        { indicatorCode: "t_listed", period: "2021", value: 1, unit: "亿元", source: "x" },
        422,
        "observation_unit_mismatch",
      ],
      [
        { indicatorCode: "t_listed", period: "2021", value: 20000, source: "x" },
        422,
        "observation_out_of_range",
      ],
      [{ indicatorCode: "t_nowhere", period: "2021", value: 1, source: "x" }, 422, "indicator_unknown"],
      [{ indicatorCode: "t_listed", period: "2021", value: "many", source: "x" }, 400, "validation_failed"],
      [
        { indicatorCode: "t_listed", period: "2021", value: 1, source: "x", extra: 1 },
        400,
        "validation_failed",
      ],
    ];
    for (const [body, status, code] of cases) {
      const res = await observe(city, body);
      expect(res.statusCode, JSON.stringify(body)).toBe(status);
      expect(res.json().code).toBe(code);
    }
    const en = await observe(city, { indicatorCode: "t_listed", period: "2021", value: 20000, source: "x" });
    expect(en.json().detail).toContain("outside the indicator's range");
    city.lang = "zh-CN";
    // Only the city records figures; the leadership reads; an enterprise reads nothing of the plan.
    expect(
      (await observe(leader, { indicatorCode: "t_listed", period: "2021", value: 1, source: "x" }))
        .statusCode,
    ).toBe(403);
    expect((await company.get("/api/plan/targets")).statusCode).toBe(403);
  });

  it("serves the public version without internal fields and without sign-in", async () => {
    const res = await ctx.app.inject({ method: "GET", url: "/api/public/plan/targets?plan=test-city-2023" });
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json();
    const t = body.items.find((x: { code: string }) => x.code === "t2025_platforms");
    expect(t.status).toBe("achieved");
    for (const hidden of ["indicatorCode", "divergence", "version", "taskCode", "computedSeries"])
      expect(t).not.toHaveProperty(hidden);
    expect(t.sources[0]).not.toHaveProperty("observationId");
    expect(body.rules.texts.level.zh.length).toBeGreaterThan(10);
  });

  it("shows each unit only its own tasks, with why a task is overdue", async () => {
    const all = (await city.get("/api/plan/tasks?plan=test-city-2023")).json();
    expect(all.map((t: { code: string }) => t.code)).toEqual(["1.1", "1.2"]);
    const mine = (await sti.get("/api/plan/tasks?plan=test-city-2023")).json();
    expect(mine.map((t: { code: string }) => t.code)).toEqual(["1.1"]);
    expect(mine[0].overdue).toBe(true);
    expect(mine[0].overdueReasons.map((r: { kind: string }) => r.kind)).toEqual(
      expect.arrayContaining(["task", "milestone"]),
    );
    const theirs = (await dev.get("/api/plan/tasks?plan=test-city-2023")).json();
    expect(theirs.map((t: { code: string }) => t.code)).toEqual(["1.2"]);
    expect((await dev.get(`/api/plan/tasks/${mine[0].id}`)).statusCode).toBe(404);
    const detail = (await sti.get(`/api/plan/tasks/${mine[0].id}`)).json();
    expect(detail.targets.map((t: { code: string }) => t.code)).toEqual(["t2026_key_labs"]);
    expect(detail.versions).toHaveLength(1);
    // The lead unit records that the milestone was reached; others may not; a future day or a stale version is refused.
    const milestone = detail.milestones[0];
    const done = (body: Record<string, unknown>, c = sti) =>
      c.post(`/api/plan/milestones/${milestone.id}/done`, body);
    expect((await done({ doneOn: "2099-01-01", expectedVersion: milestone.version })).statusCode).toBe(422);
    expect((await done({ doneOn: "2024-06-20", expectedVersion: milestone.version }, dev)).statusCode).toBe(
      404,
    );
    expect(
      (await done({ doneOn: "2024-06-20", expectedVersion: milestone.version }, leader)).statusCode,
    ).toBe(403);
    const ok = await done({ doneOn: "2024-06-20", expectedVersion: milestone.version });
    expect(ok.statusCode, ok.body).toBe(200);
    expect((await done({ doneOn: "2024-06-21", expectedVersion: milestone.version })).statusCode).toBe(412);
    const later = (await sti.get(`/api/plan/tasks/${mine[0].id}`)).json();
    expect(later.milestones[0]).toMatchObject({ doneOn: "2024-06-20", overdue: false });
    expect(later.overdueReasons.map((r: { kind: string }) => r.kind)).not.toContain("milestone");

    const dash = (await leader.get("/api/plan/dashboard?plan=test-city-2023")).json();
    // 1.1 is past its due date and a milestone; 1.2 (due 2030) owes its quarterly reports.
    expect(dash.projects[0]).toMatchObject({ code: "1", tasks: 2, overdue: 2 });
    expect(theirs[0].overdueReasons.map((r: { kind: string }) => r.kind)).toContain("report");
    expect(theirs[0].overdueReasons.map((r: { kind: string }) => r.kind)).not.toContain("task");
    expect(dash.statusCounts.achieved).toBeGreaterThanOrEqual(3);
    expect(dash.districts.items).toHaveLength(9);
  });
});
