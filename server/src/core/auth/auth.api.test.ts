import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  addUser,
  Client,
  engines,
  signedIn,
  startTestApp,
  TEST_PASSWORD,
  type TestContext,
} from "../../test/harness.js";
import { currentTotp } from "./totp.js";

describe.each(engines())("auth on %s", (engine) => {
  let ctx: TestContext;
  beforeAll(async () => {
    ctx = await startTestApp(engine, { RDCITY_ADMIN_TOTP: "required" });
  });
  afterAll(async () => ctx?.close());

  it("refuses anonymous access with a localised 401 problem", async () => {
    const res = await ctx.app.inject({
      method: "GET",
      url: "/api/entities",
      headers: { "accept-language": "en-US" },
    });
    expect(res.statusCode).toBe(401);
    expect(res.headers["content-type"]).toContain("application/problem+json");
    expect(res.json()).toMatchObject({ code: "unauthenticated", detail: "Please sign in first" });
    const zh = await ctx.app.inject({ method: "GET", url: "/api/entities" });
    expect(zh.json().detail).toBe("请先登录");
  });

  it("signs in, returns a CSRF token, and requires it on writes", async () => {
    const c = await signedIn(ctx, "dist1", "district", { areaCode: "430104" });
    const session = await c.get("/api/auth/session");
    expect(session.statusCode).toBe(200);
    expect(session.json().csrfToken).toBe(c.csrf);
    expect(session.json().user).toMatchObject({ username: "dist1", role: "district", areaCode: "430104" });
    const noCsrf = await c.request({
      method: "PATCH",
      url: "/api/auth/profile",
      payload: { language: "en-US" },
      headers: { "x-csrf-token": "wrong" },
    });
    expect(noCsrf.statusCode).toBe(403);
    expect(noCsrf.json().code).toBe("csrf_invalid");
    const ok = await c.patch("/api/auth/profile", { language: "en-US" });
    expect(ok.statusCode).toBe(200);
    // The user's own language setting now wins over Accept-Language.
    const err = await c.get("/api/entities/00000000-0000-0000-0000-000000000000");
    expect(err.json().detail).toBe("The requested record was not found");
  });

  it("locks an account after 5 failed sign-ins for 15 minutes", async () => {
    await addUser(ctx, "victim", "expert");
    const c = new Client(ctx);
    for (let i = 0; i < 4; i++) expect((await c.login("victim", "wrong-password")).statusCode).toBe(401);
    const fifth = await c.login("victim", "wrong-password");
    expect(fifth.statusCode).toBe(423);
    expect(fifth.json().code).toBe("account_locked");
    const right = await c.login("victim", TEST_PASSWORD);
    expect(right.statusCode).toBe(423);
    expect(right.json().detail).toMatch(/15 分钟/);
  });

  it("enforces the password policy and forbids the last 5 passwords", async () => {
    const c = await signedIn(ctx, "pwuser", "expert");
    const weak = await c.post("/api/auth/password", { currentPassword: TEST_PASSWORD, newPassword: "short" });
    expect(weak.statusCode).toBe(422);
    expect(weak.json().code).toBe("password_policy");
    expect(weak.json().detail).toContain("至少 10 个字符");
    const withName = await c.post("/api/auth/password", {
      currentPassword: TEST_PASSWORD,
      newPassword: "Pwuser-2026-abc",
    });
    expect(withName.json().detail).toContain("用户名");
    const good = await c.post("/api/auth/password", {
      currentPassword: TEST_PASSWORD,
      newPassword: "Another-Pass-77",
    });
    expect(good.statusCode).toBe(200);
    const reuse = await c.post("/api/auth/password", {
      currentPassword: "Another-Pass-77",
      newPassword: TEST_PASSWORD,
    });
    expect(reuse.statusCode).toBe(422);
    expect(reuse.json().detail).toContain("最近 5 次");
  });

  it("makes administrators enrol TOTP, then asks for the code at sign-in", async () => {
    const c = await signedIn(ctx, "ops", "sys_admin");
    const blocked = await c.get("/api/users");
    expect(blocked.statusCode).toBe(403);
    expect(blocked.json().code).toBe("totp_enrolment_required");
    const enrol = await c.post("/api/auth/totp/enrol");
    expect(enrol.statusCode).toBe(200);
    expect(enrol.json().qrDataUrl).toMatch(/^data:image\/png;base64,/);
    const secret = enrol.json().secret as string;
    const wrong = await c.post("/api/auth/totp/confirm", { code: "000000" });
    expect(wrong.json().code).toBe("totp_invalid");
    const confirm = await c.post("/api/auth/totp/confirm", { code: currentTotp("ops", secret) });
    expect(confirm.statusCode).toBe(200);
    expect((await c.get("/api/users")).statusCode).toBe(200);
    const again = new Client(ctx);
    const noCode = await again.login("ops");
    expect(noCode.statusCode).toBe(401);
    expect(noCode.json().code).toBe("totp_required");
    expect((await again.login("ops", TEST_PASSWORD, currentTotp("ops", secret))).statusCode).toBe(200);
  });

  it("ends idle sessions", async () => {
    const short = await startTestApp(engine, { RDCITY_IDLE_TIMEOUT_MINUTES: "1" });
    try {
      const c = await signedIn(short, "idle", "expert");
      await short.database.db.execute(
        "UPDATE sessions SET last_seen_at = now() - interval '2 minutes'" as never,
      );
      const res = await c.get("/api/auth/session");
      expect(res.statusCode).toBe(401);
      expect(res.json().code).toBe("session_expired");
    } finally {
      await short.close();
    }
  });

  it("keeps the three administrators apart (三权分立)", async () => {
    await addUser(ctx, "sec", "security_admin");
    await addUser(ctx, "aud", "audit_admin");
    const secClient = new Client(ctx);
    await secClient.login("sec");
    // no TOTP yet: everything but enrolment is closed; use an optional-TOTP app for the role checks instead
    const open = await startTestApp(engine);
    try {
      const sys = await signedIn(open, "sys", "sys_admin");
      const makeAuditor = await sys.post("/api/users", {
        username: "aud2",
        displayName: "审计",
        role: "audit_admin",
        password: "Strong-Pass-123",
      });
      expect(makeAuditor.statusCode).toBe(403);
      expect(makeAuditor.json().code).toBe("role_not_assignable");
      expect((await sys.get("/api/audit")).statusCode).toBe(403);
      const made = await sys.post("/api/users", {
        username: "clerk",
        displayName: "录入员",
        role: "district",
        areaCode: "430104",
        password: "Strong-Pass-123",
      });
      expect(made.statusCode).toBe(201);
      expect(made.json().mustChangePassword).toBe(true);
      const security = await signedIn(open, "sec2", "security_admin");
      const auditorBySecurity = await security.post("/api/users", {
        username: "aud4",
        displayName: "审计员",
        role: "audit_admin",
        password: "Strong-Pass-123",
      });
      expect(auditorBySecurity.statusCode).toBe(201);
      const clerkBySecurity = await security.post("/api/users", {
        username: "clerk2",
        displayName: "录入",
        role: "district",
        areaCode: "430104",
        password: "Strong-Pass-123",
      });
      expect(clerkBySecurity.json().code).toBe("role_not_assignable");
      const resetAuditorBySys = await sys.post(`/api/users/${auditorBySecurity.json().id}/reset-password`, {
        password: "Another-Pass-456",
      });
      expect(resetAuditorBySys.json().code).toBe("role_not_assignable");
      const auditor = await signedIn(open, "aud3", "audit_admin");
      expect((await auditor.get("/api/audit")).statusCode).toBe(200);
      expect((await auditor.get("/api/users")).statusCode).toBe(403);
      expect((await auditor.get("/api/entities")).statusCode).toBe(403);
    } finally {
      await open.close();
    }
  });

  it("issues API tokens that work without CSRF and expire or get revoked", async () => {
    const open = await startTestApp(engine);
    try {
      const admin = await signedIn(open, "boss", "city_admin");
      await addUser(open, "xiangjiang", "district", { areaCode: "430104" });
      const created = await admin.post("/api/tokens", {
        username: "xiangjiang",
        name: "岳麓区系统",
        days: 30,
      });
      expect(created.statusCode).toBe(201);
      const token = created.json().token as string;
      const list = await open.app.inject({
        method: "GET",
        url: "/api/entities",
        headers: { authorization: `Bearer ${token}` },
      });
      expect(list.statusCode).toBe(200);
      const revoke = await admin.post(`/api/tokens/${created.json().id}/revoke`);
      expect(revoke.statusCode).toBe(200);
      const after = await open.app.inject({
        method: "GET",
        url: "/api/entities",
        headers: { authorization: `Bearer ${token}` },
      });
      expect(after.statusCode).toBe(401);
      expect(after.json().code).toBe("token_invalid");
    } finally {
      await open.close();
    }
  });
});
