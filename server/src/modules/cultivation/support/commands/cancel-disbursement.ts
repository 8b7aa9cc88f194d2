import type { DisbursementCancel } from "@rdcity/common";
import { and, eq } from "drizzle-orm";
import type { Actor } from "../../../../core/actor.js";
import { recordAudit } from "../../../../core/audit/index.js";
import type { Db } from "../../../../core/db/client.js";
import { fundDisbursements } from "../../schema.js";
import type { DisbursementRow } from "../repo.js";
import { disbursementOr404, notCommitted } from "./pay-disbursement.js";

/**
 * Cancels a committed (not yet paid) disbursement with a reason, kept in the audit log: the money returns to the
 * fund year's room and the platform's support year is free again. A paid or cancelled one: 409.
 */
export async function cancelDisbursement(
  db: Db,
  actor: Actor,
  id: string,
  input: DisbursementCancel,
  now: Date,
): Promise<DisbursementRow> {
  return db.transaction(async (tx) => {
    const before = await disbursementOr404(tx, id, true);
    if (before.status !== "committed") notCommitted(before, { zh: "取消", en: "cancelled" });
    const [after] = await tx
      .update(fundDisbursements)
      .set({
        status: "cancelled",
        cancelledReason: input.reason,
        version: before.version + 1,
        updatedAt: now,
        updatedBy: actor.username,
      })
      .where(and(eq(fundDisbursements.id, id), eq(fundDisbursements.status, "committed")))
      .returning();
    if (!after) notCommitted(await disbursementOr404(tx, id), { zh: "取消", en: "cancelled" });
    await recordAudit(tx, actor, {
      action: "fund_disbursement.cancel",
      targetType: "fund_disbursement",
      targetId: id,
      before: { status: before.status, version: before.version },
      after: { status: "cancelled", reason: input.reason, amount: before.amount },
    });
    return after;
  });
}
