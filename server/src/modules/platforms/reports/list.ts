import {
  PLATFORM_COUNTED_STATUSES,
  type Report,
  type ReportFilter,
  type ReportListQuery,
  reportDueOn,
} from "@rdcity/common";
import { and, asc, desc, eq, ilike, inArray, lt, not, notExists, or, type SQL, sql } from "drizzle-orm";
import type { Actor } from "../../../core/actor.js";
import type { Executor } from "../../../core/db/client.js";
import { entityLabels } from "../organisations.js";
import { platforms, platformAnnualReports as r } from "../schema.js";
import { isOverdue, presentReport } from "./presenters.js";
import {
  platformColumns,
  type ReportPlatform,
  type ReportWithPlatform,
  reportScope,
  scopedReports,
} from "./repo.js";

const flaggedSql = sql`jsonb_array_length(${r.flags}) > 0`;
const overdueSql = (today: string) => and(inArray(r.status, ["draft", "returned"]), lt(r.dueOn, today))!;
const likePattern = (q: string) => `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/** The filters as conditions; `facets` leaves out status, flagged and overdue (what the counts are split by). */
function conditions(f: Partial<ReportFilter>, today: string, facets = false): SQL[] {
  const where: SQL[] = [];
  if (f.year !== undefined) where.push(eq(r.year, f.year));
  if (f.districtCode?.length) where.push(inArray(platforms.districtCode, f.districtCode));
  if (f.platformId) where.push(eq(r.platformId, f.platformId));
  if (f.q) where.push(ilike(platforms.name, likePattern(f.q)));
  if (facets) return where;
  if (f.status?.length) where.push(inArray(r.status, f.status));
  if (f.flagged !== undefined) where.push(f.flagged ? flaggedSql : not(flaggedSql));
  if (f.overdue !== undefined) where.push(f.overdue ? overdueSql(today) : not(overdueSql(today)));
  return where;
}

const ORDER: Record<ReportListQuery["sort"], SQL[]> = {
  // Newest year first, and within it what waits for someone: submitted, returned, drafts, then accepted.
  "-year": [
    desc(r.year),
    sql`CASE ${r.status} WHEN 'submitted' THEN 0 WHEN 'returned' THEN 1 WHEN 'draft' THEN 2 ELSE 3 END`,
    asc(platforms.name),
    asc(r.id),
  ],
  year: [asc(r.year), asc(platforms.name), asc(r.id)],
  dueOn: [asc(r.dueOn), asc(platforms.name), asc(r.id)],
  "-updatedAt": [desc(r.updatedAt), asc(r.id)],
  platform: [asc(platforms.name), desc(r.year), asc(r.id)],
};

/** Presents rows with their hosts' names (one query for the page). */
export async function presentRows(
  ex: Executor,
  rows: ReportWithPlatform[],
  today: string,
): Promise<Report[]> {
  const hosts = await entityLabels(
    ex,
    rows.map((x) => x.platform.hostEntityId),
  );
  return rows.map((x) =>
    presentReport(x.report, x.platform, hosts.get(x.platform.hostEntityId)?.name ?? null, today),
  );
}

/** A page of the reports in the actor's scope, with counts by status, flagged and overdue for the filter bar. */
export async function listReports(ex: Executor, actor: Actor, query: ReportListQuery, today: string) {
  const where = conditions(query, today);
  const rows = await scopedReports(ex, actor, ...where)
    .orderBy(...ORDER[query.sort])
    .limit(query.limit)
    .offset(query.offset);
  const [total] = await ex
    .select({ n: sql<number>`count(*)::int` })
    .from(r)
    .innerJoin(platforms, eq(platforms.id, r.platformId))
    .where(reportScope(actor, ...where));
  const facetRows = await ex
    .select({
      status: r.status,
      n: sql<number>`count(*)::int`,
      flagged: sql<number>`(count(*) filter (where ${flaggedSql}))::int`,
      overdue: sql<number>`(count(*) filter (where ${overdueSql(today)}))::int`,
    })
    .from(r)
    .innerJoin(platforms, eq(platforms.id, r.platformId))
    .where(reportScope(actor, ...conditions(query, today, true)))
    .groupBy(r.status);
  return {
    items: await presentRows(ex, rows, today),
    total: Number(total?.n ?? 0),
    counts: {
      status: Object.fromEntries(facetRows.map((f) => [f.status, Number(f.n)])),
      flagged: facetRows.reduce((s, f) => s + Number(f.flagged), 0),
      overdue: facetRows.reduce((s, f) => s + Number(f.overdue), 0),
    },
  };
}

/** Every report matching the filters in the actor's scope, in pages (for exports). */
export async function* iterateReports(
  ex: Executor,
  actor: Actor,
  filter: Partial<ReportFilter>,
  today: string,
): AsyncGenerator<ReportWithPlatform[]> {
  const where = conditions(filter, today);
  for (let offset = 0; ; offset += 1000) {
    const rows = await scopedReports(ex, actor, ...where)
      .orderBy(...ORDER["-year"])
      .limit(1000)
      .offset(offset);
    if (rows.length) yield rows;
    if (rows.length < 1000) return;
  }
}

/**
 * Platforms that owe a report for the year: recognised by its end and still counted then (counted now, or
 * revoked or merged after the year), or held to it by a report already started. Used by the missing list and
 * the reminders.
 */
export function owesReport(year: number): SQL {
  const yearEnd = `${year}-12-31`;
  return and(
    sql`${platforms.recognisedOn} <= CAST(${yearEnd} AS date)`,
    or(
      inArray(platforms.status, [...PLATFORM_COUNTED_STATUSES]),
      and(
        inArray(platforms.status, ["revoked", "merged"]),
        sql`${platforms.statusOn} > CAST(${yearEnd} AS date)`,
      ),
    ),
  )!;
}

const noReport = (year: number) =>
  notExists(sql`(SELECT 1 FROM ${r} WHERE ${r.platformId} = ${platforms.id} AND ${r.year} = ${year})`);

/** Platforms in the actor's scope that owe a report for the year and have none (not even a draft). */
export async function listMissing(
  ex: Executor,
  actor: Actor,
  query: { year: number; districtCode?: string[]; limit: number; offset: number },
  today: string,
) {
  const where = reportScope(
    actor,
    owesReport(query.year),
    noReport(query.year),
    query.districtCode?.length ? inArray(platforms.districtCode, query.districtCode) : undefined,
  );
  const rows: ReportPlatform[] = await ex
    .select(platformColumns)
    .from(platforms)
    .where(where)
    .orderBy(asc(platforms.districtCode), asc(platforms.name), asc(platforms.id))
    .limit(query.limit)
    .offset(query.offset);
  const [total] = await ex.select({ n: sql<number>`count(*)::int` }).from(platforms).where(where);
  const hosts = await entityLabels(
    ex,
    rows.map((p) => p.hostEntityId),
  );
  const dueOn = reportDueOn(query.year);
  return {
    items: rows.map((p) => ({
      platform: {
        id: p.id,
        name: p.name,
        typeCode: p.typeCode,
        level: p.level as Report["platform"]["level"],
        districtCode: p.districtCode,
        zoneCode: p.zoneCode,
        hostEntityId: p.hostEntityId,
        hostName: hosts.get(p.hostEntityId)?.name ?? null,
      },
      year: query.year,
      dueOn,
      overdue: isOverdue({ status: "draft", dueOn }, today),
    })),
    total: Number(total?.n ?? 0),
  };
}
