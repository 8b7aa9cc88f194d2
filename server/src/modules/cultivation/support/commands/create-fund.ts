import type { FundCreate } from "@rdcity/common";
import type { Actor } from "../../../../core/actor.js";
import { recordAudit } from "../../../../core/audit/index.js";
import type { Db } from "../../../../core/db/client.js";
import { AppError } from "../../../../core/errors.js";
import { specialFunds } from "../../schema.js";
import type { FundRow } from "../repo.js";

const isUniqueViolation = (error: unknown) => {
  for (let e: unknown = error; e; e = (e as { cause?: unknown }).cause)
    if ((e as { code?: string }).code === "23505") return true;
  return false;
};

/** Creates a fund year (the special fund's budget for a year, 万元); one per code and year (409 otherwise). */
export async function createFund(db: Db, actor: Actor, input: FundCreate, now: Date): Promise<FundRow> {
  try {
    return await db.transaction(async (tx) => {
      const [row] = await tx
        .insert(specialFunds)
        .values({
          ...input,
          createdAt: now,
          createdBy: actor.username,
          updatedAt: now,
          updatedBy: actor.username,
        })
        .returning();
      await recordAudit(tx, actor, {
        action: "special_fund.create",
        targetType: "special_fund",
        targetId: row!.id,
        after: input,
      });
      return row!;
    });
  } catch (error) {
    if (isUniqueViolation(error))
      throw new AppError("support_fund_exists", { code: input.code, year: input.year });
    throw error;
  }
}
