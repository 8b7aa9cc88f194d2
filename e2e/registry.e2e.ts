import { usccCheckChar } from "@rdcity/common";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { baseUrl, expectAccessible, launch, newPage, shot, signIn } from "./support.js";

async function chooseOption(page: Page, label: RegExp, option: string) {
  await page.getByLabel(label).click();
  await page.locator(".ant-select-dropdown:visible").getByTitle(option, { exact: true }).click();
}

describe("the entity registry in the browser", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => browser?.close());

  it("admin signs in with RDCITY_ADMIN_PASSWORD and sees the demo entities", async () => {
    const page = await newPage(browser);
    await signIn(page, "admin", inject("adminPassword"));
    await page.goto(`${baseUrl()}/console/entities`);
    await expect
      .poll(() =>
        page
          .getByText(/共 \d+ 条/)
          .first()
          .textContent(),
      )
      .toMatch(/共 (5\d\d|6\d\d|\d{4,}) 条/);
    await expect
      .poll(() => page.getByRole("link", { name: "中南大学", exact: true }).count())
      .toBeGreaterThan(0);
    await shot(page, "entities-zh-CN");
    await expectAccessible(page, "entity list (zh-CN)");
    await page.context().close();
  });

  it("creating an entity with a bad code shows the zh-CN error at the field; the fixed code saves", async () => {
    const page = await newPage(browser);
    await signIn(page, "cityadmin");
    await page.goto(`${baseUrl()}/console/entities/new`);
    const first17 = "91430104E2E000001";
    const good = first17 + usccCheckChar(first17);
    const bad = first17 + (good.endsWith("0") ? "1" : "0");
    await page.getByLabel("统一社会信用代码").fill(bad);
    await page.getByLabel(/^名称$/).fill("长沙浏览器测试精密仪器有限公司");
    await chooseOption(page, /^主体类型$/, "企业");
    await chooseOption(page, /^所在区县$/, "岳麓区（430104）");
    await page.getByRole("button", { name: "保存主体" }).click();
    await expect.poll(() => page.getByText("统一社会信用代码校验位不正确").count()).toBeGreaterThan(0);
    await shot(page, "entity-create-error-zh-CN");
    await expectAccessible(page, "entity form with an error");
    await page.getByLabel("统一社会信用代码").fill(good);
    await page.getByRole("button", { name: "保存主体" }).click();
    await page.waitForURL(/\/console\/entities\/[0-9a-f-]{36}$/);
    await expect
      .poll(() => page.getByRole("heading", { name: "长沙浏览器测试精密仪器有限公司" }).count())
      .toBeGreaterThan(0);
    await shot(page, "entity-detail-zh-CN");
    await expectAccessible(page, "entity detail");
    await page.context().close();
  });

  it("reads in English", async () => {
    const page = await newPage(browser, "en-US");
    await signIn(page, "cityadmin");
    await page.goto(`${baseUrl()}/console/entities`);
    await expect
      .poll(() => page.getByRole("heading", { level: 1 }).first().textContent())
      .toMatch(/[A-Za-z]/);
    await expect.poll(() => page.getByText(/\d+ in all/).count()).toBeGreaterThan(0);
    await shot(page, "entities-en-US");
    await expectAccessible(page, "entity list (en-US)");
    await page.context().close();
  });
});
