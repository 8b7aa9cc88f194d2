import {
  CULTIVATION_EXCLUSION_NAMES,
  CULTIVATION_EXCLUSIONS,
  type CultivationExclusion,
  type CultivationRound,
  type CultivationRoundStatus,
} from "@rdcity/common";
import { and, asc, count, desc, eq, gt, inArray, type SQL, sql } from "drizzle-orm";
import type { Actor } from "../../../core/actor.js";
import type { Executor } from "../../../core/db/client.js";
import { cultivationCandidates as c, cultivationRounds } from "../schema.js";
import { presentCandidate, presentExcluded, presentRound, type RoundCounts } from "./presenters.js";
import { getRoundOr404, isAreaScoped, type RoundRow, visiblePlatforms } from "./repo.js";

/** The main (first) reason an excluded platform's row records. */
const mainReason = sql<string>`${c.parts} -> 0 ->> 'reason'`;

/**
 * The candidates of a round the actor may see, as a condition: all for the city and the leadership; for a
 * district user, the platforms in its area (found through the platforms' public facts).
 */
async function candidateScope(ex: Executor, actor: Actor, roundId: string): Promise<SQL | undefined> {
  if (!isAreaScoped(actor)) return undefined;
  const ids = await ex.select({ id: c.platformId }).from(c).where(eq(c.roundId, roundId));
  const visible = await visiblePlatforms(
    ex,
    actor,
    ids.map((r) => r.id),
  );
  return visible.size ? inArray(c.platformId, [...visible.keys()]) : sql`false`;
}

export async function roundCounts(ex: Executor, actor: Actor, roundId: string): Promise<RoundCounts> {
  const scope = await candidateScope(ex, actor, roundId);
  const rows = await ex
    .select({
      eligible: sql<boolean>`${c.rank} > 0`,
      selected: c.selected,
      reason: mainReason,
      n: count(),
    })
    .from(c)
    .where(and(eq(c.roundId, roundId), scope))
    .groupBy(sql`${c.rank} > 0`, c.selected, mainReason);
  const out: RoundCounts = { considered: 0, eligible: 0, selected: 0, excluded: [] };
  const byReason = new Map<string, number>();
  for (const r of rows) {
    const n = Number(r.n);
    out.considered += n;
    if (r.eligible) {
      out.eligible += n;
      if (r.selected) out.selected += n;
    } else byReason.set(r.reason, (byReason.get(r.reason) ?? 0) + n);
  }
  out.excluded = CULTIVATION_EXCLUSIONS.filter((reason) => byReason.has(reason)).map((reason) => ({
    reason,
    label: CULTIVATION_EXCLUSION_NAMES[reason],
    count: byReason.get(reason)!,
  }));
  return out;
}

export async function roundView(ex: Executor, actor: Actor, round: RoundRow): Promise<CultivationRound> {
  return presentRound(round, await roundCounts(ex, actor, round.id));
}

/** Rounds newest first (every round: they are city-wide; counts within the actor's area). */
export async function listRounds(
  ex: Executor,
  actor: Actor,
  q: { year?: number; status?: CultivationRoundStatus },
): Promise<CultivationRound[]> {
  const rows = await ex
    .select()
    .from(cultivationRounds)
    .where(
      and(
        q.year ? eq(cultivationRounds.year, q.year) : undefined,
        q.status ? eq(cultivationRounds.status, q.status) : undefined,
      ),
    )
    .orderBy(desc(cultivationRounds.year), desc(cultivationRounds.createdAt), desc(cultivationRounds.id))
    .limit(200);
  const out: CultivationRound[] = [];
  for (const r of rows) out.push(await roundView(ex, actor, r));
  return out;
}

/** A round's ranked candidates (rank ≥ 1) in the actor's area, paged, by rank (or reversed). */
export async function listCandidates(
  ex: Executor,
  actor: Actor,
  roundId: string,
  q: { offset: number; limit: number; sort: "rank" | "-rank"; selected?: boolean },
) {
  await getRoundOr404(ex, roundId);
  const scope = await candidateScope(ex, actor, roundId);
  const where = and(
    eq(c.roundId, roundId),
    gt(c.rank, 0),
    scope,
    q.selected === undefined ? undefined : eq(c.selected, q.selected),
  );
  const [totals] = await ex
    .select({ n: count(), selected: sql<number>`count(*) FILTER (WHERE ${c.selected})` })
    .from(c)
    .where(where);
  const rows = await ex
    .select()
    .from(c)
    .where(where)
    .orderBy(q.sort === "-rank" ? desc(c.rank) : asc(c.rank))
    .offset(q.offset)
    .limit(q.limit);
  const facts = await visiblePlatforms(
    ex,
    actor,
    rows.map((r) => r.platformId),
  );
  return {
    items: rows.map((r) => presentCandidate(r, facts.get(r.platformId))),
    total: Number(totals?.n ?? 0),
    selected: Number(totals?.selected ?? 0),
  };
}

/** The platforms a round did not rank, with every filter that excluded them, in the actor's area. */
export async function listExclusions(
  ex: Executor,
  actor: Actor,
  roundId: string,
  q: { offset: number; limit: number; reason?: CultivationExclusion },
) {
  await getRoundOr404(ex, roundId);
  const scope = await candidateScope(ex, actor, roundId);
  const where = and(
    eq(c.roundId, roundId),
    eq(c.rank, 0),
    scope,
    q.reason ? sql`${mainReason} = ${q.reason}` : undefined,
  );
  const [total] = await ex.select({ n: count() }).from(c).where(where);
  const rows = await ex
    .select()
    .from(c)
    .where(where)
    .orderBy(asc(mainReason), asc(c.platformId))
    .offset(q.offset)
    .limit(q.limit);
  const facts = await visiblePlatforms(
    ex,
    actor,
    rows.map((r) => r.platformId),
  );
  const counts = (await roundCounts(ex, actor, roundId)).excluded;
  return {
    items: rows.map((r) => presentExcluded(r, facts.get(r.platformId))),
    total: Number(total?.n ?? 0),
    counts,
  };
}
