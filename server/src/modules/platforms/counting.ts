import {
  CITY_CODE,
  districtByCode,
  isoDateSchema,
  PLATFORM_COUNTED_STATUSES,
  type PlatformLevel,
  type PlatformStatus,
  zoneByCode,
  zoneWithDescendants,
} from "@rdcity/common";
import { and, eq, inArray, type SQL, sql } from "drizzle-orm";
import type { Executor } from "../../core/db/client.js";
import { platformStatusHistory, platforms, platformTypes } from "./schema.js";

export interface PlatformCountQuery {
  /** Type codes (e.g. state_key_lab); all types when absent. */
  types?: readonly string[];
  levels?: readonly PlatformLevel[];
  /** Default: the counted statuses (recognised, operating, evaluated). */
  statuses?: readonly PlatformStatus[];
  /** A district code, a zone code (with its sub-zones), or the city (430100) / absent for all. */
  areaCode?: string;
  /** Only the five R&D centre kinds (true), or none of them (false). */
  rdCentre?: boolean;
  /** "YYYY-MM-DD": count by the status each platform had at the end of that day. Absent: now. */
  asOf?: string;
}

/**
 * For indicators: how many platforms of these types, levels and statuses lie in this area as of this date —
 * computed from the records, never typed. As of a date, a platform's status is the last one in its status
 * history that took effect on or before that day: one revoked after the date still counts for it, one
 * recognised after it does not. Type, level and area are the platform's current ones.
 */
export async function countPlatforms(db: Executor, q: PlatformCountQuery = {}): Promise<number> {
  const where = platformFilters(q, "countPlatforms");
  if (!where) return 0;
  const statuses = countedStatuses(q);
  if (q.asOf === undefined) where.push(inArray(platforms.status, statuses));
  else where.push(statusAsOf(checkedDate(q.asOf, "countPlatforms"), statuses));
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(platforms)
    .where(and(...where));
  return Number(row?.n ?? 0);
}

/** The statuses a count asks for (default: the counted ones); empty when it asks for none. */
export const countedStatuses = (q: Pick<PlatformCountQuery, "statuses">): PlatformStatus[] => [
  ...(q.statuses ?? PLATFORM_COUNTED_STATUSES),
];

/** A "YYYY-MM-DD" date, or a RangeError naming the caller. */
export function checkedDate(day: string, caller: string): string {
  if (!isoDateSchema.safeParse(day).success) throw new RangeError(`${caller}: asOf must be YYYY-MM-DD`);
  return day;
}

/**
 * The conditions on `platforms` of a count other than its status (types, levels, area, R&D centre), or null when
 * nothing can match (an empty list of types, levels or statuses).
 */
export function platformFilters(q: Omit<PlatformCountQuery, "asOf">, caller: string): SQL[] | null {
  if (!countedStatuses(q).length) return null;
  const where: SQL[] = [];
  if (q.types) {
    if (!q.types.length) return null;
    where.push(inArray(platforms.typeCode, [...q.types]));
  }
  if (q.levels) {
    if (!q.levels.length) return null;
    where.push(inArray(platforms.level, [...q.levels]));
  }
  if (q.areaCode && q.areaCode !== CITY_CODE) {
    if (districtByCode(q.areaCode)) where.push(eq(platforms.districtCode, q.areaCode));
    else if (zoneByCode(q.areaCode)) where.push(inArray(platforms.zoneCode, zoneWithDescendants(q.areaCode)));
    else throw new RangeError(`${caller}: unknown area code ${q.areaCode}`);
  }
  if (q.rdCentre !== undefined)
    where.push(
      sql`${platforms.typeCode} ${q.rdCentre ? sql`IN` : sql`NOT IN`} (SELECT ${platformTypes.code} FROM ${platformTypes} WHERE ${platformTypes.isRdCentre})`,
    );
  return where;
}

/** The platform's status at the end of `day` (the last entry of its history on or before it) is one of these. */
export const statusAsOf = (day: string, statuses: readonly PlatformStatus[]): SQL =>
  sql`(SELECT ${platformStatusHistory.status} FROM ${platformStatusHistory}
       WHERE ${platformStatusHistory.platformId} = ${platforms.id} AND ${platformStatusHistory.effectiveOn} <= CAST(${day} AS date)
       ORDER BY ${platformStatusHistory.effectiveOn} DESC, ${platformStatusHistory.id} DESC LIMIT 1) IN (${sql.join(
         statuses.map((s) => sql`${s}`),
         sql`, `,
       )})`;
