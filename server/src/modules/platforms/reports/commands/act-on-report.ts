import { and, eq } from "drizzle-orm";
import type { Actor } from "../../../../core/actor.js";
import type { Db } from "../../../../core/db/client.js";
import { AppError } from "../../../../core/errors.js";
import { defaultEnv, getInstance, transition, type WorkflowEnv } from "../../../../core/workflow/index.js";
import { platformAnnualReports } from "../../schema.js";
import type { ReportRow } from "../figures.js";
import { annualReportDefinition } from "../process.js";
import { getReportOr404 } from "../repo.js";
import { versionConflict } from "./update-report.js";

export type ReportAction = "submit" | "return" | "accept";

export interface ReportActionInput {
  comment?: string;
  /** accept: the reviewer has checked the year-over-year flags of this submission. */
  acknowledgeFlags?: boolean;
}

/**
 * Submits, returns or accepts a report through its workflow instance, in one transaction with the report row
 * locked: the If-Match version is the report's; the engine checks the state, the role and the area, and the
 * process hook (sync.ts) moves the report's status and checks the figures and flags.
 */
export async function actOnReport(
  db: Db,
  actor: Actor,
  id: string,
  expectedVersion: number,
  action: ReportAction,
  input: ReportActionInput = {},
  env: Partial<WorkflowEnv> = {},
): Promise<ReportRow> {
  const e = { ...defaultEnv, ...env };
  return db.transaction(async (tx) => {
    const { report } = await getReportOr404(tx, actor, id, { forUpdate: true });
    if (report.version !== expectedVersion) versionConflict(report);
    if (!report.instanceId) {
      // Imported reports were accepted outside the process: nothing more can happen to them.
      const def = annualReportDefinition;
      const t = def.transitions.find((x) => x.action === action)!;
      const state = def.states[report.status]?.label ?? { zh: report.status, en: report.status };
      throw new AppError("transition_not_allowed", {
        action,
        state: report.status,
        actionZh: t.label.zh,
        actionEn: t.label.en,
        stateZh: state.zh,
        stateEn: state.en,
      });
    }
    const instance = await getInstance(tx, actor, report.instanceId);
    const data =
      action === "accept" && input.acknowledgeFlags ? { flagsAcknowledged: report.submissions } : undefined;
    await transition(
      tx as unknown as Db,
      actor,
      report.instanceId,
      {
        action,
        expectedVersion: instance.version,
        ...(data ? { data } : {}),
        ...(input.comment ? { comment: input.comment } : {}),
      },
      e,
    );
    const [after] = await tx
      .select()
      .from(platformAnnualReports)
      .where(and(eq(platformAnnualReports.id, id)));
    return after!;
  });
}
