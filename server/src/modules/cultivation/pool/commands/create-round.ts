import type { CultivationRoundCreate } from "@rdcity/common";
import { CultivationRoundCreateSchema } from "@rdcity/common";
import type { Actor } from "../../../../core/actor.js";
import { recordAudit } from "../../../../core/audit/index.js";
import type { Db } from "../../../../core/db/client.js";
import { AppError } from "../../../../core/errors.js";
import { cultivationRounds } from "../../schema.js";
import { checkCriteria } from "../criteria.js";
import type { RoundRow } from "../repo.js";

export function checkYears(year: number, dataYear: number): void {
  if (dataYear > year) throw new AppError("cultivation_data_year", { year, dataYear });
}

/** A draft round: title, year, data year, criteria (checked: 422 with the paths) and the cap (100 by default). */
export async function createRound(
  db: Db,
  actor: Actor,
  input: CultivationRoundCreate,
  opts: { now?: Date } = {},
): Promise<RoundRow> {
  const parsed = CultivationRoundCreateSchema.parse(input);
  const criteria = checkCriteria(parsed.criteria);
  checkYears(parsed.year, parsed.dataYear);
  const at = opts.now ?? new Date();
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(cultivationRounds)
      .values({
        title: parsed.title,
        year: parsed.year,
        dataYear: parsed.dataYear,
        criteria,
        cap: parsed.cap,
        status: "draft",
        createdAt: at,
        createdBy: actor.username,
        updatedAt: at,
        updatedBy: actor.username,
      })
      .returning();
    await recordAudit(tx, actor, {
      action: "cultivation_round.create",
      targetType: "cultivation_round",
      targetId: row!.id,
      after: { title: row!.title, year: row!.year, dataYear: row!.dataYear, cap: row!.cap, criteria },
    });
    return row!;
  });
}
