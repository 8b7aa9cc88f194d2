import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { baseUrl, expectAccessible, launch, newPage, shot, signIn } from "./support.js";

/** Opens a select by its label and picks an option; `typed` first filters a searchable one. */
async function choose(page: Page, label: RegExp, option: string, typed?: string) {
  const field = page.getByLabel(label);
  await field.click();
  if (typed) await field.fill(typed);
  await page.locator(".ant-select-dropdown:visible").getByTitle(option, { exact: true }).click();
}

/** Types a date (Tab commits it; Enter would submit the form). */
async function typeDate(page: Page, label: RegExp, value: string) {
  await page.getByLabel(label).click();
  await page.getByLabel(label).fill(value);
  await page.getByLabel(label).press("Tab");
}

/** Someone else's change through the API, with the record's current ETag. */
async function changeBehindTheForm(page: Page, id: string, body: Record<string, unknown>) {
  const session = await page.request.get(`${baseUrl()}/api/auth/session`);
  const csrf = (await session.json()).csrfToken as string;
  const current = await page.request.get(`${baseUrl()}/api/platforms/${id}`);
  const res = await page.request.fetch(`${baseUrl()}/api/platforms/${id}`, {
    method: "PATCH",
    data: body,
    headers: { "x-csrf-token": csrf, "if-match": current.headers().etag ?? "" },
  });
  expect(res.status()).toBe(200);
}

/** The row count in the list's toolbar ("共 2,432 条" / "2,432 in all") as a number. */
async function listTotal(page: Page): Promise<number> {
  const text =
    (await page
      .getByText(/^(共 [\d,]+ 条|[\d,]+ in all)$/)
      .first()
      .textContent()) ?? "";
  return Number(text.replace(/[^\d]/g, ""));
}

/** The count the map's table shows for a district. */
async function mapCount(page: Page, district: string): Promise<number> {
  const row = page.locator(".rd-map-table tbody tr", { has: page.getByRole("button", { name: district }) });
  return Number(((await row.locator("td").textContent()) ?? "").replace(/[^\d]/g, ""));
}

describe("the platform directory in the browser", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => browser?.close());

  it("the public directory needs no sign-in, shows platforms and the map; a district filters the list", async () => {
    const page = await newPage(browser);
    await page.goto(`${baseUrl()}/login`);
    await page.getByRole("link", { name: /公开名录/ }).click();
    await page.waitForURL(/\/public\/platforms/);
    await expect
      .poll(() => page.getByRole("heading", { level: 1 }).textContent())
      .toBe("长沙市创新平台公开名录");
    await expect.poll(() => listTotal(page)).toBeGreaterThan(1000);
    // the map is drawn (SVG) and its table lists the nine districts
    await expect.poll(() => page.locator(".rd-map svg path").count()).toBeGreaterThan(8);
    await expect.poll(() => page.locator(".rd-map-table tbody tr").count()).toBe(9);
    const all = await listTotal(page);
    await expect.poll(() => mapCount(page, "岳麓区")).toBeGreaterThan(0);
    const yuelu = await mapCount(page, "岳麓区");

    // click the district on the map itself: its label sits inside its boundary
    await page.locator(".rd-map svg text", { hasText: "岳麓区" }).first().click({ force: true });
    await page.waitForURL(/districtCode=430104/);
    await expect.poll(() => listTotal(page)).toBe(yuelu);
    await expect
      .poll(() => page.getByRole("button", { name: "岳麓区" }).getAttribute("aria-pressed"))
      .toBe("true");
    expect(yuelu).toBeLessThan(all);
    // the filters count too (public statuses only): each level shows how many the district has
    await page
      .getByLabel(/^级别$/)
      .first()
      .click();
    await expect
      .poll(() => page.locator(".ant-select-dropdown:visible .ant-select-item-option").allTextContents())
      .toEqual([
        expect.stringMatching(/^国家级[\d,]+$/),
        expect.stringMatching(/^省级[\d,]+$/),
        expect.stringMatching(/^市级[\d,]+$/),
      ]);
    await page.keyboard.press("Escape");
    await expect.poll(() => page.locator(".ant-select-dropdown:visible").count()).toBe(0);
    await shot(page, "public-platforms-zh-CN");
    await expectAccessible(page, "public directory (zh-CN)");

    // the table picks districts by keyboard too; clicking the selected one again clears the filter
    await page.getByRole("button", { name: "岳麓区" }).click();
    await expect.poll(() => listTotal(page)).toBe(all);

    // English
    await page.getByText("EN", { exact: true }).click();
    await expect
      .poll(() => page.getByRole("heading", { level: 1 }).textContent())
      .toBe("Changsha innovation platform directory");
    await page.getByRole("button", { name: "Furong District" }).click();
    await page.waitForURL(/districtCode=430102/);
    await expect
      .poll(async () => (await page.getByRole("cell", { name: /Furong District/ }).count()) > 0)
      .toBe(true);
    await shot(page, "public-platforms-en-US");
    await expectAccessible(page, "public directory (en-US)");
    await page.context().close();
  });

  it("the internal directory filters by level and district, with counts on the map and in the filters", async () => {
    const page = await newPage(browser);
    await signIn(page, "cityadmin");
    await page.getByRole("menuitem", { name: "平台名录" }).click();
    await page.waitForURL(/\/console\/platforms/);
    await expect.poll(() => page.getByRole("heading", { level: 1 }).textContent()).toBe("创新平台名录");
    await expect.poll(() => listTotal(page)).toBeGreaterThan(1000);
    const all = await listTotal(page);

    await page.goto(`${baseUrl()}/console/platforms?level=national`);
    await expect.poll(() => listTotal(page)).toBeLessThan(all);
    const national = await listTotal(page);
    // the map counts under the same filters add up to the list's total
    const total = Number(
      ((await page.locator(".rd-map-table tfoot td").textContent()) ?? "").replace(/[^\d]/g, ""),
    );
    expect(total).toBe(national);

    await page.getByRole("button", { name: "岳麓区" }).click();
    await page.waitForURL(/districtCode=430104/);
    await expect.poll(() => listTotal(page)).toBeLessThan(national);
    await expect
      .poll(() => page.getByRole("link", { name: "导出 CSV" }).getAttribute("href"))
      .toMatch(/level=national.*districtCode=430104|districtCode=430104.*level=national/);
    await shot(page, "platforms-zh-CN");
    await expectAccessible(page, "platform directory (zh-CN)");

    // detail: host entity links to the registry, lifecycle shown
    await page.locator("table a[href^='/console/platforms/']").first().click();
    await page.waitForURL(/\/console\/platforms\/[0-9a-f-]{36}$/);
    await expect.poll(() => page.getByText("状态历程").isVisible()).toBe(true);
    await expect.poll(() => page.locator("a[href^='/console/entities/']").first().isVisible()).toBe(true);
    await expectAccessible(page, "platform detail (zh-CN)");
    await page.context().close();
  });

  it("a city clerk registers a platform through the form, edits it past a conflict and changes its status", async () => {
    const page = await newPage(browser);
    await signIn(page, "cityadmin");
    await page.goto(`${baseUrl()}/console/platforms`);
    await page.getByRole("button", { name: "新建平台" }).click();
    await page.waitForURL(/\/console\/platforms\/new$/);
    await page.getByRole("heading", { name: "新建创新平台" }).waitFor();

    // Saving the empty form names every required field in Chinese, under the field.
    await page.getByRole("button", { name: "保存平台" }).click();
    await expect.poll(() => page.getByText("平台类型必填").count()).toBeGreaterThan(0);
    await expect.poll(() => page.getByText("依托单位必填").count()).toBeGreaterThan(0);

    const name = `湖南省浏览器测试储能材料重点实验室${Date.now() % 100_000}`;
    await choose(page, /^平台类型$/, "重点实验室", "重点实验室");
    // the level offers only what the type allows
    await page.getByLabel(/^级别$/).click();
    await expect
      .poll(() => page.locator(".ant-select-dropdown:visible .ant-select-item-option").allTextContents())
      .toEqual(["省级", "市级"]);
    await page.locator(".ant-select-dropdown:visible").getByTitle("省级", { exact: true }).click();
    await page.getByLabel(/^名称$/).fill(name);
    await page
      .getByLabel(/^英文名称$/)
      .fill("Hunan Key Laboratory of Energy Storage Materials (browser test)");
    await choose(page, /^依托单位$/, "中南大学", "中南大学");
    await choose(page, /^所在区县$/, "岳麓区（430104）");
    await choose(page, /^功能区$/, "岳麓山大学科技城");
    await choose(page, /^产业领域$/, "新材料", "新材料");
    await page.keyboard.press("Escape");
    await choose(page, /^状态$/, "已认定");
    await typeDate(page, /^认定日期$/, "2024-05-10");
    await page.getByLabel(/^认定文号$/).fill("湘科发〔2024〕18号");
    await page.getByRole("button", { name: "添加单位" }).click();
    await choose(page, /^单位 1$/, "湖南大学", "湖南大学");
    await typeDate(page, /^开始日期 1$/, "2024-05-10");
    await typeDate(page, /^结束日期 1$/, "2024-01-01");
    await expect.poll(() => page.getByText("结束日期不能早于开始日期").count()).toBeGreaterThan(0);
    await typeDate(page, /^结束日期 1$/, "2029-12-31");
    await page.getByLabel(/^联系人$/).fill("张工");
    await page.getByLabel(/^联系电话$/).fill("13812345678");
    await page.getByLabel(/^内部备注$/).fill("浏览器测试：内部备注");
    await shot(page, "platform-create-zh-CN");
    await expectAccessible(page, "platform form (zh-CN)");
    await page.getByRole("button", { name: "保存平台" }).click();
    await page.waitForURL(/\/console\/platforms\/[0-9a-f-]{36}$/);
    const id = /platforms\/([0-9a-f-]{36})/.exec(page.url())![1]!;
    await expect.poll(() => page.getByRole("heading", { level: 1 }).textContent()).toBe(name);
    await expect.poll(() => page.getByRole("link", { name: "湖南大学", exact: true }).count()).toBe(1);
    await expect.poll(() => page.getByText("湘科发〔2024〕18号").count()).toBeGreaterThan(0);

    // Edit; meanwhile someone else changes the record: the save names who and offers the latest version.
    await page.getByRole("button", { name: "编辑" }).click();
    await page.waitForURL(/\/edit$/);
    await expect.poll(() => page.getByLabel(/^名称$/).inputValue()).toBe(name);
    await changeBehindTheForm(page, id, { website: "https://example.org/energy-lab" });
    await page.getByLabel(/^英文名称$/).fill("Hunan Key Laboratory of Energy Storage Materials");
    await page.getByRole("button", { name: /^保\s*存$/ }).click();
    await expect.poll(() => page.getByText("这个平台已被他人修改").count()).toBe(1);
    await expect.poll(() => page.getByText(/该记录已被 cityadmin 于 .+ 修改/).count()).toBe(1);
    await shot(page, "platform-edit-conflict-zh-CN");
    await page.getByRole("button", { name: "重新加载最新版本" }).click();
    await expect.poll(() => page.getByLabel(/^网站$/).inputValue()).toBe("https://example.org/energy-lab");
    await page.getByLabel(/^英文名称$/).fill("Hunan Key Laboratory of Energy Storage Materials");
    await expectAccessible(page, "platform edit form (zh-CN)");
    await page.getByRole("button", { name: /^保\s*存$/ }).click();
    await page.waitForURL(/\/console\/platforms\/[0-9a-f-]{36}$/);
    await expect
      .poll(() => page.getByText("Hunan Key Laboratory of Energy Storage Materials", { exact: true }).count())
      .toBeGreaterThan(0);

    // The status has its own dialog: the lifecycle's next steps only, with the day and the document.
    await page.getByRole("button", { name: "变更状态" }).click();
    await page.getByLabel(/^新状态$/).click();
    await expect
      .poll(() => page.locator(".ant-select-dropdown:visible .ant-select-item-option").allTextContents())
      .toEqual(["运行中", "已通过评估", "已撤销", "已整合"]);
    await page.locator(".ant-select-dropdown:visible").getByTitle("运行中", { exact: true }).click();
    await page.getByLabel(/^状态说明$/).fill("湘科发〔2025〕3号：通过建设期验收");
    // (axe once the drop-down has closed: antd's list box has no name while it animates away)
    await expect.poll(() => page.locator(".ant-select-dropdown:visible").count()).toBe(0);
    await expectAccessible(page, "platform status dialog (zh-CN)");
    await page.getByRole("button", { name: "确认变更" }).click();
    await expect.poll(() => page.getByRole("dialog").count()).toBe(0);
    await expect
      .poll(() => page.getByText("湘科发〔2025〕3号：通过建设期验收", { exact: false }).count())
      .toBeGreaterThan(0);
    await expect.poll(() => page.locator(".ant-tag", { hasText: "运行中" }).count()).toBeGreaterThan(0);
    await shot(page, "platform-detail-after-edit-zh-CN");
    await page.context().close();
  });

  it("the form reads in English; a reader sees no create or edit buttons", async () => {
    const page = await newPage(browser, "en-US");
    await signIn(page, "cityadmin");
    await page.goto(`${baseUrl()}/console/platforms/new`);
    await expect
      .poll(() => page.getByRole("heading", { level: 1 }).textContent())
      .toBe("New innovation platform");
    await choose(page, /^Platform type$/, "Fortune Global 500 R&D center", "Fortune");
    // a type with one level sets it
    await expect
      .poll(() => page.locator(".ant-form-item", { has: page.locator("#level") }).textContent())
      .toContain("Municipal");
    await page.getByRole("button", { name: "Save platform" }).click();
    await expect.poll(() => page.getByText(/Name is required|Name.*required/).count()).toBeGreaterThan(0);
    await shot(page, "platform-create-en-US");
    await expectAccessible(page, "platform form (en-US)");
    await page.context().close();

    const reader = await newPage(browser);
    await signIn(reader, "leader");
    await reader.goto(`${baseUrl()}/console/platforms`);
    await expect.poll(() => listTotal(reader)).toBeGreaterThan(1000);
    expect(await reader.getByRole("button", { name: "新建平台" }).count()).toBe(0);
    await reader.locator("table a[href^='/console/platforms/']").first().click();
    await reader.waitForURL(/\/console\/platforms\/[0-9a-f-]{36}$/);
    await expect.poll(() => reader.getByText("状态历程").isVisible()).toBe(true);
    expect(await reader.getByRole("button", { name: "编辑" }).count()).toBe(0);
    expect(await reader.getByRole("button", { name: "变更状态" }).count()).toBe(0);
    await reader.context().close();
  });
});
