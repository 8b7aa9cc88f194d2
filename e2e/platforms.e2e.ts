import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { baseUrl, expectAccessible, launch, newPage, shot, signIn } from "./support.js";

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
});
