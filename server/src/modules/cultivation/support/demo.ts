import {
  ROLE_PERMISSIONS,
  type SchemeCreate,
  SchemeCreateSchema,
  SUPPORT_FUND_DEFAULT,
  type SupportEligibility,
} from "@rdcity/common";
import { and, asc, eq } from "drizzle-orm";
import { type Actor, systemActor, userActor } from "../../../core/actor.js";
import { users } from "../../../core/auth/schema.js";
import { shanghaiDate } from "../../../core/calendar/index.js";
import type { Db } from "../../../core/db/client.js";
import { getInstance, transition, type WorkflowEnv } from "../../../core/workflow/index.js";
import type { DemoPeople } from "../../platforms/index.js";
import { fundDisbursements, specialFunds, supportSchemes } from "../schema.js";
import { createFund } from "./commands/create-fund.js";
import { createScheme } from "./commands/create-scheme.js";
import { payDisbursement } from "./commands/pay-disbursement.js";
import { simulateScheme } from "./commands/simulate-scheme.js";
import { poolPlatformIds } from "./eligibility.js";
import { registerSupportProcesses } from "./process.js";

const FUND_BUDGETS: Record<number, string> = { 2026: "20000.00", 2027: "22000.00" };
const APPROVED_TITLE = "2026年度国家级创新平台培育对象研发投入支持方案";
const DRAFT_TITLE = "2027年度研发投入增量奖补方案（草案）";
/** Share of the approved scheme's payments already paid, spread over the months before today. */
const PAID_SHARE = 0.6;

async function leaderActor(db: Db): Promise<Actor> {
  const [row] = await db.select().from(users).where(eq(users.username, "leader"));
  if (row) return userActor({ ...row, role: "leadership" }, null, "session");
  // No demo leader account: a virtual one decides (the history names it).
  return {
    ...systemActor("leader-demo"),
    role: "leadership",
    permissions: new Set(ROLE_PERMISSIONS.leadership),
  };
}

async function ensureFund(db: Db, actor: Actor, year: number, now: Date) {
  const [found] = await db
    .select()
    .from(specialFunds)
    .where(and(eq(specialFunds.code, SUPPORT_FUND_DEFAULT.code), eq(specialFunds.year, year)));
  return found ?? createFund(db, actor, { ...SUPPORT_FUND_DEFAULT, year, budget: FUND_BUDGETS[year]! }, now);
}

async function act(db: Db, actor: Actor, instanceId: string, action: string, env: Partial<WorkflowEnv>) {
  const instance = await getInstance(db, actor, instanceId);
  await transition(db, actor, instanceId, { action, expectedVersion: instance.version }, env);
}

/**
 * The support demo (C-02): the special fund's 2026 and 2027 years (20 000 and 22 000 万元); a 2026 scheme over the
 * cultivation pool (or, when the pool is empty, the provincial-level platforms) on 2025 R&D spending with marginal
 * tiers, a cap and pro-rata scaling, simulated, submitted and approved (disbursements committed), about 60 % of
 * its payments made with vouchers through the months of 2026; and a 2027 draft on the increase of R&D spending,
 * simulated. Runs through the part's commands and the workflow engine; skipped when already seeded.
 */
export async function seedDemoSupport(
  db: Db,
  people: Pick<DemoPeople, "city">,
  opts: { now?: Date; leader?: Actor } = {},
): Promise<{ schemes: number; disbursements: number; paid: number }> {
  registerSupportProcesses();
  const now = opts.now ?? new Date();
  const env: Partial<WorkflowEnv> = { clock: { now: () => now } as WorkflowEnv["clock"] };
  const city = people.city;
  const [seeded] = await db.select().from(supportSchemes).where(eq(supportSchemes.title, APPROVED_TITLE));
  if (seeded) return { schemes: 0, disbursements: 0, paid: 0 };

  await ensureFund(db, city, 2026, now);
  await ensureFund(db, city, 2027, now);
  const pool: SupportEligibility = (await poolPlatformIds(db)).length
    ? { kind: "pool" }
    : { kind: "platforms", levels: ["provincial"] };

  const approved: SchemeCreate = SchemeCreateSchema.parse({
    title: APPROVED_TITLE,
    year: 2026,
    dataYear: 2025,
    budget: "8000.00",
    rules: {
      eligibility: pool,
      basis: "rd_spending",
      rate: {
        kind: "tiers",
        tiers: [
          { upTo: 1000, percent: 5 },
          { upTo: 5000, percent: 3 },
          { upTo: null, percent: 1 },
        ],
      },
      minimum: 10,
      cap: 300,
      overBudget: "scale",
    },
  });
  const scheme = await createScheme(db, city, approved, env);
  await simulateScheme(db, city, scheme.id, {}, now);
  await act(db, city, scheme.instanceId!, "submit", env);
  await act(db, opts.leader ?? (await leaderActor(db)), scheme.instanceId!, "approve", env);

  // Payments: the first ~60 % (by platform name order of commitment), dated across the months up to today.
  const committed = await db
    .select()
    .from(fundDisbursements)
    .where(eq(fundDisbursements.schemeId, scheme.id))
    .orderBy(asc(fundDisbursements.createdAt), asc(fundDisbursements.id));
  const today = shanghaiDate(now);
  const lastDay = today < "2026-12-31" ? today : "2026-12-31";
  let paid = 0;
  if (lastDay >= "2026-03-01") {
    const lastMonth = Number(lastDay.slice(5, 7));
    const toPay = committed.slice(0, Math.floor(committed.length * PAID_SHARE));
    for (const [i, d] of toPay.entries()) {
      const month = 3 + Math.floor((i * Math.max(1, lastMonth - 3)) / Math.max(1, toPay.length));
      const day = 10 + (i % 15);
      let paidOn = `2026-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
      if (paidOn > lastDay) paidOn = lastDay;
      await payDisbursement(
        db,
        city,
        d.id,
        { paidOn, voucherNo: `长财科拨〔2026〕${String(i + 1).padStart(4, "0")}号` },
        now,
        today,
      );
      paid++;
    }
  }

  const draft = await createScheme(
    db,
    city,
    SchemeCreateSchema.parse({
      title: DRAFT_TITLE,
      year: 2027,
      dataYear: 2025,
      budget: "6000.00",
      rules: {
        eligibility: pool,
        basis: "rd_increase",
        rate: { kind: "share", percent: 10 },
        minimum: 5,
        cap: 200,
        overBudget: "scale",
      },
    }),
    env,
  );
  await simulateScheme(db, city, draft.id, {}, now);
  return { schemes: 2, disbursements: committed.length, paid };
}
