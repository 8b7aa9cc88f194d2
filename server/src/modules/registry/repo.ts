import type { EntityListQuery, Lang } from "@rdcity/common";
import { and, arrayOverlaps, asc, desc, eq, gte, inArray, lt, ne, or, type SQL, sql } from "drizzle-orm";
import type { Actor } from "../../core/actor.js";
import { type Scope, scopeFilter, scopeOf } from "../../core/auth/scope.js";
import type { Executor } from "../../core/db/client.js";
import { AppError } from "../../core/errors.js";
import { textMatch } from "../../core/search/index.js";
import type { EntityRow } from "./presenters.js";
import { entities, entityDistinctPairs } from "./schema.js";

/** Every query of this repository starts here: the actor's scope is part of the WHERE clause by construction. */
function scoped(actor: Actor, ...conditions: (SQL | undefined)[]): SQL | undefined {
  const scope: Scope = scopeOf(actor);
  return and(
    scopeFilter(scope, {
      districtCode: entities.districtCode,
      zoneCode: entities.zoneCode,
      orgId: entities.id,
    }),
    ...conditions,
  );
}

export async function findEntity(db: Executor, actor: Actor, id: string): Promise<EntityRow | undefined> {
  const [row] = await db
    .select()
    .from(entities)
    .where(scoped(actor, eq(entities.id, id)));
  return row;
}

export async function getEntityOr404(db: Executor, actor: Actor, id: string): Promise<EntityRow> {
  const row = await findEntity(db, actor, id);
  if (!row) throw new AppError("not_found");
  return row;
}

/** Unscoped lookup by natural key, for uniqueness checks (the answer names no out-of-scope data beyond the clash). */
export async function findByUscc(db: Executor, uscc: string): Promise<EntityRow | undefined> {
  const [row] = await db.select().from(entities).where(eq(entities.uscc, uscc));
  return row;
}

const SORTS = {
  name: { col: entities.name, dir: "asc" },
  "-name": { col: entities.name, dir: "desc" },
  updatedAt: { col: entities.updatedAt, dir: "asc" },
  "-updatedAt": { col: entities.updatedAt, dir: "desc" },
  createdAt: { col: entities.createdAt, dir: "asc" },
  "-createdAt": { col: entities.createdAt, dir: "desc" },
  uscc: { col: entities.uscc, dir: "asc" },
  "-uscc": { col: entities.uscc, dir: "desc" },
} as const;

function decodeCursor(cursor: string): [unknown, string] {
  try {
    const parsed = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
    if (
      Array.isArray(parsed) &&
      parsed.length === 2 &&
      typeof parsed[1] === "string" &&
      /^[0-9a-f-]{36}$/.test(parsed[1])
    ) {
      return [parsed[0], parsed[1]];
    }
  } catch {
    /* fall through */
  }
  throw new AppError("cursor_invalid");
}

const encodeCursor = (value: unknown, id: string) =>
  Buffer.from(JSON.stringify([value, id])).toString("base64url");

/** Filters of the list query, shared by the list, the count and the export. */
export function entityFilters(q: Omit<EntityListQuery, "limit" | "cursor" | "sort" | "withTotal">): {
  where: SQL[];
  rank: SQL | null;
} {
  const where: SQL[] = [];
  let rank: SQL | null = null;
  if (q.q) {
    const m = textMatch(q.q, entities.searchVector, entities.name);
    const usccLike = /^[0-9A-Z]{6,18}$/i.test(q.q)
      ? sql` OR ${entities.uscc} LIKE ${`${q.q.toUpperCase()}%`}`
      : sql``;
    where.push(sql`(${m.where}${usccLike} OR ${q.q} = ANY(${entities.formerNames}))`);
    rank = m.rank;
  }
  if (q.kind?.length) where.push(inArray(entities.kind, q.kind));
  if (q.districtCode?.length) where.push(inArray(entities.districtCode, q.districtCode));
  if (q.zoneCode?.length) where.push(inArray(entities.zoneCode, q.zoneCode));
  if (q.industry?.length) where.push(arrayOverlaps(entities.industries, q.industry));
  if (q.littleGiant?.length) where.push(inArray(entities.littleGiant, q.littleGiant));
  if (q.status?.length) where.push(inArray(entities.status, q.status));
  for (const flag of [
    "isListed",
    "isHighTech",
    "isFortune500Affiliate",
    "isForeignInvested",
    "isDemo",
  ] as const) {
    if (q[flag] !== undefined) where.push(eq(entities[flag], q[flag]!));
  }
  if (q.uscc) where.push(eq(entities.uscc, q.uscc.toUpperCase()));
  if (q.updatedFrom) where.push(gte(entities.updatedAt, new Date(`${q.updatedFrom}T00:00:00+08:00`)));
  if (q.updatedTo)
    where.push(lt(entities.updatedAt, new Date(Date.parse(`${q.updatedTo}T00:00:00+08:00`) + 86400_000)));
  return { where, rank };
}

export async function listEntities(db: Executor, actor: Actor, q: EntityListQuery) {
  const { where, rank } = entityFilters(q);
  const sortKey = q.sort ?? (rank ? "relevance" : "name");
  const useRank = sortKey === "relevance" && rank !== null;
  const spec = useRank ? null : SORTS[(sortKey === "relevance" ? "name" : sortKey) as keyof typeof SORTS];
  const keyExpr: SQL = useRank ? sql`round((${rank})::numeric, 6)` : sql`${spec!.col}`;
  const descending = useRank || spec!.dir === "desc";
  const pageWhere = [...where];
  if (q.cursor) {
    const [value, id] = decodeCursor(q.cursor);
    const v =
      spec && (spec.col === entities.updatedAt || spec.col === entities.createdAt)
        ? new Date(String(value))
        : value;
    if (v instanceof Date && Number.isNaN(v.getTime())) throw new AppError("cursor_invalid");
    pageWhere.push(
      descending
        ? sql`(${keyExpr}, ${entities.id}) < (${v}, ${id})`
        : sql`(${keyExpr}, ${entities.id}) > (${v}, ${id})`,
    );
  }
  const rowsFound = await db
    .select({ row: entities, key: keyExpr.mapWith(String) })
    .from(entities)
    .where(scoped(actor, ...pageWhere))
    .orderBy(descending ? desc(keyExpr) : asc(keyExpr), descending ? desc(entities.id) : asc(entities.id))
    .limit(q.limit + 1);
  const page = rowsFound.slice(0, q.limit);
  const last = page.at(-1);
  let nextCursor: string | null = null;
  if (rowsFound.length > q.limit && last) {
    const value =
      spec && (spec.col === entities.updatedAt || spec.col === entities.createdAt)
        ? (last.row[spec.col === entities.updatedAt ? "updatedAt" : "createdAt"] as Date).toISOString()
        : useRank
          ? Number(last.key)
          : last.key;
    nextCursor = encodeCursor(value, last.row.id);
  }
  let total: number | null = null;
  if (q.withTotal !== false) {
    const [c] = await db
      .select({ n: sql<number>`count(*)::int` })
      .from(entities)
      .where(scoped(actor, ...where));
    total = Number(c?.n ?? 0);
  }
  return { rows: page.map((r) => r.row), nextCursor, total };
}

/** Streams every matching row in pages (for exports of any size). */
export async function* iterateEntities(
  db: Executor,
  actor: Actor,
  q: Omit<EntityListQuery, "limit" | "cursor">,
) {
  let cursor: string | undefined;
  do {
    const page = await listEntities(db, actor, {
      ...q,
      sort: q.sort ?? "name",
      limit: 1000,
      cursor,
      withTotal: false,
    });
    yield* page.rows;
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
}

export interface DuplicateCandidate {
  row: EntityRow;
  reason: "uscc" | "signature" | "similar_name";
  similarity: number;
}

/**
 * Likely duplicates of a name (and code): same USCC, same normalised signature, or trigram-similar signature.
 * Pairs marked as distinct are left out. Unscoped on purpose: a duplicate in another district is still a duplicate.
 */
export async function duplicateCandidates(
  db: Executor,
  probe: { id?: string; uscc?: string; signature: string },
  limit = 10,
): Promise<DuplicateCandidate[]> {
  const excludeSelf = probe.id ? ne(entities.id, probe.id) : undefined;
  const distinct = probe.id
    ? sql`NOT EXISTS (SELECT 1 FROM ${entityDistinctPairs} d WHERE (d.entity_a = ${probe.id} AND d.entity_b = ${entities.id}) OR (d.entity_b = ${probe.id} AND d.entity_a = ${entities.id}))`
    : undefined;
  const similarity = sql<number>`similarity(${entities.nameSignature}, ${probe.signature})`;
  const matches = or(
    probe.uscc ? eq(entities.uscc, probe.uscc) : undefined,
    eq(entities.nameSignature, probe.signature),
    probe.signature.length >= 3
      ? sql`${entities.nameSignature} % ${probe.signature} AND ${similarity} >= 0.6`
      : undefined,
  );
  const found = await db
    .select({ row: entities, similarity })
    .from(entities)
    .where(and(matches, excludeSelf, distinct, ne(entities.status, "merged")))
    .orderBy(desc(similarity))
    .limit(limit);
  return found.map(({ row, similarity: s }) => ({
    row,
    reason:
      probe.uscc && row.uscc === probe.uscc
        ? "uscc"
        : row.nameSignature === probe.signature
          ? "signature"
          : "similar_name",
    similarity: Math.round(Number(s) * 1000) / 1000,
  }));
}

export function scopeLabel(actor: Actor, lang: Lang): string {
  return actor.areaCode ?? (lang === "en-US" ? "your organisation" : "本单位");
}
