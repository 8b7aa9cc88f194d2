import ExcelJS from "exceljs";
import iconv from "iconv-lite";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testUscc } from "../../test/factories.js";
import { type Client, engines, signedIn, startTestApp, type TestContext } from "../../test/harness.js";
import { multipart } from "../../test/multipart.js";

const HEADER = [
  "统一社会信用代码",
  "名称",
  "主体类型",
  "所在区县",
  "功能区",
  "产业领域",
  "高新技术企业",
  "联系电话",
];

function goodRow(i: number): string[] {
  return [
    testUscc("430104", 90000 + i),
    `长沙导入样例${"甲乙丙丁戊己庚辛壬癸"[i % 10]}${i}号新材料有限公司`,
    "企业",
    "岳麓区",
    "湘江科学城",
    "新材料、数字产业",
    "是",
    "13800001111",
  ];
}

async function xlsx(rows: string[][]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("主体");
  ws.addRow(HEADER);
  for (const r of rows) ws.addRow(r);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

const csv = (rows: string[][]) =>
  [HEADER, ...rows]
    .map((r) => r.map((c) => (/[",\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c)).join(","))
    .join("\r\n");

describe.each(engines())("imports on %s", (engine) => {
  let ctx: TestContext;
  let admin: Client;
  const upload = (
    client: Client,
    file: { name: string; content: Buffer },
    dryRun: boolean,
    kind = "entities",
  ) => {
    const body = multipart({ kind, dryRun: String(dryRun) }, file);
    return client.request({
      method: "POST",
      url: "/api/imports",
      payload: body.payload,
      headers: body.headers,
    });
  };
  const count = async () => (await admin.get("/api/entities?limit=1")).json().total as number;

  beforeAll(async () => {
    ctx = await startTestApp(engine, { RDCITY_MAX_UPLOAD_MB: "1" });
    admin = await signedIn(ctx, "importer", "city_admin");
  });
  afterAll(async () => ctx?.close());

  it("gives templates whose header row is the import's columns", async () => {
    const res = await admin.get("/api/imports/template?kind=entities&format=csv");
    expect(res.statusCode).toBe(200);
    expect(res.body.replace(/^\uFEFF/, "").split("\r\n")[0]).toContain("统一社会信用代码");
    const x = await admin.get("/api/imports/template?kind=entities&format=xlsx");
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(x.rawPayload as unknown as ArrayBuffer);
    expect(String(wb.worksheets[0]!.getRow(1).getCell(1).value)).toContain("统一社会信用代码");
  });

  it("reports three bad rows with spreadsheet row numbers, writes nothing, then imports the fixed file once", async () => {
    const rows = [goodRow(1), goodRow(2), goodRow(3), goodRow(4), goodRow(5)];
    rows[1] = [...rows[1]!];
    rows[1]![0] = `${rows[1]![0]!.slice(0, 17)}${rows[1]![0]!.endsWith("0") ? "1" : "0"}`; // wrong check character → row 3
    rows[2] = [...rows[2]!];
    rows[2]![3] = "北京市"; // unknown district → row 4
    rows[4] = [...rows[4]!];
    rows[4]![6] = "也许"; // not a yes/no → row 6
    const before = await count();
    const dry = await upload(admin, { name: "主体.xlsx", content: await xlsx(rows) }, true);
    expect(dry.statusCode).toBe(200);
    const report = dry.json();
    expect(report.status).toBe("failed");
    expect(report.errors.map((e: { row: number }) => e.row).sort()).toEqual([3, 4, 6]);
    expect(report.errors.find((e: { row: number }) => e.row === 3)).toMatchObject({
      column: "统一社会信用代码",
    });
    expect(report.errors.find((e: { row: number }) => e.row === 3).message).toContain("校验位");
    expect(report.errors.find((e: { row: number }) => e.row === 4).message).toContain("不是长沙市的区县代码");
    expect(report.errors.find((e: { row: number }) => e.row === 4).message).toContain("不是长沙市的区县代码");
    const commit = await upload(admin, { name: "主体.xlsx", content: await xlsx(rows) }, false);
    expect(commit.statusCode).toBe(422);
    expect(commit.json().code).toBe("import_has_errors");
    expect(commit.json().result.errors).toHaveLength(3);
    expect(await count()).toBe(before);

    const fixed = [goodRow(1), goodRow(2), goodRow(3), goodRow(4), goodRow(5)];
    const ok = await upload(admin, { name: "主体.xlsx", content: await xlsx(fixed) }, false);
    expect(ok.statusCode).toBe(200);
    expect(ok.json()).toMatchObject({
      status: "committed",
      created: 5,
      updated: 0,
      unchanged: 0,
      errors: [],
    });
    expect(await count()).toBe(before + 5);
    const again = await upload(admin, { name: "主体.xlsx", content: await xlsx(fixed) }, false);
    expect(again.json()).toMatchObject({ status: "committed", created: 0, updated: 0, unchanged: 5 });
    expect(await count()).toBe(before + 5);
    const one = (await admin.get(`/api/entities?uscc=${fixed[0]![0]}`)).json().items[0];
    expect(one).toMatchObject({
      version: 1,
      districtCode: "430104",
      zoneCode: "XJKXC",
      industries: ["new-materials", "digital"],
      isHighTech: true,
    });
  });

  it("updates changed rows by code and records the change", async () => {
    const row = goodRow(40);
    await upload(admin, { name: "a.csv", content: Buffer.from(csv([row])) }, false);
    const changed = [...row];
    changed[6] = "否";
    const res = await upload(admin, { name: "a.csv", content: Buffer.from(csv([changed])) }, false);
    expect(res.json()).toMatchObject({ created: 0, updated: 1, unchanged: 0 });
    const e = (await admin.get(`/api/entities?uscc=${row[0]}`)).json().items[0];
    expect(e).toMatchObject({ isHighTech: false, version: 2 });
  });

  it("reads a GBK CSV and reports its encoding", async () => {
    const rows = [goodRow(60), goodRow(61)];
    const res = await upload(admin, { name: "gbk.csv", content: iconv.encode(csv(rows), "gbk") }, true);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ status: "validated", encoding: "gb18030", created: 2, errors: [] });
  });

  it("flags likely duplicates as warnings without blocking", async () => {
    const a = goodRow(70);
    const b = [...goodRow(71)];
    b[1] = a[1]!.replace("有限公司", "有限责任公司");
    const res = await upload(admin, { name: "d.csv", content: Buffer.from(csv([a, b])) }, true);
    expect(res.json()).toMatchObject({ duplicatesFlagged: 1, errors: [] });
    expect(res.json().warnings[0]).toMatchObject({ row: 3, code: "possible_duplicate" });
  });

  it("refuses empty, binary, too-wide, header-less and oversized files with a localised 4xx", async () => {
    const wide = `${Array.from({ length: 10000 }, (_, i) => `c${i}`).join(",")}\r\n1\r\n`;
    const cases: [string, Buffer, string][] = [
      ["empty.csv", Buffer.alloc(0), "file_empty"],
      ["header-only.csv", Buffer.from(HEADER.join(",")), "file_empty"],
      [
        "random.xlsx",
        Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]),
        "file_format_unknown",
      ],
      ["wide.csv", Buffer.from(wide), "file_too_many_columns"],
      ["missing.csv", Buffer.from("名称,地址\r\n某公司,长沙\r\n"), "header_missing"],
      ["huge.csv", Buffer.alloc(2 * 1024 * 1024, 0x41), "payload_too_large"],
    ];
    for (const [name, content, code] of cases) {
      const res = await upload(admin, { name, content }, true);
      expect(res.statusCode, `${name}: ${res.body}`).toBeGreaterThanOrEqual(400);
      expect(res.statusCode, name).toBeLessThan(500);
      expect(res.json().code, name).toBe(code);
    }
    const noFile = await admin.request({
      method: "POST",
      url: "/api/imports",
      ...multipart({ kind: "entities" }),
    });
    expect(noFile.json().code).toBe("file_missing");
    const badKind = await upload(
      admin,
      { name: "x.csv", content: Buffer.from(csv([goodRow(80)])) },
      true,
      "spaceships",
    );
    expect(badKind.json().code).toBe("import_kind_unknown");
    admin.lang = "en-US";
    const en = await upload(admin, { name: "empty.csv", content: Buffer.alloc(0) }, true);
    expect(en.json().detail).toBe("The file is empty or has no data rows");
    admin.lang = "zh-CN";
  });

  it("keeps a district importer to its own area", async () => {
    const district = await signedIn(ctx, "furong", "district", { areaCode: "430102" });
    const res = await upload(district, { name: "x.csv", content: Buffer.from(csv([goodRow(90)])) }, true);
    expect(res.json().errors[0]).toMatchObject({ row: 2, code: "out_of_scope" });
  });

  it("exports the filtered list as CSV and XLSX with masked contacts", async () => {
    const res = await admin.get(`/api/entities/export?format=csv&q=${encodeURIComponent("导入样例")}`);
    expect(res.statusCode).toBe(200);
    expect(res.headers["content-type"]).toContain("text/csv");
    const lines = res.body
      .replace(/^\uFEFF/, "")
      .trim()
      .split(/\r?\n/);
    expect(lines[0]).toContain("统一社会信用代码");
    expect(lines.length).toBeGreaterThanOrEqual(6);
    expect(res.body).toContain("138****1111");
    expect(res.body).not.toContain("13800001111");
    const x = await admin.get("/api/entities/export?format=xlsx&districtCode=430104");
    expect(x.statusCode).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(x.rawPayload as unknown as ArrayBuffer);
    expect(wb.worksheets[0]!.rowCount).toBeGreaterThan(5);
  });
});
