import { formatDateTime } from "@rdcity/common";
import { eq } from "drizzle-orm";
import type { Actor } from "../../../core/actor.js";
import { inScope, scopeOf } from "../../../core/auth/scope.js";
import type { Executor } from "../../../core/db/client.js";
import { AppError } from "../../../core/errors.js";
import { platformSummaries } from "../../platforms/index.js";
import { type cultivationCandidates, type cultivationPool, cultivationRounds } from "../schema.js";

export type RoundRow = typeof cultivationRounds.$inferSelect;
export type CandidateRow = typeof cultivationCandidates.$inferSelect;
export type PoolRow = typeof cultivationPool.$inferSelect;
export type PlatformSummary = Awaited<ReturnType<typeof platformSummaries>>[number];

const isUuid = (v: string) => /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(v);

/** A round by id (rounds are city-wide: whoever reads the module reads every round); 404 when absent. */
export async function getRoundOr404(ex: Executor, id: string, opts: { forUpdate?: boolean } = {}) {
  if (!isUuid(id)) throw new AppError("not_found");
  const q = ex.select().from(cultivationRounds).where(eq(cultivationRounds.id, id));
  const [row] = opts.forUpdate ? await q.for("update") : await q;
  if (!row) throw new AppError("not_found");
  return row;
}

const LOCKED: Record<string, { zh: string; en: string }> = {
  submitted: { zh: "已提交审批", en: "submitted for approval" },
  approved: { zh: "已批准并在公示中", en: "approved and under public notice" },
  announced: { zh: "已公布", en: "announced" },
  rejected: { zh: "未获通过", en: "rejected" },
};

/** Only a draft round changes (criteria, weights, cap, scores); 409 naming its state otherwise. */
export function assertDraft(round: RoundRow): void {
  if (round.status === "draft") return;
  const name = LOCKED[round.status] ?? { zh: round.status, en: round.status };
  throw new AppError("cultivation_round_not_draft", {
    title: round.title,
    statusZh: name.zh,
    statusEn: name.en,
  });
}

export function versionConflict(row: { updatedBy: string | null; updatedAt: Date }): never {
  throw new AppError("version_conflict", { by: row.updatedBy ?? "?", at: formatDateTime(row.updatedAt) });
}

/** Whether the actor's reads are limited to an area (a district user): its platforms only. */
export const isAreaScoped = (actor: Actor) => scopeOf(actor).kind !== "all";

/**
 * The platforms among `ids` the actor may see, with their public facts (name, type, level, district, zone):
 * every one for the city and the leadership, those in its area for a district user. Every read of candidates
 * and pool entries goes through this, so a district never sees another area's platforms.
 */
export async function visiblePlatforms(
  ex: Executor,
  actor: Actor,
  ids: readonly string[],
): Promise<Map<string, PlatformSummary>> {
  const unique = [...new Set(ids)];
  const rows = unique.length ? await platformSummaries(ex, unique) : [];
  const scope = scopeOf(actor);
  return new Map(
    rows
      .filter((p) => inScope(scope, { districtCode: p.districtCode, zoneCode: p.zoneCode, orgId: null }))
      .map((p) => [p.id, p]),
  );
}

/** A platform the actor may see, or 404 (no existence leak for other areas). */
export async function visiblePlatformOr404(ex: Executor, actor: Actor, id: string): Promise<PlatformSummary> {
  if (!isUuid(id)) throw new AppError("not_found");
  const found = (await visiblePlatforms(ex, actor, [id])).get(id);
  if (!found) throw new AppError("not_found");
  return found;
}
