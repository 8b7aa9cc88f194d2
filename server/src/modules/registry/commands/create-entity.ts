import { type EntityCreate, formatDateTime, nameSignature } from "@rdcity/common";
import type { Actor } from "../../../core/actor.js";
import { inScope, scopeOf } from "../../../core/auth/scope.js";
import type { Db } from "../../../core/db/client.js";
import { AppError } from "../../../core/errors.js";
import { recordEntityChanges } from "../history.js";
import type { EntityRow } from "../presenters.js";
import { duplicateCandidates, findByUscc } from "../repo.js";
import { newEntityValues } from "../row-values.js";
import { entities, entityDistinctPairs } from "../schema.js";

export function presentCandidate(c: Awaited<ReturnType<typeof duplicateCandidates>>[number]) {
  return {
    id: c.row.id,
    uscc: c.row.uscc,
    name: c.row.name,
    districtCode: c.row.districtCode,
    status: c.row.status as "active" | "merged" | "deregistered",
    reason: c.reason,
    similarity: c.similarity,
  };
}

export const orderedPair = (a: string, b: string) =>
  a < b ? { entityA: a, entityB: b } : { entityA: b, entityB: a };

/**
 * Registers an entity. A clash of code is a 409; a similar name is a 409 `possible_duplicate` listing the
 * candidates, unless the caller confirms it is distinct (then the pairs are remembered as distinct).
 */
export async function createEntity(
  db: Db,
  actor: Actor,
  input: EntityCreate,
  opts: { isDemo?: boolean } = {},
): Promise<EntityRow> {
  const { confirmDistinct, ...fields } = input;
  if (
    !inScope(scopeOf(actor), {
      districtCode: fields.districtCode,
      zoneCode: fields.zoneCode ?? null,
      orgId: null,
    })
  ) {
    throw new AppError("out_of_scope", { area: actor.areaCode ?? "" });
  }
  return db.transaction(async (tx) => {
    const clash = await findByUscc(tx, fields.uscc);
    if (clash) throw new AppError("uscc_taken", { uscc: fields.uscc, name: clash.name });
    const signature = nameSignature(fields.name);
    const candidates = await duplicateCandidates(tx, { signature });
    if (candidates.length && !confirmDistinct) {
      throw new AppError(
        "possible_duplicate",
        { name: candidates[0]!.row.name },
        { candidates: candidates.map(presentCandidate) },
      );
    }
    const [row] = await tx
      .insert(entities)
      .values(newEntityValues(fields, actor, opts))
      .returning();
    if (candidates.length) {
      await tx
        .insert(entityDistinctPairs)
        .values(
          candidates.map((c) => ({
            ...orderedPair(row!.id, c.row.id),
            reason: "confirmed on create",
            createdBy: actor.username,
          })),
        )
        .onConflictDoNothing();
    }
    await recordEntityChanges(tx, actor, [{ before: null, after: row!, action: "create" }]);
    return row!;
  });
}

export function versionConflict(row: EntityRow): never {
  throw new AppError("version_conflict", { by: row.updatedBy ?? "?", at: formatDateTime(row.updatedAt) });
}
