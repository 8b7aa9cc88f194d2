/** Real server processes: build freshness, spawning, readiness, resident memory, stopping. */
import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { fileURLToPath } from "node:url";
import { log } from "./stats.js";

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

function newest(dir: string): number {
  const p = path.join(ROOT, dir);
  if (!fs.statSync(p).isDirectory()) return fs.statSync(p).mtimeMs;
  let n = 0;
  for (const entry of fs.readdirSync(p, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) n = Math.max(n, fs.statSync(path.join(entry.parentPath, entry.name)).mtimeMs);
  }
  return n;
}

const stale = (output: string, ...sources: string[]) => {
  const out = path.join(ROOT, output);
  return !fs.existsSync(out) || sources.some((s) => newest(s) > fs.statSync(out).mtimeMs);
};

/**
 * Builds what `npm start` would build first (the same checks as scripts/start.mjs), so that the start-up timings
 * measure starting, not compiling. Returns false when a build failed.
 */
export function ensureBuilt(): boolean {
  const steps: [boolean, string, string[]][] = [
    [stale("server/dist/main.js", "server/src", "common/src"), "npx", ["tsc", "-b", "server"]],
    [
      stale("web/dist/index.html", "web/src", "common/src", "web/index.html"),
      "npm",
      ["run", "build", "-w", "web", "--", "--logLevel", "warn"],
    ],
  ];
  for (const [needed, cmd, args] of steps) {
    if (!needed) continue;
    log(`  building first (not timed): ${cmd} ${args.join(" ")}`);
    const r = spawnSync(cmd, args, { cwd: ROOT, stdio: ["ignore", "ignore", "inherit"] });
    if (r.status !== 0) return false;
    if (args.includes("tsc")) {
      const main = path.join(ROOT, "server/dist/main.js");
      fs.utimesSync(main, new Date(), new Date());
    }
  }
  return true;
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

export interface Server {
  child: ChildProcess;
  port: number;
  base: string;
  output: () => string;
  stop: () => Promise<void>;
}

/** Spawns a command in its own process group (so that `npm start`'s children are stopped with it). */
export function spawnServer(cmd: string, args: string[], env: Record<string, string>, port: number): Server {
  const child = spawn(cmd, args, {
    cwd: ROOT,
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
    env: {
      ...process.env,
      RDCITY_LOG_LEVEL: "warn",
      // e.g. BENCH_SERVER_NODE_OPTIONS=--max-old-space-size=256 to try a heap cap on the server
      NODE_OPTIONS: process.env.BENCH_SERVER_NODE_OPTIONS ?? "",
      ...env,
      PORT: String(port),
      HOST: "127.0.0.1",
    },
  });
  let text = "";
  child.stdout!.on("data", (d: Buffer) => {
    text += d.toString();
  });
  child.stderr!.on("data", (d: Buffer) => {
    text += d.toString();
  });
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  return {
    child,
    port,
    base: `http://127.0.0.1:${port}`,
    output: () => text,
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      process.kill(-child.pid!, "SIGTERM");
      const timeout = sleep(15_000).then(() => "timeout");
      if ((await Promise.race([exited, timeout])) === "timeout") {
        process.kill(-child.pid!, "SIGKILL");
        await exited;
      }
    },
  };
}

/** Milliseconds until GET /api/health answers 200 (polled every 25 ms), or an error when the process exits. */
export async function untilHealthy(server: Server, startedAt: number, timeoutMs = 180_000): Promise<number> {
  while (performance.now() - startedAt < timeoutMs) {
    if (server.child.exitCode !== null) throw new Error(`server exited:\n${server.output().slice(-2000)}`);
    try {
      const res = await fetch(`${server.base}/api/health`);
      if (res.status === 200) return performance.now() - startedAt;
    } catch {
      /* not listening yet */
    }
    await sleep(25);
  }
  throw new Error(`server not ready after ${timeoutMs} ms:\n${server.output().slice(-2000)}`);
}

/** Resident set size now and its peak (VmHWM) of a process, in MB. */
export function memoryOf(pid: number): { rssMb: number; peakMb: number } {
  const status = fs.readFileSync(`/proc/${pid}/status`, "utf8");
  const kb = (key: string) =>
    Number(new RegExp(`^${key}:\\s+(\\d+) kB`, "m").exec(status)?.[1] ?? Number.NaN);
  return { rssMb: Math.round(kb("VmRSS") / 1024), peakMb: Math.round(kb("VmHWM") / 1024) };
}

/** Runs the `rdcity` command line with a server's environment (PGlite: only while no server runs). */
export function cli(args: string[], env: Record<string, string>): void {
  const r = spawnSync(process.execPath, ["server/dist/cli/main.js", ...args], {
    cwd: ROOT,
    env: { ...process.env, ...env },
    encoding: "utf8",
  });
  if (r.status !== 0) throw new Error(`rdcity ${args[0]} failed: ${r.stderr}`);
}

/** Signs in; returns the cookie and CSRF token for later requests. */
export async function signIn(
  server: Server,
  username: string,
  password: string,
): Promise<{ cookie: string; csrf: string }> {
  const res = await fetch(`${server.base}/api/auth/login`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ username, password }),
  });
  if (res.status !== 200) throw new Error(`sign-in failed: ${res.status} ${await res.text()}`);
  const body = (await res.json()) as { csrfToken: string };
  const cookie = res.headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .join("; ");
  return { cookie, csrf: body.csrfToken };
}
