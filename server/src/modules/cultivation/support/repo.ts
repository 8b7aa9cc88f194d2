import { and, eq, inArray, sql } from "drizzle-orm";
import type { Actor } from "../../../core/actor.js";
import { inScope, scopeOf } from "../../../core/auth/scope.js";
import type { Executor } from "../../../core/db/client.js";
import { AppError } from "../../../core/errors.js";
import { platformSummaries } from "../../platforms/index.js";
import { entitySummaries } from "../../registry/index.js";
import { fundDisbursements, specialFunds, supportAllocations, supportSchemes } from "../schema.js";
import { type Cents, cents } from "./money.js";

export type FundRow = typeof specialFunds.$inferSelect;
export type SchemeRow = typeof supportSchemes.$inferSelect;
export type AllocationRow = typeof supportAllocations.$inferSelect;
export type DisbursementRow = typeof fundDisbursements.$inferSelect;

/** The purpose of the disbursements this part writes (the fund may later pay other lines). */
export const RD_SUPPORT = "rd_support";

export async function fundOr404(ex: Executor, id: string, opts: { lock?: boolean } = {}): Promise<FundRow> {
  const query = ex.select().from(specialFunds).where(eq(specialFunds.id, id));
  const [row] = opts.lock ? await query.for("update") : await query;
  if (!row) throw new AppError("not_found");
  return row;
}

export async function schemeOr404(
  ex: Executor,
  id: string,
  opts: { lock?: boolean } = {},
): Promise<SchemeRow> {
  const query = ex.select().from(supportSchemes).where(eq(supportSchemes.id, id));
  const [row] = opts.lock ? await query.for("update") : await query;
  if (!row) throw new AppError("not_found");
  return row;
}

export interface FundTotals {
  /** Committed and paid, not cancelled. */
  committed: Cents;
  paid: Cents;
  count: number;
  paidCount: number;
}

const NO_TOTALS: FundTotals = { committed: 0n, paid: 0n, count: 0, paidCount: 0 };

/** Each fund year's committed and paid sums, from its disbursements (cancelled ones free the money again). */
export async function fundTotals(ex: Executor, fundIds: readonly string[]): Promise<Map<string, FundTotals>> {
  const out = new Map<string, FundTotals>(fundIds.map((id) => [id, { ...NO_TOTALS }]));
  if (!fundIds.length) return out;
  const d = fundDisbursements;
  const rows = await ex
    .select({
      fundId: d.fundId,
      committed: sql<string>`coalesce(sum(${d.amount}) filter (where ${d.status} <> 'cancelled'), 0)::text`,
      paid: sql<string>`coalesce(sum(${d.amount}) filter (where ${d.status} = 'paid'), 0)::text`,
      count: sql<number>`(count(*) filter (where ${d.status} <> 'cancelled'))::int`,
      paidCount: sql<number>`(count(*) filter (where ${d.status} = 'paid'))::int`,
    })
    .from(d)
    .where(inArray(d.fundId, [...fundIds]))
    .groupBy(d.fundId);
  for (const r of rows)
    out.set(r.fundId, {
      committed: cents(r.committed),
      paid: cents(r.paid),
      count: Number(r.count),
      paidCount: Number(r.paidCount),
    });
  return out;
}

export async function totalsOfFund(ex: Executor, fundId: string): Promise<FundTotals> {
  return (await fundTotals(ex, [fundId])).get(fundId) ?? { ...NO_TOTALS };
}

export const allocationsOf = (ex: Executor, schemeId: string) =>
  ex.select().from(supportAllocations).where(eq(supportAllocations.schemeId, schemeId));

/** Sum and counts of each scheme's stored allocations. */
export async function allocationTotals(ex: Executor, schemeIds: readonly string[]) {
  const out = new Map<string, { allocated: Cents; supported: number; excluded: number }>();
  if (!schemeIds.length) return out;
  const a = supportAllocations;
  const rows = await ex
    .select({
      schemeId: a.schemeId,
      allocated: sql<string>`coalesce(sum(${a.amount}), 0)::text`,
      supported: sql<number>`(count(*) filter (where ${a.amount} > 0))::int`,
      excluded: sql<number>`(count(*) filter (where ${a.amount} = 0))::int`,
    })
    .from(a)
    .where(inArray(a.schemeId, [...schemeIds]))
    .groupBy(a.schemeId);
  for (const r of rows)
    out.set(r.schemeId, {
      allocated: cents(r.allocated),
      supported: Number(r.supported),
      excluded: Number(r.excluded),
    });
  return out;
}

/** Non-cancelled R&D support payments of these platforms for a support year (one is allowed per platform). */
export async function existingPayments(ex: Executor, platformIds: readonly string[], supportYear: number) {
  if (!platformIds.length) return [];
  return ex
    .select()
    .from(fundDisbursements)
    .where(
      and(
        inArray(fundDisbursements.platformId, [...platformIds]),
        eq(fundDisbursements.purpose, RD_SUPPORT),
        eq(fundDisbursements.supportYear, supportYear),
        sql`${fundDisbursements.status} <> 'cancelled'`,
      ),
    );
}

export interface PlatformInfo {
  id: string;
  name: string;
  typeCode: string;
  level: string;
  districtCode: string;
  zoneCode: string | null;
  hostEntityId: string;
  hostName: string | null;
  hostUscc: string | null;
}

/** Names, places and host organisations (with their USCC) of platforms, through the platforms' and registry's faces. */
export async function platformInfo(ex: Executor, ids: readonly string[]): Promise<Map<string, PlatformInfo>> {
  const unique = [...new Set(ids)];
  const platforms = await platformSummaries(ex, unique);
  const hosts = await entitySummaries(ex, [...new Set(platforms.map((p) => p.hostEntityId))]);
  const hostById = new Map(hosts.map((h) => [h.id, h]));
  return new Map(
    platforms.map((p) => {
      const host = hostById.get(p.hostEntityId);
      return [
        p.id,
        {
          id: p.id,
          name: p.name,
          typeCode: p.typeCode,
          level: p.level,
          districtCode: p.districtCode,
          zoneCode: p.zoneCode ?? null,
          hostEntityId: p.hostEntityId,
          hostName: host?.name ?? null,
          hostUscc: host?.uscc ?? null,
        },
      ];
    }),
  );
}

/** Whether the actor may see a platform's support (the city and leadership all; a district its area). */
export function seesPlatform(actor: Actor, p: PlatformInfo | undefined): boolean {
  if (!p) return false;
  return inScope(scopeOf(actor), {
    districtCode: p.districtCode,
    zoneCode: p.zoneCode,
    orgId: p.hostEntityId,
  });
}
