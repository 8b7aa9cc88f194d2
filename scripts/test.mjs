#!/usr/bin/env node
// `npm test`: lint and format check, schema/migration drift, type checks, unit and API tests (PGlite, and
// PostgreSQL when TEST_DATABASE_URL is set), then browser journeys in Chromium. What cannot run on this machine
// is skipped with a message saying how to enable it; RDCITY_REQUIRE_ALL=1 (set by .ci/run) turns a skip into a failure.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const requireAll = process.env.RDCITY_REQUIRE_ALL === "1";
const only = process.argv.slice(2);
const tmp = path.join(root, ".tmp");
fs.mkdirSync(tmp, { recursive: true });

let passed = 0;
let failed = 0;
let skipped = 0;
const problems = [];
const skips = [];

function step(name, cmd, args, env = {}) {
  if (only.length && !only.includes(name)) return true;
  process.stdout.write(`\n── ${name}: ${cmd} ${args.join(" ")}\n`);
  const r = spawnSync(cmd, args, { cwd: root, stdio: "inherit", env: { ...process.env, ...env } });
  if (r.status !== 0) problems.push(`${name} (exit ${r.status})`);
  return r.status === 0;
}

function countVitest(file) {
  if (!fs.existsSync(file)) return;
  const report = JSON.parse(fs.readFileSync(file, "utf8"));
  passed += report.numPassedTests ?? 0;
  failed += report.numFailedTests ?? 0;
  skipped += (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0);
  fs.rmSync(file);
}

function skip(what, how) {
  skips.push(`${what}: skipped — ${how}`);
  if (requireAll) problems.push(`${what} was skipped but RDCITY_REQUIRE_ALL=1`);
}

step("lint", "npx", ["biome", "ci", "--max-diagnostics=50", "."]);
step("migrations", "node", ["scripts/check-migrations.mjs"]);
step("types", "npx", ["tsc", "-b", "common", "server"]) &&
  step("types", "npx", ["tsc", "-p", "web", "--noEmit"]) &&
  step("types", "npx", ["tsc", "-p", "e2e"]);

if (!process.env.TEST_DATABASE_URL) {
  skip(
    "API tests on PostgreSQL",
    "set TEST_DATABASE_URL=postgres://user@127.0.0.1:5432/db (a UTF-8 database) to run them",
  );
}
const unitReport = path.join(tmp, "vitest-unit.json");
step("unit+api", "npx", [
  "vitest",
  "run",
  "--reporter=default",
  "--reporter=json",
  `--outputFile.json=${unitReport}`,
]);
countVitest(unitReport);

const chromium = process.env.RDCITY_CHROMIUM ?? "/usr/bin/chromium";
if (fs.existsSync(chromium)) {
  const e2eReport = path.join(tmp, "vitest-e2e.json");
  const built = step("e2e-build", "npm", ["run", "build", "-w", "web", "--", "--logLevel", "warn"]);
  if (built) {
    step(
      "e2e",
      "npx",
      [
        "vitest",
        "run",
        "--config",
        "e2e/vitest.config.ts",
        "--reporter=default",
        "--reporter=json",
        `--outputFile.json=${e2eReport}`,
      ],
      { RDCITY_CHROMIUM: chromium },
    );
    countVitest(e2eReport);
  }
} else {
  skip(
    "browser journeys (e2e)",
    `no Chromium at ${chromium}; install Debian's package (apt-get install chromium fonts-wqy-microhei) or set RDCITY_CHROMIUM`,
  );
}

process.stdout.write("\n");
for (const s of skips) process.stdout.write(`${s}\n`);
for (const p of problems) process.stdout.write(`FAILED: ${p}\n`);
if (problems.length && failed === 0) failed = problems.length;
process.stdout.write(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ""}\n`);
process.exit(problems.length ? 1 : 0);
