import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { api, baseUrl, expectAccessible, launch, newPage, shot, signIn } from "./support.js";

/** Fills the figures of the report form (money as text, counts as whole numbers) by their labels. */
async function fillFigures(page: Page, values: Record<string, string>) {
  for (const [label, value] of Object.entries(values))
    await page.getByLabel(label, { exact: true }).fill(value);
}

describe("annual reports in the browser", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => browser?.close());

  it("the enterprise files a flagged report; the district returns it with a comment; it is resubmitted and accepted with the acknowledgement", async () => {
    // The enterprise (qiye) has a platform that has not filed its 2025 report in the demo.
    const enterprise = await newPage(browser);
    await signIn(enterprise, "qiye");
    const missing = await api<{ items: { platform: { id: string; name: string } }[] }>(
      enterprise,
      "GET",
      "/api/platform-reports/missing?year=2025",
    );
    expect(missing.json.items.length).toBeGreaterThan(0);
    const platform = missing.json.items[0]!.platform;

    await enterprise.goto(`${baseUrl()}/console/platforms/${platform.id}?tab=reports`);
    await enterprise.getByRole("button", { name: "填报 2025 年度报告" }).click();
    await enterprise.waitForURL(/\/console\/reports\/[0-9a-f-]{36}$/);
    const reportUrl = enterprise.url();
    // A draft without figures cannot be submitted yet; the page says what is missing.
    await expect
      .poll(() =>
        enterprise
          .getByText(/提交年度报告前须填写/)
          .first()
          .isVisible(),
      )
      .toBe(true);
    await enterprise.getByRole("button", { name: "编辑数据" }).click();
    await fillFigures(enterprise, {
      "研发投入（万元）": "999999.99",
      研发人员: "120",
      "科研仪器设备原值（万元）": "2000",
      专利申请数: "30",
      专利授权数: "18",
      "其中：发明专利申请数": "40",
      "其中：发明专利授权数": "6",
      主持制定标准数: "1",
      参与制定标准数: "2",
      成果转化数: "3",
      "成果转化合同金额（万元）": "150.5",
      "营业收入（万元）": "30000",
    });
    await enterprise.getByRole("button", { name: /^保\s*存$/ }).click();
    // The rule is the server's, shown under its field in the page's language.
    await expect
      .poll(() => enterprise.getByText("其中：发明专利申请数不能大于专利申请数").isVisible())
      .toBe(true);
    await enterprise.getByLabel("其中：发明专利申请数", { exact: true }).fill("12");
    await enterprise.getByRole("button", { name: /^保\s*存$/ }).click();
    await expect.poll(() => enterprise.getByRole("button", { name: "提交年报" }).isEnabled()).toBe(true);
    await enterprise.getByRole("button", { name: "提交年报" }).click();
    await expect.poll(() => enterprise.getByText("待审核", { exact: true }).first().isVisible()).toBe(true);
    await expect.poll(() => enterprise.getByText(/提交时标记的异常波动：.*研发投入/).isVisible()).toBe(true);

    // The district sees it among the flagged submitted reports and returns it with a comment.
    const district = await newPage(browser);
    await signIn(district, "yuelu");
    await district.goto(
      `${baseUrl()}/console/reports?status=submitted&flagged=true&q=${encodeURIComponent(platform.name)}`,
    );
    await district.getByRole("link", { name: platform.name }).first().click();
    await district.waitForURL(reportUrl);
    await expectAccessible(district, "report page (district)");
    await shot(district, "report-district");
    await district.getByRole("button", { name: "退回修改" }).click();
    await district.getByLabel("退回意见").fill("研发投入约为上年的数十倍，请核实并说明。");
    await district.getByRole("dialog").getByRole("button", { name: "退回修改" }).click();
    await expect.poll(() => district.getByText("已退回", { exact: true }).first().isVisible()).toBe(true);

    // The enterprise is told, reads the comment on the report, explains and submits again.
    const told = await api<{ items: { body: string }[] }>(enterprise, "GET", "/api/notifications?limit=50");
    expect(told.json.items.some((n) => n.body.includes("研发投入约为上年的数十倍"))).toBe(true);
    await enterprise.goto(reportUrl);
    await expect
      .poll(() =>
        enterprise
          .getByText(/研发投入约为上年的数十倍，请核实并说明。/)
          .first()
          .isVisible(),
      )
      .toBe(true);
    await enterprise.getByRole("button", { name: "编辑数据" }).click();
    await enterprise.getByLabel("填报说明").fill("新建整机研发基地，研发投入一次性大幅增加。");
    await enterprise.getByRole("button", { name: /^保\s*存$/ }).click();
    await expect.poll(() => enterprise.getByRole("button", { name: "提交年报" }).isEnabled()).toBe(true);
    await enterprise.getByRole("button", { name: "提交年报" }).click();
    await expect.poll(() => enterprise.getByText("待审核", { exact: true }).first().isVisible()).toBe(true);

    // Accepting needs the acknowledgement of the flags.
    await district.goto(reportUrl);
    await district.getByRole("button", { name: "审核通过" }).click();
    const dialog = district.getByRole("dialog");
    await dialog.getByRole("button", { name: "审核通过" }).click();
    await expect.poll(() => dialog.getByText("须确认已核实异常波动").isVisible()).toBe(true);
    await dialog.getByLabel("我已核实以上异常波动").check();
    await dialog.getByRole("button", { name: "审核通过" }).click();
    await expect.poll(() => district.getByText("已通过", { exact: true }).first().isVisible()).toBe(true);
    await expect.poll(() => district.getByText(/已由 yuelu 于 .* 核实/).isVisible()).toBe(true);
    const history = district.locator(".ant-timeline");
    for (const step of ["创建草稿", "提交年报", "退回修改", "审核通过"])
      expect(await history.getByText(step, { exact: true }).count()).toBeGreaterThan(0);
  });

  it("the review list in English: counts, filters, the platforms not filed, export", async () => {
    const page = await newPage(browser, "en-US");
    await signIn(page, "yuelu");
    await page.goto(`${baseUrl()}/console/reports`);
    await expect
      .poll(() => page.getByRole("heading", { name: "Platform annual reports" }).isVisible())
      .toBe(true);
    await expect.poll(() => page.getByText(/^[\d,]+ in all$/).isVisible()).toBe(true);
    await page
      .getByRole("group", { name: /Counts by status/ })
      .getByText("Returned")
      .click();
    await expect.poll(() => page.url()).toContain("status=returned");
    await expectAccessible(page, "report list (en)");
    await shot(page, "report-list-en");
    const download = page.waitForEvent("download");
    await page.getByRole("link", { name: "Export CSV" }).click();
    expect((await download).suggestedFilename()).toMatch(
      /^(annual-reports|平台年报)-\d{4}-\d{2}-\d{2}\.csv$/,
    );
    await page.getByRole("tab", { name: "Not filed" }).click();
    await expect.poll(() => page.getByText(/These platforms owe their \d{4} report/).isVisible()).toBe(true);
    await expectAccessible(page, "reports not filed (en)");
  });
});
