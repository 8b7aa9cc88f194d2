import {
  ROLE_PERMISSIONS,
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

const at = (day: string, hour = 10) => new Date(`${day}T${String(hour).padStart(2, "0")}:00:00+08:00`);
const clockAt = (instant: Date): Partial<WorkflowEnv> => ({
  clock: { now: () => instant } as WorkflowEnv["clock"],
});

/** The leadership account "leader" when it exists, else a stand-in (the history names it). */
async function leaderActor(db: Db): Promise<Actor> {
  const [row] = await db.select().from(users).where(eq(users.username, "leader"));
  if (row) return userActor({ ...row, role: "leadership" }, null, "session");
  return {
    ...systemActor("领导小组（演示审批）"),
    role: "leadership",
    permissions: new Set(ROLE_PERMISSIONS.leadership),
  };
}

/**
 * The support demo (C-02), after the pool's demo (whose 2026 round is announced in May 2026), through the part's
 * commands and the workflow engine on a dated timeline (never after `now`):
 * - the special fund's 2026 and 2027 years (20 000 and 22 000 万元);
 * - a 2026 scheme over the cultivation pool (or, when the pool is empty, the provincial-level platforms) on 2025
 *   R&D spending: marginal tiers 5 % / 3 % / 1 %, minimum 10, cap 300, budget 12 000 scaled pro rata; created and
 *   simulated 1 June, submitted 3 June, approved by the leadership 10 June (disbursements committed); about 60 %
 *   paid with vouchers from July to today;
 * - a 2027 draft on the increase of R&D spending (10 %, cap 200, budget 6 000), simulated in November.
 * Does nothing when the 2026 scheme exists already.
 */
export async function seedDemoSupport(
  db: Db,
  people: { city: Actor; leader?: Actor | null },
  opts: { now?: Date } = {},
): Promise<{ schemes: number; disbursements: number; paid: number }> {
  registerSupportProcesses();
  const now = opts.now ?? new Date();
  const upTo = (d: Date) => (d < now ? d : now);
  const city = people.city;
  const [seeded] = await db.select().from(supportSchemes).where(eq(supportSchemes.title, APPROVED_TITLE));
  if (seeded) return { schemes: 0, disbursements: 0, paid: 0 };

  await ensureFund(db, city, 2026, upTo(at("2026-01-05")));
  await ensureFund(db, city, 2027, upTo(at("2026-11-02")));
  const eligibility: SupportEligibility = (await poolPlatformIds(db)).length
    ? { kind: "pool" }
    : { kind: "platforms", levels: ["provincial"] };

  const created = upTo(at("2026-06-01"));
  const scheme = await createScheme(
    db,
    city,
    SchemeCreateSchema.parse({
      title: APPROVED_TITLE,
      year: 2026,
      dataYear: 2025,
      budget: "12000.00",
      rules: {
        eligibility,
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
    }),
    clockAt(created),
  );
  await simulateScheme(db, city, scheme.id, {}, created);
  await act(db, city, scheme.instanceId!, "submit", clockAt(upTo(at("2026-06-03"))));
  const approvedAt = upTo(at("2026-06-10", 16));
  await act(db, people.leader ?? (await leaderActor(db)), scheme.instanceId!, "approve", clockAt(approvedAt));

  // Payments: the first ~60 % of the commitments, dated across the months from July up to today.
  const committed = await db
    .select()
    .from(fundDisbursements)
    .where(eq(fundDisbursements.schemeId, scheme.id))
    .orderBy(asc(fundDisbursements.createdAt), asc(fundDisbursements.id));
  const today = shanghaiDate(now);
  const lastDay = today < "2026-12-31" ? today : "2026-12-31";
  let paid = 0;
  if (lastDay >= "2026-07-01") {
    const months = Number(lastDay.slice(5, 7)) - 6;
    const toPay = committed.slice(0, Math.floor(committed.length * PAID_SHARE));
    for (const [i, d] of toPay.entries()) {
      const month = 7 + Math.floor((i * months) / Math.max(1, toPay.length));
      let paidOn = `2026-${String(month).padStart(2, "0")}-${String(8 + (i % 18)).padStart(2, "0")}`;
      if (paidOn > lastDay) paidOn = lastDay;
      await payDisbursement(
        db,
        city,
        d.id,
        { paidOn, voucherNo: `长财科拨〔2026〕${String(i + 1).padStart(4, "0")}号` },
        upTo(at(paidOn, 15)),
        today,
      );
      paid++;
    }
  }

  const draftAt = upTo(at("2026-11-10"));
  const draft = await createScheme(
    db,
    city,
    SchemeCreateSchema.parse({
      title: DRAFT_TITLE,
      year: 2027,
      dataYear: 2025,
      budget: "6000.00",
      rules: {
        eligibility,
        basis: "rd_increase",
        rate: { kind: "share", percent: 10 },
        minimum: 5,
        cap: 200,
        overBudget: "scale",
      },
    }),
    clockAt(draftAt),
  );
  await simulateScheme(db, city, draft.id, {}, draftAt);
  return { schemes: 2, disbursements: committed.length, paid };
}
