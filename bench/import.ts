/**
 * 1. Import of N entities through the product's pipeline (read CSV, map headers, zod validation, duplicate
 * check by name signature, upsert by USCC, a version row and a hash-chained audit row per entity, one
 * transaction) against a raw batched INSERT of the same column values into another fresh database.
 */
import type { EntityCreate } from "@rdcity/common";
import { systemActor } from "../server/src/core/actor.js";
import type { Database } from "../server/src/core/db/client.js";
import { runImport } from "../server/src/core/imports/run-import.js";
import { entityImportKind } from "../server/src/modules/registry/import-kind.js";
import { insertStatement, RAW_COLUMNS, rawValues } from "./lib/data.js";
import { type Engine, rawOf } from "./lib/engines.js";
import { load, log, median, round, timed } from "./lib/stats.js";

const ACTOR = "bench";
const BATCH = 1000;

export interface Run {
  ms: number;
  cpuMs: number;
  load: number;
}

export interface ImportFigures {
  engine: string;
  rows: number;
  fileBytes: number;
  raw: { runs: Run[]; medianMs: number; rowsPerSecond: number };
  dryRun: { runs: Run[]; medianMs: number; rowsPerSecond: number };
  import: { runs: Run[]; medianMs: number; rowsPerSecond: number };
  /** import rows/s ÷ raw rows/s (aim ≥ 0.25). */
  ratio: number;
}

async function rawInsert(database: Database, values: unknown[][]): Promise<void> {
  const raw = rawOf(database);
  const full = insertStatement(BATCH);
  await raw.transaction(async (query) => {
    for (let i = 0; i < values.length; i += BATCH) {
      const batch = values.slice(i, i + BATCH);
      await query(batch.length === BATCH ? full : insertStatement(batch.length), batch.flat());
    }
  });
  const [{ n } = { n: 0 }] = await raw.query<{ n: number }>("SELECT count(*)::int AS n FROM entities");
  if (Number(n) !== values.length) throw new Error(`raw insert wrote ${n} rows, expected ${values.length}`);
}

const summary = (runs: Run[], rows: number) => {
  const ms = median(runs.map((r) => r.ms));
  return { runs, medianMs: round(ms), rowsPerSecond: Math.round(rows / (ms / 1000)) };
};

/**
 * Runs the comparison and returns the figures and a database holding the imported rows (for the queries).
 * Raw and import runs alternate so that a burst of load from other processes hits both sides alike.
 */
export async function benchImport(
  engine: Engine,
  entities: EntityCreate[],
  file: Buffer,
  opts: { rawRuns: number; importRuns: number },
): Promise<{ figures: ImportFigures; loaded: Database }> {
  const values = rawValues(entities, ACTOR);
  if (values[0]?.length !== RAW_COLUMNS.length) throw new Error("raw values do not match the columns");
  const raw: Run[] = [];
  const dry: Run[] = [];
  const imported: Run[] = [];
  let loaded: Database | null = null;
  const runs = Math.max(opts.rawRuns, opts.importRuns);
  for (let r = 0; r < runs; r++) {
    if (r < opts.rawRuns) {
      const database = await engine.fresh(`raw${r}`);
      const t = await timed(() => rawInsert(database, values));
      raw.push({ ms: round(t.ms), cpuMs: round(t.cpuMs), load: load() });
      log(`  ${engine.kind} raw INSERT #${r + 1}: ${round(t.ms / 1000, 2)} s`);
      await database.close();
    }
    if (r < opts.importRuns) {
      const database = await engine.fresh(`import${r}`);
      const actor = systemActor(ACTOR);
      const run = (dryRun: boolean) =>
        runImport(database.db, actor, entityImportKind as never, {
          id: crypto.randomUUID(),
          fileName: "entities.csv",
          buffer: file,
          dryRun,
          lang: "zh-CN",
        });
      const d = await timed(() => run(true));
      if (d.value.status !== "validated" || d.value.created !== entities.length)
        throw new Error(
          `dry run: ${d.value.status}, ${d.value.created} to create, ${d.value.errors.length} errors`,
        );
      dry.push({ ms: round(d.ms), cpuMs: round(d.cpuMs), load: load() });
      log(`  ${engine.kind} dry run #${r + 1}: ${round(d.ms / 1000, 2)} s`);
      const t = await timed(() => run(false));
      if (t.value.status !== "committed" || t.value.created !== entities.length)
        throw new Error(
          `import: ${t.value.status}, ${t.value.created} created, ${t.value.errors.length} errors`,
        );
      imported.push({ ms: round(t.ms), cpuMs: round(t.cpuMs), load: load() });
      log(`  ${engine.kind} import #${r + 1}: ${round(t.ms / 1000, 2)} s`);
      if (loaded) await database.close();
      else loaded = database;
    }
  }
  const figures: ImportFigures = {
    engine: engine.kind,
    rows: entities.length,
    fileBytes: file.length,
    raw: summary(raw, entities.length),
    dryRun: summary(dry, entities.length),
    import: summary(imported, entities.length),
    ratio: 0,
  };
  figures.ratio = round(figures.import.rowsPerSecond / figures.raw.rowsPerSecond, 3);
  return { figures, loaded: loaded! };
}
