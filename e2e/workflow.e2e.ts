import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { api, baseUrl, expectAccessible, launch, newPage, shot, signIn } from "./support.js";

/** The demo's expert accounts by the names the draw shows (server/src/app/demo-people.ts). */
const EXPERT_ACCOUNTS: Record<string, string> = {
  赵志远: "zhuanjia01",
  钱海燕: "zhuanjia02",
  孙立新: "zhuanjia03",
  李文博: "zhuanjia04",
  周晓岚: "zhuanjia05",
  吴建国: "zhuanjia06",
  郑雅琴: "zhuanjia07",
  王振华: "zhuanjia08",
  冯思远: "zhuanjia09",
};

interface Review {
  draws: {
    selected: { expertId: string; name: string }[];
    excluded: { name: string; reasons: string[] }[];
  }[];
  assignments: { id: string; expertName: string; status: string }[];
}

/** Moves the server's workflow clock (RDCITY_TEST_CLOCK): the system administrator's test-only route. */
async function setClock(browser: Browser, now: string) {
  const page = await newPage(browser);
  await signIn(page, "admin", inject("adminPassword"));
  const res = await api<{ now: string }>(page, "POST", "/api/test/clock", { now });
  expect(res.status).toBe(200);
  await page.context().close();
}

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
  let platformPath = "";
  beforeAll(async () => {
    browser = await launch();
    // The journey runs on a fixed Monday of 2026 (deadlines and the notice's working days are then the same on
    // every run, whatever today's date and whichever year's holiday arrangement is published).
    await setClock(browser, "2026-11-02T09:00:00+08:00");
  });
  afterAll(async () => {
    if (browser) await setClock(browser, new Date().toISOString());
    await browser?.close();
  });

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

  it("the city checks the form, starts the review and draws three experts; a conflicted one is never drawn", async () => {
    expect(instanceUrl).not.toBe("");
    const id = instanceUrl.split("/").pop()!;
    const page = await newPage(browser);
    await signIn(page, "cityadmin");
    await page.goto(instanceUrl);
    await expect.poll(() => stateTag(page)).toBe("待形式审查");

    let dialog = await act(page, "形式审查通过");
    const boxes = dialog.getByRole("checkbox");
    await expect.poll(() => boxes.count()).toBe(4);
    for (let i = 0; i < 4; i++) await boxes.nth(i).check();
    await dialog.getByRole("button", { name: "确认办理" }).click();
    await expect.poll(() => stateTag(page)).toBe("待专家评审");

    dialog = await act(page, "启动专家评审");
    await dialog.getByRole("button", { name: "确认办理" }).click();
    await expect.poll(() => stateTag(page)).toBe("专家评审中");

    await page.getByRole("button", { name: "抽取评审专家", exact: true }).click();
    dialog = page.getByRole("dialog", { name: "随机抽取评审专家" });
    await dialog.getByLabel("抽取人数").fill("3");
    await dialog.getByRole("button", { name: "抽取评审专家" }).click();
    await expect.poll(() => page.getByText("已抽取 3 位专家").count()).toBeGreaterThan(0);

    const review = (await api<Review>(page, "GET", `/api/workflow/instances/${id}/review`)).json;
    const drawn = review.draws[0]!.selected.map((s) => s.name);
    expect(drawn).toHaveLength(3);
    // 孙立新 declared a relation with the demo enterprise: excluded, with the reason shown.
    const excluded = review.draws[0]!.excluded;
    expect(excluded.map((x) => x.name)).toContain("孙立新");
    for (const x of excluded) expect(drawn).not.toContain(x.name);
    const excludedTable = page.getByRole("table", { name: /回避排除/ });
    await expect.poll(() => excludedTable.getByText("已申报与申请单位存在关联").count()).toBeGreaterThan(0);
    await shot(page, "workflow-draw-zh-CN");
    await expectAccessible(page, "expert draw (zh-CN)");
    await page.context().close();
  });

  it("the three experts score from their inbox; the city concludes the review and publishes the notice", async () => {
    const id = instanceUrl.split("/").pop()!;
    const city = await newPage(browser);
    await signIn(city, "cityadmin");
    const review = (await api<Review>(city, "GET", `/api/workflow/instances/${id}/review`)).json;
    const scores = [
      { capability: 26, team: 21, results: 20, contribution: 17 },
      { capability: 24, team: 22, results: 19, contribution: 16 },
      { capability: 27, team: 20, results: 21, contribution: 18 },
    ];
    for (const [k, a] of review.assignments.entries()) {
      const page = await newPage(browser);
      await signIn(page, EXPERT_ACCOUNTS[a.expertName]!);
      await page.goto(`${baseUrl()}/console/tasks`);
      await page.getByRole("link", { name: CENTRE }).click();
      await page.waitForURL(/\/console\/reviews\//);
      const s = scores[k]!;
      await page.getByLabel(/研发能力与条件/).fill(String(s.capability));
      await page.getByLabel(/研发团队/).fill(String(s.team));
      await page.getByLabel(/研发成果与转化/).fill(String(s.results));
      await page.getByLabel(/对产业链的带动/).fill(String(s.contribution));
      await page.getByLabel("评审意见").fill("研发基础扎实，建议予以认定。");
      if (k === 0) await shot(page, "workflow-score-zh-CN");
      await page.getByRole("button", { name: "提交评分" }).click();
      await page.getByRole("button", { name: /^(确\s*定|OK)$/ }).click();
      await expect.poll(() => page.getByText("已提交评分").count()).toBeGreaterThan(0);
      await page.context().close();
    }

    await city.goto(instanceUrl);
    await expect.poll(() => city.getByText("已评分").count()).toBe(3);
    let dialog = await act(city, "完成评审");
    await dialog.getByRole("button", { name: "确认办理" }).click();
    await expect.poll(() => stateTag(city)).toBe("待公示");
    dialog = await act(city, "发布公示");
    await expect.poll(() => dialog.getByLabel("公示期（工作日）").inputValue()).toBe("5");
    await dialog.getByRole("button", { name: "确认办理" }).click();
    await expect.poll(() => stateTag(city)).toBe("公示中");
    await expect.poll(() => city.getByText(/（5 个工作日）/).count()).toBeGreaterThan(0);
    await city.context().close();
  });

  it("the public objects; approval waits for the notice's working days and the answer; the certificate verifies publicly and the centre is in the public directory and on the map", async () => {
    const id = instanceUrl.split("/").pop()!;
    // A citizen objects on the public notices page, without signing in.
    const citizen = await newPage(browser);
    await citizen.goto(`${baseUrl()}/public/notices`);
    await citizen.getByRole("button", { name: `提出异议：${CENTRE}` }).click();
    const form = citizen.getByRole("dialog");
    await form.getByLabel("真实姓名或单位名称").fill("李某");
    await form.getByLabel("身份证号码或统一社会信用代码").fill("430104199203041234");
    await form.getByLabel("联系电话").fill("13900000000");
    await form.getByLabel("异议内容").fill("申报的研发场地面积与实际不符。");
    await form.getByRole("button", { name: "提交异议" }).click();
    await expect.poll(() => form.getByText(/已收到您的异议/).count()).toBe(1);
    await citizen.context().close();

    const city = await newPage(browser);
    await signIn(city, "cityadmin");
    await city.goto(instanceUrl);
    // The notice has not run its working days: approval is blocked, saying why.
    await expect.poll(() => city.getByRole("button", { name: "予以认定" }).isDisabled()).toBe(true);
    await expect.poll(() => city.getByText(/公示期/).count()).toBeGreaterThan(0);

    // The test moves the clock to the day after the notice's last working day.
    const view = (await api<{ notice: { endsAt: string } }>(city, "GET", `/api/workflow/instances/${id}`))
      .json;
    const after = new Date(new Date(view.notice.endsAt).getTime() + 9 * 3600_000).toISOString();
    await setClock(browser, after);
    try {
      await city.reload();
      await expect.poll(() => city.getByText("公示已结束").count()).toBeGreaterThan(0);
      // Still blocked: the objection is unanswered. The official sees who objected; answers it.
      await expect.poll(() => city.getByRole("button", { name: "予以认定" }).isDisabled()).toBe(true);
      await expect.poll(() => city.getByText("李某").count()).toBeGreaterThan(0);
      await city
        .getByRole("button", { name: /^答\s*复$/ })
        .first()
        .click();
      const answer = city.getByRole("dialog", { name: "答复异议" });
      await answer.getByLabel("答复内容").fill("经现场核查，研发场地面积与申报一致，异议不成立。");
      await answer.getByRole("button", { name: /^(答\s*复|确认办理|提\s*交)$/ }).click();
      await expect.poll(() => city.getByText("已答复").count()).toBeGreaterThan(0);

      let dialog = await act(city, "予以认定");
      await dialog.getByLabel(/办理意见/).fill("经专家评审和公示，予以认定。");
      await dialog.getByRole("button", { name: "确认办理" }).click();
      await expect.poll(() => stateTag(city)).toBe("已认定，待发证");
      dialog = await act(city, "颁发证书");
      await dialog.getByRole("button", { name: "确认办理" }).click();
      await expect.poll(() => stateTag(city)).toBe("已认定并发证");
      await shot(city, "workflow-certified-zh-CN");

      // The certificate: its PDF downloads for the official; its public page verifies it.
      const number = (await city
        .getByText(/^长科研认〔\d{4}〕\d{4}号$/)
        .first()
        .textContent())!;
      const pdfHref = await city.getByRole("link", { name: /下载证书/ }).getAttribute("href");
      const pdf = await city.request.get(`${baseUrl()}${pdfHref}`);
      expect(pdf.status()).toBe(200);
      expect(pdf.headers()["content-type"]).toContain("application/pdf");
      const verifyHref = await city.getByRole("link", { name: /核验/ }).first().getAttribute("href");
      expect(verifyHref).toContain(`/public/verify/${encodeURIComponent(number)}`);
      platformPath = (await city.getByRole("link", { name: "在平台名录中查看" }).getAttribute("href")) ?? "";
      await city.context().close();

      const publicPage = await newPage(browser);
      await publicPage.goto(new URL(verifyHref!, baseUrl()).toString());
      await expect.poll(() => publicPage.getByText("证书有效").count()).toBeGreaterThan(0);
      await expect.poll(() => publicPage.getByText(CENTRE).count()).toBeGreaterThan(0);
      await shot(publicPage, "workflow-verify-zh-CN");

      // The recognised centre is in the public directory and counted on the map in 岳麓区.
      await publicPage.goto(`${baseUrl()}/public/platforms`);
      await publicPage.getByLabel("搜索").fill(CENTRE);
      await publicPage.getByLabel("搜索").press("Enter");
      await expect.poll(() => publicPage.getByText(CENTRE, { exact: true }).count()).toBeGreaterThan(0);
      const row = publicPage.locator(".rd-map-table tbody tr", {
        has: publicPage.getByRole("button", { name: "岳麓区" }),
      });
      await expect.poll(async () => (await row.locator("td").textContent())?.replace(/[^\d]/g, "")).toBe("1");
      await shot(publicPage, "workflow-public-directory-zh-CN");
      await publicPage.context().close();
    } finally {
      await setClock(browser, new Date().toISOString());
    }
  });

  it("the district proposes to revoke the recognition from the platform's page; the case opens for the city", async () => {
    expect(platformPath).toMatch(/^\/console\/platforms\/[0-9a-f-]{36}$/);
    const page = await newPage(browser);
    await signIn(page, "yuelu");
    await page.goto(`${baseUrl()}${platformPath}`);
    await expect.poll(() => page.getByRole("heading", { level: 1 }).textContent()).toBe(CENTRE);
    await page.getByRole("button", { name: "提出撤销认定" }).click();
    const dialog = page.getByRole("dialog");
    await dialog.getByRole("button", { name: /^提出撤销$/ }).click();
    await expect.poll(() => dialog.getByText("请填写撤销理由").count()).toBe(1);
    await dialog.getByLabel("撤销理由").fill("连续两年未报送年度报告，经核查已停止研发活动。");
    await dialog.getByRole("button", { name: /^提出撤销$/ }).click();
    await page.waitForURL(/\/console\/workflow\/[0-9a-f-]{36}$/);
    await expect.poll(() => stateTag(page)).toBe("待市科技局审核");
    await expectAccessible(page, "revocation case (zh-CN)");
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
