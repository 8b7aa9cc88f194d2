/**
 * rdcity benchmark (`npm run bench`): prints figures and ratios, and writes them to bench/results/.
 *
 *   1. import of N entities (default 100 000) through the product's import vs a raw batched INSERT
 *   2. list + filter + search p50/p95 through listEntities (and HTTP) vs hand-written SQL
 *   3. resident memory of a real server process; 4. time from `npm start` to GET /api/health
 *   5. the platform directory on 10 000 platforms and 50 000 annual reports: list with filters, facet counts
 *      and the district map p50/p95 through the module (and HTTP) vs hand-written SQL
 *   6. the plan module (the Changsha pack and figures over that registry, generated district figures and
 *      quarterly work): target progress, the dashboard, a department's tasks, latest vintages vs hand-written SQL
 *
 * On PGlite always; on PostgreSQL when BENCH_DATABASE_URL, TEST_DATABASE_URL or DATABASE_URL is set or a
 * server answers on 127.0.0.1:5432 (it creates and drops databases named rdcity_bench*).
 *
 * Options (or environment): --rows N (BENCH_ROWS), --runs N query repetitions (BENCH_RUNS, default 30),
 * --query-budget S seconds per query (BENCH_QUERY_BUDGET, default 8: slow queries get fewer runs, at least 5),
 * --restarts N (BENCH_RESTARTS, default 3), --platforms N (BENCH_PLATFORMS, default 10 000),
 * --reports-per-platform N (default 5), --only import,queries,server,platforms,plan,
 * --as-of YYYY-MM-DD (the plan's evaluation date, default today in Shanghai), --no-postgres, --no-http.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import type { Database } from "../server/src/core/db/client.js";
import { benchImport, type ImportFigures } from "./import.js";
import { benchEntities, entitiesCsv } from "./lib/data.js";
import { type Engine, findPostgres, pgliteEngine, postgresEngine } from "./lib/engines.js";
import { httpOn } from "./lib/http.js";
import { loadPlanData } from "./lib/plan-data.js";
import { loadPlatforms } from "./lib/platform-data.js";
import { ensureBuilt, freePort, ROOT } from "./lib/process.js";
import { load, log, median, round, table, timed } from "./lib/stats.js";
import { benchPlan, type Figures as PlanFigures } from "./plan.js";
import { benchPlatforms, type Figures as PlatformFigures } from "./platforms.js";
import { benchQueries, type QueryFigures } from "./queries.js";
import { benchServer, type ServerFigures } from "./server.js";

const { values: args } = parseArgs({
  options: {
    rows: { type: "string" },
    runs: { type: "string" },
    "query-budget": { type: "string" },
    restarts: { type: "string" },
    platforms: { type: "string" },
    "reports-per-platform": { type: "string" },
    only: { type: "string" },
    "as-of": { type: "string" },
    "no-postgres": { type: "boolean", default: false },
    "no-http": { type: "boolean", default: false },
  },
});
const num = (arg: string | undefined, env: string | undefined, fallback: number) =>
  Number(arg ?? env ?? fallback);
const ROWS = num(args.rows, process.env.BENCH_ROWS, 100_000);
const RUNS = num(args.runs, process.env.BENCH_RUNS, 30);
const QUERY_BUDGET_MS = num(args["query-budget"], process.env.BENCH_QUERY_BUDGET, 8) * 1000;
const RESTARTS = num(args.restarts, process.env.BENCH_RESTARTS, 3);
const PLATFORMS = num(args.platforms, process.env.BENCH_PLATFORMS, 10_000);
const REPORTS_PER_PLATFORM = num(args["reports-per-platform"], undefined, 5);
const ONLY = new Set((args.only ?? "import,queries,server,platforms,plan").split(","));
/** The plan's evaluation date: today in Shanghai unless given. */
const AS_OF =
  args["as-of"] ?? new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Shanghai" }).format(new Date());

interface EngineResult {
  engine: string;
  version: string;
  import?: ImportFigures;
  queries?: QueryFigures[];
  server?: ServerFigures;
  serverError?: string;
  platforms?: {
    load: Awaited<ReturnType<typeof loadPlatforms>>;
    figures: PlatformFigures[];
  };
  plan?: {
    load: Awaited<ReturnType<typeof loadPlanData>>["load"];
    asOf: string;
    unit: string;
    figures: PlanFigures[];
  };
  skipped?: string;
}

async function benchEngine(
  engine: Engine,
  entities: Parameters<typeof benchImport>[1],
  file: Buffer,
  sample: string,
) {
  const result: EngineResult = { engine: engine.kind, version: engine.version };
  let loaded: Database | null = null;
  if (ONLY.has("import") || ONLY.has("queries")) {
    log(`\n[${engine.kind}] import of ${ROWS} entities`);
    const out = await benchImport(engine, entities, file, {
      rawRuns: ONLY.has("import") ? 2 : 0,
      importRuns: 1,
    });
    if (ONLY.has("import")) result.import = out.figures;
    loaded = out.loaded;
  }
  if (loaded && ONLY.has("queries")) {
    log(`\n[${engine.kind}] list + filter + search on ${ROWS} entities`);
    const http = args["no-http"] ? undefined : await httpOn(loaded, engine.databaseUrl?.("import0"));
    result.queries = await benchQueries(loaded, {
      runs: RUNS,
      warmup: 3,
      budgetMs: QUERY_BUDGET_MS,
      sample,
      http,
    });
    await http?.close();
  }
  await loaded?.close();
  if (ONLY.has("platforms")) {
    log(`\n[${engine.kind}] platform directory on ${PLATFORMS} platforms`);
    const database = await engine.fresh("platforms");
    try {
      const load = await loadPlatforms(database, {
        platforms: PLATFORMS,
        entities: Math.max(600, Math.round(PLATFORMS / 2.5)),
        reportsPerPlatform: REPORTS_PER_PLATFORM,
      });
      const http = args["no-http"] ? undefined : await httpOn(database, engine.databaseUrl?.("platforms"));
      const figures = await benchPlatforms(database, {
        runs: RUNS,
        warmup: 3,
        budgetMs: QUERY_BUDGET_MS,
        http,
      });
      await http?.close();
      result.platforms = { load, figures };
    } finally {
      await database.close();
    }
  }
  if (ONLY.has("plan")) {
    log(`\n[${engine.kind}] plan module on ${PLATFORMS} platforms, as of ${AS_OF}`);
    const database = await engine.fresh("plan");
    try {
      const { plan, load } = await loadPlanData(database, {
        platforms: PLATFORMS,
        entities: Math.max(600, Math.round(PLATFORMS / 2.5)),
        reportsPerPlatform: REPORTS_PER_PLATFORM,
        asOf: AS_OF,
      });
      const http = args["no-http"] ? undefined : await httpOn(database, engine.databaseUrl?.("plan"));
      const { figures, unit } = await benchPlan(database, plan, {
        runs: RUNS,
        warmup: 2,
        budgetMs: QUERY_BUDGET_MS,
        asOf: AS_OF,
        http,
      });
      await http?.close();
      result.plan = { load, asOf: AS_OF, unit, figures };
    } finally {
      await database.close();
    }
  }
  if (ONLY.has("server")) {
    log(`\n[${engine.kind}] server process: start time and memory`);
    const databaseUrl = engine.kind === "postgres" ? await engine.emptyDatabase!("server") : undefined;
    try {
      result.server = await benchServer({
        engine: engine.kind,
        databaseUrl,
        file,
        rows: ROWS,
        restarts: RESTARTS,
        npmStart: true,
        port: await freePort(),
      });
    } catch (error) {
      // Keep the other figures: a server that does not start (e.g. a working tree under edit) is reported.
      result.serverError = error instanceof Error ? error.message.slice(0, 2000) : String(error);
      log(`  server benchmark failed: ${result.serverError}`);
    }
  }
  return result;
}

function machine(pgVersion: string | null) {
  const pglite = JSON.parse(
    fs.readFileSync(path.join(ROOT, "node_modules/@electric-sql/pglite/package.json"), "utf8"),
  ) as { version: string };
  return {
    cpus: os.availableParallelism(),
    cpuModel: os.cpus()[0]?.model ?? "?",
    memoryGb: round(os.totalmem() / 1024 ** 3, 1),
    node: process.version,
    pglite: pglite.version,
    postgres: pgVersion,
    os: `${os.type()} ${os.release()}`,
  };
}

function report(results: EngineResult[]): string {
  const out: string[] = [];
  const imports = results.filter((r) => r.import);
  if (imports.length) {
    out.push(`\n1. Import of ${ROWS} entities (rows/s; medians) — aim: import ≥ 0.25 × raw`);
    out.push(
      table(
        [
          "engine",
          "raw INSERT",
          "import",
          "import ÷ raw",
          "dry run",
          "raw s",
          "import s",
          "dry s",
          "import Node CPU s",
        ],
        imports.map((r) => {
          const f = r.import!;
          return [
            r.engine,
            f.raw.rowsPerSecond,
            f.import.rowsPerSecond,
            `${f.ratio}×`,
            f.dryRun.rowsPerSecond,
            round(f.raw.medianMs / 1000, 1),
            round(f.import.medianMs / 1000, 1),
            round(f.dryRun.medianMs / 1000, 1),
            round(median(f.import.runs.map((x) => x.cpuMs)) / 1000, 1),
          ];
        }),
      ),
    );
  }
  for (const r of results.filter((x) => x.queries)) {
    out.push(
      `\n2. List + filter + search on ${ROWS} entities, ${r.engine} (ms) — aim: product ≤ 1.5 × raw SQL`,
    );
    out.push(
      table(
        ["query", "n", "total", "same", "product p50", "p95", "raw p50", "p95", "ratio", "HTTP p50", "p95"],
        r.queries!.map((q) => [
          q.name,
          q.runs,
          q.total ?? "-",
          q.sameRows ? "yes" : "NO",
          q.product.p50,
          q.product.p95,
          q.raw.p50,
          q.raw.p95,
          `${q.ratio}×`,
          q.http?.p50 ?? "-",
          q.http?.p95 ?? "-",
        ]),
      ),
    );
  }
  const servers = results.filter((r) => r.server);
  if (servers.length) {
    out.push(
      `\n3. Server resident memory (MB) — aim: ≤ 600 on PGlite, ≤ 250 on PostgreSQL with ${ROWS} entities`,
    );
    out.push(
      table(
        [
          "engine",
          "at rest",
          "import peak",
          "after import",
          "end of run",
          "peak",
          `rest, restart with ${ROWS}`,
        ],
        servers.map((r) => {
          const m = r.server!.memory;
          return [r.engine, m.restMb, m.importPeakMb, m.afterImportMb, m.endMb, m.peakMb, m.restartRestMb];
        }),
      ),
    );
    out.push(
      table(
        ["engine", "HTTP import s", "rows/s", "GET /api/entities", "p50 ms", "p95 ms"],
        servers.map((r) => {
          const m = r.server!.memory;
          return [
            r.engine,
            round(m.importMs / 1000, 1),
            Math.round(ROWS / (m.importMs / 1000)),
            m.requests,
            m.requestP50Ms,
            m.requestP95Ms,
          ];
        }),
      ),
    );
    out.push("\n4. Time to ready (s) — aim: first run ≤ 30, existing data directory ≤ 3");
    out.push(
      table(
        [
          "engine",
          "command",
          "first run",
          "existing (median)",
          "runs",
          "node only (median)",
          `node only, ${ROWS}`,
        ],
        servers.map((r) => {
          const s = r.server!;
          return [
            r.engine,
            s.command,
            `${round(s.firstStart.ms / 1000, 2)}${s.firstStart.rebuilt ? " (rebuilt)" : ""}`,
            round(s.existingStartMedianMs / 1000, 2),
            s.existingStarts.map((x) => round(x.ms / 1000, 2)).join(" "),
            round(s.directStartMedianMs / 1000, 2),
            round(s.memory.restartMs / 1000, 2),
          ];
        }),
      ),
    );
  }
  for (const r of results.filter((x) => x.platforms)) {
    const { load: l, figures } = r.platforms!;
    out.push(
      `\n5. Platform directory, ${r.engine}: ${l.platforms} platforms, ${l.entities} entities, annual reports: ${
        l.reports.present ? `${l.reports.rows} (${l.reports.note})` : `none (${l.reports.note})`
      } (ms) — aim: product ≤ 1.5 × raw SQL`,
    );
    out.push(
      table(
        [
          "what",
          "filter",
          "n",
          "total",
          "same",
          "product p50",
          "p95",
          "raw p50",
          "p95",
          "ratio p50",
          "ratio p95",
          "HTTP p50",
          "p95",
        ],
        figures.map((q) => [
          q.kind,
          q.name,
          q.runs,
          q.total ?? "-",
          q.same ? "yes" : "NO",
          q.product.p50,
          q.product.p95,
          q.raw.p50,
          q.raw.p95,
          `${q.ratio}×`,
          `${q.ratioP95}×`,
          q.http?.p50 ?? "-",
          q.http?.p95 ?? "-",
        ]),
      ),
    );
  }
  for (const r of results.filter((x) => x.plan)) {
    const { load: l, asOf, unit, figures } = r.plan!;
    out.push(
      `\n6. Plan module, ${r.engine}, as of ${asOf}: ${l.plan.targets} targets, ${l.plan.tasks} tasks, ${l.figures.loaded} published figures; ` +
        `${l.platforms} platforms, ${l.reports.rows} annual reports; ${l.observations.rows} generated observations ` +
        `(${l.observations.note}, ${l.observations.revised} later vintages), ${l.progressReports} progress reports, ` +
        `${l.notices} notices; department: ${unit} (ms) — aim: module ≤ 1.5 × raw SQL`,
    );
    out.push(
      table(
        [
          "case",
          "baseline",
          "n",
          "total",
          "same",
          "stmts",
          "module p50",
          "p95",
          "raw p50",
          "p95",
          "ratio p50",
          "ratio p95",
          "HTTP p50",
          "p95",
        ],
        figures.map((q) => [
          q.name,
          q.baseline,
          q.runs,
          q.total ?? "-",
          q.same ? "yes" : "NO",
          `${q.statements.product}/${q.statements.raw}`,
          q.product.p50,
          q.product.p95,
          q.raw.p50,
          q.raw.p95,
          `${q.ratio}×`,
          `${q.ratioP95}×`,
          q.http?.p50 ?? "-",
          q.http?.p95 ?? "-",
        ]),
      ),
    );
  }
  for (const r of results.filter((x) => x.serverError))
    out.push(`\n${r.engine} server process: failed — ${r.serverError!.split("\n")[0]}`);
  for (const r of results.filter((x) => x.skipped)) out.push(`\n${r.engine}: skipped — ${r.skipped}`);
  return out.join("\n");
}

async function main() {
  const started = Date.now();
  const loadAtStart = load();
  const pgUrl = args["no-postgres"] ? null : await findPostgres();
  if (ONLY.has("server") && !ensureBuilt())
    throw new Error("the build failed; fix it or run with --only import,queries");
  log(
    `rdcity benchmark: ${[...ONLY].join(", ")}; load average ${loadAtStart} on ${os.availableParallelism()} CPUs`,
  );
  // The entities and their CSV are for the import, query and server parts only.
  const needEntities = ONLY.has("import") || ONLY.has("queries") || ONLY.has("server");
  const data = await timed(async () => {
    const entities = needEntities ? benchEntities(ROWS) : [];
    return { entities, file: needEntities ? await entitiesCsv(entities) : Buffer.alloc(0) };
  });
  const { entities, file } = data.value;
  if (needEntities)
    log(
      `generated ${ROWS} entities and a ${round(file.length / 1024 / 1024, 1)} MB CSV in ${round(data.ms / 1000, 1)} s`,
    );
  const sample = entities[Math.floor(ROWS / 3)]?.name ?? "";

  const results: EngineResult[] = [];
  const engines: (() => Promise<Engine>)[] = [pgliteEngine];
  if (pgUrl) engines.push(() => postgresEngine(pgUrl));
  let pgVersion: string | null = null;
  for (const make of engines) {
    const engine = await make();
    if (engine.kind === "postgres") pgVersion = engine.version;
    try {
      results.push(await benchEngine(engine, entities, file, sample));
    } finally {
      await engine.cleanup();
    }
  }
  if (!pgUrl)
    results.push({
      engine: "postgres",
      version: "-",
      skipped: args["no-postgres"]
        ? "--no-postgres"
        : "no server reachable (set BENCH_DATABASE_URL, TEST_DATABASE_URL or DATABASE_URL)",
    });

  const summary = {
    at: new Date().toISOString(),
    rows: ROWS,
    machine: machine(pgVersion),
    load: { atStart: loadAtStart, atEnd: load() },
    serverNodeOptions: process.env.BENCH_SERVER_NODE_OPTIONS ?? null,
    durationS: Math.round((Date.now() - started) / 1000),
    results,
  };
  const text = report(results);
  process.stdout.write(
    `${text}\n\nLoad average ${summary.load.atStart} at start, ${summary.load.atEnd} at end (${summary.machine.cpus} CPUs); run took ${summary.durationS} s.\n`,
  );
  const dir = path.join(ROOT, "bench/results");
  fs.mkdirSync(dir, { recursive: true });
  const json = `${JSON.stringify(summary, null, 2)}\n`;
  fs.writeFileSync(path.join(dir, `bench-${summary.at.replace(/[:.]/g, "-")}.json`), json);
  fs.writeFileSync(path.join(dir, "latest.json"), json);
  log(`results written to bench/results/latest.json`);
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    process.stderr.write(
      `benchmark failed: ${error instanceof Error ? (error.stack ?? error.message) : error}\n`,
    );
    process.exit(1);
  },
);
