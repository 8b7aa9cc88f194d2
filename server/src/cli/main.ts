import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { emailSchema, errorMessage, ROLES, type Role } from "@rdcity/common";
import { Command, Option } from "commander";
import { openConfiguredDatabase, prepareDatabase } from "../app/bootstrap.js";
import { buildApp } from "../app/build-app.js";
import { registerComputedSeriesOfModules } from "../app/computed-series.js";
import { loadConfig } from "../config.js";
import { type Actor, systemActor } from "../core/actor.js";
import { verifyAuditChain } from "../core/audit/index.js";
import { createApiToken } from "../core/auth/sessions.js";
import { createUser } from "../core/auth/users.js";
import { type Database, migrateDatabase } from "../core/db/client.js";
import { AppError } from "../core/errors.js";
import { runImport } from "../core/imports/run-import.js";
import { deliverOutbox, runReminders, smtpTransport } from "../core/notify/index.js";
import {
  loadPlan,
  loadPublishedFigures,
  planByCode,
  planObservationImportKind,
} from "../modules/plan/index.js";
import { entityImportKind, exportEntitiesToFile } from "../modules/registry/index.js";
import { backupDatabase, restoreDatabase } from "./backup.js";

const cliActor = (): Actor => systemActor(`cli:${os.userInfo().username}`);

async function withDb<T>(fn: (database: Database) => Promise<T>): Promise<T> {
  const config = loadConfig();
  const database = await openConfiguredDatabase(config);
  try {
    await migrateDatabase(database);
    return await fn(database);
  } finally {
    await database.close();
  }
}

function fail(error: unknown): never {
  if (error instanceof AppError) {
    process.stderr.write(
      `${errorMessage(error.code, "zh-CN", error.params)}\n${errorMessage(error.code, "en-US", error.params)}\n`,
    );
    process.exit(1);
  }
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
}

const program = new Command("rdcity")
  .description("rdcity — Global R&D Center City platform: administration commands")
  .showHelpAfterError();

program
  .command("migrate")
  .description("apply database migrations")
  .action(async () => {
    await withDb(async () => process.stdout.write("migrations applied\n"));
  });

program
  .command("seed")
  .description("create the admin account and, with --demo, the demo data")
  .option("--demo", "load demo data", false)
  .action((opts: { demo: boolean }) =>
    withDb(async (database) => {
      const { lines } = await prepareDatabase(loadConfig(), database, { demo: opts.demo });
      process.stdout.write(`${lines.join("\n") || "nothing to seed"}\n`);
    }),
  );

const user = program.command("user").description("user accounts");
user
  .command("add")
  .requiredOption("--username <name>")
  .addOption(new Option("--role <role>").choices([...ROLES]).makeOptionMandatory())
  .requiredOption("--password <password>")
  .option("--display-name <name>")
  .option("--area <code>", "district or zone code (district users)")
  .option("--org <id>", "entity id (entity users)")
  .option("--email <address>", "where notifications are e-mailed (when SMTP is configured)")
  .action(
    (o: {
      username: string;
      role: Role;
      password: string;
      displayName?: string;
      area?: string;
      org?: string;
      email?: string;
    }) =>
      withDb(async (database) => {
        const email = o.email === undefined ? null : emailSchema.safeParse(o.email);
        if (email && !email.success) {
          throw new Error(`--email ${o.email}: 不是有效的电子邮箱地址 / is not a valid e-mail address`);
        }
        const row = await database.db.transaction((tx) =>
          createUser(
            tx,
            cliActor(),
            {
              username: o.username,
              displayName: o.displayName ?? o.username,
              role: o.role,
              password: o.password,
              areaCode: o.area ?? null,
              orgId: o.org ?? null,
              email: email?.data ?? null,
              mustChangePassword: false,
            },
            "zh-CN",
            { bypassSeparation: true },
          ),
        );
        process.stdout.write(`user ${row.username} (${row.role}) created: ${row.id}\n`);
      }),
  );

program
  .command("token")
  .description("API tokens")
  .command("create")
  .requiredOption("--username <name>")
  .option("--days <n>", "validity in days", "90")
  .option("--name <name>", "what the token is for", "district system")
  .action((o: { username: string; days: string; name: string }) =>
    withDb(async (database) => {
      const created = await createApiToken(database.db, cliActor(), {
        username: o.username,
        name: o.name,
        days: Number(o.days),
      });
      process.stdout.write(`${created.token}\n`);
      process.stderr.write(`token for ${created.username}, expires ${created.expiresAt}; shown once\n`);
    }),
  );

program
  .command("import")
  .description("import a CSV or XLSX file (all rows or none)")
  .argument("<file>")
  .addOption(new Option("--kind <kind>").choices(["entities", "plan_observations"]).default("entities"))
  .option("--dry-run", "validate only", false)
  .action((file: string, o: { kind: string; dryRun: boolean }) =>
    withDb(async (database) => {
      const kind = o.kind === "plan_observations" ? planObservationImportKind() : entityImportKind;
      const result = await runImport(database.db, cliActor(), kind as never, {
        id: crypto.randomUUID(),
        fileName: path.basename(file),
        buffer: fs.readFileSync(file),
        dryRun: o.dryRun,
        lang: "zh-CN",
      });
      for (const e of result.errors.slice(0, 50))
        process.stderr.write(`row ${e.row} ${e.column ?? ""}: ${e.message}\n`);
      process.stdout.write(
        `${JSON.stringify({ status: result.status, totalRows: result.totalRows, created: result.created, updated: result.updated, unchanged: result.unchanged, errors: result.errors.length, duplicatesFlagged: result.duplicatesFlagged })}\n`,
      );
      if (result.status === "failed") process.exitCode = 1;
    }),
  );

program
  .command("export")
  .description("export the registry")
  .addOption(new Option("--kind <kind>").choices(["entities"]).default("entities"))
  .addOption(new Option("--format <format>").choices(["csv", "xlsx"]).default("xlsx"))
  .requiredOption("--out <file>")
  .action((o: { format: "csv" | "xlsx"; out: string }) =>
    withDb(async (database) => {
      const n = await exportEntitiesToFile(database.db, cliActor(), o.format, o.out);
      process.stdout.write(`${n} rows written to ${o.out}\n`);
    }),
  );

program
  .command("backup")
  .description("back the database up to a file")
  .option("--out <file>")
  .action(async (o: { out?: string }) => {
    const file = await backupDatabase(loadConfig(), o.out);
    process.stdout.write(`backup written to ${file}\n`);
  });

program
  .command("restore")
  .description("restore a backup (the server must be stopped)")
  .argument("<file>")
  .option("--force", "replace an existing embedded database", false)
  .action(async (file: string, o: { force: boolean }) => {
    await restoreDatabase(loadConfig(), file, o.force);
    process.stdout.write("restored\n");
  });

program
  .command("notify")
  .description("notifications")
  .command("remind")
  .description("send due reminders once (the server does it every 15 minutes), then the queued e-mails")
  .action(() =>
    withDb(async (database) => {
      const config = loadConfig();
      // The app as the server builds it, so that every module's reminder sources are registered.
      const app = await buildApp(config, database, { logger: false, serveWeb: false });
      try {
        await app.ready();
        const run = await runReminders(database.db);
        process.stdout.write(`${JSON.stringify(run)}\n`);
        if (config.smtp) {
          const transport = smtpTransport(config.smtp);
          try {
            process.stdout.write(
              `${JSON.stringify({ email: await deliverOutbox(database.db, transport) })}\n`,
            );
          } finally {
            transport.close();
          }
        }
        if (run.sources.some((s) => s.error)) process.exitCode = 1;
      } finally {
        await app.close();
      }
    }),
  );

const plan = program.command("plan").description("plans (P-01): load a plan pack, load published figures");
plan
  .command("load")
  .description(
    "load a plan pack (YAML); every problem is listed with its path and nothing is loaded when there is one",
  )
  .argument("<file>", "the pack, e.g. plans/changsha-2023.yaml")
  .action((file: string) =>
    withDb(async (database) => {
      registerComputedSeriesOfModules();
      const result = await loadPlan(database.db, cliActor(), fs.readFileSync(file, "utf8"), {
        sourceFile: path.basename(file),
      });
      if (!result.ok) {
        for (const p of result.problems)
          process.stderr.write(
            `${p.path || "(file)"}${p.line ? ` (line ${p.line}${p.column ? `:${p.column}` : ""})` : ""}: ${p.message.zh} / ${p.message.en}\n`,
          );
        process.stderr.write(`${result.problems.length} problems; nothing loaded\n`);
        process.exitCode = 1;
        return;
      }
      process.stdout.write(`${JSON.stringify({ plan: result.code, ...result.counts })}\n`);
    }),
  );
plan
  .command("figures")
  .description(
    "load published figures (CSV: year, indicator, value, unit, source, status, note) into a plan's indicators",
  )
  .argument("<file>", "e.g. server/assets/changsha/changsha_indicators.csv")
  .option("--plan <code>", "the plan whose indicators' aliases name the rows (default: the first plan)")
  .action((file: string, opts: { plan?: string }) =>
    withDb(async (database) => {
      const target = await planByCode(database.db, opts.plan);
      const report = await loadPublishedFigures(
        database.db,
        cliActor(),
        target.pack as never,
        fs.readFileSync(file, "utf8"),
      );
      process.stdout.write(`${JSON.stringify(report)}\n`);
    }),
  );

program
  .command("audit")
  .description("audit log")
  .command("verify")
  .description("recompute the hash chain; exit 1 when a record was altered or removed")
  .action(() =>
    withDb(async (database) => {
      const r = await verifyAuditChain(database.db);
      process.stdout.write(`${JSON.stringify(r)}\n`);
      if (!r.ok) process.exitCode = 1;
    }),
  );

program.parseAsync(process.argv).catch(fail);
