import { DISTRICTS, type PlatformCreate } from "@rdcity/common";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Client, engines, signedIn, startTestApp, type TestContext } from "../../test/harness.js";
import {
  countPlatforms,
  countPlatformsAt,
  countPlatformsByDistrict,
  type PlatformCountQuery,
} from "./index.js";
import { buildPlatform, hostEntity } from "./platform.fixture.js";
import { platformStatusHistory } from "./schema.js";

type Query = Omit<PlatformCountQuery, "asOf">;

/** Days around every change below, year ends and today (some twice: one answer each). */
const DATES = [
  "2015-12-31",
  "2017-12-31",
  "2018-01-01",
  "2019-02-28",
  "2019-03-01",
  "2019-05-01",
  "2019-12-31",
  "2020-01-01",
  "2020-12-31",
  "2021-02-28",
  "2021-03-01",
  "2021-06-29",
  "2021-06-30",
  "2021-12-31",
  "2022-12-31",
  "2023-01-01",
  "2023-12-31",
  "2024-01-10",
  "2024-02-29",
  "2024-12-31",
  "2025-12-31",
  new Date().toISOString().slice(0, 10),
  "2023-01-01",
];

const QUERIES: Query[] = [
  {},
  { types: ["key_lab"] },
  { types: ["state_key_lab", "engineering_tech_center"] },
  { types: [] },
  { levels: ["national"] },
  { levels: ["provincial", "municipal"] },
  { levels: [] },
  { rdCentre: true },
  { rdCentre: false },
  { areaCode: "430104" },
  { areaCode: "430121" },
  { areaCode: "430100" },
  { areaCode: "XJXQ" },
  { areaCode: "YLSDXC" },
  { statuses: ["revoked"] },
  { statuses: ["cultivating", "operating"] },
  { statuses: ["evaluated"] },
  { statuses: [] },
  { types: ["key_lab"], levels: ["provincial"], areaCode: "XJXQ" },
  { rdCentre: true, areaCode: "430121", statuses: ["recognised", "evaluated"] },
];

/**
 * Platforms whose histories hold the cases a dated count must get right: entries through the API (recognised,
 * operating, evaluated, revoked, cultivating), and written directly two the API refuses — a second entry on the
 * same day (the later one holds) and a back-dated entry recorded after later ones (the day decides, not the id).
 */
describe.each(engines())("countPlatformsAt and countPlatformsByDistrict on %s", (engine) => {
  let ctx: TestContext;
  let admin: Client;
  const id: Record<string, string> = {};
  beforeAll(async () => {
    ctx = await startTestApp(engine);
    admin = await signedIn(ctx, "city", "city_admin");
    const a = await hostEntity(admin, { name: "长沙计数测试大学", kind: "university" });
    const b = await hostEntity(admin, { name: "长沙计数测试视频有限公司", districtCode: "430105" });
    const c = await hostEntity(admin, { name: "长沙计数测试重工有限公司", districtCode: "430121" });
    const create = async (key: string, body: ReturnType<typeof buildPlatform>) => {
      const res = await admin.post("/api/platforms", body);
      if (res.statusCode !== 201) throw new Error(res.body);
      id[key] = res.json().id;
    };
    const change = async (key: string, version: number, status: string, statusOn: string) => {
      const res = await admin.patch(
        `/api/platforms/${id[key]}`,
        { status, statusOn },
        { "if-match": `"v${version}"` },
      );
      if (res.statusCode !== 200) throw new Error(res.body);
    };
    const p = (overrides: Partial<PlatformCreate>): Partial<PlatformCreate> => ({
      status: "recognised",
      ...overrides,
    });
    await create(
      "lab",
      buildPlatform(
        a,
        p({ typeCode: "state_key_lab", level: "national", zoneCode: "YLSDXC", recognisedOn: "2019-05-01" }),
      ),
    );
    await create(
      "keyLab",
      buildPlatform(
        a,
        p({ zoneCode: "XJKXC", status: "operating", recognisedOn: "2020-01-01", statusOn: "2020-06-01" }),
      ),
    );
    await change("keyLab", 1, "evaluated", "2022-12-31");
    await create(
      "video",
      buildPlatform(b, {
        level: "municipal",
        districtCode: "430105",
        zoneCode: "MLS",
        statusOn: "2023-03-01",
      }),
    );
    await create(
      "fortune",
      buildPlatform(
        c,
        p({
          typeCode: "fortune500_rd_center",
          level: "municipal",
          districtCode: "430121",
          zoneCode: "CSJKQ",
          recognisedOn: "2024-01-10",
        }),
      ),
    );
    await create(
      "bonded",
      buildPlatform(
        c,
        p({
          typeCode: "bonded_rd_center",
          level: "municipal",
          districtCode: "430121",
          zoneCode: "HHZBQ",
          status: "evaluated",
          recognisedOn: "2019-03-01",
          statusOn: "2021-06-30",
        }),
      ),
    );
    await create(
      "engineering",
      buildPlatform(
        b,
        p({ typeCode: "engineering_tech_center", districtCode: "430105", recognisedOn: "2018-01-01" }),
      ),
    );
    await change("engineering", 1, "revoked", "2023-01-01");
    await create(
      "institute",
      buildPlatform(
        a,
        p({
          typeCode: "new_rd_institution",
          level: "municipal",
          districtCode: "430112",
          zoneCode: "DZH",
          status: "operating",
          recognisedOn: "2021-07-01",
          statusOn: "2021-09-01",
        }),
      ),
    );
    const db = ctx.database.db;
    // Same day as its evaluation: revoked then reinstated; the later entry holds for the day.
    await db.insert(platformStatusHistory).values([
      { platformId: id.bonded!, status: "revoked", effectiveOn: "2021-06-30" },
      { platformId: id.bonded!, status: "operating", effectiveOn: "2021-06-30" },
    ]);
    // Recorded last, effective between two earlier records: revoked from 2021-03-01 until evaluated on 2022-12-31.
    await db
      .insert(platformStatusHistory)
      .values({ platformId: id.keyLab!, status: "revoked", effectiveOn: "2021-03-01" });
  });
  afterAll(async () => ctx?.close());

  it("gives countPlatforms' figure for every date and filter, in one answer per date", async () => {
    const db = ctx.database.db;
    for (const q of QUERIES) {
      const got = await countPlatformsAt(db, q, DATES);
      const want = new Map<string, number>();
      for (const asOf of DATES) want.set(asOf, await countPlatforms(db, { ...q, asOf }));
      expect(Object.fromEntries(got), JSON.stringify(q)).toEqual(Object.fromEntries(want));
    }
  });

  it("reads the history's tricky entries as countPlatforms does", async () => {
    const db = ctx.database.db;
    const days = [
      "2019-12-31",
      "2020-01-01",
      "2021-03-01",
      "2021-06-30",
      "2022-12-31",
      "2023-01-01",
      "2024-01-10",
    ];
    const counted = async (q: Query) => [...(await countPlatformsAt(db, q, days)).values()];
    // engineering, lab and bonded; keyLab recognised 2020-01-01, revoked 2021-03-01 (recorded last), evaluated
    // 2022-12-31; bonded evaluated, revoked and reinstated on 2021-06-30 (the last holds); institute from
    // 2021-07-01; engineering revoked 2023-01-01; fortune from 2024-01-10.
    expect(await counted({})).toEqual([3, 4, 3, 3, 5, 4, 5]);
    expect(await counted({ statuses: ["revoked"] })).toEqual([0, 0, 1, 1, 0, 1, 1]);
    expect(await counted({ statuses: ["operating"] })).toEqual([0, 0, 0, 1, 2, 2, 2]);
    expect(await countPlatformsAt(db, {}, [])).toEqual(new Map());
  });

  it("counts every district in one answer as countPlatforms does for each", async () => {
    const db = ctx.database.db;
    for (const q of QUERIES)
      for (const asOf of ["2019-12-31", "2021-06-30", "2023-01-01", "2025-12-31"]) {
        const got = await countPlatformsByDistrict(db, q, asOf);
        const what = `${JSON.stringify(q)} ${asOf}`;
        // Within an area of its own: the districts of that area, adding up to its count.
        if (q.areaCode) {
          const total = [...got.values()].reduce((x, y) => x + y, 0);
          expect(total, what).toBe(await countPlatforms(db, { ...q, asOf }));
        } else
          for (const d of DISTRICTS)
            expect(got.get(d.code) ?? 0, `${what} ${d.code}`).toBe(
              await countPlatforms(db, { ...q, asOf, areaCode: d.code }),
            );
        expect([...got.values()].every((n) => n > 0)).toBe(true);
      }
    expect(await countPlatformsByDistrict(db, {}, "2025-12-31")).toEqual(
      new Map([
        ["430104", 2],
        ["430112", 1],
        ["430121", 2],
      ]),
    );
    expect(await countPlatformsByDistrict(db, { areaCode: "XJXQ" }, "2025-12-31")).toEqual(
      new Map([
        ["430104", 2],
        ["430112", 1],
      ]),
    );
  });

  it("refuses a malformed date or an unknown area", async () => {
    const db = ctx.database.db;
    await expect(countPlatformsAt(db, {}, ["2024-13-01"])).rejects.toThrow(RangeError);
    await expect(countPlatformsAt(db, { areaCode: "110101" }, ["2024-01-01"])).rejects.toThrow(RangeError);
    await expect(countPlatformsByDistrict(db, {}, "2024-02-30x")).rejects.toThrow(RangeError);
    await expect(countPlatformsByDistrict(db, { areaCode: "110101" }, "2024-01-01")).rejects.toThrow(
      RangeError,
    );
  });
});
