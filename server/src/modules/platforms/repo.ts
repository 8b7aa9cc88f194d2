import { PLATFORM_COUNTED_STATUSES } from "@rdcity/common";
import { and, asc, desc, eq, inArray, ne, notInArray, type SQL } from "drizzle-orm";
import type { Actor } from "../../core/actor.js";
import { scopeFilter, scopeOf } from "../../core/auth/scope.js";
import type { Executor } from "../../core/db/client.js";
import { AppError } from "../../core/errors.js";
import { entityLabels } from "./organisations.js";
import type { PlatformLinkRow, PlatformRow, PresentContext } from "./presenters.js";
import { platformLinks, platformStatusHistory, platforms } from "./schema.js";

/**
 * Who is looking: a signed-in actor (rows in their scope: district or zone, or the platforms their organisation
 * hosts) or the public (recognised, operating and evaluated platforms only). Every query of this module starts
 * from a viewer, so no query runs without one of the two filters.
 */
export type Viewer = { kind: "actor"; actor: Actor } | { kind: "public" };
export const viewerOf = (actor: Actor): Viewer => ({ kind: "actor", actor });
export const PUBLIC_VIEWER: Viewer = { kind: "public" };

export function scoped(viewer: Viewer, ...conditions: (SQL | undefined)[]): SQL | undefined {
  const visible =
    viewer.kind === "public"
      ? inArray(platforms.status, [...PLATFORM_COUNTED_STATUSES])
      : scopeFilter(scopeOf(viewer.actor), {
          districtCode: platforms.districtCode,
          zoneCode: platforms.zoneCode,
          orgId: platforms.hostEntityId,
        });
  return and(visible, ...conditions);
}

export async function findPlatform(
  db: Executor,
  viewer: Viewer,
  id: string,
): Promise<PlatformRow | undefined> {
  const [row] = await db
    .select()
    .from(platforms)
    .where(scoped(viewer, eq(platforms.id, id)));
  return row;
}

export async function getPlatformOr404(db: Executor, viewer: Viewer, id: string): Promise<PlatformRow> {
  const row = await findPlatform(db, viewer, id);
  if (!row) throw new AppError("not_found");
  return row;
}

/** Unscoped, for uniqueness and successor checks: a live platform with the same type, name and host. */
export async function findLiveByNaturalKey(
  db: Executor,
  key: { typeCode: string; name: string; hostEntityId: string },
  exceptId?: string,
): Promise<PlatformRow | undefined> {
  const [row] = await db
    .select()
    .from(platforms)
    .where(
      and(
        eq(platforms.typeCode, key.typeCode),
        eq(platforms.name, key.name),
        eq(platforms.hostEntityId, key.hostEntityId),
        notInArray(platforms.status, ["revoked", "merged"]),
        exceptId ? ne(platforms.id, exceptId) : undefined,
      ),
    );
  return row;
}

/** Unscoped: the platform that carries an external code. */
export async function findByExternalCode(
  db: Executor,
  code: string,
  exceptId?: string,
): Promise<PlatformRow | undefined> {
  const [row] = await db
    .select()
    .from(platforms)
    .where(and(eq(platforms.externalCode, code), exceptId ? ne(platforms.id, exceptId) : undefined));
  return row;
}

/** Clashes of a new or changed platform with live records: same type, name and host; same external code. */
export async function checkUnique(
  db: Executor,
  next: { typeCode: string; name: string; hostEntityId: string; externalCode?: string | null },
  exceptId?: string,
): Promise<void> {
  const same = await findLiveByNaturalKey(db, next, exceptId);
  if (same) throw new AppError("platform_taken", { name: same.name });
  if (next.externalCode) {
    const coded = await findByExternalCode(db, next.externalCode, exceptId);
    if (coded) throw new AppError("platform_code_taken", { code: next.externalCode, name: coded.name });
  }
}

export async function linksOf(
  db: Executor,
  platformIds: readonly string[],
): Promise<Map<string, PlatformLinkRow[]>> {
  const map = new Map<string, PlatformLinkRow[]>();
  for (let i = 0; i < platformIds.length; i += 1000) {
    const found = await db
      .select()
      .from(platformLinks)
      .where(inArray(platformLinks.platformId, platformIds.slice(i, i + 1000)))
      .orderBy(asc(platformLinks.role), asc(platformLinks.startOn), asc(platformLinks.id));
    for (const link of found) {
      const list = map.get(link.platformId) ?? [];
      list.push(link);
      map.set(link.platformId, list);
    }
  }
  return map;
}

/** Links and organisation names for presenting rows (one query each, whatever the page size). */
export async function presentContext(db: Executor, rows: readonly PlatformRow[]): Promise<PresentContext> {
  const links = await linksOf(
    db,
    rows.map((r) => r.id),
  );
  const ids = new Set(rows.map((r) => r.hostEntityId));
  for (const list of links.values()) for (const l of list) ids.add(l.entityId);
  return { links, entities: await entityLabels(db, ids) };
}

/** The last status date (where the next status change may not go before). */
export async function lastStatusDate(db: Executor, platformId: string): Promise<string | null> {
  const [row] = await db
    .select({ on: platformStatusHistory.effectiveOn })
    .from(platformStatusHistory)
    .where(eq(platformStatusHistory.platformId, platformId))
    .orderBy(desc(platformStatusHistory.effectiveOn), desc(platformStatusHistory.id))
    .limit(1);
  return row?.on ?? null;
}

/** Two writers racing for the same natural key: the database's unique index decides, the loser gets a 409. */
export const uniqueViolationAs =
  (name: string) =>
  (error: unknown): never => {
    for (let e: unknown = error; e; e = (e as { cause?: unknown }).cause) {
      if ((e as { code?: string }).code === "23505") throw new AppError("platform_taken", { name });
    }
    throw error;
  };
