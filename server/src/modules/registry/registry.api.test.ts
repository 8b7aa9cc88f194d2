import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildEntity, testUscc } from "../../test/factories.js";
import { type Client, engines, signedIn, startTestApp, type TestContext } from "../../test/harness.js";

describe.each(engines())("entities on %s", (engine) => {
  let ctx: TestContext;
  let admin: Client;
  beforeAll(async () => {
    ctx = await startTestApp(engine);
    admin = await signedIn(ctx, "city", "city_admin");
  });
  afterAll(async () => ctx?.close());

  it("creates, reads with an ETag, masks contact data, and reveals it for a purpose with an audit entry", async () => {
    const body = buildEntity({
      name: "湖南星河精密液压有限公司",
      industries: ["construction-machinery"],
      contactName: "李明",
      contactPhone: "13912345678",
    });
    const created = await admin.post("/api/entities", body);
    expect(created.statusCode).toBe(201);
    const id = created.json().id as string;
    const read = await admin.get(`/api/entities/${id}`);
    expect(read.statusCode).toBe(200);
    expect(read.headers.etag).toBe('"v1"');
    expect(read.json()).toMatchObject({
      name: "湖南星河精密液压有限公司",
      contactPhone: "139****5678",
      contactName: "李*",
      personalDataMasked: true,
    });
    const noPurpose = await admin.get(`/api/entities/${id}?reveal=true`);
    expect(noPurpose.statusCode).toBe(400);
    const revealed = await admin.get(
      `/api/entities/${id}?reveal=true&purpose=${encodeURIComponent("核实联系人")}`,
    );
    expect(revealed.json()).toMatchObject({ contactPhone: "13912345678", personalDataMasked: false });
    const auditor = await signedIn(ctx, "aud", "audit_admin");
    const trail = await auditor.get(`/api/entities/${id}/audit`);
    expect(trail.json().map((a: { action: string }) => a.action)).toEqual(
      expect.arrayContaining(["entity.create", "entity.read_personal"]),
    );
    expect(trail.json().find((a: { action: string }) => a.action === "entity.read_personal").purpose).toBe(
      "核实联系人",
    );
  });

  it("rejects a bad code with a localised 4xx and writes nothing", async () => {
    const bad = buildEntity({ uscc: "91430104MA4L16JQ9X" });
    const res = await admin.post("/api/entities", bad);
    expect(res.statusCode).toBe(400);
    expect(res.json().code).toBe("validation_failed");
    expect(res.json().errors[0]).toMatchObject({ path: "uscc", code: "uscc_checkDigit" });
    expect(res.json().detail).toContain("统一社会信用代码校验位不正确");
    admin.lang = "en-US";
    const en = await admin.post("/api/entities", bad);
    expect(en.json().detail).toContain("Unified social credit code has a wrong check character");
    admin.lang = "zh-CN";
    const list = await admin.get(`/api/entities?uscc=${bad.uscc}`);
    expect(list.json().items).toHaveLength(0);
  });

  it("refuses unknown fields, bad enums, over-long text, bad cursors and malformed JSON without a 500", async () => {
    const cases = [
      await admin.post("/api/entities", { ...buildEntity(), extra: 1 }),
      await admin.post("/api/entities", { ...buildEntity(), kind: "spaceship" }),
      await admin.post("/api/entities", { ...buildEntity(), name: "长".repeat(300) }),
      await admin.post("/api/entities", { ...buildEntity(), districtCode: "110101" }),
      await admin.post("/api/entities", { ...buildEntity(), zoneCode: "MLS", districtCode: "430104" }),
      await admin.get("/api/entities?cursor=notacursor"),
      await admin.get("/api/entities?limit=100000"),
      await admin.request({
        method: "POST",
        url: "/api/entities",
        payload: "{not json",
        headers: { "content-type": "application/json" },
      }),
    ];
    for (const res of cases) {
      expect(res.statusCode, res.body).toBeGreaterThanOrEqual(400);
      expect(res.statusCode, res.body).toBeLessThan(500);
      expect(res.json().detail).toBeTruthy();
    }
    expect(cases[4]!.json().errors[0].code).toBe("zone_not_in_district");
    expect(cases[5]!.json().code).toBe("cursor_invalid");
  });

  it("warns of a possible duplicate, saves after confirmation, and keeps both records", async () => {
    const first = await admin.post("/api/entities", buildEntity({ name: "比亚迪汽车（长沙）有限公司" }));
    expect(first.statusCode).toBe(201);
    const dup = await admin.post("/api/entities", buildEntity({ name: "长沙市比亚迪汽车有限公司" }));
    expect(dup.statusCode).toBe(409);
    expect(dup.json().code).toBe("possible_duplicate");
    expect(dup.json().candidates[0]).toMatchObject({ id: first.json().id, reason: "signature" });
    const confirmed = await admin.post("/api/entities", {
      ...buildEntity({ name: "长沙市比亚迪汽车有限公司" }),
      confirmDistinct: true,
    });
    expect(confirmed.statusCode).toBe(201);
    // Confirmed as distinct: the pair is no longer proposed.
    const candidates = await admin.get(`/api/entities/${confirmed.json().id}/duplicates`);
    expect(candidates.json().map((c: { id: string }) => c.id)).not.toContain(first.json().id);
    const sameCode = await admin.post(
      "/api/entities",
      buildEntity({ uscc: first.json().uscc, name: "另一家科技有限公司" }),
    );
    expect(sameCode.statusCode).toBe(409);
    expect(sameCode.json().code).toBe("uscc_taken");
  });

  it("requires If-Match (428), refuses a stale one (412 saying who and when), and records history", async () => {
    const created = (await admin.post("/api/entities", buildEntity())).json();
    const noMatch = await admin.patch(`/api/entities/${created.id}`, { isListed: true });
    expect(noMatch.statusCode).toBe(428);
    const ok = await admin.patch(
      `/api/entities/${created.id}`,
      { isListed: true, name: "长沙改名后智能装备有限公司" },
      { "if-match": '"v1"' },
    );
    expect(ok.statusCode).toBe(200);
    expect(ok.headers.etag).toBe('"v2"');
    expect(ok.json().formerNames).toContain(created.name);
    const stale = await admin.patch(
      `/api/entities/${created.id}`,
      { isListed: false },
      { "if-match": '"v1"' },
    );
    expect(stale.statusCode).toBe(412);
    expect(stale.json().detail).toMatch(/已被 city 于 \d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2} 修改/);
    const history = (await admin.get(`/api/entities/${created.id}/history`)).json();
    expect(history.map((h: { action: string }) => h.action)).toEqual(["create", "update"]);
    expect(history[1].changes.isListed).toEqual({ from: false, to: true });
    const dereg = await admin.patch(
      `/api/entities/${created.id}`,
      { status: "deregistered", statusReason: "企业注销" },
      { "if-match": '"v2"' },
    );
    expect(dereg.json().status).toBe("deregistered");
  });

  it("merges a duplicate into a successor, keeping provenance; nothing is deleted", async () => {
    const keep = (
      await admin.post("/api/entities", buildEntity({ name: "湖南云帆信息技术有限公司" }))
    ).json();
    const dupe = (
      await admin.post("/api/entities", {
        ...buildEntity({ name: "湖南云帆信息技术有限责任公司" }),
        confirmDistinct: true,
      })
    ).json();
    const merged = await admin.post(
      `/api/entities/${dupe.id}/merge`,
      { successorId: keep.id, reason: "同一企业重复登记" },
      { "if-match": '"v1"' },
    );
    expect(merged.statusCode).toBe(200);
    expect(merged.json()).toMatchObject({ status: "merged", successorId: keep.id });
    const survivor = (await admin.get(`/api/entities/${keep.id}`)).json();
    expect(survivor.formerNames).toContain("湖南云帆信息技术有限责任公司");
    const again = await admin.post(
      `/api/entities/${dupe.id}/merge`,
      { successorId: keep.id, reason: "再次" },
      { "if-match": '"v2"' },
    );
    expect(again.statusCode).toBe(422);
    const edit = await admin.patch(`/api/entities/${dupe.id}`, { isListed: true }, { "if-match": '"v2"' });
    expect(edit.statusCode).toBe(409);
  });

  it("lists with filters, Chinese search and keyset pagination", async () => {
    for (let i = 0; i < 7; i++) {
      await admin.post(
        "/api/entities",
        buildEntity({
          name: `长沙量子${["星", "云", "光", "海", "山", "林", "河"][i]}测控科技有限公司`,
          districtCode: "430111",
          industries: ["quantum"],
        }),
      );
    }
    const search = await admin.get(`/api/entities?q=${encodeURIComponent("量子")}&limit=3`);
    expect(search.statusCode).toBe(200);
    expect(search.json().total).toBe(7);
    const seen = new Set<string>();
    let cursor: string | null = null;
    do {
      const page = (
        await admin.get(
          `/api/entities?industry=quantum&districtCode=430111&sort=name&limit=3${cursor ? `&cursor=${cursor}` : ""}`,
        )
      ).json();
      for (const item of page.items) seen.add(item.id);
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen.size).toBe(7);
    const fuzzy = await admin.get(`/api/entities?q=${encodeURIComponent("量子光测控")}`);
    expect(fuzzy.json().items.map((e: { name: string }) => e.name)).toContain("长沙量子光测控科技有限公司");
    const byCode = await admin.get(`/api/entities?q=${(search.json().items[0] as { uscc: string }).uscc}`);
    expect(byCode.json().total).toBe(1);
  });

  it("scopes a district user to its own area in every query", async () => {
    const inYuelu = (
      await admin.post(
        "/api/entities",
        buildEntity({ districtCode: "430104", name: "岳麓区范围内科技有限公司" }),
      )
    ).json();
    const inKaifu = (
      await admin.post(
        "/api/entities",
        buildEntity({ districtCode: "430105", uscc: testUscc("430105"), name: "开福区范围内科技有限公司" }),
      )
    ).json();
    const district = await signedIn(ctx, "yuelu", "district", { areaCode: "430104" });
    const list = (await district.get("/api/entities?limit=200")).json();
    expect(list.items.every((e: { districtCode: string }) => e.districtCode === "430104")).toBe(true);
    expect((await district.get(`/api/entities/${inYuelu.id}`)).statusCode).toBe(200);
    expect((await district.get(`/api/entities/${inKaifu.id}`)).statusCode).toBe(404);
    const outside = await district.post(
      "/api/entities",
      buildEntity({ districtCode: "430105", uscc: testUscc("430105") }),
    );
    expect(outside.statusCode).toBe(403);
    expect(outside.json().code).toBe("out_of_scope");
    const move = await district.patch(
      `/api/entities/${inYuelu.id}`,
      { districtCode: "430105" },
      { "if-match": '"v1"' },
    );
    expect(move.statusCode).toBe(403);
  });
});
