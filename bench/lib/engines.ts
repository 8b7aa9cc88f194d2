/**
 * Fresh, migrated databases on both engines: PGlite in a temporary data directory (loaded from a migrated
 * template dump, because creating a PGlite cluster costs ~10 s) and PostgreSQL databases made from a migrated
 * template database. Everything made here is removed by `cleanup()`.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { type Database, migrateDatabase, openPglite, openPostgres } from "../../server/src/core/db/client.js";

export type EngineKind = "pglite" | "postgres";

export interface Engine {
  kind: EngineKind;
  /** A freshly migrated, empty database. */
  fresh(label: string): Promise<Database>;
  /** Server version string, for the report. */
  version: string;
  /** PostgreSQL: the URL of the database `fresh(label)` made. */
  databaseUrl?(label: string): string;
  /** PostgreSQL: a new, empty (unmigrated) UTF-8 database, for a server's first start. */
  emptyDatabase?(label: string): Promise<string>;
  cleanup(): Promise<void>;
}

/** Raw SQL through the driver itself, bypassing drizzle: the baseline of every comparison. */
export interface Raw {
  query<T = Record<string, unknown>>(text: string, params?: unknown[]): Promise<T[]>;
  /** Runs `fn` inside BEGIN … COMMIT on one connection. */
  transaction(fn: (query: Raw["query"]) => Promise<void>): Promise<void>;
}

export function rawOf(database: Database): Raw {
  const lite = database.pglite;
  if (lite) {
    const query = async <T>(text: string, params?: unknown[]) =>
      (await lite.query<T>(text, params as never[])).rows;
    return {
      query,
      transaction: (fn) =>
        lite.transaction(async (tx) => fn(async (t, p) => (await tx.query(t, p)).rows as never)),
    };
  }
  const pool = database.pool!;
  return {
    query: async <T>(text: string, params?: unknown[]) => (await pool.query(text, params)).rows as T[],
    async transaction(fn) {
      const client = await pool.connect();
      try {
        await client.query("BEGIN");
        await fn(async (t, p) => (await client.query(t, p)).rows);
        await client.query("COMMIT");
      } catch (error) {
        await client.query("ROLLBACK");
        throw error;
      } finally {
        client.release();
      }
    },
  };
}

export async function pgliteEngine(): Promise<Engine> {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), "rdcity-bench-"));
  const template = await openPglite(undefined);
  await migrateDatabase(template);
  const [{ version } = { version: "?" }] = (
    await template.pglite!.query<{ version: string }>("SELECT version()")
  ).rows;
  const dump = await template.pglite!.dumpDataDir("none");
  await template.close();
  return {
    kind: "pglite",
    version,
    fresh: (label) => openPglite(path.join(root, label), dump),
    cleanup: async () => fs.rmSync(root, { recursive: true, force: true }),
  };
}

/** The URL to use: BENCH_DATABASE_URL, TEST_DATABASE_URL or DATABASE_URL, else a local server if one answers. */
export async function findPostgres(): Promise<string | null> {
  const env = process.env;
  const url =
    env.BENCH_DATABASE_URL ??
    env.TEST_DATABASE_URL ??
    env.DATABASE_URL ??
    "postgres://postgres@127.0.0.1:5432/postgres";
  const client = new pg.Client({
    connectionString: withDatabase(url, "postgres"),
    connectionTimeoutMillis: 2000,
  });
  try {
    await client.connect();
    await client.end();
    return url;
  } catch {
    return null;
  }
}

export function withDatabase(url: string, name: string): string {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}

/** Databases of this run are rdcity_bench_<pid>…, so that two runs at once do not drop each other's. */
const PREFIX = "rdcity_bench_";
const PG_TEMPLATE = `${PREFIX}${process.pid}`;

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

export async function postgresEngine(url: string): Promise<Engine> {
  const admin = new pg.Client({ connectionString: withDatabase(url, "postgres") });
  await admin.connect();
  /** This run's databases, and those a crashed earlier run left behind. */
  const drop = async (all: boolean) => {
    const { rows } = await admin.query<{ datname: string }>(
      "SELECT datname FROM pg_database WHERE datname LIKE $1",
      [`${PREFIX}%`],
    );
    for (const { datname } of rows) {
      const owner = Number(/^rdcity_bench_(\d+)(_|$)/.exec(datname)?.[1]);
      if (!Number.isInteger(owner)) continue;
      if (owner === process.pid ? all : !alive(owner))
        await admin.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
    }
  };
  await drop(false);
  await admin.query(
    `CREATE DATABASE ${PG_TEMPLATE} ENCODING 'UTF8' LC_COLLATE 'C.UTF-8' LC_CTYPE 'C.UTF-8' TEMPLATE template0`,
  );
  const template = await openPostgres(withDatabase(url, PG_TEMPLATE), 2);
  await migrateDatabase(template);
  await template.close();
  const { rows } = await admin.query<{ server_version: string }>("SHOW server_version");
  const nameOf = (label: string) => `${PG_TEMPLATE}_${label}`;
  return {
    kind: "postgres",
    version: `PostgreSQL ${rows[0]?.server_version ?? "?"}`,
    async fresh(label) {
      await admin.query(`DROP DATABASE IF EXISTS ${nameOf(label)} WITH (FORCE)`);
      await admin.query(`CREATE DATABASE ${nameOf(label)} TEMPLATE ${PG_TEMPLATE}`);
      return openPostgres(withDatabase(url, nameOf(label)), 4);
    },
    databaseUrl: (label) => withDatabase(url, nameOf(label)),
    async emptyDatabase(label) {
      await admin.query(`DROP DATABASE IF EXISTS ${nameOf(label)} WITH (FORCE)`);
      await admin.query(
        `CREATE DATABASE ${nameOf(label)} ENCODING 'UTF8' LC_COLLATE 'C.UTF-8' LC_CTYPE 'C.UTF-8' TEMPLATE template0`,
      );
      return withDatabase(url, nameOf(label));
    },
    async cleanup() {
      await drop(true);
      await admin.end();
    },
  };
}
