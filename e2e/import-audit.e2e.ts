import { usccCheckChar } from "@rdcity/common";
import ExcelJS from "exceljs";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { api, baseUrl, expectAccessible, launch, newPage, shot, signIn } from "./support.js";

const HEADER = ["统一社会信用代码", "名称", "主体类型", "所在区县", "产业领域", "高新技术企业"];

function code(n: number, valid = true): string {
  const first17 = `91430111E2EKMP${String(n).padStart(3, "0")}`;
  const check = usccCheckChar(first17);
  return first17 + (valid ? check : check === "0" ? "1" : "0");
}

async function workbook(rows: string[][]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("主体");
  ws.addRow(HEADER);
  for (const r of rows) ws.addRow(r);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

const rowsFor = (broken: boolean) =>
  [1, 2, 3, 4, 5].map((n) => [
    code(n, !(broken && n === 2)),
    `长沙导入旅程${"甲乙丙丁戊"[n - 1]}号传感科技有限公司`,
    broken && n === 3 ? "宇宙飞船" : "企业",
    broken && n === 5 ? "北京市" : "雨花区",
    "智能装备",
    "是",
  ]);

describe("import with an error report, then the audit log", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => browser?.close());

  it("reports three bad rows and writes nothing; the fixed file imports; the auditor finds the entries", async () => {
    const page = await newPage(browser);
    await signIn(page, "cityadmin");
    const countBefore = (await api<{ total: number }>(page, "GET", "/api/entities?limit=1")).json.total;
    await page.goto(`${baseUrl()}/console/imports`);
    await page.locator("input[type=file]").setInputFiles({
      name: "主体-有错误.xlsx",
      mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      buffer: await workbook(rowsFor(true)),
    });
    await page.getByRole("button", { name: "开始校验" }).click();
    await expect
      .poll(() => page.getByText(/发现 3 处错误，涉及 3 行/).count(), { timeout: 30_000 })
      .toBeGreaterThan(0);
    const report = page.locator(".ant-table").last();
    for (const row of ["3", "4", "6"])
      await expect
        .poll(() => report.getByRole("cell", { name: row, exact: true }).count())
        .toBeGreaterThan(0);
    await expect.poll(() => page.getByText(/校验位不正确/).count()).toBeGreaterThan(0);
    const commit = page.getByRole("button", { name: "确认导入" });
    if (await commit.count()) expect(await commit.isDisabled()).toBe(true);
    await shot(page, "import-errors-zh-CN");
    await expectAccessible(page, "import error report");
    expect((await api<{ total: number }>(page, "GET", "/api/entities?limit=1")).json.total).toBe(countBefore);

    await page.getByRole("button", { name: "修改后重新上传" }).click();
    await page.locator("input[type=file]").setInputFiles({
      name: "主体.xlsx",
      mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      buffer: await workbook(rowsFor(false)),
    });
    await page.getByRole("button", { name: "开始校验" }).click();
    await expect
      .poll(() => page.getByText("校验通过，可以导入").count(), { timeout: 30_000 })
      .toBeGreaterThan(0);
    await page.getByRole("button", { name: "确认导入" }).click();
    await expect.poll(() => page.getByText(/新增 5 条/).count(), { timeout: 30_000 }).toBeGreaterThan(0);
    await shot(page, "import-done-zh-CN");
    expect((await api<{ total: number }>(page, "GET", "/api/entities?limit=1")).json.total).toBe(
      countBefore + 5,
    );
    await page.context().close();

    const auditor = await newPage(browser);
    await signIn(auditor, "auditor");
    await auditor.goto(`${baseUrl()}/console/audit`);
    await auditor.getByLabel("操作人").fill("cityadmin");
    await auditor.getByLabel("操作人").press("Enter");
    await auditor.getByLabel("操作", { exact: true }).fill("entity.import_create");
    await auditor.getByLabel("操作", { exact: true }).press("Enter");
    // Both filters stay applied.
    await expect.poll(() => new URL(auditor.url()).searchParams.get("actor")).toBe("cityadmin");
    await expect.poll(() => new URL(auditor.url()).searchParams.get("action")).toBe("entity.import_create");
    await expect.poll(() => auditor.getByText(/共 5 条/).count(), { timeout: 20_000 }).toBeGreaterThan(0);
    await shot(auditor, "audit-zh-CN");
    await expectAccessible(auditor, "audit search");
    await auditor.getByRole("button", { name: "校验日志完整性" }).click();
    await expect
      .poll(() => auditor.getByText(/日志完整：已校验 [\d,]+ 条记录/).count(), { timeout: 60_000 })
      .toBeGreaterThan(0);
    await auditor.context().close();
  });
});
