import { eq } from "drizzle-orm";
import type { Actor } from "../../../core/actor.js";
import { recordAudit } from "../../../core/audit/index.js";
import type { Executor } from "../../../core/db/client.js";
import { AppError } from "../../../core/errors.js";
import type { TransitionEvent } from "../../../core/workflow/index.js";
import { fundDisbursements, supportSchemes } from "../schema.js";
import { type Cents, cents, moneyText, sum } from "./money.js";
import {
  type AllocationRow,
  allocationsOf,
  existingPayments,
  type FundRow,
  type FundTotals,
  fundOr404,
  platformInfo,
  RD_SUPPORT,
  type SchemeRow,
  schemeOr404,
  totalsOfFund,
} from "./repo.js";

const isUniqueViolation = (error: unknown) => {
  for (let e: unknown = error; e; e = (e as { cause?: unknown }).cause)
    if ((e as { code?: string }).code === "23505") return true;
  return false;
};

/** 422 when the fund year's room (budget − committed) cannot carry the total, naming the shortfall. */
export function checkFundRoom(fund: FundRow, totals: FundTotals, total: Cents): void {
  const budget = cents(fund.budget);
  const room = budget - totals.committed;
  if (total > room)
    throw new AppError(
      "support_fund_short",
      {
        year: fund.year,
        room: moneyText(room),
        budget: moneyText(budget),
        committed: moneyText(totals.committed),
        total: moneyText(total),
        shortfall: moneyText(total - room),
      },
      { shortfall: moneyText(total - room) },
    );
}

export function checkSchemeBudget(scheme: SchemeRow, total: Cents): void {
  const budget = cents(scheme.budget);
  if (total > budget)
    throw new AppError(
      "support_over_budget",
      { total: moneyText(total), budget: moneyText(budget), shortfall: moneyText(total - budget) },
      { shortfall: moneyText(total - budget) },
    );
}

/** 409 naming the platforms that already have a (not cancelled) R&D support payment for the year. */
export async function alreadySupported(ex: Executor, platformIds: string[], year: number): Promise<AppError> {
  const info = await platformInfo(ex, platformIds);
  const names = [...new Set(platformIds)].map((id) => info.get(id)?.name ?? id).sort();
  return new AppError(
    "support_already_supported",
    { year, platforms: names },
    { platformIds, platforms: names },
  );
}

async function refuseDuplicates(ex: Executor, funded: AllocationRow[], year: number): Promise<void> {
  const existing = await existingPayments(
    ex,
    funded.map((a) => a.platformId),
    year,
  );
  if (existing.length)
    throw await alreadySupported(
      ex,
      existing.map((e) => e.platformId),
      year,
    );
}

/**
 * Inserts a committed disbursement for every allocation given, all or none. The unique index
 * fund_disbursements_once is the last guard against paying a platform twice for a year (a payment committed
 * meanwhile by another writer): its violation becomes the localised 409 naming the platforms — the insert runs in
 * a savepoint, so the transaction can still read who holds the year.
 */
export async function insertDisbursements(
  tx: Executor,
  actor: Actor,
  scheme: SchemeRow,
  funded: AllocationRow[],
  at: Date,
): Promise<number> {
  const values = funded.map((a) => ({
    fundId: scheme.fundId,
    schemeId: scheme.id,
    platformId: a.platformId,
    purpose: RD_SUPPORT,
    supportYear: scheme.year,
    amount: a.amount,
    status: "committed",
    createdAt: at,
    createdBy: actor.username,
    updatedAt: at,
    updatedBy: actor.username,
  }));
  try {
    await tx.transaction(async (sp) => {
      for (let i = 0; i < values.length; i += 500)
        await sp.insert(fundDisbursements).values(values.slice(i, i + 500));
    });
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    await refuseDuplicates(tx, funded, scheme.year);
    throw error;
  }
  return values.length;
}

/**
 * The process hook, inside every transition's transaction (the generic workflow routes or the demo):
 * - submit: a saved simulation with at least one amount, within the scheme's budget and the fund's room, and no
 *   platform already paid for the year;
 * - approve: the same checks again with the fund locked, then the disbursements (status committed);
 * - return / reject: recorded.
 * The scheme's status follows the instance's state in the same transaction.
 */
export async function followSchemeInstance(tx: Executor, event: TransitionEvent): Promise<void> {
  const { instance, actor, action, to } = event;
  const at = instance.stateEnteredAt;
  const scheme = await schemeOr404(tx, instance.subjectId, { lock: true });
  const funded = (await allocationsOf(tx, scheme.id)).filter((a) => cents(a.amount) > 0n);
  const total = sum(funded.map((a) => cents(a.amount)));
  let disbursements = 0;
  if (action === "submit" || action === "approve") {
    if (!funded.length) throw new AppError("support_scheme_not_simulated");
    checkSchemeBudget(scheme, total);
    const fund = await fundOr404(tx, scheme.fundId, { lock: action === "approve" });
    checkFundRoom(fund, await totalsOfFund(tx, fund.id), total);
    if (action === "submit") await refuseDuplicates(tx, funded, scheme.year);
    else {
      // The fund row is locked: approvals on one fund year take turns; then the duplicates, then the insert.
      await refuseDuplicates(tx, funded, scheme.year);
      disbursements = await insertDisbursements(tx, actor, scheme, funded, at);
    }
  }
  await tx
    .update(supportSchemes)
    .set({ status: to, version: scheme.version + 1, updatedAt: at, updatedBy: actor.username })
    .where(eq(supportSchemes.id, scheme.id));
  await recordAudit(tx, actor, {
    action: `support_scheme.${action}`,
    targetType: "support_scheme",
    targetId: scheme.id,
    before: { status: scheme.status, version: scheme.version },
    after: {
      status: to,
      total: moneyText(total),
      supported: funded.length,
      ...(disbursements ? { disbursements, fundId: scheme.fundId, supportYear: scheme.year } : {}),
      ...(event.comment ? { comment: event.comment } : {}),
    },
  });
}
