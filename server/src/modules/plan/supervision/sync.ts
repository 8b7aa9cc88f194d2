import { eq } from "drizzle-orm";
import { recordAudit } from "../../../core/audit/index.js";
import type { Executor } from "../../../core/db/client.js";
import type { TransitionEvent } from "../../../core/workflow/index.js";
import { planSupervisionNotices } from "../schema.js";

export type NoticeRow = typeof planSupervisionNotices.$inferSelect;

/**
 * The process hook, inside every transition's transaction: the notice's status follows the instance; a reply
 * stores its text and time (a reply after the due date reads as late); a returned reply waits for a new one.
 */
export async function syncSupervisionNotice(tx: Executor, event: TransitionEvent): Promise<void> {
  const { instance, actor, action, to } = event;
  const at = instance.stateEnteredAt;
  const [notice] = await tx
    .select()
    .from(planSupervisionNotices)
    .where(eq(planSupervisionNotices.id, instance.subjectId))
    .for("update");
  if (!notice)
    throw new Error(`supervision notice ${instance.subjectId} of instance ${instance.id} is missing`);
  const set: Partial<NoticeRow> = {
    status: to,
    version: notice.version + 1,
    updatedAt: at,
    updatedBy: actor.username,
  };
  if (action === "reply") Object.assign(set, { reply: String(instance.data.reply).trim(), repliedAt: at });
  if (action === "return") set.repliedAt = null;
  const [after] = await tx
    .update(planSupervisionNotices)
    .set(set)
    .where(eq(planSupervisionNotices.id, notice.id))
    .returning();
  await recordAudit(tx, actor, {
    action: `plan_supervision.${action}`,
    targetType: "plan_supervision_notice",
    targetId: notice.id,
    before: { status: notice.status, version: notice.version },
    after: {
      status: after!.status,
      version: after!.version,
      ...(action === "reply" ? { reply: after!.reply } : {}),
      ...(event.comment ? { comment: event.comment } : {}),
    },
  });
}
