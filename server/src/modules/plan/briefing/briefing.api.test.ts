import fs from "node:fs";
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { registerComputedSeriesOfModules } from "../../../app/computed-series.js";
import { CHANGSHA_FIGURES, CHANGSHA_PACK } from "../../../app/plan-seed.js";
import { systemActor } from "../../../core/actor.js";
import { auditLog } from "../../../core/audit/index.js";
import { manualClock } from "../../../core/calendar/index.js";
import { type Client, engines, signedIn, startTestApp, type TestContext } from "../../../test/harness.js";
import { pdfText } from "../../../test/pdf-reading.js";
import { loadPlan } from "../load-plan.js";
import { planByCode } from "../plans.js";
import { loadPublishedFigures } from "../published-figures.js";
import { withoutUrl } from "./annex.js";

const URL = "/api/plan/briefing.pdf";
const squeeze = (s: string) => s.replace(/\s+/g, "");

describe.each(engines())("the plan's briefing PDF on %s", (engine) => {
  let ctx: TestContext;
  let city: Client;
  let leader: Client;
  let company: Client;
  let title: { zh: string; en: string };

  beforeAll(async () => {
    registerComputedSeriesOfModules();
    // 1 July 2025, 01:00 in Shanghai (still 30 June in UTC): the default as-of date is China's.
    ctx = await startTestApp(engine, {}, { workflowEnv: { clock: manualClock("2025-06-30T17:00:00Z") } });
    const actor = systemActor("test");
    const loaded = await loadPlan(ctx.database.db, actor, fs.readFileSync(CHANGSHA_PACK, "utf8"), {
      sourceFile: "plans/changsha-2023.yaml",
    });
    expect(loaded.ok, JSON.stringify(loaded)).toBe(true);
    const plan = await planByCode(ctx.database.db, "changsha-2023");
    title = { zh: plan.titleZh, en: plan.titleEn };
    const figures = await loadPublishedFigures(
      ctx.database.db,
      actor,
      plan.pack as never,
      fs.readFileSync(CHANGSHA_FIGURES, "utf8"),
    );
    expect(figures.loaded).toBeGreaterThan(0);
    city = await signedIn(ctx, "briefing-city", "city_admin");
    leader = await signedIn(ctx, "briefing-leader", "leadership");
    company = await signedIn(ctx, "briefing-company", "entity", {
      orgId: "a0000000-0000-4000-8000-0000000000b1",
    });
  }, 120_000);
  afterAll(async () => ctx?.close());

  it("gives city administrators the whole plan's status as an A4 PDF in Chinese, with the sources annex", async () => {
    const res = await city.get(`${URL}?plan=changsha-2023&asOf=2025-06-30`);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers["content-type"]).toBe("application/pdf");
    expect(res.headers["content-disposition"]).toContain('filename="briefing-changsha-2023-2025-06-30.pdf"');
    const pdf = res.rawPayload;
    const raw = pdf.toString("latin1");
    expect(raw).toMatch(/\/MediaBox \[0 0 595\.28 841\.89\]/);
    expect(raw).toMatch(/\/BaseFont \/[A-Z]{6}\+NotoSerifSC/);

    const { pages, text } = await pdfText(pdf);
    expect(pages).toBeGreaterThan(2);
    const flat = squeeze(text);
    expect(flat).toContain(squeeze(title.zh));
    expect(flat).toContain("截至2025年6月30日");
    expect(flat).toContain("各类创新平台达到2600家");
    expect(flat).toContain("2,600家");
    expect(flat).toContain("已实现");
    expect(flat).toContain(`第1页/共${pages}页`);
    expect(flat).toContain("数据来源见附表");
    for (const heading of [
      "发展目标",
      "任务中的分项目标",
      "重点工程与任务",
      "逾期任务",
      "计算规则",
      "数据来源",
    ])
      expect(flat).toContain(heading);

    // The annex names the publication of the figure the innovation-platform target was judged by.
    const targets = await city.get("/api/plan/targets?plan=changsha-2023&asOf=2025-06-30");
    const platforms = targets
      .json()
      .items.find((t: { code: string }) => t.code === "t2025_innovation_platforms");
    const source = platforms.sources.find((s: { kind: string }) => s.kind === "reported");
    expect(source?.title).toBeTruthy();
    expect(flat).toContain(squeeze(withoutUrl(source.title, source.url)));
    if (source.url) expect(flat).toContain(squeeze(source.url));
  });

  it("renders the same bytes for the same data and date, and audits each download", async () => {
    const a = await leader.get(`${URL}?plan=changsha-2023&asOf=2025-06-30`);
    const b = await leader.get(`${URL}?plan=changsha-2023&asOf=2025-06-30`);
    expect(a.statusCode).toBe(200);
    expect(a.rawPayload.equals(b.rawPayload)).toBe(true);
    const audits = await ctx.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, "plan.briefing"), eq(auditLog.actorName, "briefing-leader")));
    expect(audits).toHaveLength(2);
    expect(audits[0]).toMatchObject({ targetType: "plan" });
    expect(audits[0]!.after).toMatchObject({ plan: "changsha-2023", asOf: "2025-06-30", lang: "zh-CN" });
  });

  it("speaks English when asked or when the caller reads English, and defaults to today in Shanghai", async () => {
    const asked = await leader.get(`${URL}?plan=changsha-2023&asOf=2025-06-30&lang=en-US`);
    expect(asked.statusCode).toBe(200);
    const { text } = await pdfText(asked.rawPayload);
    expect(text).toContain("Innovation platforms");
    expect(text).toContain("As of 30 June 2025");
    expect(text).toContain("Sources in the annex");
    expect(text).toMatch(/Page 1 of \d+/);
    expect(squeeze(text)).toContain(squeeze(title.en));

    leader.lang = "en-US";
    const byDefault = await leader.get(URL);
    leader.lang = "zh-CN";
    expect(byDefault.statusCode).toBe(200);
    expect((await pdfText(byDefault.rawPayload)).text).toContain("As of 1 July 2025");
    const [audit] = await ctx.database.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.action, "plan.briefing"))
      .orderBy(auditLog.id)
      .then((rows) => rows.slice(-1));
    expect(audit!.after).toMatchObject({ plan: "changsha-2023", asOf: "2025-07-01", lang: "en-US" });
  });

  it("refuses callers without plan.read, a malformed date and an unknown plan", async () => {
    expect((await company.get(`${URL}?plan=changsha-2023`)).statusCode).toBe(403);
    expect((await city.get(`${URL}?plan=changsha-2023&asOf=2025-02-30`)).statusCode).toBe(400);
    expect((await city.get(`${URL}?plan=changsha-2023&asOf=30.06.2025`)).statusCode).toBe(400);
    expect((await city.get(`${URL}?plan=changsha-2023&lang=fr-FR`)).statusCode).toBe(400);
    expect((await city.get(`${URL}?plan=nowhere-2023`)).statusCode).toBe(404);
  });
});
