import {
  CULTIVATION_POOL_STATUS_NAMES,
  CultivationDropInputSchema,
  type CultivationPoolStatus,
} from "@rdcity/common";
import { and, eq } from "drizzle-orm";
import type { Actor } from "../../../../core/actor.js";
import { recordAudit } from "../../../../core/audit/index.js";
import type { Db } from "../../../../core/db/client.js";
import { AppError } from "../../../../core/errors.js";
import { platformSummaries } from "../../../platforms/index.js";
import { cultivationPool } from "../../schema.js";
import { type PoolRow, versionConflict } from "../repo.js";

const isUuid = (v: string) => /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(v);

/**
 * The city drops a member from the pool with a reason (e.g. the platform stopped reporting, or was revoked) on
 * `today`. Only a member still in the pool can be dropped; If-Match (when given) must name its version.
 */
export async function dropFromPool(
  db: Db,
  actor: Actor,
  poolId: string,
  input: { reason: string },
  opts: { today: string; expectedVersion?: number; now?: Date },
): Promise<PoolRow> {
  const { reason } = CultivationDropInputSchema.parse(input);
  if (!isUuid(poolId)) throw new AppError("not_found");
  const at = opts.now ?? new Date();
  return db.transaction(async (tx) => {
    const [row] = await tx.select().from(cultivationPool).where(eq(cultivationPool.id, poolId)).for("update");
    if (!row) throw new AppError("not_found");
    if (opts.expectedVersion !== undefined && row.version !== opts.expectedVersion) versionConflict(row);
    if (row.status !== "in_pool") {
      const [p] = await platformSummaries(tx, [row.platformId]);
      const s = CULTIVATION_POOL_STATUS_NAMES[row.status as CultivationPoolStatus];
      throw new AppError("cultivation_pool_not_active", {
        name: p?.name ?? row.platformId,
        statusZh: `“${s?.zh ?? row.status}”`,
        statusEn: (s?.en ?? row.status).toLowerCase(),
      });
    }
    const [after] = await tx
      .update(cultivationPool)
      .set({
        status: "dropped",
        droppedOn: opts.today,
        droppedReason: reason,
        version: row.version + 1,
        updatedAt: at,
        updatedBy: actor.username,
      })
      .where(and(eq(cultivationPool.id, poolId), eq(cultivationPool.version, row.version)))
      .returning();
    if (!after) versionConflict(row);
    await recordAudit(tx, actor, {
      action: "cultivation_pool.drop",
      targetType: "platform",
      targetId: row.platformId,
      before: { poolId, status: row.status, version: row.version },
      after: { poolId, status: "dropped", droppedOn: opts.today, reason, version: after.version },
    });
    return after;
  });
}
