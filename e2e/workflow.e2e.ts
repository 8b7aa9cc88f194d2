import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { baseUrl, expectAccessible, launch, newPage, shot, signIn } from "./support.js";

/** A one-page PDF (the server checks the file's leading bytes against its declared type). */
const PDF = Buffer.from(
  "%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n",
  "latin1",
);

const CENTRE = "岳麓智能装备浏览器测试研发中心";

/** The state tag beside the page's title. */
const stateTag = (page: Page) => page.locator(".rd-page-header .ant-tag").first().textContent();

async function act(page: Page, action: string) {
  await page.getByRole("button", { name: action, exact: true }).click();
  return page.getByRole("dialog", { name: action });
}

describe("recognition of an R&D centre in the browser", () => {
  let browser: Browser;
  let instanceUrl = "";
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => browser?.close());

  it("an enterprise starts an application, fills it in, uploads the form and submits", async () => {
    const page = await newPage(browser);
    await signIn(page, "qiye");
    // the console opens on the inbox; the demo enterprise has an application in progress and a draft
    await page.waitForURL(/\/console\/tasks$/);
    await expect.poll(() => page.getByRole("heading", { level: 1 }).textContent()).toBe("我的待办");
    await expect.poll(() => page.getByText(/^共 \d+ 项待办$/).count()).toBe(1);

    await page.getByRole("menuitem", { name: "认定申报" }).click();
    await page.waitForURL(/\/console\/applications/);
    await page.getByRole("button", { name: "申请认定" }).click();
    await page.waitForURL(/\/console\/recognition\/new$/);
    await page.getByText("独立注册企业研发中心（扩能升级）").click();
    await page.getByLabel("研发中心（平台）名称").fill(CENTRE);
    await page.getByRole("button", { name: "创建申报书" }).click();
    await page.waitForURL(/\/console\/workflow\/[0-9a-f-]{36}$/);
    instanceUrl = page.url();
    await expect.poll(() => page.getByRole("heading", { level: 1 }).textContent()).toBe(CENTRE);
    await expect.poll(() => stateTag(page)).toBe("填报中");

    // Submitting is blocked, saying what is missing.
    await expect.poll(() => page.getByRole("button", { name: "提交申报" }).isDisabled()).toBe(true);
    await expect.poll(() => page.getByText(/须先上传附件：认定申请书/).count()).toBe(1);

    // The form: units are in the labels.
    await page.getByLabel("产业领域").click();
    await page.locator(".ant-select-dropdown:visible").getByTitle("智能装备", { exact: true }).click();
    await page.keyboard.press("Escape");
    await page.getByLabel("上年度研发投入（万元）").fill("1500");
    await page.getByLabel("研发人员（人）").fill("80");
    await page.getByLabel("研发场地面积（平方米）").fill("2500");
    await page
      .getByLabel("研发方向与主要成果")
      .fill("面向工程机械智能化开展电液控制与感知算法研究，建有中试线。");
    await page.getByRole("button", { name: /^保\s*存$/ }).click();
    await expect.poll(() => page.getByText("已保存").count()).toBeGreaterThan(0);

    // The stamped application form (a PDF; the kind needed to submit is preselected).
    await page.locator("input[type=file]").setInputFiles({
      name: "认定申请书.pdf",
      mimeType: "application/pdf",
      buffer: PDF,
    });
    await expect.poll(() => page.getByRole("link", { name: "认定申请书.pdf" }).count()).toBe(1);

    await expect.poll(() => page.getByRole("button", { name: "提交申报" }).isEnabled()).toBe(true);
    await shot(page, "workflow-draft-zh-CN");
    await expectAccessible(page, "application draft (zh-CN)");
    const dialog = await act(page, "提交申报");
    await dialog.getByRole("button", { name: "确认办理" }).click();
    await expect.poll(() => stateTag(page)).toBe("待区县推荐");
    await expect.poll(() => page.getByText("进入“待区县推荐”").count()).toBe(1);
    await page.context().close();
  });

  it("the district finds it in its inbox and recommends it; the recommendation is required", async () => {
    expect(instanceUrl).not.toBe("");
    const page = await newPage(browser);
    await signIn(page, "yuelu");
    await page.goto(`${baseUrl()}/console/tasks`);
    await page.getByRole("link", { name: CENTRE }).click();
    await page.waitForURL(instanceUrl);
    await expect.poll(() => stateTag(page)).toBe("待区县推荐");
    // the application reads as a description for the district, not as a form
    await expect.poll(() => page.getByText("1,500").count()).toBeGreaterThan(0);

    const dialog = await act(page, "区县推荐");
    await dialog.getByRole("button", { name: "确认办理" }).click();
    await expect.poll(() => dialog.getByText("请填写推荐意见").count()).toBe(1);
    await dialog.getByLabel("推荐意见").fill("该中心研发条件符合要求，同意推荐。");
    await shot(page, "workflow-recommend-zh-CN");
    await dialog.getByRole("button", { name: "确认办理" }).click();
    await expect.poll(() => stateTag(page)).toBe("待形式审查");
    await expect.poll(() => page.getByText("该中心研发条件符合要求，同意推荐。").count()).toBeGreaterThan(0);
    await expectAccessible(page, "recommended application (zh-CN)");

    // in English
    await page.getByText("EN", { exact: true }).click();
    await expect.poll(() => stateTag(page)).toBe("Awaiting the formal check");
    await shot(page, "workflow-recommended-en-US");
    await page.context().close();
  });

  it("the public notices page needs no sign-in and takes an objection by real name", async () => {
    const page = await newPage(browser);
    await page.goto(`${baseUrl()}/public/notices`);
    await expect.poll(() => page.getByRole("heading", { level: 1 }).textContent()).toBe("公示公告");
    await expect.poll(() => page.getByRole("button", { name: /^提出异议：/ }).count()).toBeGreaterThan(0);
    await expectAccessible(page, "public notices (zh-CN)");
    await page
      .getByRole("button", { name: /^提出异议：/ })
      .first()
      .click();
    const dialog = page.getByRole("dialog");
    await dialog.getByLabel("真实姓名或单位名称").fill("王某");
    await dialog.getByLabel("身份证号码或统一社会信用代码").fill("430104199001011234");
    await dialog.getByLabel("联系电话").fill("13800000000");
    await dialog.getByLabel("异议内容").fill("研发人员数量与社保缴纳人数不一致。");
    await dialog.getByRole("button", { name: "提交异议" }).click();
    await expect.poll(() => dialog.getByText(/已收到您的异议/).count()).toBe(1);
    await shot(page, "public-notices-zh-CN");
    await page.context().close();
  });
});
