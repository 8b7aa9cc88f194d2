import { type EvaluationRoundStatus, formatDateTime } from "@rdcity/common";
import { and, eq, inArray } from "drizzle-orm";
import type { Actor } from "../../../core/actor.js";
import { inScope, type Scope, scopeOf } from "../../../core/auth/scope.js";
import type { Executor } from "../../../core/db/client.js";
import { AppError } from "../../../core/errors.js";
import { platformSummaries } from "../../platforms/index.js";
import { evaluationFollowups, evaluationResults, evaluationRounds } from "../schema.js";

export type RoundRow = typeof evaluationRounds.$inferSelect;
export type ResultRow = typeof evaluationResults.$inferSelect;
export type FollowupRow = typeof evaluationFollowups.$inferSelect;
export type PlatformFacts = Awaited<ReturnType<typeof platformSummaries>>[number];

/**
 * Who sees what of the evaluations: holders of cultivation.read every round, and the results of platforms in their
 * scope (a district its area); an entity user the published rounds only, and there its own platforms' results;
 * anyone else nothing.
 */
export type EvaluationViewer =
  | { kind: "officials"; scope: Scope }
  | { kind: "host"; orgId: string }
  | { kind: "none" };

export function evaluationViewer(actor: Actor): EvaluationViewer {
  if (actor.permissions.has("cultivation.read")) return { kind: "officials", scope: scopeOf(actor) };
  if (actor.role === "entity" && actor.orgId) return { kind: "host", orgId: actor.orgId };
  return { kind: "none" };
}

export const seesRound = (viewer: EvaluationViewer, round: Pick<RoundRow, "status">) =>
  viewer.kind === "officials" || (viewer.kind === "host" && round.status === "published");

export function seesPlatform(viewer: EvaluationViewer, p: PlatformFacts | undefined): boolean {
  if (!p) return false;
  if (viewer.kind === "host") return p.hostEntityId === viewer.orgId;
  if (viewer.kind === "officials")
    return inScope(viewer.scope, {
      districtCode: p.districtCode,
      zoneCode: p.zoneCode,
      orgId: p.hostEntityId,
    });
  return false;
}

/** A round the actor may see, or 404. */
export async function roundOr404(ex: Executor, actor: Actor, id: string): Promise<RoundRow> {
  const [round] = await ex.select().from(evaluationRounds).where(eq(evaluationRounds.id, id));
  if (!round || !seesRound(evaluationViewer(actor), round)) throw new AppError("not_found");
  return round;
}

/** A round for a change (row locked until the transaction ends), checked against the If-Match version if given. */
export async function roundForUpdate(ex: Executor, id: string, expectedVersion?: number): Promise<RoundRow> {
  const [round] = await ex.select().from(evaluationRounds).where(eq(evaluationRounds.id, id)).for("update");
  if (!round) throw new AppError("not_found");
  if (expectedVersion !== undefined && round.version !== expectedVersion)
    throw new AppError("version_conflict", {
      by: round.updatedBy ?? "?",
      at: formatDateTime(round.updatedAt),
    });
  return round;
}

const STATUS = {
  draft: { zh: "草稿", en: "a draft" },
  scored: { zh: "已评分", en: "scored" },
  published: { zh: "已发布", en: "published" },
} as const;

/** Fails unless the round is in one of the statuses, naming the action refused. */
export function assertRoundStatus(
  round: RoundRow,
  allowed: readonly EvaluationRoundStatus[],
  action: { zh: string; en: string },
): void {
  if (allowed.includes(round.status as EvaluationRoundStatus)) return;
  const s = STATUS[round.status as EvaluationRoundStatus] ?? { zh: round.status, en: round.status };
  throw new AppError("evaluation_round_status", {
    statusZh: s.zh,
    statusEn: s.en,
    actionZh: action.zh,
    actionEn: action.en,
  });
}

/** Reviews and rectifications started in a round (a round in use cannot be rescored). */
export async function followupCount(ex: Executor, roundId: string): Promise<number> {
  const rows = await ex
    .select({ id: evaluationFollowups.id })
    .from(evaluationFollowups)
    .innerJoin(evaluationResults, eq(evaluationResults.id, evaluationFollowups.resultId))
    .where(eq(evaluationResults.roundId, roundId));
  return rows.length;
}

/** Platform facts by id (current name, type, level, place, host). */
export async function platformFactsOf(ex: Executor, ids: string[]): Promise<Map<string, PlatformFacts>> {
  const unique = [...new Set(ids)];
  const out = new Map<string, PlatformFacts>();
  for (let i = 0; i < unique.length; i += 5000) {
    for (const p of await platformSummaries(ex, unique.slice(i, i + 5000))) out.set(p.id, p);
  }
  return out;
}

/** Follow-ups of results, grouped by result id. */
export async function followupsOf(ex: Executor, resultIds: string[]): Promise<Map<string, FollowupRow[]>> {
  const out = new Map<string, FollowupRow[]>();
  if (!resultIds.length) return out;
  const rows = await ex
    .select()
    .from(evaluationFollowups)
    .where(inArray(evaluationFollowups.resultId, resultIds))
    .orderBy(evaluationFollowups.createdAt);
  for (const r of rows) out.set(r.resultId, [...(out.get(r.resultId) ?? []), r]);
  return out;
}

/** A result with its round, for commands (locked). */
export async function resultForUpdate(ex: Executor, id: string) {
  const [row] = await ex
    .select({ result: evaluationResults, round: evaluationRounds })
    .from(evaluationResults)
    .innerJoin(evaluationRounds, eq(evaluationRounds.id, evaluationResults.roundId))
    .where(and(eq(evaluationResults.id, id)))
    .for("update", { of: evaluationResults });
  return row;
}
