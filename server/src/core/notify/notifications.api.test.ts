import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Client, engines, signedIn, startTestApp, type TestContext } from "../../test/harness.js";
import { auditLog } from "../audit/schema.js";
import { sessions, users } from "../auth/schema.js";
import { notify } from "./index.js";

describe.each(engines())("notification routes on %s", (engine) => {
  let ctx: TestContext;
  let alice: Client;
  let bob: Client;
  const idOf = async (username: string) =>
    (await ctx.database.db.select({ id: users.id }).from(users).where(eq(users.username, username)))[0]!.id;
  const tell = (username: string, n: number, extra: { dedupeKey?: string } = {}) =>
    idOf(username).then((id) =>
      ctx.database.db.transaction((tx) =>
        notify(tx, {
          audience: { userIds: [id] },
          kind: "test.route",
          title: { zh: `第${n}条通知`, en: `Notice ${n}` },
          body: { zh: `内容${n}`, en: `Body ${n}` },
          link: `/console/workflow/${n}`,
          subjectType: "test",
          subjectId: String(n),
          ...extra,
        }),
      ),
    );

  beforeAll(async () => {
    ctx = await startTestApp(engine);
    alice = await signedIn(ctx, "alice", "city_admin");
    bob = await signedIn(ctx, "bob", "district", { areaCode: "430104" });
    for (let n = 1; n <= 5; n++) {
      await tell("alice", n);
      await new Promise((resolve) => setTimeout(resolve, 3)); // distinct creation times: the order is asserted
    }
    await tell("bob", 100);
  });
  afterAll(async () => ctx?.close());

  it("lists own notifications only, newest first, in the reader's language, in pages", async () => {
    const first = await alice.get("/api/notifications?limit=2");
    expect(first.statusCode).toBe(200);
    const page = first.json();
    expect(page).toMatchObject({ total: 5, unread: 5 });
    expect(page.items.map((i: { title: string }) => i.title)).toEqual(["第5条通知", "第4条通知"]);
    expect(page.items[0]).toMatchObject({
      kind: "test.route",
      body: "内容5",
      link: "/console/workflow/5",
      readAt: null,
    });
    const rest: string[] = [];
    let cursor = page.nextCursor as string | null;
    while (cursor) {
      const next = (
        await alice.get(`/api/notifications?limit=2&cursor=${encodeURIComponent(cursor)}`)
      ).json();
      rest.push(...next.items.map((i: { title: string }) => i.title));
      cursor = next.nextCursor;
    }
    expect(rest).toEqual(["第3条通知", "第2条通知", "第1条通知"]);

    alice.lang = "en-US";
    const en = (await alice.get("/api/notifications?limit=1")).json();
    expect(en.items[0]).toMatchObject({ title: "Notice 5", body: "Body 5" });
    alice.lang = "zh-CN";

    const bobs = (await bob.get("/api/notifications")).json();
    expect(bobs.items.map((i: { title: string }) => i.title)).toEqual(["第100条通知"]);
  });

  it("counts, marks one and all read, and filters unread; audits the writes", async () => {
    expect((await alice.get("/api/notifications/unread-count")).json()).toEqual({ count: 5 });
    const list = (await alice.get("/api/notifications")).json();
    const third = list.items.find((i: { title: string }) => i.title === "第3条通知");
    const read = await alice.post(`/api/notifications/${third.id}/read`);
    expect(read.statusCode).toBe(200);
    expect(read.json().readAt).not.toBeNull();
    // Reading it again changes nothing.
    const again = await alice.post(`/api/notifications/${third.id}/read`);
    expect(again.json().readAt).toBe(read.json().readAt);
    expect((await alice.get("/api/notifications/unread-count")).json()).toEqual({ count: 4 });
    const unread = (await alice.get("/api/notifications?unread=true")).json();
    expect(unread).toMatchObject({ total: 4, unread: 4 });
    expect(unread.items.some((i: { id: string }) => i.id === third.id)).toBe(false);

    expect((await alice.post("/api/notifications/read-all")).json()).toEqual({ updated: 4 });
    expect((await alice.post("/api/notifications/read-all")).json()).toEqual({ updated: 0 });
    expect((await alice.get("/api/notifications/unread-count")).json()).toEqual({ count: 0 });
    // Bob's stay unread.
    expect((await bob.get("/api/notifications/unread-count")).json()).toEqual({ count: 1 });

    const aliceId = await idOf("alice");
    const audited = await ctx.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.actorId, aliceId)));
    expect(audited.map((a) => a.action).filter((a) => a.startsWith("notification."))).toEqual([
      "notification.read",
      "notification.read_all",
    ]);
  });

  it("never shows or marks another person's notification: 404", async () => {
    const bobsId = (await bob.get("/api/notifications")).json().items[0].id;
    const res = await alice.post(`/api/notifications/${bobsId}/read`);
    expect(res.statusCode).toBe(404);
    expect(res.json().code).toBe("not_found");
    expect((await bob.get("/api/notifications/unread-count")).json()).toEqual({ count: 1 });
    const missing = await alice.post("/api/notifications/00000000-0000-4000-8000-000000000000/read");
    expect(missing.statusCode).toBe(404);
  });

  it("refuses bad input with a localised 4xx and anonymous callers with 401", async () => {
    for (const url of [
      "/api/notifications?limit=0",
      "/api/notifications?limit=1000",
      "/api/notifications?unread=maybe",
      "/api/notifications?cursor=yesterday",
      "/api/notifications?sort=oldest",
    ]) {
      const res = await alice.get(url);
      expect(res.statusCode, url).toBe(400);
      expect(res.headers["content-type"]).toContain("application/problem+json");
      expect(res.json().code).toBe("validation_failed");
    }
    const badId = await alice.post("/api/notifications/not-an-id/read");
    expect(badId.statusCode).toBe(400);
    const noCsrf = await alice.request({
      method: "POST",
      url: "/api/notifications/read-all",
      headers: { "x-csrf-token": "wrong" },
    });
    expect(noCsrf.statusCode).toBe(403);
    const anonymous = await ctx.app.inject({ method: "GET", url: "/api/notifications" });
    expect(anonymous.statusCode).toBe(401);
  });

  it("does not keep a session alive by polling the unread count", async () => {
    const aliceId = await idOf("alice");
    const tenMinutesAgo = new Date(Date.now() - 10 * 60_000);
    await ctx.database.db
      .update(sessions)
      .set({ lastSeenAt: tenMinutesAgo })
      .where(eq(sessions.userId, aliceId));
    const seen = async () =>
      (
        await ctx.database.db.select().from(sessions).where(eq(sessions.userId, aliceId))
      )[0]!.lastSeenAt.getTime();
    expect((await alice.get("/api/notifications/unread-count")).statusCode).toBe(200);
    expect(await seen()).toBe(tenMinutesAgo.getTime());
    expect((await alice.get("/api/notifications?limit=1")).statusCode).toBe(200);
    expect(await seen()).toBeGreaterThan(tenMinutesAgo.getTime());
  });

  it("shows the routes in the OpenAPI description", async () => {
    const spec = (await ctx.app.inject({ method: "GET", url: "/api/openapi.json" })).json();
    expect(Object.keys(spec.paths)).toEqual(
      expect.arrayContaining([
        "/api/notifications",
        "/api/notifications/unread-count",
        "/api/notifications/{id}/read",
        "/api/notifications/read-all",
      ]),
    );
    expect(spec.paths["/api/notifications"].get.parameters.map((p: { name: string }) => p.name)).toEqual(
      expect.arrayContaining(["unread", "limit", "cursor"]),
    );
  });

  it("keeps e-mail addresses: set on create, patch and profile, validated, masked for those who do not manage accounts", async () => {
    const admin = await signedIn(ctx, "sysadmin", "sys_admin");
    const created = await admin.post("/api/users", {
      username: "zhangwei",
      displayName: "张伟",
      role: "city_admin",
      password: "Strong-Pass-2026x",
      email: "  zhang.wei@example.com ",
    });
    expect(created.statusCode).toBe(201);
    expect(created.json().email).toBe("zhang.wei@example.com");
    const bad = await admin.post("/api/users", {
      username: "lisi",
      displayName: "李四",
      role: "city_admin",
      password: "Strong-Pass-2026x",
      email: "li si@example",
    });
    expect(bad.statusCode).toBe(400);
    expect(JSON.stringify(bad.json().errors)).toContain("电子邮箱格式不正确，应如 name@example.com");

    const listed = (await admin.get("/api/users?q=zhangwei")).json();
    expect(listed.items[0].email).toBe("zhang.wei@example.com");
    const security = await signedIn(ctx, "secadmin", "security_admin");
    const masked = (await security.get("/api/security/users?q=zhangwei")).json();
    expect(masked.items[0].email).toBe("z***@example.com");

    const id = created.json().id;
    const patched = await admin.patch(`/api/users/${id}`, { email: "zw@example.cn" });
    expect(patched.json().email).toBe("zw@example.cn");
    const cleared = await admin.patch(`/api/users/${id}`, { email: "" });
    expect(cleared.json().email).toBeNull();

    const own = await alice.patch("/api/auth/profile", { email: "alice@example.com" });
    expect(own.statusCode).toBe(200);
    expect(own.json().user.email).toBe("alice@example.com");
    expect((await alice.patch("/api/auth/profile", { email: "alice@" })).statusCode).toBe(400);
  });
});
