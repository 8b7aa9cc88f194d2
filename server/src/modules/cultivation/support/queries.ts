import type { Allocation, Disbursement, PlatformSupport, Scheme, SupportSchemeStatus } from "@rdcity/common";
import { and, asc, desc, eq, type SQL } from "drizzle-orm";
import type { Actor } from "../../../core/actor.js";
import type { Executor } from "../../../core/db/client.js";
import { AppError } from "../../../core/errors.js";
import { fundDisbursements, supportAllocations, supportSchemes } from "../schema.js";
import { cents, moneyText, sum } from "./money.js";
import { presentDisbursements, presentSchemes, presentStored } from "./presenters.js";
import { allocationsOf, type DisbursementRow, platformInfo, schemeOr404, seesPlatform } from "./repo.js";

export async function listSchemes(
  ex: Executor,
  q: { year?: number; status?: SupportSchemeStatus },
): Promise<Scheme[]> {
  const where: SQL[] = [];
  if (q.year !== undefined) where.push(eq(supportSchemes.year, q.year));
  if (q.status) where.push(eq(supportSchemes.status, q.status));
  const rows = await ex
    .select()
    .from(supportSchemes)
    .where(where.length ? and(...where) : undefined)
    .orderBy(desc(supportSchemes.year), desc(supportSchemes.createdAt));
  return presentSchemes(ex, rows);
}

export async function schemeDetail(ex: Executor, id: string) {
  const row = await schemeOr404(ex, id);
  const [scheme] = await presentSchemes(ex, [row]);
  return { row, scheme: scheme! };
}

/** A scheme's stored allocations (supported first, by amount), those of the actor's area for a district user. */
export async function listAllocations(ex: Executor, actor: Actor, schemeId: string): Promise<Allocation[]> {
  await schemeOr404(ex, schemeId);
  const rows = await allocationsOf(ex, schemeId);
  const info = await platformInfo(
    ex,
    rows.map((r) => r.platformId),
  );
  return rows
    .filter((r) => seesPlatform(actor, info.get(r.platformId)))
    .map((r) => presentStored(r, info.get(r.platformId)))
    .sort((a, b) => {
      const d = cents(b.amount) - cents(a.amount);
      return d !== 0n ? (d > 0n ? 1 : -1) : a.name.localeCompare(b.name, "zh-CN");
    });
}

/** Disbursements by fund, scheme, platform, status or support year; a district user sees its area's platforms. */
export async function listDisbursementRows(
  ex: Executor,
  actor: Actor,
  q: { fundId?: string; schemeId?: string; platformId?: string; status?: string; year?: number },
): Promise<DisbursementRow[]> {
  const d = fundDisbursements;
  const where: SQL[] = [];
  if (q.fundId) where.push(eq(d.fundId, q.fundId));
  if (q.schemeId) where.push(eq(d.schemeId, q.schemeId));
  if (q.platformId) where.push(eq(d.platformId, q.platformId));
  if (q.status) where.push(eq(d.status, q.status));
  if (q.year !== undefined) where.push(eq(d.supportYear, q.year));
  const rows = await ex
    .select()
    .from(d)
    .where(where.length ? and(...where) : undefined)
    .orderBy(asc(d.supportYear), asc(d.createdAt), asc(d.id));
  const info = await platformInfo(
    ex,
    rows.map((r) => r.platformId),
  );
  return rows.filter((r) => seesPlatform(actor, info.get(r.platformId)));
}

export async function listDisbursements(
  ex: Executor,
  actor: Actor,
  q: Parameters<typeof listDisbursementRows>[2],
): Promise<Disbursement[]> {
  return presentDisbursements(ex, await listDisbursementRows(ex, actor, q));
}

/**
 * A platform's support history by support year: what each scheme allocated (drafts included, with their status)
 * and what the fund committed and paid. Out of the actor's area (or unknown): 404.
 */
export async function platformSupport(
  ex: Executor,
  actor: Actor,
  platformId: string,
): Promise<PlatformSupport> {
  const info = await platformInfo(ex, [platformId]);
  if (!seesPlatform(actor, info.get(platformId))) throw new AppError("not_found");
  const allocations = await ex
    .select({ allocation: supportAllocations, scheme: supportSchemes })
    .from(supportAllocations)
    .innerJoin(supportSchemes, eq(supportSchemes.id, supportAllocations.schemeId))
    .where(eq(supportAllocations.platformId, platformId))
    .orderBy(desc(supportSchemes.year), desc(supportSchemes.createdAt));
  const payments = await presentDisbursements(
    ex,
    await ex
      .select()
      .from(fundDisbursements)
      .where(eq(fundDisbursements.platformId, platformId))
      .orderBy(asc(fundDisbursements.createdAt)),
  );
  const years = [
    ...new Set([...allocations.map((a) => a.scheme.year), ...payments.map((p) => p.supportYear)]),
  ].sort((a, b) => b - a);
  return {
    platformId,
    years: years.map((year) => {
      const disbursements = payments.filter((p) => p.supportYear === year);
      return {
        year,
        allocations: allocations
          .filter((a) => a.scheme.year === year)
          .map(({ allocation, scheme }) => {
            const stored = presentStored(allocation, info.get(platformId));
            return {
              schemeId: scheme.id,
              schemeTitle: scheme.title,
              schemeStatus: scheme.status as SupportSchemeStatus,
              dataYear: scheme.dataYear,
              basisValue: stored.basisValue,
              amount: stored.amount,
              excluded: stored.excluded,
              text: stored.text,
            };
          }),
        disbursements,
        paid: moneyText(sum(disbursements.filter((p) => p.status === "paid").map((p) => cents(p.amount)))),
      };
    }),
  };
}
