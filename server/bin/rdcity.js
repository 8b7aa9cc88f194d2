#!/usr/bin/env node
// rdcity command line. Builds the server on first use when it has not been built yet.
import { execSync } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const entry = path.join(root, "server/dist/cli/main.js");
if (!existsSync(entry)) {
  process.stderr.write("rdcity: building the server first (npm run build:server)…\n");
  execSync("npx tsc -b server", { cwd: root, stdio: "inherit" });
}
await import(entry);
