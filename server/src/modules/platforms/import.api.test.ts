import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Client, engines, signedIn, startTestApp, type TestContext } from "../../test/harness.js";
import { multipart } from "../../test/multipart.js";
import { fixtureUscc, hostEntity } from "./platform.fixture.js";

const HEADER = [
  "平台编码",
  "平台名称",
  "平台类型",
  "级别",
  "依托单位统一社会信用代码",
  "所在区县",
  "功能区",
  "产业领域",
  "认定日期",
  "认定文号",
  "状态",
  "共建单位统一社会信用代码",
];
const csv = (rows: string[][]) =>
  [HEADER, ...rows]
    .map((r) => r.map((c) => (/[",\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c)).join(","))
    .join("\r\n");

describe.each(engines())("platform imports on %s", (engine) => {
  let ctx: TestContext;
  let admin: Client;
  let hostUscc: string;
  let partnerUscc: string;
  const upload = (client: Client, rows: string[][], dryRun: boolean) => {
    const body = multipart(
      { kind: "platforms", dryRun: String(dryRun) },
      { name: "平台.csv", content: Buffer.from(csv(rows)) },
    );
    return client.request({
      method: "POST",
      url: "/api/imports",
      payload: body.payload,
      headers: body.headers,
    });
  };
  const good = () => [
    [
      "",
      "湖南省导入测试甲重点实验室",
      "重点实验室",
      "省级",
      hostUscc,
      "岳麓区",
      "湘江科学城",
      "新材料",
      "2021-03-01",
      "湘科发〔2021〕1号",
      "",
      partnerUscc,
    ],
    [
      "IMP-002",
      "长沙市导入测试乙工程技术研究中心",
      "工程技术研究中心",
      "市级",
      hostUscc,
      "岳麓区",
      "",
      "智能装备",
      "",
      "",
      "",
      "",
    ],
  ];
  const total = async () => (await admin.get("/api/platforms?limit=1")).json().total as number;

  beforeAll(async () => {
    ctx = await startTestApp(engine);
    admin = await signedIn(ctx, "importer", "city_admin");
    hostUscc = fixtureUscc("430104");
    partnerUscc = fixtureUscc("430104");
    await hostEntity(admin, { uscc: hostUscc, name: "长沙导入测试大学", kind: "university" });
    await hostEntity(admin, { uscc: partnerUscc, name: "长沙导入测试合作有限公司" });
  });
  afterAll(async () => ctx?.close());

  it("gives a template whose header row is the import's columns", async () => {
    const res = await admin.get("/api/imports/template?kind=platforms&format=csv");
    expect(res.statusCode).toBe(200);
    const header = res.body.replace(/^\uFEFF/, "").split("\r\n")[0]!;
    expect(header).toContain("平台名称");
    expect(header).toContain("依托单位统一社会信用代码");
  });

  it("reports bad rows with their spreadsheet row numbers in a dry run and writes nothing", async () => {
    const [g1, g2] = good();
    const rows = [
      g1!,
      g2!,
      ["", "宇宙测试实验室", "宇宙实验室", "省级", hostUscc, "岳麓区", "", "", "", "", "", ""],
      [
        "",
        "导入测试全国重点实验室",
        "全国重点实验室",
        "市级",
        hostUscc,
        "岳麓区",
        "",
        "",
        "2020-01-01",
        "",
        "",
        "",
      ],
      [
        "",
        "湖南省导入测试丙重点实验室",
        "重点实验室",
        "省级",
        fixtureUscc("430105"),
        "开福区",
        "",
        "",
        "",
        "",
        "",
        "",
      ],
      [
        "",
        "湖南省导入测试丁重点实验室",
        "重点实验室",
        "省级",
        hostUscc,
        "岳麓区",
        "马栏山视频文创产业园",
        "",
        "",
        "",
        "",
        "",
      ],
      [...g2!.slice(0, 1).map(() => ""), ...g2!.slice(1)],
      [
        "",
        "湖南省导入测试戊重点实验室",
        "重点实验室",
        "省级",
        hostUscc,
        "岳麓区",
        "",
        "",
        "",
        "",
        "已认定",
        "",
      ],
    ];
    const before = await total();
    const dry = await upload(admin, rows, true);
    expect(dry.statusCode, dry.body).toBe(200);
    const report = dry.json();
    expect(report).toMatchObject({ kind: "platforms", status: "failed" });
    const byRow = Object.fromEntries(report.errors.map((e: { row: number; code: string }) => [e.row, e]));
    expect(
      Object.keys(byRow)
        .map(Number)
        .sort((a, b) => a - b),
    ).toEqual([4, 5, 6, 7, 8, 9]);
    expect(byRow[4].message).toContain("全国重点实验室"); // the labels a person can type
    expect(byRow[5]).toMatchObject({ code: "platform_level_not_allowed", column: "级别" });
    expect(byRow[5].message).toContain("国家级");
    expect(byRow[6]).toMatchObject({ code: "platform_host_unknown", column: "依托单位统一社会信用代码" });
    expect(byRow[7].code).toBe("zone_not_in_district");
    expect(byRow[8]).toMatchObject({ code: "platform_in_file_twice" });
    expect(byRow[8].message).toContain("第 3 行");
    expect(byRow[9].code).toBe("platform_recognition_required");
    const commit = await upload(admin, rows, false);
    expect(commit.statusCode).toBe(422);
    expect(commit.json().code).toBe("import_has_errors");
    expect(await total()).toBe(before);
  });

  it("imports the fixed file once, then updates by code or by type + name + host, dating status changes", async () => {
    const before = await total();
    const ok = await upload(admin, good(), false);
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json()).toMatchObject({
      status: "committed",
      created: 2,
      updated: 0,
      unchanged: 0,
      errors: [],
    });
    expect(await total()).toBe(before + 2);
    const again = await upload(admin, good(), false);
    expect(again.json()).toMatchObject({ created: 0, updated: 0, unchanged: 2 });
    const list = (await admin.get(`/api/platforms?q=${encodeURIComponent("导入测试甲")}`)).json().items;
    expect(list).toHaveLength(1);
    expect(list[0]).toMatchObject({
      status: "recognised",
      recognisedOn: "2021-03-01",
      zoneCode: "XJKXC",
      level: "provincial",
      typeCode: "key_lab",
      links: [{ role: "co_builder", entityName: "长沙导入测试合作有限公司", startOn: "2021-03-01" }],
    });
    const changed = good();
    changed[0]![10] = "运行中";
    changed[1]![1] = "长沙市导入测试乙改名工程技术研究中心";
    const upd = await upload(admin, changed, false);
    expect(upd.json()).toMatchObject({ created: 0, updated: 2, unchanged: 0 });
    const a = (await admin.get(`/api/platforms/${list[0].id}`)).json();
    expect(a).toMatchObject({ status: "operating", version: 2 });
    const statuses = (await admin.get(`/api/platforms/${a.id}/status-history`)).json();
    expect(statuses.map((s: { status: string }) => s.status)).toEqual(["recognised", "operating"]);
    const b = (await admin.get("/api/platforms?q=IMP-002")).json().items[0];
    expect(b).toMatchObject({
      name: "长沙市导入测试乙改名工程技术研究中心",
      externalCode: "IMP-002",
      version: 2,
    });
    const history = (await admin.get(`/api/platforms/${b.id}/history`)).json();
    expect(history.map((h: { action: string }) => h.action)).toEqual(["import_create", "import_update"]);
    const backwards = good();
    backwards[0]![10] = "培育中";
    const refused = await upload(admin, backwards, true);
    expect(refused.json().errors[0]).toMatchObject({ row: 2, code: "platform_transition_invalid" });
  });

  it("keeps a district user's import inside its area", async () => {
    const district = await signedIn(ctx, "kaifu", "district", { areaCode: "430105" });
    const res = await upload(district, [good()[0]!], true);
    expect(res.json().errors[0]).toMatchObject({ row: 2, code: "out_of_scope" });
    const entityUser = await signedIn(ctx, "org", "entity", {
      orgId: "00000000-0000-4000-8000-000000000001",
    });
    expect((await upload(entityUser, [good()[0]!], true)).statusCode).toBe(403);
  });
});
