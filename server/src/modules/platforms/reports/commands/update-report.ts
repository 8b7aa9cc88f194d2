import { formatDateTime, REPORT_STATUS_NAMES, type ReportPatch, type ReportStatus } from "@rdcity/common";
import { and, eq } from "drizzle-orm";
import type { Actor } from "../../../../core/actor.js";
import { recordAudit } from "../../../../core/audit/index.js";
import type { Db } from "../../../../core/db/client.js";
import { AppError } from "../../../../core/errors.js";
import { defaultEnv, type WorkflowEnv } from "../../../../core/workflow/index.js";
import { platformAnnualReports } from "../../schema.js";
import { checkFigures, figuresOf, figureValues, type ReportRow } from "../figures.js";
import { reportSnapshot } from "../presenters.js";
import { getReportOr404 } from "../repo.js";
import { assertFiler } from "./create-report.js";

export function versionConflict(row: Pick<ReportRow, "updatedBy" | "updatedAt">): never {
  throw new AppError("version_conflict", { by: row.updatedBy ?? "?", at: formatDateTime(row.updatedAt) });
}

export function assertEditable(row: ReportRow): void {
  if (row.status === "draft" || row.status === "returned") return;
  const name = REPORT_STATUS_NAMES[row.status as ReportStatus] ?? { zh: row.status, en: row.status };
  throw new AppError("report_not_editable", { statusZh: name.zh, statusEn: name.en });
}

/**
 * Changes the figures of a draft or returned report (the host organisation only), optimistically: the caller's
 * If-Match version must be current, and the merged figures must pass the rules as a whole.
 */
export async function updateReport(
  db: Db,
  actor: Actor,
  id: string,
  expectedVersion: number,
  patch: ReportPatch,
  env: Partial<WorkflowEnv> = {},
): Promise<ReportRow> {
  const now = { ...defaultEnv, ...env }.clock.now();
  return db.transaction(async (tx) => {
    const { report, platform } = await getReportOr404(tx, actor, id, { forUpdate: true });
    if (report.version !== expectedVersion) versionConflict(report);
    assertFiler(actor, platform);
    assertEditable(report);
    const { remarks, ...figures } = patch;
    const next = { ...figuresOf(report), ...figureValues(figures) };
    checkFigures(next as ReturnType<typeof figuresOf>);
    const [after] = await tx
      .update(platformAnnualReports)
      .set({
        ...figureValues(figures),
        ...(remarks !== undefined ? { remarks } : {}),
        version: report.version + 1,
        updatedAt: now,
        updatedBy: actor.username,
      })
      .where(and(eq(platformAnnualReports.id, id), eq(platformAnnualReports.version, expectedVersion)))
      .returning();
    if (!after) versionConflict(report);
    await recordAudit(tx, actor, {
      action: "platform_report.update",
      targetType: "platform_report",
      targetId: id,
      before: reportSnapshot(report),
      after: reportSnapshot(after),
    });
    return after;
  });
}
