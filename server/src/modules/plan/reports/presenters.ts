import { shanghaiDate } from "../../../core/calendar/index.js";
import { presentUnit, type UnitRow } from "../units.js";
import { PROGRESS_REPORT_STATES, type ProgressReportStatus } from "./process.js";
import { parsePeriod, reportDue } from "./quarters.js";
import type { ProgressReport } from "./schemas.js";
import type { ProgressReportRow } from "./sync.js";

/** The whitelist of a progress report, with its due date and whether it was submitted late. */
export function presentProgressReport(
  row: ProgressReportRow,
  unit: UnitRow,
  taskCode: string,
): ProgressReport {
  const q = parsePeriod(row.period);
  const due = q ? reportDue(q) : "";
  const status = row.status as ProgressReportStatus;
  return {
    id: row.id,
    taskId: row.taskId,
    taskCode,
    unit: presentUnit(unit),
    period: row.period,
    percent: row.percent,
    summary: row.summary,
    indicatorCodes: row.indicatorCodes,
    status,
    statusLabel: PROGRESS_REPORT_STATES[status] ?? { zh: row.status, en: row.status },
    instanceId: row.instanceId,
    due,
    late: !!row.submittedAt && shanghaiDate(row.submittedAt) > due,
    submittedAt: row.submittedAt?.toISOString() ?? null,
    version: row.version,
    createdAt: row.createdAt.toISOString(),
    createdBy: row.createdBy,
    updatedAt: row.updatedAt.toISOString(),
    updatedBy: row.updatedBy,
  };
}
