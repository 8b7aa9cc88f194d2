import type { Observation } from "@rdcity/common";
import ExcelJS from "exceljs";
import iconv from "iconv-lite";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { registerComputedSeriesOfModules } from "../../app/computed-series.js";
import { systemActor } from "../../core/actor.js";
import { manualClock } from "../../core/calendar/index.js";
import { indicatorObservations, upsertIndicators } from "../../core/indicators/index.js";
import { type Client, engines, signedIn, startTestApp, type TestContext } from "../../test/harness.js";
import { multipart } from "../../test/multipart.js";
import { loadPlan } from "./load-plan.js";
import { TEST_PACK } from "./test-pack.fixture.js";

const ZH = [
  "指标代码",
  "期间",
  "数值",
  "地区代码",
  "单位",
  "限定",
  "来源",
  "发布日期",
  "链接",
  "备注",
  "修订原因",
];
const EN = [
  "Indicator code",
  "Period",
  "Value",
  "Area code",
  "Unit",
  "Qualifier",
  "Source",
  "Source date",
  "URL",
  "Note",
  "Revision reason",
];

const csv = (header: string[], rows: string[][]) =>
  [header, ...rows]
    .map((r) => r.map((c) => (/[",\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c)).join(","))
    .join("\r\n");

async function xlsx(header: string[], rows: (string | number)[][]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Figures");
  ws.addRow(header);
  for (const r of rows) ws.addRow(r);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

describe.each(engines())("plan observation imports on %s", (engine) => {
  let ctx: TestContext;
  let city: Client;
  let company: Client;
  const actor = systemActor("test");

  const upload = (client: Client, file: { name: string; content: Buffer }, dryRun: boolean) => {
    const body = multipart({ kind: "plan_observations", dryRun: String(dryRun) }, file);
    return client.request({
      method: "POST",
      url: "/api/imports",
      payload: body.payload,
      headers: body.headers,
    });
  };
  const stored = async () => (await ctx.database.db.select().from(indicatorObservations)).length;
  const figures = async (code: string, area = "") => {
    const res = await city.get(`/api/plan/indicators/${code}/observations${area ? `?areaCode=${area}` : ""}`);
    expect(res.statusCode, res.body).toBe(200);
    return res.json() as Observation[];
  };

  beforeAll(async () => {
    registerComputedSeriesOfModules();
    ctx = await startTestApp(engine, {}, { workflowEnv: { clock: manualClock("2026-11-20T02:00:00Z") } });
    const loaded = await loadPlan(ctx.database.db, actor, TEST_PACK, { sourceFile: "test" });
    expect(loaded.ok, JSON.stringify(loaded)).toBe(true);
    // An indicator only the registry counts: figures for it cannot be typed in.
    await ctx.database.db.transaction((tx) =>
      upsertIndicators(
        tx,
        actor,
        [
          {
            code: "t_counted",
            name: { zh: "测试自动统计平台", en: "Test counted platforms" },
            unit: { zh: "家", en: "platforms" },
            kind: "level",
            direction: "increase",
            source: "computed",
            computed: "platforms.all",
          },
        ],
        "test",
      ),
    );
    city = await signedIn(ctx, "obs-city", "city_admin");
    company = await signedIn(ctx, "obs-company", "entity");
    const first = await city.post("/api/plan/observations", {
      indicatorCode: "t_listed",
      period: "2023",
      value: 74,
      source: { title: "测试统计公报 2023", date: "2024-03-20" },
    });
    expect(first.statusCode, first.body).toBe(201);
  });
  afterAll(async () => ctx?.close());

  it("gives the template in both languages, required columns marked", async () => {
    const zh = await city.get("/api/imports/template?kind=plan_observations&format=csv");
    expect(zh.statusCode).toBe(200);
    const header = zh.body.replace(/^\uFEFF/, "").split("\r\n")[0]!;
    expect(header).toBe("指标代码*,期间*,数值*,地区代码,单位,限定,来源*,发布日期,链接,备注,修订原因");
    city.lang = "en-US";
    const en = await city.get("/api/imports/template?kind=plan_observations&format=xlsx");
    city.lang = "zh-CN";
    expect(en.statusCode).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(en.rawPayload as never);
    const sheet = wb.worksheets[0]!;
    expect(sheet.name).toBe("Plan indicator figures");
    expect(sheet.getRow(1).getCell(1).value).toBe("Indicator code*");
    expect(wb.worksheets[1]!.name).toBe("Notes");
  });

  it("imports a UTF-8 CSV with Chinese headers: codes or names, district names, qualifiers", async () => {
    const rows = [
      [
        "t_rd",
        "2023",
        "1234.5",
        "",
        "亿元",
        "",
        "测试统计公报 2023",
        "2024-03-20",
        "https://example.org/rd",
        "",
        "",
      ],
      ["测试上市企业", "2024年", "9", "岳麓区", "家", "超过", "岳麓区年报", "", "", "区县口径", ""],
    ];
    const file = { name: "数据.csv", content: Buffer.from(csv(ZH, rows)) };
    const before = await stored();
    const dry = await upload(city, file, true);
    expect(dry.statusCode, dry.body).toBe(200);
    expect(dry.json()).toMatchObject({
      status: "validated",
      kind: "plan_observations",
      created: 2,
      errors: [],
    });
    expect(await stored()).toBe(before);
    const commit = await upload(city, file, false);
    expect(commit.json()).toMatchObject({ status: "committed", created: 2, updated: 0, errors: [] });
    expect(await stored()).toBe(before + 2);
    const [rd] = await figures("t_rd");
    expect(rd).toMatchObject({
      period: "2023",
      value: 1234.5,
      vintage: 1,
      areaCode: "430100",
      source: { title: "测试统计公报 2023", date: "2024-03-20", url: "https://example.org/rd" },
      createdBy: "obs-city",
    });
    const [yuelu] = await figures("t_listed", "430104");
    expect(yuelu).toMatchObject({ period: "2024", value: 9, qualifier: "gt", source: { note: "区县口径" } });
  });

  it("reads a GBK CSV", async () => {
    const rows = [
      ["测试全国重点实验室", "2024", "1", "全市", "", "以上", "测试科技局通报", "2025/1/15", "", "", ""],
    ];
    const res = await upload(city, { name: "gbk.csv", content: iconv.encode(csv(ZH, rows), "gbk") }, false);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ status: "committed", encoding: "gb18030", created: 1, errors: [] });
    const [labs] = await figures("t_key_labs");
    expect(labs).toMatchObject({ period: "2024", value: 1, qualifier: "ge", source: { date: "2025-01-15" } });
  });

  it("imports an XLSX with English headers and English names", async () => {
    const rows = [
      ["Test R&D spending", 2024, 1301.2, "", "100 m CNY", "approx", "Test bulletin 2024", "", "", "", ""],
    ];
    const res = await upload(city, { name: "figures.xlsx", content: await xlsx(EN, rows) }, false);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ status: "committed", created: 1, errors: [] });
    const rd = (await figures("t_rd")).find((f) => f.period === "2024");
    expect(rd).toMatchObject({ value: 1301.2, qualifier: "approx", source: { title: "Test bulletin 2024" } });
  });

  it("reports every bad row with its row and column in zh and en, and writes nothing", async () => {
    const src = "测试来源";
    const rows = [
      ["t_listed", "2025", "80", "", "", "", src, "", "", "", ""], // row 2: good
      ["t_listed", "2024Q1", "80", "", "", "", src, "", "", "", ""], // 3: period
      ["t_nowhere", "2024", "1", "", "", "", src, "", "", "", ""], // 4: unknown indicator
      ["t_listed", "2022", "20000", "", "", "", src, "", "", "", ""], // 5: out of range
      ["t_rd", "2022", "900", "", "万元", "", src, "", "", "", ""], // 6: unit
      ["t_counted", "2024", "2500", "", "", "", src, "", "", "", ""], // 7: computed only
      ["t_listed", "2023", "75", "", "", "", src, "", "", "", ""], // 8: stored figure, no reason
      ["t_listed", "2025", "81", "", "", "", src, "", "", "", ""], // 9: same as row 2
      ["t_listed", "2021", "60", "", "", "", "", "", "", "", ""], // 10: no source
      ["t_listed", "2020", "60", "", "", "可能", src, "", "", "", ""], // 11: qualifier
    ];
    const file = { name: "bad.csv", content: Buffer.from(csv(ZH, rows)) };
    const before = await stored();
    const dry = await upload(city, file, true);
    expect(dry.statusCode, dry.body).toBe(200);
    const zh = dry.json();
    expect(zh.status).toBe("failed");
    const brief = (errors: { row: number; column: string; code: string }[]) =>
      errors.map((e) => [e.row, e.column, e.code]);
    expect(brief(zh.errors)).toEqual([
      [3, "期间", "observation_period_invalid"],
      [4, "指标代码", "indicator_unknown"],
      [5, "数值", "observation_out_of_range"],
      [6, "单位", "observation_unit_mismatch"],
      [7, "指标代码", "indicator_computed"],
      [8, "修订原因", "observation_duplicate"],
      [9, "期间", "observation_in_file_twice"],
      [10, "来源", "required"],
      [11, "限定", "invalid_value"],
    ]);
    const message = (errors: { row: number; message: string }[], row: number) =>
      errors.find((e) => e.row === row)!.message;
    expect(message(zh.errors, 3)).toContain("2024Q1");
    expect(message(zh.errors, 4)).toBe("指标“t_nowhere”不存在");
    expect(message(zh.errors, 5)).toContain("超出该指标的合理范围");
    expect(message(zh.errors, 6)).toContain("与指标的单位“亿元”不符");
    expect(message(zh.errors, 7)).toContain("不能手工录入");
    expect(message(zh.errors, 8)).toContain("已有数据（第 1 版）");
    expect(message(zh.errors, 9)).toContain("与第 2 行");
    expect(message(zh.errors, 11)).toContain("超过");

    const commit = await upload(city, file, false);
    expect(commit.statusCode).toBe(422);
    expect(commit.json().code).toBe("import_has_errors");
    expect(await stored()).toBe(before);

    city.lang = "en-US";
    const en = (await upload(city, file, true)).json();
    city.lang = "zh-CN";
    expect(brief(en.errors)).toEqual([
      [3, "Period", "observation_period_invalid"],
      [4, "Indicator code", "indicator_unknown"],
      [5, "Value", "observation_out_of_range"],
      [6, "Unit", "observation_unit_mismatch"],
      [7, "Indicator code", "indicator_computed"],
      [8, "Revision reason", "observation_duplicate"],
      [9, "Period", "observation_in_file_twice"],
      [10, "Source", "required"],
      [11, "Qualifier", "invalid_value"],
    ]);
    expect(message(en.errors, 4)).toBe("There is no indicator “t_nowhere”");
    expect(message(en.errors, 6)).toContain("does not match the indicator's unit “100 m CNY”");
    expect(message(en.errors, 8)).toContain("already has a figure for 2023");
    expect(message(en.errors, 9)).toContain("The same indicator, period and area as row 2");
    expect(message(en.errors, 11)).toContain("more than");
    expect(await stored()).toBe(before);
  });

  it("records a row with a revision reason as the next vintage", async () => {
    const rows = [["t_listed", "2023", "76", "", "家", "", "测试统计年鉴 2024", "", "", "", "统计局更正"]];
    const file = { name: "revision.csv", content: Buffer.from(csv(ZH, rows)) };
    const dry = await upload(city, file, true);
    expect(dry.json()).toMatchObject({ status: "validated", created: 0, updated: 1, errors: [] });
    const commit = await upload(city, file, false);
    expect(commit.json()).toMatchObject({ status: "committed", created: 0, updated: 1 });
    const of2023 = (await figures("t_listed")).filter((f) => f.period === "2023");
    expect(of2023.map((f) => [f.vintage, f.value, f.superseded])).toEqual([
      [2, 76, false],
      [1, 74, true],
    ]);
    expect(of2023[0]).toMatchObject({ revisionReason: "统计局更正", revisesId: of2023[1]!.id });
  });

  it("refuses users without plan.manage", async () => {
    const rows = [["t_listed", "2019", "50", "", "", "", "来源", "", "", "", ""]];
    const res = await upload(company, { name: "x.csv", content: Buffer.from(csv(ZH, rows)) }, true);
    expect(res.statusCode).toBe(403);
    expect(res.json().code).toBe("forbidden");
    const template = await company.get("/api/imports/template?kind=plan_observations&format=csv");
    expect(template.statusCode).toBe(403);
    const district = await signedIn(ctx, "obs-district", "district", { areaCode: "430104" });
    expect(
      (await upload(district, { name: "x.csv", content: Buffer.from(csv(ZH, rows)) }, false)).statusCode,
    ).toBe(403);
  });
});
