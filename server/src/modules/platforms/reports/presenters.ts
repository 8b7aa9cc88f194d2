import type { Report, ReportFlag, ReportOrigin, ReportStatus } from "@rdcity/common";
import { shanghaiDate } from "../../../core/calendar/index.js";
import type { Figures, ReportRow } from "./figures.js";
import { figuresOf } from "./figures.js";
import type { ReportPlatform } from "./repo.js";

/** Not submitted (a draft, a returned report) and the due date has passed. */
export const isOverdue = (row: Pick<ReportRow, "status" | "dueOn">, today: string) =>
  (row.status === "draft" || row.status === "returned") && row.dueOn < today;

/** The whitelist of a report: figures, review stamps, flags, the due date as of `today` (Asia/Shanghai). */
export function presentReport(
  row: ReportRow,
  platform: ReportPlatform,
  hostName: string | null,
  today: string,
): Report {
  const submittedOn = row.submittedAt ? shanghaiDate(row.submittedAt) : null;
  return {
    id: row.id,
    platform: {
      id: platform.id,
      name: platform.name,
      typeCode: platform.typeCode,
      level: platform.level as Report["platform"]["level"],
      districtCode: platform.districtCode,
      zoneCode: platform.zoneCode,
      hostEntityId: platform.hostEntityId,
      hostName,
    },
    year: row.year,
    status: row.status as ReportStatus,
    origin: row.origin as ReportOrigin,
    ...(figuresOf(row) as Figures as Record<keyof Figures, never>),
    remarks: row.remarks,
    flags: row.flags as ReportFlag[],
    flagsAcknowledgedBy: row.flagsAcknowledgedBy,
    flagsAcknowledgedAt: row.flagsAcknowledgedAt?.toISOString() ?? null,
    dueOn: row.dueOn,
    overdue: isOverdue(row, today),
    late: !!submittedOn && submittedOn > row.dueOn,
    submissions: row.submissions,
    submittedAt: row.submittedAt?.toISOString() ?? null,
    submittedBy: row.submittedBy,
    reviewedAt: row.reviewedAt?.toISOString() ?? null,
    reviewedBy: row.reviewedBy,
    instanceId: row.instanceId,
    isDemo: row.isDemo,
    version: row.version,
    createdAt: row.createdAt.toISOString(),
    createdBy: row.createdBy,
    updatedAt: row.updatedAt.toISOString(),
    updatedBy: row.updatedBy,
  };
}

/** What the audit log keeps of a report: the figures and the remarks. */
export function reportSnapshot(row: ReportRow) {
  return { ...figuresOf(row), remarks: row.remarks, status: row.status, version: row.version };
}
