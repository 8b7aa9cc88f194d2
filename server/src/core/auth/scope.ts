import { zoneWithDescendants } from "@rdcity/common";
import { type Column, eq, inArray, type SQL, sql } from "drizzle-orm";
import type { Actor } from "../actor.js";

/**
 * The rows an actor may see, as data. Repositories turn it into a WHERE clause with `scopeFilter`, so that
 * a district user's queries are filtered by construction: there is no repository call without an actor.
 */
export type Scope =
  | { kind: "all" }
  | { kind: "district"; code: string }
  | { kind: "zone"; codes: string[] }
  | { kind: "org"; orgId: string }
  | { kind: "none" };

export function scopeOf(actor: Actor): Scope {
  if (actor.role === "entity") return actor.orgId ? { kind: "org", orgId: actor.orgId } : { kind: "none" };
  if (actor.role === "district") {
    if (!actor.areaCode) return { kind: "none" };
    return /^\d{6}$/.test(actor.areaCode)
      ? { kind: "district", code: actor.areaCode }
      : { kind: "zone", codes: zoneWithDescendants(actor.areaCode) };
  }
  return { kind: "all" };
}

export interface ScopedColumns {
  districtCode: Column;
  zoneCode?: Column;
  /** The column holding the owning organisation (an entity's own id, or a row's owner entity). */
  orgId: Column;
}

export function scopeFilter(scope: Scope, cols: ScopedColumns): SQL | undefined {
  switch (scope.kind) {
    case "all":
      return undefined;
    case "district":
      return eq(cols.districtCode, scope.code);
    case "zone":
      return cols.zoneCode ? inArray(cols.zoneCode, scope.codes) : sql`false`;
    case "org":
      return eq(cols.orgId, scope.orgId);
    case "none":
      return sql`false`;
  }
}

/** Whether one row (already loaded) lies inside the scope; used for writes that name a target area. */
export function inScope(
  scope: Scope,
  row: { districtCode: string; zoneCode?: string | null; orgId?: string | null },
): boolean {
  switch (scope.kind) {
    case "all":
      return true;
    case "district":
      return row.districtCode === scope.code;
    case "zone":
      return !!row.zoneCode && scope.codes.includes(row.zoneCode);
    case "org":
      return row.orgId === scope.orgId;
    case "none":
      return false;
  }
}
