import { PLATFORM_COUNTED_STATUSES, type PlatformStatus, REPORT_FIRST_YEAR } from "@rdcity/common";
import { eq } from "drizzle-orm";
import type { Actor } from "../../../core/actor.js";
import type { Executor } from "../../../core/db/client.js";
import { AppError } from "../../../core/errors.js";
import type { PlatformRow } from "../presenters.js";
import { platformAnnualReports } from "../schema.js";
import { assertFileable } from "./commands/create-report.js";
import { presentRows } from "./list.js";
import { scopedReports } from "./repo.js";

/**
 * How far back the "file the report" buttons go: the year just ended and the one before (older years are
 * corrections the city imports; the API still accepts them from the host).
 */
const FILEABLE_YEARS = 2;

/** A platform's reports (newest first) and, for its host organisation, the recent years it may still file. */
export async function platformReports(ex: Executor, actor: Actor, platform: PlatformRow, today: string) {
  const rows = await scopedReports(ex, actor, eq(platformAnnualReports.platformId, platform.id)).orderBy(
    platformAnnualReports.year,
  );
  rows.reverse();
  const canFile = actor.role === "entity" && actor.orgId === platform.hostEntityId;
  const fileable: number[] = [];
  const counted = (PLATFORM_COUNTED_STATUSES as readonly PlatformStatus[]).includes(
    platform.status as PlatformStatus,
  );
  if (canFile && platform.recognisedOn) {
    const have = new Set(rows.map((r) => r.report.year));
    const thisYear = Number(today.slice(0, 4));
    const first = Math.max(REPORT_FIRST_YEAR, Number(platform.recognisedOn.slice(0, 4)));
    for (let y = thisYear - 1; y >= first && y >= thisYear - FILEABLE_YEARS; y--) {
      if (have.has(y)) continue;
      try {
        assertFileable(platform, y, today);
        if (counted || platform.status === "revoked" || platform.status === "merged") fileable.push(y);
      } catch (e) {
        if (!(e instanceof AppError)) throw e;
      }
    }
  }
  return { items: await presentRows(ex, rows, today), fileable, canFile };
}
