#!/usr/bin/env node
// `npm start`: build what is missing or older than its sources, then run the server (UI and API on one port).
import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

function newestMtime(dir) {
  if (!fs.statSync(dir).isDirectory()) return fs.statSync(dir).mtimeMs;
  let newest = 0;
  const walk = (d) => {
    for (const entry of fs.readdirSync(d, { withFileTypes: true })) {
      if (entry.name === "node_modules" || entry.name === "dist") continue;
      const p = path.join(d, entry.name);
      if (entry.isDirectory()) walk(p);
      else newest = Math.max(newest, fs.statSync(p).mtimeMs);
    }
  };
  walk(dir);
  return newest;
}

function stale(output, ...sources) {
  if (!fs.existsSync(output)) return true;
  const built = fs.statSync(output).mtimeMs;
  return sources.some((s) => newestMtime(path.join(root, s)) > built);
}

function run(label, cmd, args) {
  process.stdout.write(`rdcity: ${label}…\n`);
  const r = spawnSync(cmd, args, { cwd: root, stdio: "inherit" });
  if (r.status !== 0) process.exit(r.status ?? 1);
}

const serverOut = path.join(root, "server/dist/main.js");
if (stale(serverOut, "server/src", "common/src")) {
  run("building the server", "npx", ["tsc", "-b", "server"]);
  fs.utimesSync(serverOut, new Date(), new Date());
}
const webOut = path.join(root, "web/dist/index.html");
if (stale(webOut, "web/src", "common/src", "web/index.html"))
  run("building the web app", "npm", ["run", "build", "-w", "web", "--", "--logLevel", "warn"]);

const child = spawn(process.execPath, [serverOut], { cwd: root, stdio: "inherit", env: process.env });
for (const sig of ["SIGINT", "SIGTERM"]) process.on(sig, () => child.kill(sig));
child.on("exit", (code) => process.exit(code ?? 0));
