import { and, type SQL, sql } from "drizzle-orm";
import { type Executor, rows } from "../../core/db/client.js";
import {
  checkedDate,
  countedStatuses,
  type PlatformCountQuery,
  platformFilters,
  statusAsOf,
} from "./counting.js";
import { platformStatusHistory as h, platforms } from "./schema.js";

const list = (values: readonly string[]) =>
  sql.join(
    values.map((v) => sql`${v}`),
    sql`, `,
  );

/**
 * `countPlatforms` as of several dates in one statement: each platform's status periods from one pass over its
 * history (an entry holds from its day until the next entry's, `lead()` ordered as `countPlatforms` orders), joined
 * to the dates. The same figures as `countPlatforms(db, { ...q, asOf })` for each date; every date is in the answer
 * (0 when nothing counts).
 */
export async function countPlatformsAt(
  db: Executor,
  q: Omit<PlatformCountQuery, "asOf">,
  dates: readonly string[],
): Promise<Map<string, number>> {
  const days = [...new Set(dates.map((d) => checkedDate(d, "countPlatformsAt")))];
  const where = platformFilters(q, "countPlatformsAt");
  const out = new Map(days.map((d) => [d, 0]));
  if (!where || !days.length) return out;
  const last = [...days].sort().at(-1);
  // Entries after the last date only end periods that are still open on it: leaving them out changes no answer.
  where.push(sql`${h.effectiveOn} <= CAST(${last} AS date)`);
  const found = await rows<{ day: string; n: number }>(
    db,
    sql`WITH d(day) AS (SELECT unnest(CAST(ARRAY[${list(days)}] AS date[]))),
        iv AS (SELECT ${h.status} AS status, ${h.effectiveOn} AS since,
                      lead(${h.effectiveOn}) OVER (PARTITION BY ${h.platformId} ORDER BY ${h.effectiveOn}, ${h.id}) AS until
                 FROM ${h} JOIN ${platforms} ON ${platforms.id} = ${h.platformId}
                WHERE ${and(...where) as SQL})
        SELECT to_char(d.day, 'YYYY-MM-DD') AS day, count(iv.since)::int AS n
          FROM d LEFT JOIN iv ON iv.since <= d.day AND (iv.until IS NULL OR iv.until > d.day)
               AND iv.status IN (${list(countedStatuses(q))})
         GROUP BY d.day`,
  );
  for (const r of found) out.set(r.day, Number(r.n));
  return out;
}

/** `countPlatforms(db, { ...q, asOf })` for each district in one statement; a district without any is absent. */
export async function countPlatformsByDistrict(
  db: Executor,
  q: Omit<PlatformCountQuery, "asOf">,
  asOf: string,
): Promise<Map<string, number>> {
  const day = checkedDate(asOf, "countPlatformsByDistrict");
  const where = platformFilters(q, "countPlatformsByDistrict");
  if (!where) return new Map();
  const found = await db
    .select({ code: platforms.districtCode, n: sql<number>`count(*)::int` })
    .from(platforms)
    .where(and(...where, statusAsOf(day, countedStatuses(q))))
    .groupBy(platforms.districtCode);
  return new Map(found.map((r) => [r.code, Number(r.n)]));
}
