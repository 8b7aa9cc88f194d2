#!/usr/bin/env node
// Fails when the drizzle schema and the committed migrations diverge: drizzle-kit must find nothing to generate.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const server = path.join(root, "server");
const work = fs.mkdtempSync(path.join(os.tmpdir(), "rdcity-migrations-"));
fs.cpSync(path.join(server, "drizzle"), work, { recursive: true });
const before = fs.readdirSync(work).filter((f) => f.endsWith(".sql")).length;
const r = spawnSync(
  "npx",
  [
    "drizzle-kit",
    "generate",
    "--dialect=postgresql",
    "--schema=./src/core/*/schema.ts",
    "--schema=./src/modules/*/schema.ts",
    `--out=${work}`,
    "--name=drift",
  ],
  { cwd: server, encoding: "utf8" },
);
const after = fs.readdirSync(work).filter((f) => f.endsWith(".sql")).length;
fs.rmSync(work, { recursive: true, force: true });
if (r.status !== 0) {
  process.stderr.write(r.stdout + r.stderr);
  process.exit(1);
}
if (after !== before) {
  process.stderr.write(
    "The schema changed without a migration: run `npm run db:generate` and commit the SQL it writes.\n",
  );
  process.exit(1);
}
process.stdout.write("schema and migrations agree\n");
