import { randomBytes } from "node:crypto";
import { count, eq } from "drizzle-orm";
import type { Config } from "../config.js";
import { systemActor, userActor } from "../core/actor.js";
import { generatePassword } from "../core/auth/password.js";
import { systemSettings, users } from "../core/auth/schema.js";
import { createUser } from "../core/auth/users.js";
import { type Database, migrateDatabase, openDatabase } from "../core/db/client.js";
import { installWorkflowNotifications } from "../core/notify/index.js";
import { seedDemoEffectiveness, seedDemoPool, seedDemoSupport } from "../modules/cultivation/index.js";
import { DEMO_PLAN_ACCOUNTS, registerPlanProcesses, seedDemoPlan } from "../modules/plan/index.js";
import {
  registerRecognitionProcesses,
  seedDemoPlatforms,
  seedDemoRecognitions,
} from "../modules/platforms/index.js";
import { seedDemoEntities } from "../modules/registry/index.js";
import { registerComputedSeriesOfModules } from "./computed-series.js";
import { seedDemoPeople } from "./demo-people.js";
import { seedChangshaPlan } from "./plan-seed.js";

export interface Announcement {
  lines: string[];
}

export async function openConfiguredDatabase(config: Config): Promise<Database> {
  return openDatabase({ kind: config.dbKind, dataDir: config.dataDir, url: config.databaseUrl });
}

async function getSetting<T>(db: Database["db"], key: string): Promise<T | undefined> {
  const [row] = await db.select().from(systemSettings).where(eq(systemSettings.key, key));
  return row?.value as T | undefined;
}

async function setSetting(db: Database["db"], key: string, value: unknown): Promise<void> {
  await db
    .insert(systemSettings)
    .values({ key, value })
    .onConflictDoUpdate({ target: systemSettings.key, set: { value, updatedAt: new Date() } });
}

export const DEMO_PASSWORD = "Rdcity-Demo-2026";

/** Demo accounts, one per kind of user, so that every menu can be seen. Only created with demo data. */
const DEMO_USERS = [
  { username: "cityadmin", displayName: "市科技局 王主任", role: "city_admin" },
  { username: "leader", displayName: "领导小组 李组长", role: "leadership" },
  { username: "yuelu", displayName: "岳麓区科技局 张科长", role: "district", areaCode: "430104" },
  { username: "auditor", displayName: "安全审计员 周审计", role: "audit_admin" },
  { username: "security", displayName: "安全管理员 吴安全", role: "security_admin" },
] as const;

/**
 * First start and every start: migrations, the admin account, the generated secret and (once) demo data.
 * Returns the lines to print: the address is added by the caller.
 */
export async function prepareDatabase(
  config: Config,
  database: Database,
  opts: { demo?: boolean } = {},
): Promise<Announcement> {
  const lines: string[] = [];
  await migrateDatabase(database);
  const db = database.db;
  if (!(await getSetting(db, "secret")))
    await setSetting(db, "secret", config.secret ?? randomBytes(32).toString("hex"));

  const [{ n } = { n: 0 }] = await db.select({ n: count() }).from(users);
  if (Number(n) === 0) {
    const generated = !config.adminPassword;
    const password = config.adminPassword ?? generatePassword();
    await db.transaction((tx) =>
      createUser(
        tx,
        systemActor("bootstrap"),
        {
          username: "admin",
          displayName: "系统管理员",
          role: "sys_admin",
          password,
          mustChangePassword: generated,
        },
        "zh-CN",
        { bypassSeparation: true },
      ),
    );
    if (generated) {
      lines.push(
        `管理员账号 admin 的初始密码（仅显示这一次，首次登录须修改）/ Initial password of "admin" (shown once; change it at first sign-in):`,
      );
      lines.push(`    ${password}`);
    } else {
      lines.push(`Administrator "admin" created with the password from RDCITY_ADMIN_PASSWORD.`);
    }
  }

  // The Changsha plan and its published figures are real data: loaded on every fresh database.
  registerComputedSeriesOfModules();
  lines.push(...(await seedChangshaPlan(db)));

  const demo = opts.demo ?? config.demo;
  if (demo && !(await getSetting(db, "seed.demo"))) {
    const created = await seedDemoEntities(db);
    const platformsSeeded = await seedDemoPlatforms(db);
    for (const u of DEMO_USERS) {
      const [exists] = await db.select({ id: users.id }).from(users).where(eq(users.username, u.username));
      if (exists) continue;
      await db.transaction((tx) =>
        createUser(
          tx,
          systemActor("seed"),
          { ...u, password: DEMO_PASSWORD, mustChangePassword: false },
          "zh-CN",
          { bypassSeparation: true },
        ),
      );
    }
    registerRecognitionProcesses();
    // The demo's applications notify like real ones (the server installs the same subscriber at start).
    installWorkflowNotifications();
    const people = await seedDemoPeople(db, DEMO_PASSWORD);
    const recognitions = await seedDemoRecognitions(db, people);
    registerPlanProcesses();
    const [leaderRow] = await db.select().from(users).where(eq(users.username, "leader"));
    const planDemo = await seedDemoPlan(db, {
      password: DEMO_PASSWORD,
      city: people.city,
      leader: leaderRow ? userActor({ ...leaderRow, role: "leadership" }, null, "session") : null,
      district: people.district,
    });
    const leader = leaderRow ? userActor({ ...leaderRow, role: "leadership" }, null, "session") : null;
    const pool = await seedDemoPool(db, { city: people.city, leader });
    const support = await seedDemoSupport(db, { city: people.city, leader });
    const evaluations = await seedDemoEffectiveness(db, people);
    await setSetting(db, "seed.demo", {
      at: new Date().toISOString(),
      entities: created,
      ...platformsSeeded,
      recognitions: recognitions.applications,
      plan: planDemo,
      cultivation: { pool, support, evaluations },
    });
    lines.push(
      `Demo data loaded: ${created} entities, ${platformsSeeded.platforms} platforms, ${recognitions.applications} recognition applications, ${planDemo.reports} quarterly progress reports, ${planDemo.notices} supervision notices, ${planDemo.changes} change requests, a cultivation pool of ${pool.selected}, ${support.disbursements} support payments, ${evaluations.rounds} effectiveness evaluation rounds (marked as demo). Demo accounts ${[...DEMO_USERS.map((u) => u.username), ...DEMO_PLAN_ACCOUNTS, "qiye", "zhuanjia01…09"].join(", ")} / password ${DEMO_PASSWORD}`,
    );
  }
  return { lines };
}
