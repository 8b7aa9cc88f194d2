import { CITY_CODE } from "@rdcity/common";
import { and, count, eq } from "drizzle-orm";
import type { Actor } from "../../../../core/actor.js";
import { recordAudit } from "../../../../core/audit/index.js";
import type { Db } from "../../../../core/db/client.js";
import { AppError } from "../../../../core/errors.js";
import { getInstance, startInstance, transition, type WorkflowEnv } from "../../../../core/workflow/index.js";
import { cultivationCandidates, cultivationRounds } from "../../schema.js";
import { ROUND_PROCESS, ROUND_SUBJECT } from "../process.js";
import { assertDraft, getRoundOr404, type RoundRow, versionConflict } from "../repo.js";

/**
 * The city submits a scored draft round for the leadership's approval (If-Match: the round's version): the first
 * time (or after a withdrawal) it starts the `cultivation_round` process in the city (430100); a returned round
 * is submitted again on its instance. The round's status follows in the same transaction.
 */
export async function submitRound(
  db: Db,
  actor: Actor,
  id: string,
  expectedVersion: number,
  env: Partial<WorkflowEnv> = {},
): Promise<RoundRow> {
  return db.transaction(async (tx) => {
    const round = await getRoundOr404(tx, id, { forUpdate: true });
    if (round.version !== expectedVersion) versionConflict(round);
    assertDraft(round);
    if (!round.scoredAt) throw new AppError("cultivation_round_not_scored", { title: round.title });
    const [selected] = await tx
      .select({ n: count() })
      .from(cultivationCandidates)
      .where(and(eq(cultivationCandidates.roundId, id), eq(cultivationCandidates.selected, true)));
    const n = Number(selected?.n ?? 0);
    if (!n) throw new AppError("cultivation_round_none_selected", { title: round.title });
    const data = { title: round.title, year: round.year, dataYear: round.dataYear, selected: n };
    const asDb = tx as unknown as Db;
    const current = round.instanceId ? await getInstance(tx, actor, round.instanceId) : null;
    if (current?.state === "returned") {
      // The hook moves the round to submitted.
      await transition(
        asDb,
        actor,
        current.id,
        { action: "resubmit", expectedVersion: current.version, data },
        env,
      );
      return getRoundOr404(tx, id);
    }
    const started = await startInstance(
      asDb,
      actor,
      {
        process: ROUND_PROCESS,
        subject: { type: ROUND_SUBJECT, id },
        ownerName: "长沙市科学技术局",
        areaCode: CITY_CODE,
        data,
      },
      env,
    );
    const at = new Date(started.stateEnteredAt);
    const [after] = await tx
      .update(cultivationRounds)
      .set({
        status: "submitted",
        instanceId: started.id,
        version: round.version + 1,
        updatedAt: at,
        updatedBy: actor.username,
      })
      .where(eq(cultivationRounds.id, id))
      .returning();
    await recordAudit(tx, actor, {
      action: "cultivation_round.submit",
      targetType: "cultivation_round",
      targetId: id,
      before: { status: round.status, version: round.version },
      after: { status: "submitted", version: after!.version, instanceId: started.id, selected: n },
    });
    return after!;
  });
}
