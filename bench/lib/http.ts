/** The API in-process (no server process): to time the same queries through HTTP with a signed-in admin. */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { FastifyInstance } from "fastify";
import { prepareDatabase } from "../../server/src/app/bootstrap.js";
import { buildApp } from "../../server/src/app/build-app.js";
import { loadConfig } from "../../server/src/config.js";
import type { Database } from "../../server/src/core/db/client.js";

export const ADMIN_PASSWORD_IN_PROCESS = "Bench-Strong-Pass-2026";

/** An in-process app on the loaded database with a signed-in admin, to time the same queries through HTTP. */
export async function httpOn(database: Database, url: string | undefined) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "rdcity-bench-app-"));
  const config = loadConfig({
    RDCITY_DATA_DIR: dir,
    RDCITY_ADMIN_PASSWORD: ADMIN_PASSWORD_IN_PROCESS,
    RDCITY_DEMO: "off",
    RDCITY_ADMIN_TOTP: "optional",
    RDCITY_LOG_LEVEL: "warn",
    ...(url ? { DATABASE_URL: url } : {}),
  });
  await prepareDatabase(config, database, { demo: false });
  const app = await buildApp(config, database, { logger: false, serveWeb: false });
  const res = await app.inject({
    method: "POST",
    url: "/api/auth/login",
    payload: { username: "admin", password: ADMIN_PASSWORD_IN_PROCESS },
  });
  if (res.statusCode !== 200) throw new Error(`in-process sign-in failed: ${res.statusCode} ${res.body}`);
  const cookie = res.cookies.map((c) => `${c.name}=${c.value}`).join("; ");
  return {
    app,
    cookie,
    close: async () => {
      await app.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** A GET through the in-process app with a session cookie; anything but 200 is an error. */
export const httpGet = (app: FastifyInstance, url: string, cookie: string) => async () => {
  const res = await app.inject({ method: "GET", url, headers: { cookie } });
  if (res.statusCode !== 200) throw new Error(`${url}: ${res.statusCode} ${res.body.slice(0, 300)}`);
  return res;
};
