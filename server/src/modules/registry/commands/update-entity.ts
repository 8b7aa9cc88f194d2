import { type EntityPatch, nameSignature } from "@rdcity/common";
import { and, eq } from "drizzle-orm";
import type { Actor } from "../../../core/actor.js";
import { inScope, scopeOf } from "../../../core/auth/scope.js";
import type { Db } from "../../../core/db/client.js";
import { AppError } from "../../../core/errors.js";
import { searchVectorOf } from "../../../core/search/index.js";
import { recordEntityChanges } from "../history.js";
import type { EntityRow } from "../presenters.js";
import { findByUscc, getEntityOr404 } from "../repo.js";
import { entities } from "../schema.js";
import { versionConflict } from "./create-entity.js";

/** Optimistic update: the caller's If-Match version must be the current one; the write checks it again atomically. */
export async function updateEntity(
  db: Db,
  actor: Actor,
  id: string,
  expectedVersion: number,
  patch: EntityPatch,
): Promise<EntityRow> {
  return db.transaction(async (tx) => {
    const before = await getEntityOr404(tx, actor, id);
    if (before.version !== expectedVersion) versionConflict(before);
    if (before.status === "merged") throw new AppError("record_inactive", { status: "merged" });
    const { statusReason, ...fields } = patch;
    const next = {
      ...before,
      ...Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined)),
    } as EntityRow;
    if (!inScope(scopeOf(actor), { districtCode: next.districtCode, zoneCode: next.zoneCode, orgId: id })) {
      throw new AppError("out_of_scope", { area: actor.areaCode ?? "" });
    }
    if (fields.uscc && fields.uscc !== before.uscc) {
      const clash = await findByUscc(tx, fields.uscc);
      if (clash) throw new AppError("uscc_taken", { uscc: fields.uscc, name: clash.name });
    }
    // A renamed entity keeps its old name among its former names.
    let formerNames = next.formerNames;
    if (fields.name && fields.name !== before.name && !formerNames.includes(before.name))
      formerNames = [...formerNames, before.name];
    const updated = await tx
      .update(entities)
      .set({
        ...fields,
        formerNames,
        nameSignature: nameSignature(next.name),
        searchVector: searchVectorOf(next.name, next.nameEn, ...formerNames),
        version: before.version + 1,
        updatedAt: new Date(),
        updatedBy: actor.username,
      })
      .where(and(eq(entities.id, id), eq(entities.version, expectedVersion)))
      .returning();
    if (!updated.length) versionConflict((await getEntityOr404(tx, actor, id)) ?? before);
    const after = updated[0]!;
    const action =
      fields.status && fields.status !== before.status
        ? fields.status === "deregistered"
          ? "deregister"
          : "reactivate"
        : "update";
    await recordEntityChanges(tx, actor, [{ before, after, action, note: statusReason ?? null }]);
    return after;
  });
}
