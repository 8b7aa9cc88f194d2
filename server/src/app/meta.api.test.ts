import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { engines, startTestApp, type TestContext } from "../test/harness.js";

describe.each(engines())("health and API description on %s", (engine) => {
  let ctx: TestContext;
  beforeAll(async () => {
    ctx = await startTestApp(engine);
  });
  afterAll(async () => ctx?.close());

  it("answers health with the engine and version", async () => {
    const res = await ctx.app.inject({ method: "GET", url: "/api/health" });
    expect(res.json()).toEqual({
      status: "ok",
      db: engine,
      version: expect.stringMatching(/^\d+\.\d+\.\d+/),
      demo: { enabled: expect.any(Boolean), totpOptional: true },
    });
  });

  it("serves an OpenAPI 3 document generated from the schemas, and a docs page, without sign-in", async () => {
    const doc = (await ctx.app.inject({ method: "GET", url: "/api/openapi.json" })).json();
    expect(doc.openapi).toMatch(/^3\./);
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining([
        "/api/entities",
        "/api/entities/{id}",
        "/api/imports",
        "/api/auth/login",
        "/api/audit",
      ]),
    );
    const create = doc.paths["/api/entities"].post.requestBody.content["application/json"].schema;
    expect(create.properties.uscc.description).toContain("GB 32100");
    const page = await ctx.app.inject({ method: "GET", url: "/api/docs/" });
    expect(page.statusCode).toBe(200);
    expect(page.headers["content-type"]).toContain("text/html");
  });

  it("answers unknown API routes with a localised problem", async () => {
    const res = await ctx.app.inject({
      method: "GET",
      url: "/api/nothing-here",
      headers: { "accept-language": "en-US,en;q=0.9" },
    });
    expect(res.statusCode).toBe(404);
    expect(res.json()).toMatchObject({
      code: "route_not_found",
      detail: "No such endpoint: GET /api/nothing-here",
    });
  });
});
