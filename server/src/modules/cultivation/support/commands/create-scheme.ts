import { CITY_CODE, type SchemeCreate } from "@rdcity/common";
import { and, eq } from "drizzle-orm";
import type { Actor } from "../../../../core/actor.js";
import { recordAudit } from "../../../../core/audit/index.js";
import type { Db } from "../../../../core/db/client.js";
import { AppError } from "../../../../core/errors.js";
import { defaultEnv, startInstance, type WorkflowEnv } from "../../../../core/workflow/index.js";
import { specialFunds, supportSchemes } from "../../schema.js";
import { poolPlatformIds } from "../eligibility.js";
import { SCHEME_PROCESS, SCHEME_SUBJECT } from "../process.js";
import type { SchemeRow } from "../repo.js";

/**
 * Drafts a support scheme against the fund year of its support year (422 when the fund has no budget for that
 * year, or the rules name an unknown round), with its approval instance (state draft, in the city) in one
 * transaction. The scheme is simulated next, then submitted through the workflow.
 */
export async function createScheme(
  db: Db,
  actor: Actor,
  input: SchemeCreate,
  env: Partial<WorkflowEnv> = {},
): Promise<SchemeRow> {
  const e = { ...defaultEnv, ...env };
  const now = e.clock.now();
  const [fund] = await db
    .select()
    .from(specialFunds)
    .where(and(eq(specialFunds.code, input.fundCode), eq(specialFunds.year, input.year)));
  if (!fund) throw new AppError("support_fund_unknown", { code: input.fundCode, year: input.year });
  if (input.rules.eligibility.kind === "pool" && input.rules.eligibility.roundId)
    await poolPlatformIds(db, input.rules.eligibility.roundId);
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(supportSchemes)
      .values({
        title: input.title,
        year: input.year,
        dataYear: input.dataYear,
        fundId: fund.id,
        rules: input.rules as Record<string, unknown>,
        budget: input.budget,
        status: "draft",
        createdAt: now,
        createdBy: actor.username,
        updatedAt: now,
        updatedBy: actor.username,
      })
      .returning();
    const instance = await startInstance(
      tx as unknown as Db,
      actor,
      {
        process: SCHEME_PROCESS,
        subject: { type: SCHEME_SUBJECT, id: row!.id },
        areaCode: CITY_CODE,
        data: {
          title: input.title,
          year: input.year,
          dataYear: input.dataYear,
          fundCode: input.fundCode,
          budget: input.budget,
        },
      },
      e,
    );
    const [linked] = await tx
      .update(supportSchemes)
      .set({ instanceId: instance.id })
      .where(eq(supportSchemes.id, row!.id))
      .returning();
    await recordAudit(tx, actor, {
      action: "support_scheme.create",
      targetType: "support_scheme",
      targetId: row!.id,
      after: { ...input, fundId: fund.id, instanceId: instance.id },
    });
    return linked!;
  });
}
