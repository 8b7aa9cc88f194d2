import fs from "node:fs";
import path from "node:path";
import pg from "pg";
import { migrateDatabase, openPglite, openPostgres } from "../core/db/client.js";

/**
 * Prepares the template databases once per test run: migrations run once, then every test file starts from a
 * copy (PGlite: a dump of the data directory; PostgreSQL: CREATE DATABASE … TEMPLATE).
 */
export const TEMPLATE_DIR = path.resolve(import.meta.dirname, "../../../.tmp/test-template");
export const PGLITE_TEMPLATE = path.join(TEMPLATE_DIR, "pglite.tar.gz");

function adminUrl(url: string, database = "postgres"): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

export default async function setup() {
  fs.mkdirSync(TEMPLATE_DIR, { recursive: true });
  const lite = await openPglite(undefined);
  await migrateDatabase(lite);
  const dump = await lite.pglite!.dumpDataDir("gzip");
  fs.writeFileSync(PGLITE_TEMPLATE, Buffer.from(await dump.arrayBuffer()));
  await lite.close();

  const url = process.env.TEST_DATABASE_URL;
  if (url) {
    const templateName = `rdcity_tpl_${process.pid}`;
    const admin = new pg.Client({ connectionString: adminUrl(url) });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS ${templateName}`);
    await admin.query(
      `CREATE DATABASE ${templateName} ENCODING 'UTF8' LC_COLLATE 'C.UTF-8' LC_CTYPE 'C.UTF-8' TEMPLATE template0`,
    );
    const database = await openPostgres(adminUrl(url, templateName), 2);
    await migrateDatabase(database);
    await database.close();
    process.env.RDCITY_PG_TEMPLATE = templateName;
    return async () => {
      const { rows } = await admin.query<{ datname: string }>(
        "SELECT datname FROM pg_database WHERE datname LIKE $1",
        [`rdcity_t_${process.pid}_%`],
      );
      for (const r of rows) await admin.query(`DROP DATABASE IF EXISTS "${r.datname}" WITH (FORCE)`);
      await admin.query(`DROP DATABASE IF EXISTS ${templateName} WITH (FORCE)`);
      await admin.end();
    };
  }
  return undefined;
}
