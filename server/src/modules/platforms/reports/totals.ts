import {
  CITY_CODE,
  MONEY_METRICS,
  type PlatformLevel,
  type PlatformStatus,
  REPORT_METRIC_KEYS,
  type ReportMetricKey,
  zoneByCode,
  zoneWithDescendants,
} from "@rdcity/common";
import { and, eq, inArray, type SQL, sql } from "drizzle-orm";
import type { Executor } from "../../../core/db/client.js";
import { platforms, platformTypes, platformAnnualReports as r } from "../schema.js";

export interface ReportTotalsQuery {
  year: number;
  /** A district code; the city (430100) or absent for all. */
  districtCode?: string;
  /** A functional zone (with its sub-zones). */
  zoneCode?: string;
  typeCodes?: readonly string[];
  levels?: readonly PlatformLevel[];
  /** The platforms' current statuses (default: any). */
  statuses?: readonly PlatformStatus[];
  /** Only the five R&D centre kinds (true), or none of them (false). */
  rdCentre?: boolean;
}

/** Sums of every metric (money as exact text in 万元, counts as numbers) and the number of reports summed. */
export type ReportTotals = { year: number; reports: number } & Record<ReportMetricKey, string | number>;

/**
 * For indicators (the plan module's targets such as R&D spending): the sums of every figure over the accepted
 * annual reports of a year, for platforms of these types, levels and statuses in this area. Money is summed as
 * numeric in the database and returned as text, never through a float.
 */
export async function reportTotals(ex: Executor, q: ReportTotalsQuery): Promise<ReportTotals> {
  const where: (SQL | undefined)[] = [eq(r.year, q.year), eq(r.status, "accepted")];
  if (q.districtCode && q.districtCode !== CITY_CODE) where.push(eq(platforms.districtCode, q.districtCode));
  if (q.zoneCode) {
    if (!zoneByCode(q.zoneCode)) throw new RangeError(`reportTotals: unknown zone ${q.zoneCode}`);
    where.push(inArray(platforms.zoneCode, zoneWithDescendants(q.zoneCode)));
  }
  if (q.typeCodes)
    where.push(q.typeCodes.length ? inArray(platforms.typeCode, [...q.typeCodes]) : sql`false`);
  if (q.levels) where.push(q.levels.length ? inArray(platforms.level, [...q.levels]) : sql`false`);
  if (q.statuses) where.push(q.statuses.length ? inArray(platforms.status, [...q.statuses]) : sql`false`);
  if (q.rdCentre !== undefined)
    where.push(
      sql`${platforms.typeCode} ${q.rdCentre ? sql`IN` : sql`NOT IN`} (SELECT ${platformTypes.code} FROM ${platformTypes} WHERE ${platformTypes.isRdCentre})`,
    );
  const sums = Object.fromEntries(
    REPORT_METRIC_KEYS.map((k) => [
      k,
      MONEY_METRICS.includes(k)
        ? sql<string>`CAST(COALESCE(SUM(${r[k]}), 0) AS numeric(16, 2))::text`
        : sql<string>`COALESCE(SUM(${r[k]}), 0)::bigint`,
    ]),
  ) as Record<ReportMetricKey, SQL<string>>;
  const [row] = await ex
    .select({ reports: sql<number>`count(*)::int`, ...sums })
    .from(r)
    .innerJoin(platforms, eq(platforms.id, r.platformId))
    .where(and(...where));
  const totals: Record<string, string | number> = { year: q.year, reports: Number(row?.reports ?? 0) };
  for (const k of REPORT_METRIC_KEYS) {
    const v = row?.[k] ?? "0";
    totals[k] = MONEY_METRICS.includes(k) ? String(v) : Number(v);
  }
  return totals as ReportTotals;
}
