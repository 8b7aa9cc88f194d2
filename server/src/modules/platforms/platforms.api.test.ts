import { PLATFORM_TYPES } from "@rdcity/common";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Client, engines, signedIn, startTestApp, type TestContext } from "../../test/harness.js";
import { buildPlatform, fixtureUscc, hostEntity } from "./platform.fixture.js";

describe.each(engines())("platforms on %s", (engine) => {
  let ctx: TestContext;
  let admin: Client;
  let csu: string;
  let partner: string;
  beforeAll(async () => {
    ctx = await startTestApp(engine);
    admin = await signedIn(ctx, "city", "city_admin");
    csu = await hostEntity(admin, { name: "长沙测试材料大学", kind: "university" });
    partner = await hostEntity(admin, { name: "长沙测试合作装备有限公司" });
  });
  afterAll(async () => ctx?.close());

  it("keeps the taxonomy table equal to the list in common", async () => {
    const res = await admin.get("/api/platform-types");
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual(PLATFORM_TYPES.map((t) => ({ ...t, levels: [...t.levels] })));
    expect(res.json().filter((t: { isRdCentre: boolean }) => t.isRdCentre)).toHaveLength(5);
  });

  it("creates with links, reads with an ETag, requires If-Match (428), refuses a stale one (412) and keeps history", async () => {
    const body = buildPlatform(csu, {
      name: "湖南省先进储能材料测试重点实验室",
      contactName: "李明",
      contactPhone: "13912345678",
      notes: "内部：拟推荐申报全国重点实验室",
      links: [{ entityId: partner, role: "co_builder", startOn: "2024-01-01" }],
    });
    const created = await admin.post("/api/platforms", body);
    expect(created.statusCode, created.body).toBe(201);
    expect(created.headers.etag).toBe('"v1"');
    const p = created.json();
    expect(p).toMatchObject({
      status: "cultivating",
      category: "lab",
      isRdCentre: false,
      host: { id: csu, name: "长沙测试材料大学" },
      links: [
        {
          entityId: partner,
          entityName: "长沙测试合作装备有限公司",
          role: "co_builder",
          startOn: "2024-01-01",
        },
      ],
      contactPhone: "13912345678",
      notes: "内部：拟推荐申报全国重点实验室",
    });
    const read = await admin.get(`/api/platforms/${p.id}`);
    expect(read.headers.etag).toBe('"v1"');
    expect(
      (await admin.patch(`/api/platforms/${p.id}`, { website: "https://lab.example.cn" })).statusCode,
    ).toBe(428);
    const ok = await admin.patch(
      `/api/platforms/${p.id}`,
      { website: "https://lab.example.cn", links: [] },
      { "if-match": '"v1"' },
    );
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.headers.etag).toBe('"v2"');
    expect(ok.json().links).toEqual([]);
    const stale = await admin.patch(`/api/platforms/${p.id}`, { website: null }, { "if-match": '"v1"' });
    expect(stale.statusCode).toBe(412);
    expect(stale.json().detail).toMatch(/已被 city 于 \d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2} 修改/);
    const history = (await admin.get(`/api/platforms/${p.id}/history`)).json();
    expect(history.map((h: { action: string }) => h.action)).toEqual(["create", "update"]);
    expect(history[1].changes.website).toEqual({ from: null, to: "https://lab.example.cn" });
    expect(history[1].changes.links.from).toHaveLength(1);
    expect(history[1].changes.links.to).toEqual([]);
    // Readers who do not maintain platforms see contacts masked and no internal notes, also in the history.
    const leader = await signedIn(ctx, "leader1", "leadership");
    const seen = (await leader.get(`/api/platforms/${p.id}`)).json();
    expect(seen).toMatchObject({
      contactPhone: "139****5678",
      contactName: "李*",
      notes: null,
      personalDataMasked: true,
    });
    const leaderHistory = (await leader.get(`/api/platforms/${p.id}/history`)).json();
    expect(leaderHistory[0].changes.notes.to).toBe("***");
    const auditor = await signedIn(ctx, "aud", "audit_admin");
    const trail = (await auditor.get(`/api/platforms/${p.id}/audit`)).json();
    expect(trail.map((a: { action: string }) => a.action)).toEqual(
      expect.arrayContaining(["platform.create", "platform.update"]),
    );
  });

  it("walks the lifecycle with dated status history; revoked is final; merged needs a successor", async () => {
    const p = (await admin.post("/api/platforms", buildPlatform(csu, { statusOn: "2023-03-01" }))).json();
    const skip = await admin.patch(`/api/platforms/${p.id}`, { status: "evaluated" }, { "if-match": '"v1"' });
    expect(skip.statusCode).toBe(422);
    expect(skip.json().code).toBe("platform_transition_invalid");
    expect(skip.json().detail).toContain("培育中");
    const early = await admin.patch(
      `/api/platforms/${p.id}`,
      { status: "recognised", statusOn: "2022-12-31" },
      { "if-match": '"v1"' },
    );
    expect(early.json().code).toBe("platform_status_date_invalid");
    const future = await admin.patch(
      `/api/platforms/${p.id}`,
      { status: "recognised", statusOn: "2999-01-01" },
      { "if-match": '"v1"' },
    );
    expect(future.json().code).toBe("platform_status_date_invalid");
    const recognised = await admin.patch(
      `/api/platforms/${p.id}`,
      { status: "recognised", statusOn: "2023-06-15", recognitionDocNo: "湘科发〔2023〕12号" },
      { "if-match": '"v1"' },
    );
    expect(recognised.statusCode, recognised.body).toBe(200);
    expect(recognised.json()).toMatchObject({
      status: "recognised",
      recognisedOn: "2023-06-15",
      statusOn: "2023-06-15",
    });
    const operating = await admin.patch(
      `/api/platforms/${p.id}`,
      { status: "operating", statusOn: "2023-09-01" },
      { "if-match": '"v2"' },
    );
    expect(operating.statusCode).toBe(200);
    const mergeNoSuccessor = await admin.patch(
      `/api/platforms/${p.id}`,
      { status: "merged" },
      { "if-match": '"v3"' },
    );
    expect(mergeNoSuccessor.statusCode).toBe(422);
    expect(mergeNoSuccessor.json().code).toBe("platform_successor_required");
    const self = await admin.patch(
      `/api/platforms/${p.id}`,
      { status: "merged", successorId: p.id },
      { "if-match": '"v3"' },
    );
    expect(self.json().code).toBe("platform_successor_invalid");
    const successor = (
      await admin.post(
        "/api/platforms",
        buildPlatform(csu, { status: "recognised", recognisedOn: "2020-05-01" }),
      )
    ).json();
    const merged = await admin.patch(
      `/api/platforms/${p.id}`,
      { status: "merged", successorId: successor.id, statusOn: "2024-02-01", statusNote: "整合重组" },
      { "if-match": '"v3"' },
    );
    expect(merged.statusCode, merged.body).toBe(200);
    expect(merged.json()).toMatchObject({ status: "merged", successorId: successor.id });
    const afterMerge = await admin.get(`/api/platforms/${successor.id}/history`);
    expect(afterMerge.json().at(-1)).toMatchObject({ action: "merged_into" });
    const edit = await admin.patch(`/api/platforms/${p.id}`, { website: "x" }, { "if-match": '"v4"' });
    expect(edit.statusCode).toBe(409);
    expect(edit.json().code).toBe("platform_inactive");
    const statuses = (await admin.get(`/api/platforms/${p.id}/status-history`)).json();
    expect(statuses.map((s: { status: string; effectiveOn: string }) => [s.status, s.effectiveOn])).toEqual([
      ["cultivating", "2023-03-01"],
      ["recognised", "2023-06-15"],
      ["operating", "2023-09-01"],
      ["merged", "2024-02-01"],
    ]);
    // Revoked is final.
    const r = (await admin.post("/api/platforms", buildPlatform(csu))).json();
    const revoked = await admin.patch(
      `/api/platforms/${r.id}`,
      { status: "revoked" },
      { "if-match": '"v1"' },
    );
    expect(revoked.json().status).toBe("revoked");
    const back = await admin.patch(
      `/api/platforms/${r.id}`,
      { status: "recognised" },
      { "if-match": '"v2"' },
    );
    expect(back.statusCode).toBe(409);
    // A platform registered as recognised already carries its recognition day in the status history.
    const old = (
      await admin.post(
        "/api/platforms",
        buildPlatform(csu, { status: "operating", recognisedOn: "2015-04-01", statusOn: "2016-01-01" }),
      )
    ).json();
    const oldStatuses = (await admin.get(`/api/platforms/${old.id}/status-history`)).json();
    expect(oldStatuses.map((s: { status: string }) => s.status)).toEqual(["recognised", "operating"]);
  });

  it("refuses bad input with a localised 4xx and writes nothing", async () => {
    const count = async () => (await admin.get("/api/platforms?limit=1")).json().total as number;
    const before = await count();
    const cases = [
      await admin.post("/api/platforms", { ...buildPlatform(csu), extra: 1 }),
      await admin.post("/api/platforms", buildPlatform(csu, { typeCode: "spaceship" })),
      await admin.post(
        "/api/platforms",
        buildPlatform(csu, { typeCode: "state_key_lab", level: "municipal" }),
      ),
      await admin.post("/api/platforms", buildPlatform(csu, { zoneCode: "MLS" })),
      await admin.post("/api/platforms", buildPlatform(csu, { status: "recognised" })),
      await admin.post("/api/platforms", buildPlatform("00000000-0000-4000-8000-000000000000")),
      await admin.post(
        "/api/platforms",
        buildPlatform(csu, {
          links: [{ entityId: partner, role: "co_builder", startOn: "2024-05-01", endOn: "2024-01-01" }],
        }),
      ),
      await admin.post("/api/platforms", buildPlatform(csu, { name: "lab" })),
      await admin.post("/api/platforms", buildPlatform(csu, { status: "revoked" as never })),
      await admin.get("/api/platforms?cursor=notacursor"),
      await admin.get("/api/platforms?typeCode=nope"),
      await admin.get("/api/platforms/not-a-uuid"),
      await admin.request({
        method: "POST",
        url: "/api/platforms",
        payload: "{not json",
        headers: { "content-type": "application/json" },
      }),
    ];
    for (const res of cases) {
      expect(res.statusCode, res.body).toBeGreaterThanOrEqual(400);
      expect(res.statusCode, res.body).toBeLessThan(500);
      expect(res.json().detail).toBeTruthy();
    }
    expect(cases[2]!.json()).toMatchObject({ code: "platform_level_not_allowed", status: 422 });
    expect(cases[2]!.json().detail).toBe("“全国重点实验室”的级别只能是国家级");
    expect(cases[3]!.json().errors[0].code).toBe("zone_not_in_district");
    expect(cases[4]!.json().code).toBe("platform_recognition_required");
    expect(cases[5]!.json().code).toBe("platform_host_unknown");
    expect(cases[6]!.json().code).toBe("platform_link_invalid");
    expect(cases[9]!.json().code).toBe("cursor_invalid");
    admin.lang = "en-US";
    const en = await admin.post(
      "/api/platforms",
      buildPlatform(csu, { typeCode: "state_key_lab", level: "municipal" }),
    );
    expect(en.json().detail).toBe("A “State key laboratory” can only be national");
    admin.lang = "zh-CN";
    expect(await count()).toBe(before);
    const dup = buildPlatform(csu);
    expect((await admin.post("/api/platforms", dup)).statusCode).toBe(201);
    const again = await admin.post("/api/platforms", dup);
    expect(again.statusCode).toBe(409);
    expect(again.json().code).toBe("platform_taken");
    const coded = await admin.post("/api/platforms", buildPlatform(csu, { externalCode: "NKL-0001" }));
    expect(coded.statusCode).toBe(201);
    const sameCode = await admin.post("/api/platforms", buildPlatform(csu, { externalCode: "NKL-0001" }));
    expect(sameCode.json().code).toBe("platform_code_taken");
  });

  it("scopes district, zone and entity users in every query", async () => {
    const kaifuHost = await hostEntity(admin, { districtCode: "430105", uscc: fixtureUscc("430105") });
    const inYuelu = (
      await admin.post("/api/platforms", buildPlatform(csu, { districtCode: "430104", zoneCode: "YLSDXC" }))
    ).json();
    const inKaifu = (
      await admin.post("/api/platforms", buildPlatform(kaifuHost, { districtCode: "430105" }))
    ).json();
    const district = await signedIn(ctx, "yuelu", "district", { areaCode: "430104" });
    const list = (await district.get("/api/platforms?limit=200")).json();
    expect(list.items.length).toBeGreaterThan(0);
    expect(list.items.every((p: { districtCode: string }) => p.districtCode === "430104")).toBe(true);
    expect((await district.get(`/api/platforms/${inYuelu.id}`)).statusCode).toBe(200);
    expect((await district.get(`/api/platforms/${inKaifu.id}`)).statusCode).toBe(404);
    const outside = await district.post(
      "/api/platforms",
      buildPlatform(kaifuHost, { districtCode: "430105" }),
    );
    expect(outside.statusCode).toBe(403);
    expect(outside.json().code).toBe("out_of_scope");
    const move = await district.patch(
      `/api/platforms/${inYuelu.id}`,
      { districtCode: "430105", zoneCode: null },
      { "if-match": '"v1"' },
    );
    expect(move.statusCode).toBe(403);
    const zone = await signedIn(ctx, "kxc", "district", { areaCode: "XJKXC" });
    const zoneList = (await zone.get("/api/platforms?limit=200")).json();
    expect(zoneList.items.map((p: { id: string }) => p.id)).toContain(inYuelu.id);
    expect(zoneList.items.every((p: { zoneCode: string }) => ["XJKXC", "YLSDXC"].includes(p.zoneCode))).toBe(
      true,
    );
    const host = await signedIn(ctx, "kaifuorg", "entity", { orgId: kaifuHost });
    const own = (await host.get("/api/platforms")).json();
    expect(own.items.map((p: { id: string }) => p.id)).toEqual([inKaifu.id]);
    expect((await host.get(`/api/platforms/${inYuelu.id}`)).statusCode).toBe(404);
    expect((await host.post("/api/platforms", buildPlatform(kaifuHost))).statusCode).toBe(403);
    const anonymous = await ctx.app.inject({ method: "GET", url: "/api/platforms" });
    expect(anonymous.statusCode).toBe(401);
  });
});
