import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { api, baseUrl, expectAccessible, launch, newPage, shot, signIn } from "./support.js";

/**
 * Issue 5's "done when" in the browser, on the demo: a selection round (the scored 2027 draft) is approved into its
 * public notice and announced into the pool; a support scheme over the pool is simulated within its budget,
 * approved, and its payments show in the fund and on a platform's page; an evaluation round grades the platforms and
 * a failed platform gets a rectification.
 */
const SOON = { timeout: 15_000 };
const spaced = (label: string) => new RegExp(`^${[...label].join("\\s*")}$`);

async function act(page: Page, action: string) {
  await page.getByRole("button", { name: spaced(action) }).click();
  return page.getByRole("dialog", { name: action });
}

async function confirm(page: Page, dialogAction: string) {
  const dialog = await act(page, dialogAction);
  await dialog.getByRole("button", { name: "确认办理" }).click();
  await expect.poll(() => page.getByRole("button", { name: spaced(dialogAction) }).count(), SOON).toBe(0);
}

/** Moves the server's workflow clock (RDCITY_TEST_CLOCK): the system administrator's test-only route. */
async function setClock(browser: Browser, now: string) {
  const page = await newPage(browser);
  await signIn(page, "admin", inject("adminPassword"));
  const res = await api<{ now: string }>(page, "POST", "/api/test/clock", { now });
  expect(res.status).toBe(200);
  await page.context().close();
}

/** Clicks the button that opens a Popconfirm, then its OK button of the same name. */
async function confirmPopup(page: Page, label: RegExp) {
  await page.getByRole("button", { name: label }).first().click();
  await page.locator(".ant-popconfirm").getByRole("button", { name: label }).click();
}

describe("cultivation and support in the browser", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    // Leave the clock as the later journeys expect it (they set their own when they need one).
    await setClock(browser, new Date().toISOString());
    await browser?.close();
  });

  it("approves a selection round of at most 100 scored candidates into its notice and announces it into the pool", async () => {
    const city = await newPage(browser);
    await signIn(city, "cityadmin");
    const rounds = (
      await api<{ id: string; year: number; status: string }[]>(city, "GET", "/api/cultivation/rounds")
    ).json;
    const announced = rounds.find((r) => r.year === 2026)!;
    const draft = rounds.find((r) => r.year === 2027 && r.status === "draft")!;
    expect(announced && draft).toBeTruthy();

    await city.goto(`${baseUrl()}/console/cultivation/selection/rounds/${announced.id}`);
    await expect.poll(() => city.getByText(/入选 100 家（名额 100 家）/).count(), SOON).toBeGreaterThan(0);
    // Every candidate's points come with their reason.
    const reasons = (
      await api<{ items: { rank: number; selected: boolean; parts: { reason: { zh: string } }[] }[] }>(
        city,
        "GET",
        `/api/cultivation/rounds/${announced.id}/candidates?limit=200`,
      )
    ).json.items;
    expect(reasons.filter((c) => c.selected).length).toBeLessThanOrEqual(100);
    expect(reasons[0]!.parts.every((p) => p.reason.zh.length > 0)).toBe(true);
    await expectAccessible(city, "selection round");
    await shot(city, "cultivation-round");

    await city.goto(`${baseUrl()}/console/cultivation/selection/rounds/${draft.id}`);
    await confirmPopup(city, /提交领导审批/);
    await expect.poll(() => city.getByText("已提交领导审批").count(), SOON).toBeGreaterThan(0);
    await city.getByRole("button", { name: /查看审批办件/ }).click();
    await city.waitForURL(/\/console\/workflow\//);
    const instanceUrl = city.url();
    await city.context().close();

    const leader = await newPage(browser);
    await signIn(leader, "leader");
    await leader.goto(instanceUrl);
    await confirm(leader, "批准并公示");
    await leader.context().close();

    // The notice runs five working days; then the city announces the list.
    await setClock(browser, new Date(Date.now() + 14 * 86_400_000).toISOString());
    const again = await newPage(browser);
    await signIn(again, "cityadmin");
    await again.goto(instanceUrl);
    await confirm(again, "公布名单");
    const pool = (
      await api<{ items: { roundId: string }[] } | { roundId: string }[]>(
        again,
        "GET",
        "/api/cultivation/pool",
      )
    ).json;
    const members = Array.isArray(pool) ? pool : pool.items;
    const entered = members.filter((m) => m.roundId === draft.id).length;
    expect(entered).toBeGreaterThan(0);
    expect(entered).toBeLessThanOrEqual(100);
    await again.goto(`${baseUrl()}/console/cultivation/selection/pool`);
    await expect.poll(() => again.getByRole("heading", { name: "培育库" }).count(), SOON).toBe(1);
    await again.context().close();
    await setClock(browser, new Date().toISOString());
  });

  it("simulates a support scheme within its budget, approves it, and shows the payments in the fund and on a platform", async () => {
    const city = await newPage(browser);
    await signIn(city, "cityadmin");
    const schemes = (
      await api<{ id: string; year: number; status: string; budget: string }[]>(
        city,
        "GET",
        "/api/cultivation/support/schemes",
      )
    ).json;
    const draft = schemes.find((s) => s.status === "draft")!;
    expect(draft).toBeTruthy();
    await city.goto(`${baseUrl()}/console/cultivation/support/${draft.id}`);
    await city.getByRole("button", { name: /测算并保存/ }).click();
    await expect.poll(() => city.getByText(/测算已保存：合计/).count(), SOON).toBeGreaterThan(0);
    const allocations = (
      await api<
        { platformId: string; amount: string }[] | { items: { platformId: string; amount: string }[] }
      >(city, "GET", `/api/cultivation/support/schemes/${draft.id}/allocations`)
    ).json;
    const rows = Array.isArray(allocations) ? allocations : allocations.items;
    const total = rows.reduce((s, a) => s + Number(a.amount), 0);
    expect(total).toBeGreaterThan(0);
    expect(total).toBeLessThanOrEqual(Number(draft.budget) + 1e-6);
    await expectAccessible(city, "support scheme");
    await confirmPopup(city, /提交领导审批/);
    await expect.poll(() => city.getByText("已提交领导审批").count(), SOON).toBeGreaterThan(0);
    await city.getByRole("button", { name: /查看审批办件/ }).click();
    await city.waitForURL(/\/console\/workflow\//);
    const instanceUrl = city.url();

    const leader = await newPage(browser);
    await signIn(leader, "leader");
    await leader.goto(instanceUrl);
    await confirm(leader, "批准");
    await leader.context().close();

    const funds = (
      await api<{ year: number; committed: string }[]>(city, "GET", "/api/cultivation/support/funds")
    ).json;
    expect(Number(funds.find((f) => f.year === draft.year)!.committed)).toBeCloseTo(total, 2);
    await city.goto(`${baseUrl()}/console/cultivation/funds`);
    await expect.poll(() => city.getByRole("heading", { name: "专项资金" }).count(), SOON).toBe(1);
    await shot(city, "cultivation-funds");

    const paid = rows.find((a) => Number(a.amount) > 0)!;
    await city.goto(`${baseUrl()}/console/platforms/${paid.platformId}?tab=cultivation`);
    await city.getByRole("tab", { name: /培育与评估/ }).click();
    await expect.poll(() => city.getByText(new RegExp(`${draft.year}`)).count(), SOON).toBeGreaterThan(0);
    await city.context().close();
  });

  it("grades platforms in an evaluation round and sets a failed one a rectification", async () => {
    const city = await newPage(browser);
    await signIn(city, "cityadmin");
    const rounds = (
      await api<{ items: { id: string; year: number; status: string }[] }>(
        city,
        "GET",
        "/api/cultivation/evaluations",
      )
    ).json.items;
    const published = rounds.find((r) => r.year === 2025 && r.status === "published")!;
    await city.goto(`${baseUrl()}/console/cultivation/evaluations/${published.id}`);
    await expect.poll(() => city.getByText("等级分布").count(), SOON).toBeGreaterThan(0);
    for (const grade of ["优秀", "良好", "合格", "不合格"])
      await expect.poll(() => city.getByText(grade).count(), SOON).toBeGreaterThan(0);
    await expectAccessible(city, "evaluation round");
    await shot(city, "cultivation-evaluation");

    // The failed ones (the results' filters are in the address).
    await city.goto(`${baseUrl()}/console/cultivation/evaluations/${published.id}?grade=fail`);
    const before = (
      await api<{ items: unknown[] }>(city, "GET", `/api/cultivation/evaluations/${published.id}/followups`)
    ).json.items.length;
    await city
      .getByRole("button", { name: spaced("发起整改") })
      .first()
      .click();
    const dialog = city.getByRole("dialog", { name: /发起整改：/ });
    // The deadline defaults to three months from today.
    await expect.poll(() => dialog.getByLabel("整改期限").inputValue(), SOON).not.toBe("");
    await dialog
      .getByLabel("整改要求")
      .fill("研发投入和成果转化指标偏低，请于期限内提交整改报告及佐证材料。");
    await dialog.getByRole("button", { name: "下达整改" }).click();
    await expect.poll(() => city.getByText(/已下达 1 项整改/).count(), SOON).toBeGreaterThan(0);
    const after = (
      await api<{ items: unknown[] }>(city, "GET", `/api/cultivation/evaluations/${published.id}/followups`)
    ).json.items.length;
    expect(after).toBe(before + 1);
    await city.context().close();
  });
});
