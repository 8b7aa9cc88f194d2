import {
  type SimulateInput,
  type Simulation,
  type SimulationOverrides,
  type SimulationResult,
  type SupportRules,
  SupportRulesSchema,
} from "@rdcity/common";
import { and, eq } from "drizzle-orm";
import { ZodError } from "zod";
import type { Actor } from "../../../../core/actor.js";
import { recordAudit } from "../../../../core/audit/index.js";
import type { Db, Executor } from "../../../../core/db/client.js";
import { supportAllocations, supportSchemes } from "../../schema.js";
import { computeSupport, type SupportComputation } from "../compute.js";
import { checkFundRoom, checkSchemeBudget } from "../decide.js";
import { supportCandidates } from "../eligibility.js";
import { type Cents, cents, moneyText } from "../money.js";
import { presentComputed, storedParts } from "../presenters.js";
import {
  existingPayments,
  type FundRow,
  type FundTotals,
  fundOr404,
  type SchemeRow,
  schemeOr404,
  totalsOfFund,
} from "../repo.js";
import { assertEditable } from "./update-scheme.js";

function notApplicable(path: (string | number)[], message: string): never {
  throw new ZodError([{ code: "custom", path: ["overrides", ...path], message, params: { code: message } }]);
}

/** The saved rules with a what-if's overrides (validated again as a whole). */
export function withOverrides(rules: SupportRules, o: SimulationOverrides): SupportRules {
  let rate = rules.rate;
  if (o.percent !== undefined) {
    if (rate.kind !== "share") notApplicable(["percent"], "support_override_needs_share");
    rate = { ...rate, percent: o.percent };
  }
  if (o.tierPercents) {
    if (rate.kind !== "tiers") notApplicable(["tierPercents"], "support_override_needs_tiers");
    const tiers = [...rate.tiers];
    for (const [i, t] of o.tierPercents.entries()) {
      if (!tiers[t.index]) notApplicable(["tierPercents", i, "index"], "support_override_no_such_tier");
      tiers[t.index] = { ...tiers[t.index]!, percent: t.percent };
    }
    rate = { ...rate, tiers };
  }
  return SupportRulesSchema.parse({
    ...rules,
    rate,
    ...(o.cap !== undefined ? { cap: o.cap } : {}),
    ...(o.minimum !== undefined ? { minimum: o.minimum } : {}),
    ...(o.overBudget !== undefined ? { overBudget: o.overBudget } : {}),
  });
}

function presentResult(c: SupportComputation, fund: FundRow, totals: FundTotals): SimulationResult {
  const fundBudget = cents(fund.budget);
  const room = fundBudget - totals.committed;
  return {
    total: moneyText(c.total),
    budget: moneyText(c.budget),
    withinBudget: c.shortfall === null,
    budgetShortfall: c.shortfall === null ? null : moneyText(c.shortfall),
    scaled: c.scaled ? { factor: c.scaled.factor, before: moneyText(c.scaled.before) } : null,
    fund: {
      id: fund.id,
      year: fund.year,
      budget: moneyText(fundBudget),
      committed: moneyText(totals.committed),
      room: moneyText(room),
      shortfall: c.total > room ? moneyText(c.total - room) : null,
    },
    supported: c.supported.map(presentComputed),
    excluded: c.excluded.map(presentComputed),
  };
}

/** Eligible platforms with their figures, those already paid for the support year marked. */
async function candidatesOf(ex: Executor, scheme: SchemeRow, rules: SupportRules) {
  const candidates = await supportCandidates(ex, rules.eligibility, scheme.dataYear);
  const paid = await existingPayments(
    ex,
    candidates.map((c) => c.platformId),
    scheme.year,
  );
  const elsewhere = new Set(paid.filter((p) => p.schemeId !== scheme.id).map((p) => p.platformId));
  return candidates.map((c) => (elsewhere.has(c.platformId) ? { ...c, alreadySupported: true } : c));
}

function deltasOf(base: SupportComputation, scenario: SupportComputation) {
  const amountOf = (c: SupportComputation) =>
    new Map(c.supported.map((a) => [a.candidate.platformId, a.amount]));
  const a = amountOf(base);
  const b = amountOf(scenario);
  const rows: NonNullable<Simulation["deltas"]> = [];
  for (const x of [...base.supported, ...base.excluded]) {
    const id = x.candidate.platformId;
    const before: Cents = a.get(id) ?? 0n;
    const after: Cents = b.get(id) ?? 0n;
    if (before === 0n && after === 0n) continue;
    rows.push({
      platformId: id,
      name: x.candidate.name,
      base: moneyText(before),
      scenario: moneyText(after),
      delta: moneyText(after - before),
    });
  }
  return rows;
}

/**
 * Simulates a scheme over today's data. With overrides it is a what-if: the saved rules and the overridden ones
 * side by side with each platform's change, nothing saved. Without, the simulation is saved while the scheme is
 * a draft (or returned): its allocations are replaced — refused with 422 when the total exceeds the scheme's
 * budget under "refuse" rules or the fund year's room, naming the shortfall.
 */
export async function simulateScheme(
  db: Db,
  actor: Actor,
  schemeId: string,
  input: SimulateInput,
  now: Date,
): Promise<Simulation> {
  const scheme = await schemeOr404(db, schemeId);
  const rules = SupportRulesSchema.parse(scheme.rules);
  const fund = await fundOr404(db, scheme.fundId);
  const totals = await totalsOfFund(db, fund.id);
  const candidates = await candidatesOf(db, scheme, rules);
  const base = computeSupport(candidates, rules, cents(scheme.budget));

  if (input.overrides) {
    const o = input.overrides;
    const scenario = computeSupport(
      candidates,
      withOverrides(rules, o),
      o.budget !== undefined ? cents(o.budget) : cents(scheme.budget),
    );
    return {
      schemeId,
      saved: false,
      result: presentResult(base, fund, totals),
      scenario: presentResult(scenario, fund, totals),
      deltas: deltasOf(base, scenario),
      totals: {
        base: moneyText(base.total),
        scenario: moneyText(scenario.total),
        delta: moneyText(scenario.total - base.total),
      },
    };
  }

  assertEditable(scheme);
  checkSchemeBudget(scheme, base.total);
  checkFundRoom(fund, totals, base.total);
  await db.transaction(async (tx) => {
    const locked = await schemeOr404(tx, schemeId, { lock: true });
    assertEditable(locked);
    await tx.delete(supportAllocations).where(eq(supportAllocations.schemeId, schemeId));
    const rows = [...base.supported, ...base.excluded].map((a) => ({
      schemeId,
      platformId: a.candidate.platformId,
      basisValue: a.basis === null ? null : moneyText(a.basis),
      amount: moneyText(a.amount),
      parts: storedParts(a),
    }));
    for (let i = 0; i < rows.length; i += 500)
      await tx.insert(supportAllocations).values(rows.slice(i, i + 500));
    await tx
      .update(supportSchemes)
      .set({ version: locked.version + 1, updatedAt: now, updatedBy: actor.username })
      .where(and(eq(supportSchemes.id, schemeId), eq(supportSchemes.version, locked.version)));
    await recordAudit(tx, actor, {
      action: "support_scheme.simulate",
      targetType: "support_scheme",
      targetId: schemeId,
      after: {
        total: moneyText(base.total),
        supported: base.supported.length,
        excluded: base.excluded.length,
        scaled: base.scaled ? base.scaled.factor : null,
      },
    });
  });
  return { schemeId, saved: true, result: presentResult(base, fund, totals) };
}
