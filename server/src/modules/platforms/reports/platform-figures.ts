import {
  PLATFORM_COUNTED_STATUSES,
  type PlatformStatus,
  REPORT_METRIC_KEYS,
  type ReportMetricKey,
} from "@rdcity/common";
import { and, eq, inArray, type SQL, sql } from "drizzle-orm";
import type { Executor } from "../../../core/db/client.js";
import { platformAnnualReports, platforms, platformTypes } from "../schema.js";

export interface PlatformFiguresQuery {
  /** The annual-report year read (and the year before it, for growth). */
  year: number;
  platformIds?: readonly string[];
  typeCodes?: readonly string[];
  levels?: readonly string[];
  /** Default: the counted statuses (recognised, operating, evaluated). */
  statuses?: readonly PlatformStatus[];
  rdCentre?: boolean;
}

/** A figure as a number (money in 万元) or null when not reported. */
export type Figures = Record<ReportMetricKey, number | null>;

export interface PlatformFigures {
  id: string;
  name: string;
  typeCode: string;
  level: string;
  status: string;
  districtCode: string;
  zoneCode: string | null;
  industries: string[];
  hostEntityId: string;
  recognisedOn: string | null;
  /** Accepted reports only: the year's and the year before's; null when the platform filed none. */
  report: Figures | null;
  previous: Figures | null;
}

const figuresOf = (row: Record<string, unknown> | null): Figures | null => {
  if (!row) return null;
  return Object.fromEntries(
    REPORT_METRIC_KEYS.map((k) => [k, row[k] == null ? null : Number(row[k])]),
  ) as Figures;
};

/**
 * For selection, support and evaluation: platforms (public facts) with the figures of their accepted annual
 * reports for a year and the year before. Money travels in 万元 as numbers here (scores and shares, not payments).
 */
export async function platformFigures(ex: Executor, q: PlatformFiguresQuery): Promise<PlatformFigures[]> {
  const where: SQL[] = [inArray(platforms.status, [...(q.statuses ?? PLATFORM_COUNTED_STATUSES)])];
  if (q.platformIds) {
    if (!q.platformIds.length) return [];
    where.push(inArray(platforms.id, [...q.platformIds]));
  }
  if (q.typeCodes)
    where.push(q.typeCodes.length ? inArray(platforms.typeCode, [...q.typeCodes]) : sql`false`);
  if (q.levels) where.push(q.levels.length ? inArray(platforms.level, [...q.levels]) : sql`false`);
  if (q.rdCentre !== undefined)
    where.push(
      sql`${platforms.typeCode} ${q.rdCentre ? sql`IN` : sql`NOT IN`} (SELECT ${platformTypes.code} FROM ${platformTypes} WHERE ${platformTypes.isRdCentre})`,
    );
  const rows = await ex
    .select({
      id: platforms.id,
      name: platforms.name,
      typeCode: platforms.typeCode,
      level: platforms.level,
      status: platforms.status,
      districtCode: platforms.districtCode,
      zoneCode: platforms.zoneCode,
      industries: platforms.industries,
      hostEntityId: platforms.hostEntityId,
      recognisedOn: platforms.recognisedOn,
    })
    .from(platforms)
    .where(and(...where))
    .orderBy(platforms.name);
  if (!rows.length) return [];
  const reports = await ex
    .select()
    .from(platformAnnualReports)
    .where(
      and(
        inArray(platformAnnualReports.year, [q.year, q.year - 1]),
        eq(platformAnnualReports.status, "accepted"),
        inArray(
          platformAnnualReports.platformId,
          rows.map((r) => r.id),
        ),
      ),
    );
  const byKey = new Map(
    reports.map((r) => [`${r.platformId}:${r.year}`, r as unknown as Record<string, unknown>]),
  );
  return rows.map((r) => ({
    ...r,
    industries: r.industries ?? [],
    recognisedOn: r.recognisedOn ?? null,
    report: figuresOf(byKey.get(`${r.id}:${q.year}`) ?? null),
    previous: figuresOf(byKey.get(`${r.id}:${q.year - 1}`) ?? null),
  }));
}
