import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Client, engines, signedIn, startTestApp, type TestContext } from "../../test/harness.js";
import { buildPlatform, hostEntity } from "./platform.fixture.js";

interface Count {
  code: string;
  count: number;
}
interface Facets {
  total: number;
  category: Count[];
  type: Count[];
  level: Count[];
  status: Count[];
  district: Count[];
  zone: Count[];
}

const nonZero = (list: Count[]) =>
  Object.fromEntries(list.filter((c) => c.count > 0).map((c) => [c.code, c.count]));

/** Which query parameter each facet filters by. */
const PARAM: Record<Exclude<keyof Facets, "total">, string> = {
  category: "category",
  type: "typeCode",
  level: "level",
  status: "status",
  district: "districtCode",
  zone: "zoneCode",
};

/**
 * Public platforms (recognised, operating, evaluated) beside non-public ones (cultivating, revoked, merged) in
 * districts of their own, so that a non-public platform counted anywhere changes an answer:
 * A 全国重点实验室 national 岳麓/岳麓山大学科技城 recognised
 * B 重点实验室 provincial 岳麓/湘江科学城 operating
 * C 世界500强企业研发中心 municipal 长沙县/经开区 evaluated
 * D 重点实验室 municipal 开福 recognised
 * E 新型研发机构 municipal 雨花 cultivating (雨花 has no public platform)
 * F 工程技术研究中心 provincial 天心 recognised, then revoked (天心 has no public platform)
 * G 重点实验室 provincial 望城/大泽湖 recognised, then merged into D (望城 and 大泽湖 have no public platform)
 */
describe.each(engines())("public facets on %s", (engine) => {
  let ctx: TestContext;
  let admin: Client;
  const id: Record<string, string> = {};
  // Each request from an address of its own: the checks below send more than the per-address rate limit.
  let caller = 0;
  const pub = async (url: string) => {
    caller += 1;
    const remoteAddress = `10.0.${Math.floor(caller / 250)}.${caller % 250}`;
    const res = await ctx.app.inject({ method: "GET", url, remoteAddress });
    return { status: res.statusCode, headers: res.headers, body: res.json() };
  };

  beforeAll(async () => {
    ctx = await startTestApp(engine);
    admin = await signedIn(ctx, "city", "city_admin");
    const uni = await hostEntity(admin, { name: "长沙公开计数测试大学", kind: "university" });
    const firm = await hostEntity(admin, { name: "长沙公开计数测试重工有限公司", districtCode: "430121" });
    const create = async (key: string, body: ReturnType<typeof buildPlatform>) => {
      const res = await admin.post("/api/platforms", body);
      if (res.statusCode !== 201) throw new Error(res.body);
      id[key] = res.json().id;
    };
    const patch = async (key: string, body: Record<string, unknown>) => {
      const res = await admin.patch(`/api/platforms/${id[key]}`, body, { "if-match": '"v1"' });
      if (res.statusCode !== 200) throw new Error(res.body);
    };
    const recognised = { status: "recognised", recognisedOn: "2020-01-01" } as const;
    await create(
      "A",
      buildPlatform(uni, {
        typeCode: "state_key_lab",
        level: "national",
        zoneCode: "YLSDXC",
        industries: ["new-materials"],
        ...recognised,
        contactPhone: "13912345678",
      }),
    );
    await create(
      "B",
      buildPlatform(uni, {
        zoneCode: "XJKXC",
        industries: ["new-materials", "digital"],
        status: "operating",
        recognisedOn: "2020-01-01",
      }),
    );
    await create(
      "C",
      buildPlatform(firm, {
        typeCode: "fortune500_rd_center",
        level: "municipal",
        districtCode: "430121",
        zoneCode: "CSJKQ",
        industries: ["construction-machinery"],
        status: "evaluated",
        recognisedOn: "2021-01-01",
      }),
    );
    await create("D", buildPlatform(firm, { level: "municipal", districtCode: "430105", ...recognised }));
    await create(
      "E",
      buildPlatform(firm, {
        typeCode: "new_rd_institution",
        level: "municipal",
        districtCode: "430111",
        industries: ["digital"],
      }),
    );
    await create(
      "F",
      buildPlatform(firm, {
        typeCode: "engineering_tech_center",
        districtCode: "430103",
        industries: ["digital"],
        ...recognised,
      }),
    );
    await patch("F", { status: "revoked", statusOn: "2023-01-01" });
    await create(
      "G",
      buildPlatform(uni, { districtCode: "430112", zoneCode: "DZH", industries: ["digital"], ...recognised }),
    );
    await patch("G", { status: "merged", statusOn: "2023-01-01", successorId: id.D });
  });
  afterAll(async () => ctx?.close());

  it("answers without sign-in, rate limited, with the public statuses only", async () => {
    const res = await pub("/api/public/platforms/facets");
    expect(res.status).toBe(200);
    expect(res.headers["x-ratelimit-limit"]).toBeDefined();
    const f = res.body as Facets;
    expect(f.total).toBe(4);
    expect(f.status.map((s) => s.code)).toEqual(["recognised", "operating", "evaluated"]);
    expect(nonZero(f.status)).toEqual({ recognised: 2, operating: 1, evaluated: 1 });
    expect(nonZero(f.level)).toEqual({ national: 1, provincial: 1, municipal: 2 });
    expect(nonZero(f.category)).toEqual({ lab: 3, rd_centre: 1 });
    // 雨花 (cultivating), 天心 (revoked) and 望城/大泽湖 (merged) hold no public platform: never counted.
    expect(nonZero(f.district)).toEqual({ "430104": 2, "430121": 1, "430105": 1 });
    expect(nonZero(f.zone)).toEqual({ XJXQ: 2, XJKXC: 2, YLSDXC: 1, FTZCS: 1, CSJKQ: 1 });
    expect(nonZero(f.type)).toEqual({ state_key_lab: 1, key_lab: 2, fortune500_rd_center: 1 });
    // The internal facets of the same data do count them.
    const internal = (await admin.get("/api/platforms/facets")).json() as Facets;
    expect(internal.total).toBe(7);
    expect(nonZero(internal.district)).toMatchObject({ "430111": 1, "430103": 1, "430112": 1 });
  });

  it("never shows contacts, and refuses non-public statuses as filters", async () => {
    const res = await ctx.app.inject({ method: "GET", url: "/api/public/platforms/facets" });
    expect(res.body).not.toContain("13912345678");
    for (const status of ["cultivating", "revoked", "merged"]) {
      const refused = await pub(`/api/public/platforms/facets?status=${status}`);
      expect(refused.status).toBe(400);
    }
    expect((await pub("/api/public/platforms/facets?hostEntityId=x")).status).toBe(400);
    expect((await pub("/api/public/platforms/facets?limit=5")).status).toBe(400);
  });

  it("counts what the public list shows, under every filter, each facet without its own filter", async () => {
    const filters = [
      "",
      "industry=digital",
      "level=municipal",
      "districtCode=430104",
      "status=recognised",
      "zoneCode=XJXQ&level=national,provincial",
      "rdCentre=false",
      `q=${encodeURIComponent("重点实验室")}`,
    ];
    for (const filter of filters) {
      const f = (await pub(`/api/public/platforms/facets?${filter}`)).body as Facets;
      const list = (await pub(`/api/public/platforms?limit=100&${filter}`)).body;
      expect(f.total, filter).toBe(list.total);
      const params = new URLSearchParams(filter);
      for (const [facet, param] of Object.entries(PARAM) as [keyof typeof PARAM, string][]) {
        for (const { code, count } of f[facet]) {
          const q = new URLSearchParams(params);
          q.set(param, code);
          const listed = await pub(`/api/public/platforms?limit=1&${q}`);
          expect(listed.status).toBe(200);
          expect(count, `${filter} → ${facet} ${code}`).toBe(listed.body.total);
        }
      }
    }
  });
});
