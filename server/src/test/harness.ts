import { randomUUID } from "node:crypto";
import fs from "node:fs";
import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from "fastify";
import pg from "pg";
import { type BuildOptions, buildApp } from "../app/build-app.js";
import { loadConfig } from "../config.js";
import { systemActor } from "../core/actor.js";
import { createUser } from "../core/auth/users.js";
import { type Database, openPglite, openPostgres } from "../core/db/client.js";
import { PGLITE_TEMPLATE } from "./global-setup.js";

export type Engine = "pglite" | "postgres";

/** PGlite always; PostgreSQL too when TEST_DATABASE_URL is set (CI sets it). */
export function engines(): Engine[] {
  return process.env.TEST_DATABASE_URL ? ["pglite", "postgres"] : ["pglite"];
}

export async function openTestDatabase(engine: Engine): Promise<Database> {
  if (engine === "pglite") {
    const blob = new Blob([fs.readFileSync(PGLITE_TEMPLATE)]);
    return openPglite(undefined, blob);
  }
  const url = new URL(process.env.TEST_DATABASE_URL!);
  const name = `rdcity_t_${process.env.VITEST_POOL_ID ?? "0"}_${randomUUID().slice(0, 8)}`.replace(/-/g, "");
  const adminUrl = new URL(url);
  adminUrl.pathname = "/postgres";
  const admin = new pg.Client({ connectionString: adminUrl.toString() });
  await admin.connect();
  // Named by the global setup's process id; find it by prefix.
  const template =
    process.env.RDCITY_PG_TEMPLATE ??
    (
      await admin.query<{ datname: string }>(
        "SELECT datname FROM pg_database WHERE datname LIKE 'rdcity_tpl_%' ORDER BY oid DESC LIMIT 1",
      )
    ).rows[0]?.datname;
  await admin.query(`CREATE DATABASE ${name} TEMPLATE ${template}`);
  await admin.end();
  url.pathname = `/${name}`;
  const database = await openPostgres(url.toString(), 4);
  const close = database.close;
  database.close = async () => {
    await close();
    const a = new pg.Client({ connectionString: adminUrl.toString() });
    await a.connect();
    await a.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await a.end();
  };
  return database;
}

export const TEST_PASSWORD = "Test-Password-2026";

export interface TestContext {
  app: FastifyInstance;
  database: Database;
  close(): Promise<void>;
}

export async function startTestApp(
  engine: Engine,
  env: Record<string, string> = {},
  opts: Pick<BuildOptions, "workflowEnv"> = {},
): Promise<TestContext> {
  const database = await openTestDatabase(engine);
  const config = loadConfig({
    RDCITY_DATA_DIR: "/tmp/rdcity-test-unused",
    RDCITY_LOG_LEVEL: "silent",
    RDCITY_ADMIN_TOTP: "optional",
    ...env,
  });
  const app = await buildApp(config, database, { logger: false, serveWeb: false, ...opts });
  await app.ready();
  return {
    app,
    database,
    close: async () => {
      await app.close();
      await database.close();
    },
  };
}

export async function addUser(
  ctx: TestContext,
  username: string,
  role: Parameters<typeof createUser>[2]["role"],
  extra: { areaCode?: string; orgId?: string; password?: string } = {},
) {
  return ctx.database.db.transaction((tx) =>
    createUser(
      tx,
      systemActor("test"),
      {
        username,
        displayName: username,
        role,
        password: extra.password ?? TEST_PASSWORD,
        mustChangePassword: false,
        ...extra,
      },
      "zh-CN",
      {
        bypassSeparation: true,
      },
    ),
  );
}

/** A signed-in client: keeps the cookie and sends the CSRF token on writes. */
export class Client {
  cookie = "";
  csrf = "";
  lang = "zh-CN";
  constructor(readonly ctx: TestContext) {}

  async login(username: string, password = TEST_PASSWORD, totp?: string): Promise<LightMyRequestResponse> {
    const res = await this.ctx.app.inject({
      method: "POST",
      url: "/api/auth/login",
      payload: { username, password, ...(totp ? { totp } : {}) },
    });
    if (res.statusCode === 200) {
      const setCookie = res.headers["set-cookie"];
      const first = Array.isArray(setCookie) ? setCookie[0] : setCookie;
      this.cookie = (first ?? "").split(";")[0]!;
      this.csrf = res.json().csrfToken;
    }
    return res;
  }

  request(opts: InjectOptions): Promise<LightMyRequestResponse> {
    const headers: Record<string, string> = {
      "accept-language": this.lang,
      ...(opts.headers as Record<string, string>),
    };
    if (this.cookie) headers.cookie = this.cookie;
    if (opts.method && opts.method !== "GET" && this.csrf && headers["x-csrf-token"] === undefined)
      headers["x-csrf-token"] = this.csrf;
    return this.ctx.app.inject({ ...opts, headers });
  }

  get(url: string, headers: Record<string, string> = {}) {
    return this.request({ method: "GET", url, headers });
  }
  post(url: string, payload?: unknown, headers: Record<string, string> = {}) {
    return this.request({ method: "POST", url, payload: payload as InjectOptions["payload"], headers });
  }
  patch(url: string, payload: unknown, headers: Record<string, string> = {}) {
    return this.request({ method: "PATCH", url, payload: payload as InjectOptions["payload"], headers });
  }
}

export async function signedIn(
  ctx: TestContext,
  username: string,
  role: Parameters<typeof addUser>[2],
  extra: Parameters<typeof addUser>[3] = {},
) {
  await addUser(ctx, username, role, extra);
  const client = new Client(ctx);
  const res = await client.login(username, extra.password ?? TEST_PASSWORD);
  if (res.statusCode !== 200) throw new Error(`login failed: ${res.body}`);
  return client;
}
