import { PLATFORM_STATUS_NAMES, type PlatformStatus, type ReportCreate, reportDueOn } from "@rdcity/common";
import { and, eq } from "drizzle-orm";
import type { Actor } from "../../../../core/actor.js";
import { recordAudit } from "../../../../core/audit/index.js";
import { shanghaiDate } from "../../../../core/calendar/index.js";
import type { Db } from "../../../../core/db/client.js";
import { AppError } from "../../../../core/errors.js";
import { defaultEnv, startInstance, type WorkflowEnv } from "../../../../core/workflow/index.js";
import { entitySummaries } from "../../../registry/index.js";
import { platformAnnualReports } from "../../schema.js";
import { figureValues, type ReportRow } from "../figures.js";
import { reportSnapshot } from "../presenters.js";
import { REPORT_PROCESS, REPORT_SUBJECT } from "../process.js";
import { platformForFiling, type ReportPlatform } from "../repo.js";

/** Only the host organisation's users file a platform's reports. */
export function assertFiler(actor: Actor, platform: Pick<ReportPlatform, "hostEntityId">): void {
  if (actor.role !== "entity" || !actor.orgId || actor.orgId !== platform.hostEntityId)
    throw new AppError("report_not_filer");
}

/** A year may be filed once it has ended, and not after the platform was revoked or merged. */
export function assertFileable(platform: ReportPlatform, year: number, today: string): void {
  const thisYear = Number(today.slice(0, 4));
  if (year >= thisYear) throw new AppError("report_year_open", { year, next: year + 1 });
  const status = platform.status as PlatformStatus;
  if (
    (status === "revoked" || status === "merged") &&
    platform.statusOn &&
    year > Number(platform.statusOn.slice(0, 4))
  )
    throw new AppError("report_platform_inactive", {
      on: platform.statusOn,
      statusZh: PLATFORM_STATUS_NAMES[status].zh,
      statusEn: PLATFORM_STATUS_NAMES[status].en.toLowerCase(),
      year,
    });
}

const isUniqueViolation = (error: unknown) => {
  for (let e: unknown = error; e; e = (e as { cause?: unknown }).cause)
    if ((e as { code?: string }).code === "23505") return true;
  return false;
};

/**
 * Files a draft: the report row and its workflow instance (owner: the host organisation, area: the platform's
 * district and zone) in one transaction. One report per platform and year.
 */
export async function createReport(
  db: Db,
  actor: Actor,
  input: ReportCreate,
  env: Partial<WorkflowEnv> = {},
  opts: { isDemo?: boolean } = {},
): Promise<ReportRow> {
  const e = { ...defaultEnv, ...env };
  const now = e.clock.now();
  const platform = await platformForFiling(db, input.platformId);
  if (!platform) throw new AppError("not_found");
  assertFiler(actor, platform);
  assertFileable(platform, input.year, shanghaiDate(now));
  const exists = () => new AppError("report_exists", { platform: platform.name, year: input.year });
  const [taken] = await db
    .select({ id: platformAnnualReports.id })
    .from(platformAnnualReports)
    .where(
      and(eq(platformAnnualReports.platformId, platform.id), eq(platformAnnualReports.year, input.year)),
    );
  if (taken) throw exists();
  const { platformId, year, remarks, ...figures } = input;
  // The report is the host organisation's: inboxes and notifications name it, not the clerk who filed it.
  const [host] = await entitySummaries(db, [platform.hostEntityId]);
  try {
    return await db.transaction(async (tx) => {
      const [row] = await tx
        .insert(platformAnnualReports)
        .values({
          platformId,
          year,
          status: "draft",
          origin: "filed",
          ...figureValues(figures),
          remarks: remarks ?? null,
          dueOn: reportDueOn(year),
          isDemo: opts.isDemo ?? false,
          createdAt: now,
          createdBy: actor.username,
          updatedAt: now,
          updatedBy: actor.username,
        })
        .returning();
      const instance = await startInstance(
        tx as unknown as Db,
        actor,
        {
          process: REPORT_PROCESS,
          subject: { type: REPORT_SUBJECT, id: row!.id },
          ownerOrgId: platform.hostEntityId,
          ...(host ? { ownerName: host.name } : {}),
          areaCode: platform.districtCode,
          zoneCode: platform.zoneCode,
          data: { platformId, year },
        },
        e,
      );
      const [linked] = await tx
        .update(platformAnnualReports)
        .set({ instanceId: instance.id })
        .where(eq(platformAnnualReports.id, row!.id))
        .returning();
      await recordAudit(tx, actor, {
        action: "platform_report.create",
        targetType: "platform_report",
        targetId: row!.id,
        after: { platformId, year, instanceId: instance.id, ...reportSnapshot(linked!) },
      });
      return linked!;
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw exists();
    throw error;
  }
}
