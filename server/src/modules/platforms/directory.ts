import { type PlatformFilter, type PlatformListQuery, zoneWithDescendants } from "@rdcity/common";
import { arrayOverlaps, asc, desc, eq, gte, inArray, lte, type SQL, sql } from "drizzle-orm";
import type { Executor } from "../../core/db/client.js";
import { AppError } from "../../core/errors.js";
import { textMatch } from "../../core/search/index.js";
import type { PlatformRow } from "./presenters.js";
import { scoped, type Viewer } from "./repo.js";
import { platforms, platformTypes } from "./schema.js";

/** The dimensions of the filter bar: a facet counts with every filter except its own. */
export type FacetDimension = "category" | "type" | "level" | "status" | "district" | "zone";

export interface FilterParts {
  parts: { dimension: FacetDimension | null; condition: SQL }[];
  rank: SQL | null;
}

/** Every filter the directory knows, as conditions tagged with their facet dimension. */
export function platformFilters(f: Partial<PlatformFilter>): FilterParts {
  const parts: FilterParts["parts"] = [];
  const add = (dimension: FacetDimension | null, condition: SQL | undefined) => {
    if (condition) parts.push({ dimension, condition });
  };
  let rank: SQL | null = null;
  if (f.q) {
    const m = textMatch(f.q, platforms.searchVector, platforms.name);
    add(null, sql`(${m.where} OR ${platforms.externalCode} = ${f.q})`);
    rank = m.rank;
  }
  if (f.typeCode?.length) add("type", inArray(platforms.typeCode, f.typeCode));
  if (f.category?.length)
    add(
      "category",
      sql`${platforms.typeCode} IN (SELECT ${platformTypes.code} FROM ${platformTypes} WHERE ${inArray(platformTypes.category, f.category)})`,
    );
  if (f.level?.length) add("level", inArray(platforms.level, f.level));
  if (f.status?.length) add("status", inArray(platforms.status, f.status));
  if (f.districtCode?.length) add("district", inArray(platforms.districtCode, f.districtCode));
  if (f.zoneCode?.length)
    add("zone", inArray(platforms.zoneCode, [...new Set(f.zoneCode.flatMap(zoneWithDescendants))]));
  if (f.industry?.length) add(null, arrayOverlaps(platforms.industries, f.industry));
  if (f.rdCentre !== undefined)
    add(
      null,
      sql`${platforms.typeCode} ${f.rdCentre ? sql`IN` : sql`NOT IN`} (SELECT ${platformTypes.code} FROM ${platformTypes} WHERE ${platformTypes.isRdCentre})`,
    );
  if (f.hostEntityId?.length) add(null, inArray(platforms.hostEntityId, f.hostEntityId));
  if (f.isDemo !== undefined) add(null, eq(platforms.isDemo, f.isDemo));
  if (f.recognisedFrom) add(null, gte(platforms.recognisedOn, f.recognisedFrom));
  if (f.recognisedTo) add(null, lte(platforms.recognisedOn, f.recognisedTo));
  return { parts, rank };
}

/** The conditions of the filters, leaving out one dimension's own (for its facet). */
export const conditionsExcept = (filters: FilterParts, dimension?: FacetDimension): SQL[] =>
  filters.parts.filter((p) => !dimension || p.dimension !== dimension).map((p) => p.condition);

/** Sort keys as text (so a cursor carries them exactly) and the type to compare the cursor value as. */
type Cast = "text" | "date" | "timestamptz" | "numeric";
interface SortSpec {
  key: SQL;
  cast: Cast;
  dir: "asc" | "desc";
}
const SORTS: Record<string, SortSpec> = {
  name: { key: sql`${platforms.name}`, cast: "text", dir: "asc" },
  recognisedOn: {
    key: sql`coalesce(${platforms.recognisedOn}, DATE '0001-01-01')`,
    cast: "date",
    dir: "asc",
  },
  updatedAt: { key: sql`${platforms.updatedAt}`, cast: "timestamptz", dir: "asc" },
  createdAt: { key: sql`${platforms.createdAt}`, cast: "timestamptz", dir: "asc" },
};

/** A cursor value that would not cast is refused before it reaches the database. */
const isDay = (v: string) => {
  const t = Date.parse(`${v}T00:00:00Z`);
  return !Number.isNaN(t) && new Date(t).toISOString().startsWith(v);
};
const CASTABLE: Record<Cast, (v: string) => boolean> = {
  text: () => true,
  date: (v) => /^\d{4}-\d{2}-\d{2}$/.test(v) && isDay(v),
  timestamptz: (v) => {
    const m =
      /^(\d{4}-\d{2}-\d{2})[ T]([01]\d|2[0-3]):[0-5]\d:[0-5]\d(\.\d{1,6})?([+-]\d{2}(:?\d{2})?|Z)?$/.exec(v);
    return !!m && isDay(m[1]!);
  },
  numeric: (v) => /^-?\d{1,20}(\.\d{1,12})?$/.test(v),
};

function sortSpec(sort: string | undefined, rank: SQL | null): SortSpec {
  const key = sort ?? (rank ? "relevance" : "name");
  if (key === "relevance") {
    if (!rank) return SORTS.name!;
    return { key: sql`round((${rank})::numeric, 6)`, cast: "numeric", dir: "desc" };
  }
  const descending = key.startsWith("-");
  const spec = SORTS[descending ? key.slice(1) : key] ?? SORTS.name!;
  return { ...spec, dir: descending ? "desc" : spec.dir };
}

function decodeCursor(cursor: string, cast: Cast): [string, string] {
  try {
    const parsed = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
    if (
      Array.isArray(parsed) &&
      parsed.length === 2 &&
      typeof parsed[0] === "string" &&
      typeof parsed[1] === "string" &&
      /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/.test(parsed[1]) &&
      CASTABLE[cast](parsed[0])
    )
      return [parsed[0], parsed[1]];
  } catch {
    /* fall through */
  }
  throw new AppError("cursor_invalid");
}

const encodeCursor = (value: string, id: string) =>
  Buffer.from(JSON.stringify([value, id])).toString("base64url");

export type ListQuery = Partial<PlatformFilter> &
  Pick<PlatformListQuery, "limit"> &
  Partial<Pick<PlatformListQuery, "sort" | "cursor" | "withTotal">>;

/** A page of the directory in the viewer's scope: keyset pagination on (sort key, id), total on request. */
export async function listPlatforms(db: Executor, viewer: Viewer, q: ListQuery) {
  const filters = platformFilters(q);
  const where = conditionsExcept(filters);
  const spec = sortSpec(q.sort, filters.rank);
  const pageWhere = [...where];
  if (q.cursor) {
    const [value, id] = decodeCursor(q.cursor, spec.cast);
    const op = spec.dir === "desc" ? sql`<` : sql`>`;
    pageWhere.push(
      sql`(${spec.key}, ${platforms.id}) ${op} (CAST(${value} AS ${sql.raw(spec.cast)}), CAST(${id} AS uuid))`,
    );
  }
  const order = spec.dir === "desc" ? desc : asc;
  const found: { row: PlatformRow; key: string }[] = await db
    .select({ row: platforms, key: sql<string>`(${spec.key})::text` })
    .from(platforms)
    .where(scoped(viewer, ...pageWhere))
    .orderBy(order(spec.key), order(platforms.id))
    .limit(q.limit + 1);
  const page = found.slice(0, q.limit);
  const last = page.at(-1);
  const nextCursor = found.length > q.limit && last ? encodeCursor(last.key, last.row.id) : null;
  let total: number | null = null;
  if (q.withTotal !== false) total = await countWhere(db, viewer, where);
  return { rows: page.map((r) => r.row), nextCursor, total };
}

export async function countWhere(db: Executor, viewer: Viewer, where: SQL[]): Promise<number> {
  const [c] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(platforms)
    .where(scoped(viewer, ...where));
  return Number(c?.n ?? 0);
}

/** Every matching row, in pages (for exports of any size). */
export async function* iteratePlatforms(db: Executor, viewer: Viewer, q: Partial<PlatformFilter>) {
  let cursor: string | undefined;
  do {
    const page = await listPlatforms(db, viewer, {
      ...q,
      sort: "name",
      limit: 1000,
      cursor,
      withTotal: false,
    });
    yield* page.rows;
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
}
