import { and, eq, type SQL } from "drizzle-orm";
import type { Actor } from "../../../core/actor.js";
import { scopeFilter, scopeOf } from "../../../core/auth/scope.js";
import type { Executor } from "../../../core/db/client.js";
import { AppError } from "../../../core/errors.js";
import { platformAnnualReports, platforms } from "../schema.js";
import type { ReportRow } from "./figures.js";

/** What a report shows of its platform (and what scope is decided on). */
export const platformColumns = {
  id: platforms.id,
  name: platforms.name,
  typeCode: platforms.typeCode,
  level: platforms.level,
  districtCode: platforms.districtCode,
  zoneCode: platforms.zoneCode,
  hostEntityId: platforms.hostEntityId,
  status: platforms.status,
  statusOn: platforms.statusOn,
  recognisedOn: platforms.recognisedOn,
};
export type ReportPlatform = {
  [K in keyof typeof platformColumns]: (typeof platforms.$inferSelect)[K];
};
export interface ReportWithPlatform {
  report: ReportRow;
  platform: ReportPlatform;
}

/**
 * The reports an actor may see, by their platform: a district user those of platforms in the area, an entity
 * user those of the platforms its organisation hosts, the city and leadership all. Every query of reports
 * starts here (the platform is joined), so none runs unscoped.
 */
export function reportScope(actor: Actor, ...conditions: (SQL | undefined)[]): SQL | undefined {
  return and(
    scopeFilter(scopeOf(actor), {
      districtCode: platforms.districtCode,
      zoneCode: platforms.zoneCode,
      orgId: platforms.hostEntityId,
    }),
    ...conditions,
  );
}

export function scopedReports(ex: Executor, actor: Actor, ...conditions: (SQL | undefined)[]) {
  return ex
    .select({ report: platformAnnualReports, platform: platformColumns })
    .from(platformAnnualReports)
    .innerJoin(platforms, eq(platforms.id, platformAnnualReports.platformId))
    .where(reportScope(actor, ...conditions));
}

/** One report the actor may see (404 otherwise); `forUpdate` locks the report row until the transaction ends. */
export async function getReportOr404(
  ex: Executor,
  actor: Actor,
  id: string,
  opts: { forUpdate?: boolean } = {},
): Promise<ReportWithPlatform> {
  if (!/^[0-9a-f-]{36}$/i.test(id)) throw new AppError("not_found");
  const query = scopedReports(ex, actor, eq(platformAnnualReports.id, id));
  const [found] = opts.forUpdate ? await query.for("update", { of: platformAnnualReports }) : await query;
  if (!found) throw new AppError("not_found");
  return found;
}

/** A platform for filing, unscoped (the caller checks that the actor is its host). */
export async function platformForFiling(ex: Executor, id: string): Promise<ReportPlatform | undefined> {
  const [row] = await ex.select(platformColumns).from(platforms).where(eq(platforms.id, id));
  return row;
}
