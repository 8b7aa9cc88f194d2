import type { FollowupStatus } from "@rdcity/common";
import { eq } from "drizzle-orm";
import { recordAudit } from "../../../../core/audit/index.js";
import { shanghaiDate } from "../../../../core/calendar/index.js";
import type { Db, Executor } from "../../../../core/db/client.js";
import { AppError } from "../../../../core/errors.js";
import type { TransitionEvent } from "../../../../core/workflow/index.js";
import { startRevocation } from "../../../platforms/index.js";
import { evaluationFollowups } from "../../schema.js";

const STATUS_OF: Record<string, FollowupStatus> = {
  open: "open",
  submitted: "submitted",
  done: "done",
  escalated: "escalated",
  closed: "closed",
};

/**
 * The rectification process's hook, inside every transition's transaction: the follow-up row's status follows the
 * instance. Escalation is allowed only after the deadline; it starts the platform's revocation through the
 * platforms module (its own process, platform_revocation, proposed by the city with the reason given) and records
 * it as a follow-up of the same result, so both commit or neither.
 */
export async function syncRectification(tx: Executor, event: TransitionEvent): Promise<void> {
  const { instance, actor, to, action } = event;
  const [followup] = await tx
    .select()
    .from(evaluationFollowups)
    .where(eq(evaluationFollowups.id, instance.subjectId))
    .for("update");
  if (!followup) throw new Error(`follow-up ${instance.subjectId} of instance ${instance.id} is missing`);
  const at = instance.stateEnteredAt;
  const status = STATUS_OF[to] ?? followup.status;
  let revocationId: string | null = null;
  if (action === "escalate") {
    const today = shanghaiDate(at);
    if (!followup.deadline || today <= followup.deadline)
      throw new AppError("rectification_not_overdue", { deadline: followup.deadline ?? "" });
    const reason = String(instance.data.revocationReason ?? "").trim();
    const revocation = await startRevocation(
      tx as unknown as Db,
      actor,
      followup.platformId,
      { reason },
      {
        clock: { now: () => at },
      },
    );
    revocationId = revocation.id;
    await tx.insert(evaluationFollowups).values({
      resultId: followup.resultId,
      platformId: followup.platformId,
      kind: "revocation",
      instanceId: revocation.id,
      status: "open",
      createdAt: at,
      createdBy: actor.username,
      updatedAt: at,
      updatedBy: actor.username,
    });
  }
  if (status === followup.status && !revocationId) return;
  await tx
    .update(evaluationFollowups)
    .set({ status, version: followup.version + 1, updatedAt: at, updatedBy: actor.username })
    .where(eq(evaluationFollowups.id, followup.id));
  await recordAudit(tx, actor, {
    action: `cultivation.rectification.${action}`,
    targetType: "evaluation_followup",
    targetId: followup.id,
    before: { status: followup.status, version: followup.version },
    after: {
      status,
      version: followup.version + 1,
      ...(revocationId ? { revocationInstanceId: revocationId } : {}),
    },
  });
}
