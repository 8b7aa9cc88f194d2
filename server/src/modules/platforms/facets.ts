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
import { type PgColumn, unionAll } from "drizzle-orm/pg-core";
import type { Executor } from "../../core/db/client.js";
import { conditionsExcept, type FacetDimension, type FilterParts, platformFilters } from "./directory.js";
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

type Facet = "type" | "category" | "level" | "status" | "district" | "zone" | "total";

/**
 * Several GROUP BYs (each with its own conditions) and the total in one statement (UNION ALL): one round trip
 * and one plan instead of one per facet. The facet names are constants of this file, written as literals.
 * The columns keep their own types (no ::text): with every branch cast to text PostgreSQL chose a Parallel
 * Append, which measured 2–3 × slower than the plain Append for these small aggregates (docs/performance.md).
 */
async function countsByFacet(
  db: Executor,
  viewer: Viewer,
  facets: { facet: Facet; column: PgColumn | null; where: SQL[] }[],
): Promise<Map<Facet, Map<string, number>>> {
  const branches = facets.map(({ facet, column, where }) => {
    const query = db
      .select({
        facet: sql<Facet>`${sql.raw(`'${facet}'`)}`.as("facet"),
        code: (column ? sql<string | null>`${column}` : sql<string | null>`NULL`).as("code"),
        n: sql<number>`count(*)::int`.as("n"),
      })
      .from(platforms)
      .where(scoped(viewer, ...where));
    return column ? query.groupBy(column) : query;
  });
  const [first, second, ...rest] = branches;
  const rows = second ? await unionAll(first!, second, ...rest) : await first!;
  const out = new Map<Facet, Map<string, number>>(facets.map((f) => [f.facet, new Map()]));
  for (const r of rows) out.get(r.facet)!.set(r.code ?? "", Number(r.n));
  return out;
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
  // Categories are summed from type counts: without a type or category filter those are the type facet's own.
  const separateCategory = has("type") || has("category");
  const counts = await countsByFacet(db, viewer, [
    { facet: "type", column: platforms.typeCode, where: conditionsExcept(filters, "type") },
    ...(separateCategory
      ? [
          {
            facet: "category" as const,
            column: platforms.typeCode,
            where: conditionsExcept(filters, "category"),
          },
        ]
      : []),
    { facet: "level", column: platforms.level, where: conditionsExcept(filters, "level") },
    { facet: "status", column: platforms.status, where: conditionsExcept(filters, "status") },
    { facet: "district", column: platforms.districtCode, where: conditionsExcept(filters, "district") },
    { facet: "zone", column: platforms.zoneCode, where: conditionsExcept(filters, "zone") },
    { facet: "total", column: null, where: conditionsExcept(filters) },
  ]);
  const byType = counts.get("type")!;
  const byTypeForCategory = separateCategory ? counts.get("category")! : byType;
  const categoryCounts = new Map<string, number>();
  for (const [code, n] of byTypeForCategory) {
    const category = platformTypeByCode(code)?.category ?? "";
    categoryCounts.set(category, (categoryCounts.get(category) ?? 0) + n);
  }
  const byLevel = counts.get("level")!;
  const byStatus = counts.get("status")!;
  const byDistrict = counts.get("district")!;
  const byZone = counts.get("zone")!;
  const zoneTotal = (code: string) => zoneWithDescendants(code).reduce((n, z) => n + (byZone.get(z) ?? 0), 0);
  return {
    total: counts.get("total")!.get("") ?? 0,
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
