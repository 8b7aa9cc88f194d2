import {
  DISTRICTS,
  PLATFORM_CATEGORIES,
  PLATFORM_LEVELS,
  PLATFORM_STATUSES,
  PLATFORM_TYPES,
  type PlatformFacets,
  type PlatformFilter,
  type PlatformMap,
  platformTypeByCode,
  ZONES,
  zoneWithDescendants,
} from "@rdcity/common";
import { type SQL, sql } from "drizzle-orm";
import type { PgColumn } from "drizzle-orm/pg-core";
import type { Executor } from "../../core/db/client.js";
import {
  conditionsExcept,
  countWhere,
  type FacetDimension,
  type FilterParts,
  platformFilters,
} from "./directory.js";
import { scoped, type Viewer } from "./repo.js";
import { platforms } from "./schema.js";

async function countsBy(
  db: Executor,
  viewer: Viewer,
  column: PgColumn,
  where: SQL[],
): Promise<Map<string, number>> {
  const found = await db
    .select({ code: column, n: sql<number>`count(*)::int` })
    .from(platforms)
    .where(scoped(viewer, ...where))
    .groupBy(column);
  return new Map(found.map((r) => [String(r.code ?? ""), Number(r.n)]));
}

const listOf = (codes: readonly string[], counts: (code: string) => number) =>
  codes.map((code) => ({ code, count: counts(code) }));

/**
 * Counts for the filter bar. Each facet counts with every filter except its own (so choosing 岳麓区 still shows
 * how many the other districts have); categories are summed from the type counts; a zone counts its sub-zones.
 */
export async function platformFacets(
  db: Executor,
  viewer: Viewer,
  filter: Partial<PlatformFilter>,
): Promise<PlatformFacets> {
  const filters = platformFilters(filter);
  const has = (d: FacetDimension) => filters.parts.some((p) => p.dimension === d);
  const byType = await countsBy(db, viewer, platforms.typeCode, conditionsExcept(filters, "type"));
  const byTypeForCategory =
    has("type") || has("category")
      ? await countsBy(db, viewer, platforms.typeCode, conditionsExcept(filters, "category"))
      : byType;
  const categoryCounts = new Map<string, number>();
  for (const [code, n] of byTypeForCategory) {
    const category = platformTypeByCode(code)?.category ?? "";
    categoryCounts.set(category, (categoryCounts.get(category) ?? 0) + n);
  }
  const byLevel = await countsBy(db, viewer, platforms.level, conditionsExcept(filters, "level"));
  const byStatus = await countsBy(db, viewer, platforms.status, conditionsExcept(filters, "status"));
  const byDistrict = await countsBy(
    db,
    viewer,
    platforms.districtCode,
    conditionsExcept(filters, "district"),
  );
  const byZone = await countsBy(db, viewer, platforms.zoneCode, conditionsExcept(filters, "zone"));
  const zoneTotal = (code: string) => zoneWithDescendants(code).reduce((n, z) => n + (byZone.get(z) ?? 0), 0);
  return {
    total: await countWhere(db, viewer, conditionsExcept(filters)),
    category: listOf(PLATFORM_CATEGORIES, (c) => categoryCounts.get(c) ?? 0),
    type: listOf(
      PLATFORM_TYPES.map((t) => t.code),
      (c) => byType.get(c) ?? 0,
    ),
    level: listOf(PLATFORM_LEVELS, (c) => byLevel.get(c) ?? 0),
    status: listOf(PLATFORM_STATUSES, (c) => byStatus.get(c) ?? 0),
    district: listOf(
      DISTRICTS.map((d) => d.code),
      (c) => byDistrict.get(c) ?? 0,
    ),
    zone: listOf(
      ZONES.map((z) => z.code),
      zoneTotal,
    ),
  };
}

/**
 * Counts per district for the map, with every filter except the district (the map shows all nine districts,
 * so the chosen one can be highlighted among them).
 */
export async function platformMap(
  db: Executor,
  viewer: Viewer,
  filter: Partial<PlatformFilter>,
): Promise<PlatformMap> {
  const filters: FilterParts = platformFilters(filter);
  const byDistrict = await countsBy(
    db,
    viewer,
    platforms.districtCode,
    conditionsExcept(filters, "district"),
  );
  const districts = DISTRICTS.map((d) => ({
    code: d.code,
    name: d.name,
    nameEn: d.nameEn,
    count: byDistrict.get(d.code) ?? 0,
  }));
  return { total: districts.reduce((n, d) => n + d.count, 0), districts };
}
