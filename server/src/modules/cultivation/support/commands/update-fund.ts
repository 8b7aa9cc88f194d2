import { type FundPatch, formatDateTime } from "@rdcity/common";
import { and, eq } from "drizzle-orm";
import type { Actor } from "../../../../core/actor.js";
import { recordAudit } from "../../../../core/audit/index.js";
import type { Db } from "../../../../core/db/client.js";
import { AppError } from "../../../../core/errors.js";
import { specialFunds } from "../../schema.js";
import { cents, moneyText } from "../money.js";
import { type FundRow, fundOr404, totalsOfFund } from "../repo.js";

export function versionConflict(row: { updatedBy: string | null; updatedAt: Date }): never {
  throw new AppError("version_conflict", { by: row.updatedBy ?? "?", at: formatDateTime(row.updatedAt) });
}

/**
 * Changes a fund year's name or budget (If-Match version). The budget may not drop below what is committed
 * (committed and paid disbursements): 422 naming both. The fund row is locked so an approval cannot commit
 * meanwhile.
 */
export async function updateFund(
  db: Db,
  actor: Actor,
  id: string,
  expectedVersion: number,
  patch: FundPatch,
  now: Date,
): Promise<FundRow> {
  return db.transaction(async (tx) => {
    const before = await fundOr404(tx, id, { lock: true });
    if (before.version !== expectedVersion) versionConflict(before);
    if (patch.budget !== undefined) {
      const { committed } = await totalsOfFund(tx, id);
      if (cents(patch.budget) < committed)
        throw new AppError("support_fund_below_committed", {
          budget: patch.budget,
          committed: moneyText(committed),
        });
    }
    const [after] = await tx
      .update(specialFunds)
      .set({
        ...(patch.name !== undefined ? { name: patch.name } : {}),
        ...(patch.budget !== undefined ? { budget: patch.budget } : {}),
        version: before.version + 1,
        updatedAt: now,
        updatedBy: actor.username,
      })
      .where(and(eq(specialFunds.id, id), eq(specialFunds.version, expectedVersion)))
      .returning();
    if (!after) versionConflict(before);
    await recordAudit(tx, actor, {
      action: "special_fund.update",
      targetType: "special_fund",
      targetId: id,
      before: { name: before.name, budget: before.budget, version: before.version },
      after: { name: after.name, budget: after.budget, version: after.version },
    });
    return after;
  });
}
