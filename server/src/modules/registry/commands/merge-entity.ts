import { and, eq } from "drizzle-orm";
import type { Actor } from "../../../core/actor.js";
import { recordAudit } from "../../../core/audit/index.js";
import type { Db } from "../../../core/db/client.js";
import { AppError } from "../../../core/errors.js";
import { searchVectorOf } from "../../../core/search/index.js";
import { recordEntityChanges } from "../history.js";
import type { EntityRow } from "../presenters.js";
import { getEntityOr404 } from "../repo.js";
import { entities, entityDistinctPairs } from "../schema.js";
import { orderedPair, versionConflict } from "./create-entity.js";

/**
 * Merges a duplicate into the record that stays. Nothing is deleted: the duplicate becomes `merged` with a
 * successor link, and the survivor keeps the duplicate's name among its former names (provenance).
 */
export async function mergeEntity(
  db: Db,
  actor: Actor,
  id: string,
  expectedVersion: number,
  input: { successorId: string; reason: string },
  lang: "zh-CN" | "en-US",
): Promise<{ merged: EntityRow; successor: EntityRow }> {
  const en = lang === "en-US";
  if (id === input.successorId)
    throw new AppError("merge_invalid", {
      reason: en ? "a record cannot merge into itself" : "不能与自身合并",
    });
  return db.transaction(async (tx) => {
    const source = await getEntityOr404(tx, actor, id);
    const target = await getEntityOr404(tx, actor, input.successorId);
    if (source.version !== expectedVersion) versionConflict(source);
    if (source.status === "merged")
      throw new AppError("merge_invalid", {
        reason: en ? "this record is already merged" : "该记录已被合并",
      });
    if (target.status !== "active")
      throw new AppError("merge_invalid", {
        reason: en ? "the surviving record is not active" : "保留的记录不是正常状态",
      });
    const now = new Date();
    const [merged] = await tx
      .update(entities)
      .set({
        status: "merged",
        successorId: target.id,
        version: source.version + 1,
        updatedAt: now,
        updatedBy: actor.username,
      })
      .where(and(eq(entities.id, source.id), eq(entities.version, expectedVersion)))
      .returning();
    if (!merged) versionConflict(source);
    const formerNames = [...new Set([...target.formerNames, source.name, ...source.formerNames])].filter(
      (n) => n !== target.name,
    );
    const [successor] = await tx
      .update(entities)
      .set({
        formerNames,
        searchVector: searchVectorOf(target.name, target.nameEn, ...formerNames),
        version: target.version + 1,
        updatedAt: now,
        updatedBy: actor.username,
      })
      .where(eq(entities.id, target.id))
      .returning();
    await recordEntityChanges(tx, actor, [
      { before: source, after: merged!, action: "merge", note: input.reason },
      {
        before: target,
        after: successor!,
        action: "merged_into",
        note: `${source.name} (${source.uscc}): ${input.reason}`,
      },
    ]);
    return { merged: merged!, successor: successor! };
  });
}

/** Declares two similar records to be different organisations, so duplicate checks stop pairing them. */
export async function markDistinct(
  db: Db,
  actor: Actor,
  id: string,
  otherId: string,
  reason: string | undefined,
) {
  if (id === otherId) throw new AppError("merge_invalid", { reason: "same record" });
  await db.transaction(async (tx) => {
    await getEntityOr404(tx, actor, id);
    await getEntityOr404(tx, actor, otherId);
    await tx
      .insert(entityDistinctPairs)
      .values({ ...orderedPair(id, otherId), reason: reason ?? null, createdBy: actor.username })
      .onConflictDoNothing();
    await recordAudit(tx, actor, {
      action: "entity.mark_distinct",
      targetType: "entity",
      targetId: id,
      after: { otherId, reason: reason ?? null },
    });
  });
}
