import { type ChildProcess, execFileSync, spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";

const root = path.resolve(import.meta.dirname, "..");
export const ADMIN_PASSWORD = "E2e-Strong-Pass-2026";

declare module "vitest" {
  export interface ProvidedContext {
    baseUrl: string;
    adminPassword: string;
  }
}

async function waitForHealth(url: string, child: ChildProcess, log: () => string): Promise<void> {
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`server exited (${child.exitCode}):\n${log()}`);
    try {
      const res = await fetch(`${url}/api/health`);
      if (res.ok) return;
    } catch {
      /* not yet */
    }
    await new Promise((r) => setTimeout(r, 300));
  }
  throw new Error(`server did not become ready:\n${log()}`);
}

/** Builds the server, starts it on a free port over a fresh embedded database with demo data, stops it after. */
export default async function setup(project: TestProject) {
  execFileSync("npx", ["tsc", "-b", "server"], { cwd: root, stdio: "inherit" });
  if (!fs.existsSync(path.join(root, "web/dist/index.html")))
    throw new Error("web/dist is missing: run `npm run build -w web` first");
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "rdcity-e2e-"));
  const port = 18000 + (process.pid % 2000);
  let output = "";
  const child = spawn(process.execPath, [path.join(root, "server/dist/main.js")], {
    cwd: root,
    env: {
      ...process.env,
      PORT: String(port),
      HOST: "127.0.0.1",
      RDCITY_DATA_DIR: dataDir,
      RDCITY_ADMIN_PASSWORD: ADMIN_PASSWORD,
      RDCITY_DEMO: "on",
      RDCITY_LOG_LEVEL: "warn",
      // The recognition journey lets a public notice run its working days by moving the workflow's clock.
      RDCITY_TEST_CLOCK: "1",
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  child.stdout?.on("data", (d) => (output += d));
  child.stderr?.on("data", (d) => (output += d));
  const baseUrl = `http://127.0.0.1:${port}`;
  await waitForHealth(baseUrl, child, () => output);
  project.provide("baseUrl", baseUrl);
  project.provide("adminPassword", ADMIN_PASSWORD);
  return async () => {
    child.kill("SIGTERM");
    await new Promise((r) => setTimeout(r, 500));
    fs.rmSync(dataDir, { recursive: true, force: true });
  };
}
