import { REPORT_FIELD_LABELS, type ReportFlag } from "@rdcity/common";
import { eq } from "drizzle-orm";
import { recordAudit } from "../../../core/audit/index.js";
import type { Executor } from "../../../core/db/client.js";
import { AppError } from "../../../core/errors.js";
import type { TransitionEvent } from "../../../core/workflow/index.js";
import { platformAnnualReports } from "../schema.js";
import {
  checkComplete,
  checkFigures,
  figuresOf,
  flagsOf,
  previousAccepted,
  type ReportRow,
} from "./figures.js";

/**
 * The process hook: runs inside the transition's transaction, whoever takes the transition (the report routes
 * or the generic workflow routes), so the report's status never differs from its instance's state.
 * - submit: every figure present and consistent; year-over-year flags computed against the previous year's
 *   accepted report; the submission counted.
 * - accept: a flagged report needs the reviewer's acknowledgement of this submission's flags
 *   (instance data `flagsAcknowledged` = the submission number).
 * - return / accept: the reviewer and the time recorded.
 */
export async function syncReportWithInstance(tx: Executor, event: TransitionEvent): Promise<void> {
  const { instance, actor, action, to } = event;
  const at = instance.stateEnteredAt;
  const [report] = await tx
    .select()
    .from(platformAnnualReports)
    .where(eq(platformAnnualReports.id, instance.subjectId))
    .for("update");
  if (!report) throw new Error(`annual report ${instance.subjectId} of instance ${instance.id} is missing`);
  const set: Partial<ReportRow> = {
    status: to,
    version: report.version + 1,
    updatedAt: at,
    updatedBy: actor.username,
  };
  if (action === "submit") {
    const figures = figuresOf(report);
    checkComplete(figures);
    checkFigures(figures);
    const previous = await previousAccepted(tx, report);
    Object.assign(set, {
      flags: flagsOf(figures, previous ? figuresOf(previous) : null),
      flagsAcknowledgedBy: null,
      flagsAcknowledgedAt: null,
      submissions: report.submissions + 1,
      submittedAt: at,
      submittedBy: actor.username,
      reviewedAt: null,
      reviewedBy: null,
    });
  } else {
    const flags = report.flags as ReportFlag[];
    if (action === "accept" && flags.length) {
      if (instance.data.flagsAcknowledged !== report.submissions) {
        const labels = flags.map((f) => REPORT_FIELD_LABELS[f.metric] ?? { zh: f.metric, en: f.metric });
        throw new AppError("report_flags_unacknowledged", {
          count: flags.length,
          metricsZh: labels.map((l) => l.zh).join("、"),
          metricsEn: labels.map((l) => l.en).join(", "),
        });
      }
      Object.assign(set, { flagsAcknowledgedBy: actor.username, flagsAcknowledgedAt: at });
    }
    Object.assign(set, { reviewedAt: at, reviewedBy: actor.username });
  }
  const [after] = await tx
    .update(platformAnnualReports)
    .set(set)
    .where(eq(platformAnnualReports.id, report.id))
    .returning();
  await recordAudit(tx, actor, {
    action: `platform_report.${action}`,
    targetType: "platform_report",
    targetId: report.id,
    before: { status: report.status, version: report.version },
    after: {
      status: after!.status,
      version: after!.version,
      flags: after!.flags,
      ...(event.comment ? { comment: event.comment } : {}),
    },
  });
}
