import type { Role } from "@rdcity/common";
import { and, asc, eq } from "drizzle-orm";
import type { Actor } from "../actor.js";
import { recordAudit } from "../audit/index.js";
import { users } from "../auth/schema.js";
import type { Db, Executor } from "../db/client.js";
import { AppError } from "../errors.js";
import { isUuid } from "./access.js";
import { envOf, type WorkflowEnv } from "./env.js";
import { ExpertInput } from "./inputs.js";
import { workflowExperts } from "./schema.js";
import { versionConflictOf } from "./versions.js";

/** Who keeps the expert pool (until roles.ts grows a permission for it). */
export const EXPERT_POOL_MANAGERS: readonly Role[] = ["city_admin"];

export type ExpertRow = typeof workflowExperts.$inferSelect;

function assertManager(actor: Actor): void {
  if (actor.role !== "system" && !EXPERT_POOL_MANAGERS.includes(actor.role)) throw new AppError("forbidden");
}

export const presentExpert = (row: ExpertRow) => ({
  id: row.id,
  userId: row.userId,
  name: row.name,
  orgEntityId: row.orgEntityId,
  orgName: row.orgName,
  districtCode: row.districtCode,
  fields: row.fields,
  avoidEntityIds: row.avoidEntityIds,
  active: row.active,
  version: row.version,
  updatedAt: row.updatedAt.toISOString(),
  updatedBy: row.updatedBy,
});
export type Expert = ReturnType<typeof presentExpert>;

export async function addExpert(
  db: Db,
  actor: Actor,
  input: ExpertInput,
  env: Partial<WorkflowEnv> = {},
): Promise<Expert> {
  assertManager(actor);
  const parsed = ExpertInput.parse(input);
  const now = envOf(env).clock.now();
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(workflowExperts)
      .values({
        ...parsed,
        fields: parsed.fields ?? [],
        avoidEntityIds: parsed.avoidEntityIds ?? [],
        createdAt: now,
        createdBy: actor.username,
        updatedAt: now,
        updatedBy: actor.username,
      })
      .returning();
    const expert = presentExpert(row!);
    await recordAudit(tx, actor, {
      action: "workflow.expert.add",
      targetType: "workflow_expert",
      targetId: expert.id,
      after: expert,
    });
    return expert;
  });
}

/** Changes an expert's record (relations declared, deactivation) with optimistic concurrency. */
export async function updateExpert(
  db: Db,
  actor: Actor,
  expertId: string,
  expectedVersion: number,
  patch: Partial<ExpertInput>,
  env: Partial<WorkflowEnv> = {},
): Promise<Expert> {
  assertManager(actor);
  const parsed = ExpertInput.partial().parse(patch);
  if (!isUuid(expertId)) throw new AppError("not_found");
  return db.transaction(async (tx) => {
    const [before] = await tx.select().from(workflowExperts).where(eq(workflowExperts.id, expertId));
    if (!before) throw new AppError("not_found");
    if (before.version !== expectedVersion) versionConflictOf(before);
    const [row] = await tx
      .update(workflowExperts)
      .set({
        ...parsed,
        version: before.version + 1,
        updatedAt: envOf(env).clock.now(),
        updatedBy: actor.username,
      })
      .where(and(eq(workflowExperts.id, expertId), eq(workflowExperts.version, expectedVersion)))
      .returning();
    if (!row) versionConflictOf(before);
    const expert = presentExpert(row);
    await recordAudit(tx, actor, {
      action: "workflow.expert.update",
      targetType: "workflow_expert",
      targetId: expertId,
      before: presentExpert(before),
      after: expert,
    });
    return expert;
  });
}

export async function listExperts(db: Executor, actor: Actor): Promise<Expert[]> {
  assertManager(actor);
  const rows = await db
    .select()
    .from(workflowExperts)
    .orderBy(asc(workflowExperts.name), asc(workflowExperts.id));
  return rows.map(presentExpert);
}

/** Accounts with the expert role and the pool entry each is linked to (pool managers only). */
export async function expertAccounts(db: Executor, actor: Actor) {
  assertManager(actor);
  const rows = await db
    .select({
      id: users.id,
      username: users.username,
      displayName: users.displayName,
      status: users.status,
      expertId: workflowExperts.id,
    })
    .from(users)
    .leftJoin(workflowExperts, eq(workflowExperts.userId, users.id))
    .where(eq(users.role, "expert"))
    .orderBy(asc(users.username));
  return rows.map((r) => ({
    id: r.id,
    username: r.username,
    displayName: r.displayName,
    active: r.status === "active",
    expertId: r.expertId,
  }));
}
