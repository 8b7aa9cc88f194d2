/**
 * 3 and 4. A real server process: time from `npm start` to GET /api/health on a first run and on an existing
 * data directory, and resident memory (VmRSS; VmHWM for the peak) at rest, while importing N entities through
 * POST /api/imports, under list/search requests, and after a restart with N entities.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { cli, ensureBuilt, memoryOf, type Server, signIn, spawnServer, untilHealthy } from "./lib/process.js";
import { log, median, percentile, round } from "./lib/stats.js";

export const ADMIN_PASSWORD = "Bench-Pass-2026x";

export interface StartRun {
  command: string;
  ms: number;
  /** The server's own "ready in … s" figure. */
  reportedS: number | null;
  /** npm start rebuilt something first (the timing then includes a build and is left out). */
  rebuilt: boolean;
}

export interface ServerFigures {
  engine: string;
  command: string;
  firstStart: StartRun;
  existingStarts: StartRun[];
  existingStartMedianMs: number;
  /** The same restarts with `node server/dist/main.js` (what npm start runs after its build check). */
  directStarts: StartRun[];
  directStartMedianMs: number;
  memory: {
    restMb: number;
    importMs: number;
    importPeakMb: number;
    afterImportMb: number;
    requests: number;
    requestP50Ms: number;
    requestP95Ms: number;
    endMb: number;
    peakMb: number;
    restartMs: number;
    restartRestMb: number;
  };
}

/** Starts a server with `npm start` (or the compiled entry point) and waits until it answers. */
const running = new Set<Server>();

async function start(
  env: Record<string, string>,
  port: number,
  command: "npm" | "node",
): Promise<{ server: Server; run: StartRun }> {
  // Build now what changed since (others may be editing), so that npm start's own check finds nothing to do.
  // When the working tree does not build, npm start would refuse: time the last compiled server instead.
  if (command === "npm" && !ensureBuilt()) {
    log("  the working tree does not build now: timing node server/dist/main.js instead of npm start");
    command = "node";
  }
  const startedAt = performance.now();
  const server =
    command === "npm"
      ? spawnServer("npm", ["start", "--silent"], env, port)
      : spawnServer(process.execPath, ["server/dist/main.js"], env, port);
  running.add(server);
  const ms = await untilHealthy(server, startedAt);
  const reported = /ready in ([\d.]+) s/.exec(server.output());
  return {
    server,
    run: {
      command: command === "npm" ? "npm start" : "node server/dist/main.js",
      ms: round(ms),
      reportedS: reported ? Number(reported[1]) : null,
      rebuilt: /rdcity: building/.test(server.output()),
    },
  };
}

/** The list/search requests of the web console: first pages with totals, filters, searches, sorting. */
const REQUESTS = [
  "",
  "districtCode=430104",
  "industry=intelligent-equipment,digital&isHighTech=true",
  `q=${encodeURIComponent("智能")}`,
  `q=${encodeURIComponent("长沙")}&districtCode=430104`,
  "sort=-updatedAt",
  "kind=university,institute",
];

export async function benchServer(opts: {
  engine: "pglite" | "postgres";
  /** A URL of an empty database (PostgreSQL only). */
  databaseUrl?: string;
  file: Buffer;
  rows: number;
  restarts: number;
  npmStart: boolean;
  port: number;
}): Promise<ServerFigures> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "rdcity-bench-server-"));
  const env: Record<string, string> = { RDCITY_DATA_DIR: dataDir, RDCITY_ADMIN_PASSWORD: ADMIN_PASSWORD };
  if (opts.databaseUrl) {
    env.DATABASE_URL = opts.databaseUrl;
    // Administrators need a second factor on PostgreSQL; the benchmark signs in with the password only.
    env.RDCITY_ADMIN_TOTP = "optional";
  }
  const command = opts.npmStart ? "npm" : "node";
  try {
    // 4. Start time: first run (creates the database, migrates, seeds the demo when on), then restarts.
    const first = await start(env, opts.port, command);
    await first.server.stop();
    log(`  ${opts.engine} first start: ${round(first.run.ms / 1000, 2)} s`);
    // Alternately through npm start and the compiled server alone, to show what the wrapper adds.
    const existing: StartRun[] = [];
    const direct: StartRun[] = [];
    for (let i = 0; i < opts.restarts; i++) {
      for (const [how, runs] of [
        [command, existing],
        ["node", direct],
      ] as const) {
        const s = await start(env, opts.port, how);
        await s.server.stop();
        runs.push(s.run);
        log(`  ${opts.engine} start on existing data (${s.run.command}): ${round(s.run.ms / 1000, 2)} s`);
      }
    }

    // 3. Memory of the server process itself (node server/dist/main.js, no npm wrapper). Imports need a city
    // administrator (the system administrator only manages accounts): one is added with the command line.
    cli(["user", "add", "--username", "importer", "--role", "city_admin", "--password", ADMIN_PASSWORD], env);
    const { server } = await start(env, opts.port, "node");
    const pid = server.child.pid!;
    await sleep(2000);
    const restMb = memoryOf(pid).rssMb;
    const session = await signIn(server, "importer", ADMIN_PASSWORD);
    const form = new FormData();
    form.set("kind", "entities");
    form.set("dryRun", "false");
    form.set("file", new Blob([opts.file]), "entities.csv");
    let importPeakMb = 0;
    const sampler = setInterval(() => {
      importPeakMb = Math.max(importPeakMb, memoryOf(pid).rssMb);
    }, 100);
    const t0 = performance.now();
    const res = await fetch(`${server.base}/api/imports`, {
      method: "POST",
      headers: { cookie: session.cookie, "x-csrf-token": session.csrf },
      body: form,
    });
    const importMs = performance.now() - t0;
    clearInterval(sampler);
    const result = (await res.json()) as { status?: string; created?: number };
    if (res.status !== 200 || result.created !== opts.rows)
      throw new Error(`server import: HTTP ${res.status} ${JSON.stringify(result).slice(0, 500)}`);
    importPeakMb = Math.max(importPeakMb, memoryOf(pid).peakMb);
    log(
      `  ${opts.engine} server import of ${opts.rows}: ${round(importMs / 1000, 1)} s, peak ${importPeakMb} MB`,
    );
    await sleep(2000);
    const afterImportMb = memoryOf(pid).rssMb;
    const latencies: number[] = [];
    for (let pass = 0; pass < 10; pass++) {
      for (const query of REQUESTS) {
        const t = performance.now();
        const r = await fetch(`${server.base}/api/entities?limit=50&${query}`, {
          headers: { cookie: session.cookie },
        });
        await r.arrayBuffer();
        if (r.status !== 200) throw new Error(`GET /api/entities?${query}: ${r.status}`);
        latencies.push(performance.now() - t);
      }
    }
    await sleep(2000);
    const end = memoryOf(pid);
    await server.stop();
    const restart = await start(env, opts.port, "node");
    await sleep(2000);
    const restartRestMb = memoryOf(restart.server.child.pid!).rssMb;
    await restart.server.stop();
    return {
      engine: opts.engine,
      command: [...new Set([first.run, ...existing].map((r) => r.command))].join(", "),
      firstStart: first.run,
      existingStarts: existing,
      existingStartMedianMs: round(median(existing.filter((r) => !r.rebuilt).map((r) => r.ms))),
      directStarts: direct,
      directStartMedianMs: round(median(direct.map((r) => r.ms))),
      memory: {
        restMb,
        importMs: round(importMs),
        importPeakMb,
        afterImportMb,
        requests: latencies.length,
        requestP50Ms: round(percentile(latencies, 50), 1),
        requestP95Ms: round(percentile(latencies, 95), 1),
        endMb: end.rssMb,
        peakMb: end.peakMb,
        restartMs: restart.run.ms,
        restartRestMb,
      },
    };
  } finally {
    for (const server of running) await server.stop();
    running.clear();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}
