import { errorMessage } from "@rdcity/common";
import { openConfiguredDatabase, prepareDatabase } from "./app/bootstrap.js";
import { buildApp } from "./app/build-app.js";
import { ConfigError, loadConfig } from "./config.js";
import { DatabaseLocaleError } from "./core/db/client.js";
import { AppError } from "./core/errors.js";
import { smtpTransport, startNotifyJobs } from "./core/notify/index.js";
import { warmSegmenter } from "./core/search/index.js";

/** `npm start`: open (and on first run create) the database, migrate, seed, serve UI and API on one port. */
export async function main(): Promise<void> {
  const started = Date.now();
  const config = loadConfig();
  const database = await openConfiguredDatabase(config);
  const { lines } = await prepareDatabase(config, database);
  const app = await buildApp(config, database);
  // Reminders every 15 minutes and, with SMTP, the e-mail outbox every few seconds, while the server runs.
  const jobs = startNotifyJobs(database.db, app.log, config.smtp ? smtpTransport(config.smtp) : null);
  const close = async () => {
    jobs.stop();
    await app.close();
    await database.close();
    process.exit(0);
  };
  process.once("SIGINT", close);
  process.once("SIGTERM", close);
  await app.listen({ port: config.port, host: config.host });
  // Load the word-segmentation dictionary once the server answers, not before (it is loaded on first use anyway).
  setImmediate(warmSegmenter);
  const shownHost = config.host === "0.0.0.0" || config.host === "::" ? "127.0.0.1" : config.host;
  const address = `http://${shownHost}:${config.port}`;
  const banner = [
    "",
    `rdcity is ready in ${((Date.now() - started) / 1000).toFixed(1)} s — ${config.dbKind === "pglite" ? `embedded database in ${config.dataDir}` : "PostgreSQL"}`,
    `  打开 / Open:        ${address}/`,
    `  API docs:           ${address}/api/docs`,
    `  登录 / Sign in as:  admin${config.adminPassword ? " (password: RDCITY_ADMIN_PASSWORD)" : ""}`,
    ...lines.map((l) => `  ${l}`),
    config.adminTotpRequired
      ? ""
      : "  Demo: the second factor (TOTP) is optional for administrators on this embedded demo.",
    "",
  ];
  process.stdout.write(`${banner.join("\n")}\n`);
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError || error instanceof DatabaseLocaleError) {
    process.stderr.write(`${error.message}\n`);
    process.exit(2);
  }
  if (error instanceof AppError) {
    // e.g. RDCITY_ADMIN_PASSWORD that does not meet the password policy
    process.stderr.write(
      `rdcity: ${errorMessage(error.code, "zh-CN", error.params)}\n${errorMessage(error.code, "en-US", error.params)}\n`,
    );
    process.exit(2);
  }
  process.stderr.write(
    `rdcity failed to start: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  process.exit(1);
});
