import { PublicPlatformSchema } from "@rdcity/common";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Client, engines, signedIn, startTestApp, type TestContext } from "../../test/harness.js";
import { countPlatforms } from "./index.js";
import { buildPlatform, hostEntity } from "./platform.fixture.js";

const counts = (list: { code: string; count: number }[]) =>
  Object.fromEntries(list.filter((c) => c.count > 0).map((c) => [c.code, c.count]));

/**
 * Seven platforms with hand-computed answers:
 * P1 全国重点实验室 national 岳麓/岳麓山大学科技城 recognised 2019-05-01
 * P2 重点实验室 provincial 岳麓/湘江科学城 operating (recognised 2020-01-01), co-builder B (current) and C (ended)
 * P3 重点实验室 municipal 开福/马栏山 cultivating since 2023-03-01
 * P4 世界500强企业研发中心 municipal 长沙县/经开区 recognised 2024-03-01
 * P5 保税研发中心 municipal 长沙县/黄花综保区 evaluated 2025-01-10 (recognised 2024-01-10)
 * P6 工程技术研究中心 provincial 开福 recognised 2018-01-01, revoked 2023-01-01
 * P7 新型研发机构 municipal 望城/大泽湖 operating (recognised 2021-07-01)
 */
describe.each(engines())("directory, facets, map, public directory and counting on %s", (engine) => {
  let ctx: TestContext;
  let admin: Client;
  const id: Record<string, string> = {};
  beforeAll(async () => {
    ctx = await startTestApp(engine);
    admin = await signedIn(ctx, "city", "city_admin");
    const a = await hostEntity(admin, { name: "长沙目录测试大学", kind: "university" });
    const b = await hostEntity(admin, { name: "长沙目录测试视频有限公司", districtCode: "430105" });
    const c = await hostEntity(admin, { name: "长沙目录测试重工有限公司", districtCode: "430121" });
    const create = async (key: string, body: ReturnType<typeof buildPlatform>) => {
      const res = await admin.post("/api/platforms", body);
      if (res.statusCode !== 201) throw new Error(res.body);
      id[key] = res.json().id;
    };
    await create(
      "P1",
      buildPlatform(a, {
        name: "粉末冶金目录测试全国重点实验室",
        typeCode: "state_key_lab",
        level: "national",
        zoneCode: "YLSDXC",
        industries: ["new-materials"],
        status: "recognised",
        recognisedOn: "2019-05-01",
        contactPhone: "13912345678",
      }),
    );
    await create(
      "P2",
      buildPlatform(a, {
        name: "湖南省储能目录测试重点实验室",
        zoneCode: "XJKXC",
        industries: ["new-materials", "digital"],
        status: "operating",
        recognisedOn: "2020-01-01",
        statusOn: "2020-06-01",
        links: [
          { entityId: b, role: "co_builder", startOn: "2020-01-01" },
          { entityId: c, role: "partner", startOn: "2019-01-01", endOn: "2021-01-01" },
        ],
        notes: "内部备注不公开",
      }),
    );
    await create(
      "P3",
      buildPlatform(b, {
        name: "长沙市视频目录测试重点实验室",
        level: "municipal",
        districtCode: "430105",
        zoneCode: "MLS",
        industries: ["video-creative"],
        statusOn: "2023-03-01",
      }),
    );
    await create(
      "P4",
      buildPlatform(c, {
        name: "目录测试重工长沙研发中心",
        typeCode: "fortune500_rd_center",
        level: "municipal",
        districtCode: "430121",
        zoneCode: "CSJKQ",
        industries: ["construction-machinery"],
        status: "recognised",
        recognisedOn: "2024-03-01",
      }),
    );
    await create(
      "P5",
      buildPlatform(c, {
        name: "目录测试重工保税研发中心",
        typeCode: "bonded_rd_center",
        level: "municipal",
        districtCode: "430121",
        zoneCode: "HHZBQ",
        industries: ["digital"],
        status: "evaluated",
        recognisedOn: "2024-01-10",
        statusOn: "2025-01-10",
      }),
    );
    await create(
      "P6",
      buildPlatform(b, {
        name: "湖南省视频目录测试工程技术研究中心",
        typeCode: "engineering_tech_center",
        districtCode: "430105",
        industries: ["video-creative"],
        status: "recognised",
        recognisedOn: "2018-01-01",
      }),
    );
    const revoked = await admin.patch(
      `/api/platforms/${id.P6}`,
      { status: "revoked", statusOn: "2023-01-01" },
      { "if-match": '"v1"' },
    );
    if (revoked.statusCode !== 200) throw new Error(revoked.body);
    await create(
      "P7",
      buildPlatform(a, {
        name: "长沙航空目录测试研究院",
        typeCode: "new_rd_institution",
        level: "municipal",
        districtCode: "430112",
        zoneCode: "DZH",
        industries: ["aerospace"],
        status: "operating",
        recognisedOn: "2021-07-01",
        statusOn: "2021-09-01",
      }),
    );
  });
  afterAll(async () => ctx?.close());

  it("counts facets against hand-computed answers, each facet without its own filter", async () => {
    const all = (await admin.get("/api/platforms/facets")).json();
    expect(all.total).toBe(7);
    expect(counts(all.level)).toEqual({ national: 1, provincial: 2, municipal: 4 });
    expect(counts(all.status)).toEqual({
      recognised: 2,
      operating: 2,
      evaluated: 1,
      cultivating: 1,
      revoked: 1,
    });
    expect(counts(all.category)).toEqual({ lab: 3, rd_centre: 2, engineering: 1, new_rd_institution: 1 });
    expect(counts(all.district)).toEqual({ "430104": 2, "430105": 2, "430121": 2, "430112": 1 });
    expect(counts(all.zone)).toEqual({
      XJXQ: 3,
      XJKXC: 2,
      YLSDXC: 1,
      WCJKQ: 1,
      DZH: 1,
      MLS: 1,
      FTZCS: 2,
      CSJKQ: 1,
      HHZBQ: 1,
    });
    const yuelu = (await admin.get("/api/platforms/facets?districtCode=430104")).json();
    expect(yuelu.total).toBe(2);
    expect(counts(yuelu.district)).toEqual(counts(all.district));
    expect(counts(yuelu.level)).toEqual({ national: 1, provincial: 1 });
    const both = (await admin.get("/api/platforms/facets?level=municipal&districtCode=430121")).json();
    expect(both.total).toBe(2);
    expect(counts(both.district)).toEqual({ "430105": 1, "430121": 2, "430112": 1 });
    expect(counts(both.level)).toEqual({ municipal: 2 });
    const labs = (await admin.get("/api/platforms/facets?category=lab&level=provincial")).json();
    expect(labs.total).toBe(1);
    expect(counts(labs.category)).toEqual({ lab: 1, engineering: 1 });
  });

  it("filters the list by type, zone with sub-zones, industry, R&D centre flag, host, dates and text", async () => {
    const names = async (query: string) =>
      ((await admin.get(`/api/platforms?${query}`)).json().items as { id: string }[])
        .map((p) => Object.keys(id).find((k) => id[k] === p.id))
        .sort();
    expect(await names("rdCentre=true")).toEqual(["P4", "P5"]);
    expect(await names("rdCentre=false&level=municipal")).toEqual(["P3", "P7"]);
    expect(await names("zoneCode=XJXQ")).toEqual(["P1", "P2", "P7"]);
    expect(await names("zoneCode=FTZCS")).toEqual(["P4", "P5"]);
    expect(await names("industry=digital")).toEqual(["P2", "P5"]);
    expect(await names("typeCode=key_lab,state_key_lab&status=recognised,operating")).toEqual(["P1", "P2"]);
    expect(await names("recognisedFrom=2021-01-01&recognisedTo=2024-02-01")).toEqual(["P5", "P7"]);
    expect(await names(`q=${encodeURIComponent("粉末冶金")}`)).toEqual(["P1"]);
    expect(await names(`q=${encodeURIComponent("保税研发")}`)).toEqual(["P5"]);
    const host = (await admin.get(`/api/platforms/${id.P4}`)).json().hostEntityId;
    expect(await names(`hostEntityId=${host}`)).toEqual(["P4", "P5"]);
  });

  it("pages with keyset cursors in every sort order", async () => {
    for (const sort of ["name", "-name", "recognisedOn", "-recognisedOn", "-updatedAt", "createdAt"]) {
      const seen: string[] = [];
      let cursor: string | null = null;
      do {
        const page = (
          await admin.get(`/api/platforms?sort=${sort}&limit=3${cursor ? `&cursor=${cursor}` : ""}`)
        ).json();
        expect(page.total).toBe(7);
        seen.push(...page.items.map((p: { id: string }) => p.id));
        cursor = page.nextCursor;
      } while (cursor);
      expect(new Set(seen).size, sort).toBe(7);
    }
    const byDate = (await admin.get("/api/platforms?sort=-recognisedOn&limit=3")).json().items;
    expect(byDate.map((p: { recognisedOn: string }) => p.recognisedOn)).toEqual([
      "2024-03-01",
      "2024-01-10",
      "2021-07-01",
    ]);
    const forged = Buffer.from(JSON.stringify(["2026-02-30", id.P1])).toString("base64url");
    expect((await admin.get(`/api/platforms?sort=recognisedOn&cursor=${forged}`)).json().code).toBe(
      "cursor_invalid",
    );
  });

  it("counts per district for the map, ignoring the district filter, in the caller's scope", async () => {
    const map = (
      await admin.get("/api/platforms/map?status=recognised,operating,evaluated&districtCode=430104")
    ).json();
    expect(map.districts).toHaveLength(9);
    expect(counts(map.districts)).toEqual({ "430104": 2, "430121": 2, "430112": 1 });
    expect(map.total).toBe(5);
    const kaifu = await signedIn(ctx, "kaifu", "district", { areaCode: "430105" });
    expect(counts((await kaifu.get("/api/platforms/map")).json().districts)).toEqual({ "430105": 2 });
    expect((await kaifu.get("/api/platforms/facets")).json().total).toBe(2);
  });

  it("serves the public directory without sign-in: public statuses and fields only, rate limited", async () => {
    const res = await ctx.app.inject({ method: "GET", url: "/api/public/platforms?limit=50" });
    expect(res.statusCode).toBe(200);
    expect(res.headers["x-ratelimit-limit"]).toBeDefined();
    const body = res.json();
    expect(body.total).toBe(5);
    const keys = Object.keys(PublicPlatformSchema.shape).sort();
    for (const item of body.items) {
      expect(Object.keys(item).sort()).toEqual(keys);
      expect(["recognised", "operating", "evaluated"]).toContain(item.status);
    }
    expect(res.body).not.toContain("13912345678");
    expect(res.body).not.toContain("内部备注不公开");
    const p2 = body.items.find((p: { id: string }) => p.id === id.P2);
    expect(p2.coBuilders).toEqual([{ name: "长沙目录测试视频有限公司", role: "co_builder" }]);
    expect(p2.hostName).toBe("长沙目录测试大学");
    const cultivating = await ctx.app.inject({
      method: "GET",
      url: "/api/public/platforms?status=cultivating",
    });
    expect(cultivating.statusCode).toBe(400);
    const filtered = await ctx.app.inject({ method: "GET", url: "/api/public/platforms?rdCentre=true" });
    expect(filtered.json().total).toBe(2);
    const map = await ctx.app.inject({ method: "GET", url: "/api/public/platforms/map" });
    expect(counts(map.json().districts)).toEqual({ "430104": 2, "430121": 2, "430112": 1 });
    // The internal routes stay closed.
    expect((await ctx.app.inject({ method: "GET", url: "/api/platforms" })).statusCode).toBe(401);
    expect((await ctx.app.inject({ method: "GET", url: `/api/platforms/${id.P1}` })).statusCode).toBe(401);
  });

  it("serves the district boundaries publicly with caching", async () => {
    const res = await ctx.app.inject({ method: "GET", url: "/api/public/geo/districts" });
    expect(res.statusCode).toBe(200);
    expect(res.headers["content-type"]).toContain("application/geo+json");
    expect(res.headers["cache-control"]).toContain("max-age");
    const geo = res.json();
    expect(geo.type).toBe("FeatureCollection");
    expect(geo.features).toHaveLength(9);
    const again = await ctx.app.inject({
      method: "GET",
      url: "/api/public/geo/districts",
      headers: { "if-none-match": res.headers.etag as string },
    });
    expect(again.statusCode).toBe(304);
  });

  it("exports the filtered directory in the caller's scope, contacts masked for readers", async () => {
    const csv = await admin.get("/api/platforms/export?format=csv");
    expect(csv.statusCode).toBe(200);
    const lines = csv.body
      .replace(/^\uFEFF/, "")
      .trim()
      .split(/\r?\n/);
    expect(lines[0]).toContain("平台名称");
    expect(lines[0]).toContain("依托单位统一社会信用代码");
    expect(lines).toHaveLength(8);
    expect(csv.body).toContain("全国重点实验室");
    expect(csv.body).toContain("13912345678");
    const leader = await signedIn(ctx, "leader", "leadership");
    const masked = await leader.get("/api/platforms/export?format=csv&districtCode=430104");
    expect(
      masked.body
        .replace(/^\uFEFF/, "")
        .trim()
        .split(/\r?\n/),
    ).toHaveLength(3);
    expect(masked.body).toContain("139****5678");
    const xlsx = await admin.get("/api/platforms/export?format=xlsx&rdCentre=true");
    expect(xlsx.statusCode).toBe(200);
    expect(xlsx.headers["content-type"]).toContain("spreadsheetml");
  });

  it("counts platforms for indicators as of a date from the status history", async () => {
    const db = ctx.database.db;
    expect(await countPlatforms(db)).toBe(5);
    expect(await countPlatforms(db, { asOf: "2017-12-31" })).toBe(0);
    expect(await countPlatforms(db, { asOf: "2018-01-01" })).toBe(1);
    expect(await countPlatforms(db, { asOf: "2019-12-31" })).toBe(2);
    // P6 was revoked on 2023-01-01: it still counts for the last day of 2022.
    expect(await countPlatforms(db, { asOf: "2022-12-31" })).toBe(4);
    expect(await countPlatforms(db, { asOf: "2023-01-01" })).toBe(3);
    // P5 recognised 2024-01-10 counts for 2024-02-01; P4 (2024-03-01) does not yet.
    expect(await countPlatforms(db, { asOf: "2024-02-01" })).toBe(4);
    expect(await countPlatforms(db, { asOf: "2024-02-01", rdCentre: true })).toBe(1);
    expect(await countPlatforms(db, { rdCentre: true })).toBe(2);
    expect(await countPlatforms(db, { asOf: "2025-12-31" })).toBe(5);
    expect(await countPlatforms(db, { levels: ["national"] })).toBe(1);
    expect(await countPlatforms(db, { types: ["key_lab"] })).toBe(1);
    expect(await countPlatforms(db, { statuses: ["cultivating"] })).toBe(1);
    expect(await countPlatforms(db, { statuses: ["revoked"], asOf: "2022-12-31" })).toBe(0);
    expect(await countPlatforms(db, { statuses: ["revoked"] })).toBe(1);
    expect(await countPlatforms(db, { areaCode: "XJXQ" })).toBe(3);
    expect(await countPlatforms(db, { areaCode: "XJXQ", asOf: "2020-12-31" })).toBe(2);
    expect(await countPlatforms(db, { areaCode: "430121" })).toBe(2);
    expect(await countPlatforms(db, { areaCode: "430100" })).toBe(5);
    await expect(countPlatforms(db, { areaCode: "110101" })).rejects.toThrow(RangeError);
    await expect(countPlatforms(db, { asOf: "2024-13-01" })).rejects.toThrow(RangeError);
  });
});
