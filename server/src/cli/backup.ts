import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { openConfiguredDatabase } from "../app/bootstrap.js";
import type { Config } from "../config.js";
import { openPglite } from "../core/db/client.js";

const stamp = () => new Date().toISOString().replace(/[:.]/g, "-").slice(0, 19);

/**
 * Embedded database: a gzip tarball of the PGlite data directory (PGlite's own dump). PostgreSQL: pg_dump's
 * custom format, which pg_restore reads; the PostgreSQL client tools must be installed for that.
 */
export async function backupDatabase(config: Config, out?: string): Promise<string> {
  const dir = path.join(config.dataDir, "backups");
  if (config.dbKind === "pglite") {
    const file = out ?? path.join(dir, `rdcity-${stamp()}.pglite.tar.gz`);
    fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
    const database = await openConfiguredDatabase(config);
    try {
      const dump = await database.pglite!.dumpDataDir("gzip");
      fs.writeFileSync(file, Buffer.from(await dump.arrayBuffer()));
    } finally {
      await database.close();
    }
    return file;
  }
  const file = out ?? path.join(dir, `rdcity-${stamp()}.pgdump`);
  fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  const run = spawnSync("pg_dump", ["--format=custom", `--file=${file}`, config.databaseUrl!], {
    stdio: "inherit",
  });
  if (run.error || run.status !== 0)
    throw new Error(
      `pg_dump failed (${run.error?.message ?? `exit ${run.status}`}); install the PostgreSQL client tools`,
    );
  return file;
}

export async function restoreDatabase(config: Config, file: string, force: boolean): Promise<void> {
  if (!fs.existsSync(file)) throw new Error(`no such file: ${file}`);
  if (config.dbKind === "pglite") {
    const target = path.join(config.dataDir, "pglite");
    if (fs.existsSync(target) && fs.readdirSync(target).length && !force) {
      throw new Error(`${target} already holds a database; stop the server and pass --force to replace it`);
    }
    const staging = `${target}.restoring`;
    fs.rmSync(staging, { recursive: true, force: true });
    const restored = await openPglite(staging, new Blob([fs.readFileSync(file)]));
    await restored.close();
    if (fs.existsSync(target)) fs.renameSync(target, `${target}.before-restore-${stamp()}`);
    fs.renameSync(staging, target);
    return;
  }
  const run = spawnSync(
    "pg_restore",
    ["--clean", "--if-exists", "--no-owner", `--dbname=${config.databaseUrl}`, file],
    { stdio: "inherit" },
  );
  if (run.error || run.status !== 0)
    throw new Error(`pg_restore failed (${run.error?.message ?? `exit ${run.status}`})`);
}
