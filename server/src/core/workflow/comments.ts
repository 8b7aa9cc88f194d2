import { asc, eq } from "drizzle-orm";
import type { Actor } from "../actor.js";
import { recordAudit } from "../audit/index.js";
import type { Db, Executor } from "../db/client.js";
import { AppError } from "../errors.js";
import { isOfficial, loadInstance } from "./access.js";
import { envOf, type WorkflowEnv } from "./env.js";
import { emitWorkflowEvent } from "./events.js";
import { CommentInput } from "./inputs.js";
import { workflowComments } from "./schema.js";

const present = (row: typeof workflowComments.$inferSelect) => ({
  id: row.id,
  at: row.at.toISOString(),
  authorName: row.authorName,
  authorRole: row.authorRole,
  body: row.body,
  internal: row.internal,
});
export type WorkflowComment = ReturnType<typeof present>;

/** A comment by anyone who may read the instance; internal notes only by officials handling it. */
export async function addComment(
  db: Db,
  actor: Actor,
  instanceId: string,
  input: CommentInput,
  env: Partial<WorkflowEnv> = {},
): Promise<WorkflowComment> {
  const parsed = CommentInput.parse(input);
  const now = envOf(env).clock.now();
  return db.transaction(async (tx) => {
    const { def, instance } = await loadInstance(tx, actor, instanceId);
    const internal = parsed.internal ?? false;
    if (internal && !isOfficial(actor, def, instance)) throw new AppError("forbidden");
    const [row] = await tx
      .insert(workflowComments)
      .values({
        instanceId,
        at: now,
        authorId: actor.userId,
        authorName: actor.username,
        authorRole: actor.role,
        body: parsed.body,
        internal,
      })
      .returning();
    await recordAudit(tx, actor, {
      action: "workflow.comment",
      targetType: "workflow_instance",
      targetId: instanceId,
      after: { commentId: row!.id, internal, body: parsed.body },
    });
    await emitWorkflowEvent(tx, {
      kind: "comment_added",
      def,
      instance,
      actor,
      at: now,
      comment: parsed.body,
      internal,
    });
    return present(row!);
  });
}

/** Comments in order; internal notes are left out for the applicant and the experts. */
export async function listComments(
  db: Executor,
  actor: Actor,
  instanceId: string,
): Promise<WorkflowComment[]> {
  const { def, instance } = await loadInstance(db, actor, instanceId);
  const official = isOfficial(actor, def, instance);
  const rows = await db
    .select()
    .from(workflowComments)
    .where(eq(workflowComments.instanceId, instanceId))
    .orderBy(asc(workflowComments.at), asc(workflowComments.id));
  return rows.filter((r) => official || !r.internal).map(present);
}
