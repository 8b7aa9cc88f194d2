import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { PGlite } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { type SQL, sql } from "drizzle-orm";
import { drizzle as drizzlePg } from "drizzle-orm/node-postgres";
import { migrate as migratePg } from "drizzle-orm/node-postgres/migrator";
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import { migrate as migratePglite } from "drizzle-orm/pglite/migrator";
import pg from "pg";
import * as schema from "../../schema.js";

export type Schema = typeof schema;
export type Db = PgDatabase<PgQueryResultHKT, Schema>;
/** A transaction handle has the same query surface as the database. */
export type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0];
export type Executor = Db | Tx;

export interface Database {
  kind: "pglite" | "postgres";
  db: Db;
  close(): Promise<void>;
  /** The raw PGlite instance (embedded only), for dumps and backups. */
  pglite?: PGlite;
  pool?: pg.Pool;
}

export const MIGRATIONS_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../../drizzle");

export class DatabaseLocaleError extends Error {}

/** Rows of a raw query, the same on both drivers. */
export async function rows<T = Record<string, unknown>>(ex: Executor, query: SQL): Promise<T[]> {
  const result = (await ex.execute(query)) as unknown as { rows: T[] };
  return result.rows;
}

// Timestamps come back as ISO strings and bigints as numbers on both drivers.
pg.types.setTypeParser(20, (v) => Number(v));

export async function openPglite(dataDir: string | undefined, loadDataDir?: Blob): Promise<Database> {
  if (dataDir) fs.mkdirSync(dataDir, { recursive: true });
  const client = await PGlite.create({
    dataDir: dataDir ? `file://${path.resolve(dataDir)}` : undefined,
    extensions: { pg_trgm },
    loadDataDir,
    relaxedDurability: false,
  });
  const db = drizzlePglite(client, { schema }) as unknown as Db;
  return { kind: "pglite", db, pglite: client, close: () => client.close() };
}

export async function openPostgres(url: string, max = 10): Promise<Database> {
  const pool = new pg.Pool({ connectionString: url, max, application_name: "rdcity" });
  pool.on("error", () => {
    /* a dropped idle client is replaced on the next query */
  });
  const db = drizzlePg(pool, { schema }) as unknown as Db;
  const database: Database = { kind: "postgres", db, pool, close: () => pool.end() };
  await assertUtf8(database);
  return database;
}

/** Trigram search on Chinese silently stops working under LC_CTYPE 'C': refuse such a database. */
export async function assertUtf8(database: Database): Promise<void> {
  const [info] = await rows<{ encoding: string; ctype: string }>(
    database.db,
    sql`SELECT pg_encoding_to_char(encoding) AS encoding, datctype AS ctype FROM pg_database WHERE datname = current_database()`,
  );
  const ok = info && info.encoding === "UTF8" && /utf-?8/i.test(info.ctype);
  if (!ok) {
    await database.close();
    throw new DatabaseLocaleError(
      `数据库编码/字符分类不是 UTF-8（encoding=${info?.encoding}, ctype=${info?.ctype}），中文检索将失效。` +
        `\nThe database must use UTF-8 with a UTF-8 LC_CTYPE (found encoding=${info?.encoding}, ctype=${info?.ctype}); ` +
        "Chinese search would silently fail.\nFix: CREATE DATABASE rdcity ENCODING 'UTF8' LC_COLLATE 'C.UTF-8' LC_CTYPE 'C.UTF-8' TEMPLATE template0;",
    );
  }
}

export async function migrateDatabase(database: Database): Promise<void> {
  if (database.kind === "pglite") {
    await migratePglite(database.db as never, { migrationsFolder: MIGRATIONS_DIR });
  } else {
    await migratePg(database.db as never, { migrationsFolder: MIGRATIONS_DIR });
  }
}

export async function openDatabase(opts: {
  kind: "pglite" | "postgres";
  dataDir?: string;
  url?: string;
}): Promise<Database> {
  if (opts.kind === "postgres") {
    if (!opts.url) throw new Error("DATABASE_URL is required for PostgreSQL");
    return openPostgres(opts.url);
  }
  return openPglite(opts.dataDir ? path.join(opts.dataDir, "pglite") : undefined);
}
