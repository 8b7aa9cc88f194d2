import { DISBURSEMENT_STATUS_NAMES, type DisbursementPay, type DisbursementStatus } from "@rdcity/common";
import { and, eq } from "drizzle-orm";
import type { Actor } from "../../../../core/actor.js";
import { recordAudit } from "../../../../core/audit/index.js";
import type { Db, Executor } from "../../../../core/db/client.js";
import { AppError } from "../../../../core/errors.js";
import { fundDisbursements } from "../../schema.js";
import type { DisbursementRow } from "../repo.js";

export async function disbursementOr404(ex: Executor, id: string, lock = false): Promise<DisbursementRow> {
  const query = ex.select().from(fundDisbursements).where(eq(fundDisbursements.id, id));
  const [row] = lock ? await query.for("update") : await query;
  if (!row) throw new AppError("not_found");
  return row;
}

/** 409 for an action on a payment that is no longer committed (paid twice: its date and voucher). */
export function notCommitted(row: DisbursementRow, action: { zh: string; en: string }): never {
  if (row.status === "paid" && action.en === "paid")
    throw new AppError("support_already_paid", { paidOn: row.paidOn ?? "", voucherNo: row.voucherNo ?? "" });
  const name = DISBURSEMENT_STATUS_NAMES[row.status as DisbursementStatus];
  throw new AppError("support_disbursement_final", {
    statusZh: name.zh,
    statusEn: name.en.toLowerCase(),
    actionZh: action.zh,
    actionEn: action.en,
  });
}

/**
 * Records the payment of a committed disbursement with its date and voucher number: once (409 when it was paid
 * or cancelled), dated between the start of the support year and today.
 */
export async function payDisbursement(
  db: Db,
  actor: Actor,
  id: string,
  input: DisbursementPay,
  now: Date,
  today: string,
): Promise<DisbursementRow> {
  return db.transaction(async (tx) => {
    const before = await disbursementOr404(tx, id, true);
    if (before.status !== "committed") notCommitted(before, { zh: "支付", en: "paid" });
    if (input.paidOn > today || input.paidOn < `${before.supportYear}-01-01`)
      throw new AppError("support_paid_on_invalid", {
        paidOn: input.paidOn,
        today,
        year: before.supportYear,
      });
    const [after] = await tx
      .update(fundDisbursements)
      .set({
        status: "paid",
        paidOn: input.paidOn,
        voucherNo: input.voucherNo,
        version: before.version + 1,
        updatedAt: now,
        updatedBy: actor.username,
      })
      .where(and(eq(fundDisbursements.id, id), eq(fundDisbursements.status, "committed")))
      .returning();
    if (!after) notCommitted(await disbursementOr404(tx, id), { zh: "支付", en: "paid" });
    await recordAudit(tx, actor, {
      action: "fund_disbursement.pay",
      targetType: "fund_disbursement",
      targetId: id,
      before: { status: before.status, version: before.version },
      after: { status: "paid", paidOn: input.paidOn, voucherNo: input.voucherNo, amount: before.amount },
    });
    return after;
  });
}
