import { and, eq } from "drizzle-orm";
import type { Actor } from "../actor.js";
import { endOfShanghaiDay, shanghaiDate } from "../calendar/index.js";
import type { Executor } from "../db/client.js";
import { aggregate } from "./aggregate.js";
import { issueCertificate } from "./certificates.js";
import type { Transition } from "./definition.js";
import type { WorkflowEnv } from "./env.js";
import { openNotice } from "./guards.js";
import type { InstanceRow, RegisteredProcess } from "./registry.js";
import { workflowNotices, workflowReviewAssignments } from "./schema.js";

export interface StepInput {
  comment: string | null;
  checklist: Record<string, unknown> | null;
  noticeWorkingDays?: number;
}

/** What the step effects change on the instance after the transition itself. */
export interface StepPatch {
  stepResults: Record<string, unknown>;
  dueAt?: Date | null;
}

/**
 * The effects of the transition's step and of leaving a public notice, run after the transition's
 * conditional UPDATE succeeded (so they happen once). Returns the step results to merge into the instance.
 */
export async function applySteps(
  tx: Executor,
  actor: Actor,
  process: RegisteredProcess,
  t: Transition,
  before: InstanceRow,
  after: InstanceRow,
  now: Date,
  env: WorkflowEnv,
  input: StepInput,
): Promise<StepPatch> {
  const { def, hooks } = process;
  const by = { by: actor.username, at: now.toISOString() };
  const patch: StepPatch = { stepResults: {} };

  const notice = await openNotice(tx, before.id);
  if (notice) {
    await tx
      .update(workflowNotices)
      .set({ closedAt: now, closedBy: actor.username })
      .where(eq(workflowNotices.id, notice.id));
  }

  switch (t.step) {
    case "formal_check":
      patch.stepResults.formalCheck = {
        outcome: t.outcome,
        checklist: input.checklist,
        comment: input.comment,
        ...by,
      };
      break;
    case "expert_review": {
      const sheets = await tx
        .select()
        .from(workflowReviewAssignments)
        .where(eq(workflowReviewAssignments.instanceId, before.id));
      const submitted = sheets.filter((s) => s.status === "submitted");
      patch.stepResults.review = {
        ...aggregate(
          submitted.map((s) => ({ scores: s.scores ?? {}, total: s.total ?? 0 })),
          def.review!.criteria,
        ),
        ...by,
      };
      await tx
        .update(workflowReviewAssignments)
        .set({ status: "lapsed" })
        .where(
          and(
            eq(workflowReviewAssignments.instanceId, before.id),
            eq(workflowReviewAssignments.status, "assigned"),
          ),
        );
      break;
    }
    case "public_notice": {
      const workingDays = input.noticeWorkingDays ?? def.notice.workingDays;
      const startsOn = shanghaiDate(now);
      const endsOn = env.calendar.addWorkingDays(startsOn, workingDays);
      const endsAt = endOfShanghaiDay(endsOn);
      await tx.insert(workflowNotices).values({
        instanceId: before.id,
        state: t.to,
        openedAt: now,
        openedBy: actor.username,
        startsOn,
        endsOn,
        workingDays,
        endsAt,
      });
      patch.stepResults.notice = { startsOn, endsOn, workingDays, ...by };
      patch.dueAt = endsAt;
      break;
    }
    case "decision":
      patch.stepResults.decision = {
        action: t.action,
        outcome: t.outcome,
        state: t.to,
        comment: input.comment,
        ...by,
      };
      break;
    case "certificate": {
      const certificate = await issueCertificate(tx, actor, def, after, now);
      patch.stepResults.certificate = {
        id: certificate.id,
        number: certificate.number,
        issuedOn: certificate.issuedOn,
      };
      await hooks.onCertificateIssued?.(tx, { instance: after, certificate });
      break;
    }
    default:
      break;
  }
  return patch;
}
