import type { Fund, FundBurnDown } from "@rdcity/common";
import { and, asc, eq, type SQL, sql } from "drizzle-orm";
import type { Executor } from "../../../core/db/client.js";
import { fundDisbursements, specialFunds } from "../schema.js";
import { cents, moneyText } from "./money.js";
import { presentFund } from "./presenters.js";
import { fundOr404, fundTotals, totalsOfFund } from "./repo.js";

/** Fund years with their figures, newest year first. */
export async function listFunds(ex: Executor, q: { year?: number; code?: string }): Promise<Fund[]> {
  const where: SQL[] = [];
  if (q.year !== undefined) where.push(eq(specialFunds.year, q.year));
  if (q.code) where.push(eq(specialFunds.code, q.code));
  const rows = await ex
    .select()
    .from(specialFunds)
    .where(where.length ? and(...where) : undefined)
    .orderBy(sql`${specialFunds.year} DESC`, asc(specialFunds.code));
  const totals = await fundTotals(
    ex,
    rows.map((r) => r.id),
  );
  return rows.map((r) => presentFund(r, totals.get(r.id)!));
}

export async function fundDetail(ex: Executor, id: string) {
  const row = await fundOr404(ex, id);
  return { row, fund: presentFund(row, await totalsOfFund(ex, id)) };
}

const monthKey = (year: number, month: number) => `${year}-${String(month).padStart(2, "0")}`;

/**
 * The burn-down of a fund year: for every month from January of the year to December (or to the last month with a
 * payment, when later), what was paid in the month, paid to date and what remains of the budget.
 */
export async function fundBurnDown(ex: Executor, id: string): Promise<FundBurnDown> {
  const fund = await fundOr404(ex, id);
  const d = fundDisbursements;
  const rows = await ex
    .select({
      month: sql<string>`to_char(${d.paidOn}, 'YYYY-MM')`,
      paid: sql<string>`sum(${d.amount})::text`,
    })
    .from(d)
    .where(and(eq(d.fundId, id), eq(d.status, "paid")))
    .groupBy(sql`to_char(${d.paidOn}, 'YYYY-MM')`);
  const paidByMonth = new Map(rows.map((r) => [r.month, cents(r.paid)]));
  const last = [...paidByMonth.keys()].sort().at(-1);
  const end = last && last > monthKey(fund.year, 12) ? last : monthKey(fund.year, 12);
  const budget = cents(fund.budget);
  const months: FundBurnDown["months"] = [];
  let toDate = 0n;
  for (let i = 0; ; i++) {
    const key = monthKey(fund.year + Math.floor(i / 12), (i % 12) + 1);
    if (key > end) break;
    const paid = paidByMonth.get(key) ?? 0n;
    toDate += paid;
    months.push({
      month: key,
      paid: moneyText(paid),
      paidToDate: moneyText(toDate),
      remaining: moneyText(budget - toDate),
    });
  }
  return { fundId: id, budget: moneyText(budget), months };
}
