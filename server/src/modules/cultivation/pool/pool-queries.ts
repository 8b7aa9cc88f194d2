import {
  CITY_CODE,
  CULTIVATION_ROUND_STATUS_NAMES,
  type CultivationPoolEntry,
  type CultivationPoolStatus,
  type CultivationRoundStatus,
  districtByCode,
  type PlatformCultivation,
  zoneByCode,
  zoneWithDescendants,
} from "@rdcity/common";
import { and, asc, count, desc, eq, inArray, isNotNull, lte, or, type SQL, sql } from "drizzle-orm";
import type { Actor } from "../../../core/actor.js";
import type { Executor } from "../../../core/db/client.js";
import { platformSummaries } from "../../platforms/index.js";
import { cultivationCandidates, cultivationRounds, cultivationPool as pool } from "../schema.js";
import { presentCandidate, presentPoolEntry, presentReasons } from "./presenters.js";
import { isAreaScoped, type PlatformSummary, visiblePlatformOr404, visiblePlatforms } from "./repo.js";

/** Pool rows the actor may see: all for the city and the leadership, a district's own platforms. */
async function poolScope(ex: Executor, actor: Actor): Promise<SQL | undefined> {
  if (!isAreaScoped(actor)) return undefined;
  const ids = await ex.selectDistinct({ id: pool.platformId }).from(pool);
  const visible = await visiblePlatforms(
    ex,
    actor,
    ids.map((r) => r.id),
  );
  return visible.size ? inArray(pool.platformId, [...visible.keys()]) : sql`false`;
}

async function roundsById(ex: Executor, ids: string[]) {
  const unique = [...new Set(ids)];
  if (!unique.length) return new Map<string, { title: string; year: number }>();
  const rows = await ex
    .select({ id: cultivationRounds.id, title: cultivationRounds.title, year: cultivationRounds.year })
    .from(cultivationRounds)
    .where(inArray(cultivationRounds.id, unique));
  return new Map(rows.map((r) => [r.id, r]));
}

/** GET /api/cultivation/pool: the pool over the years, filtered by status and the year of the entering round. */
export async function listPool(
  ex: Executor,
  actor: Actor,
  q: { offset: number; limit: number; status?: CultivationPoolStatus; year?: number },
) {
  const scope = await poolScope(ex, actor);
  const byYear = q.year
    ? inArray(
        pool.roundId,
        ex
          .select({ id: cultivationRounds.id })
          .from(cultivationRounds)
          .where(eq(cultivationRounds.year, q.year)),
      )
    : undefined;
  const where = and(scope, byYear, q.status ? eq(pool.status, q.status) : undefined);
  const [total] = await ex.select({ n: count() }).from(pool).where(where);
  const statusRows = await ex
    .select({ status: pool.status, n: count() })
    .from(pool)
    .where(and(scope, byYear))
    .groupBy(pool.status);
  const rows = await ex
    .select()
    .from(pool)
    .where(where)
    .orderBy(desc(pool.enteredOn), asc(pool.platformId), asc(pool.id))
    .offset(q.offset)
    .limit(q.limit);
  const [facts, rounds] = await Promise.all([
    visiblePlatforms(
      ex,
      actor,
      rows.map((r) => r.platformId),
    ),
    roundsById(
      ex,
      rows.map((r) => r.roundId),
    ),
  ]);
  return {
    items: rows.map((r) => presentPoolEntry(r, rounds.get(r.roundId), facts.get(r.platformId))),
    total: Number(total?.n ?? 0),
    counts: Object.fromEntries(statusRows.map((r) => [r.status, Number(r.n)])),
  };
}

/** GET /api/cultivation/platforms/:platformId: every round that considered the platform, and its pool entries. */
export async function platformCultivation(
  ex: Executor,
  actor: Actor,
  platformId: string,
): Promise<PlatformCultivation> {
  const platform = await visiblePlatformOr404(ex, actor, platformId);
  const considered = await ex
    .select({ candidate: cultivationCandidates, round: cultivationRounds })
    .from(cultivationCandidates)
    .innerJoin(cultivationRounds, eq(cultivationRounds.id, cultivationCandidates.roundId))
    .where(eq(cultivationCandidates.platformId, platformId))
    .orderBy(desc(cultivationRounds.year), desc(cultivationRounds.createdAt));
  const entries = await ex
    .select()
    .from(pool)
    .where(eq(pool.platformId, platformId))
    .orderBy(asc(pool.enteredOn), asc(pool.id));
  const rounds = await roundsById(
    ex,
    entries.map((e) => e.roundId),
  );
  return {
    platformId,
    name: platform.name,
    rounds: considered.map(({ candidate, round }) => {
      const eligible = candidate.rank > 0;
      const view = presentCandidate(candidate, platform);
      return {
        roundId: round.id,
        title: round.title,
        year: round.year,
        dataYear: round.dataYear,
        status: round.status as PlatformCultivation["rounds"][number]["status"],
        statusLabel: roundStatusLabel(round.status),
        eligible,
        rank: eligible ? candidate.rank : null,
        score: eligible ? view.score : null,
        selected: candidate.selected,
        parts: view.parts,
        reasons: presentReasons(candidate.parts),
      };
    }),
    pool: entries.map((e) => presentPoolEntry(e, rounds.get(e.roundId), platform)),
  };
}

const roundStatusLabel = (s: string) =>
  CULTIVATION_ROUND_STATUS_NAMES[s as CultivationRoundStatus] ?? { zh: s, en: s };

/** Whether a platform lies in an area: a district code, a zone code (with its sub-zones), or the city. */
function inArea(p: PlatformSummary, areaCode: string | undefined): boolean {
  if (!areaCode || areaCode === CITY_CODE) return true;
  if (districtByCode(areaCode)) return p.districtCode === areaCode;
  if (zoneByCode(areaCode)) return !!p.zoneCode && zoneWithDescendants(areaCode).includes(p.zoneCode);
  throw new RangeError(`unknown area code ${areaCode}`);
}

async function platformIdsInArea(ex: Executor, ids: string[], areaCode: string | undefined) {
  if (!areaCode || areaCode === CITY_CODE) return new Set(ids);
  const rows = ids.length ? await platformSummaries(ex, [...new Set(ids)]) : [];
  return new Set(rows.filter((p) => inArea(p, areaCode)).map((p) => p.id));
}

export interface PoolCountQuery {
  /** YYYY-MM-DD: as the pool stood at the end of that day. */
  asOf: string;
  /**
   * in_pool: entered and neither promoted nor dropped by then; promoted / dropped: by then; absent: every
   * platform that had entered the pool by then (what "遴选 100 家培育对象" counts).
   */
  status?: CultivationPoolStatus;
  /** A district or zone code (the platform's current place), or the city / absent for all. */
  areaCode?: string;
}

/** For indicators: how many distinct platforms the pool held as of a date (by status). */
export async function countPool(ex: Executor, q: PoolCountQuery): Promise<number> {
  const entered = lte(pool.enteredOn, q.asOf);
  type DateColumn = typeof pool.promotedOn | typeof pool.droppedOn;
  const by = (col: DateColumn) => and(isNotNull(col), lte(col, q.asOf));
  const after = (col: DateColumn) => or(sql`${col} IS NULL`, sql`${col} > ${q.asOf}`);
  const where =
    q.status === "in_pool"
      ? and(entered, after(pool.promotedOn), after(pool.droppedOn))
      : q.status === "promoted"
        ? and(entered, by(pool.promotedOn))
        : q.status === "dropped"
          ? and(entered, by(pool.droppedOn))
          : entered;
  const rows = await ex.selectDistinct({ id: pool.platformId }).from(pool).where(where);
  const ids = rows.map((r) => r.id);
  return (await platformIdsInArea(ex, ids, q.areaCode)).size;
}

export interface PoolPromotionQuery {
  /** Inclusive YYYY-MM-DD bounds of the promotion day. */
  from: string;
  to: string;
  /** The national types promoted to (e.g. state_key_lab); all when absent. */
  typeCodes?: readonly string[];
  areaCode?: string;
}

/** For the plan's sub-targets: how many pool members were promoted to national level within the dates. */
export async function poolPromotions(ex: Executor, q: PoolPromotionQuery): Promise<number> {
  if (q.typeCodes && !q.typeCodes.length) return 0;
  const rows = await ex
    .selectDistinct({ id: pool.platformId })
    .from(pool)
    .where(
      and(
        eq(pool.status, "promoted"),
        sql`${pool.promotedOn} BETWEEN ${q.from} AND ${q.to}`,
        q.typeCodes ? inArray(pool.promotedTypeCode, [...q.typeCodes]) : undefined,
      ),
    );
  return (
    await platformIdsInArea(
      ex,
      rows.map((r) => r.id),
      q.areaCode,
    )
  ).size;
}

/** Pool members (for the support rules): platform, entering round, day and status; optionally one round's. */
export async function poolMembers(
  ex: Executor,
  q: { status?: CultivationPoolStatus; roundId?: string } = {},
): Promise<Pick<CultivationPoolEntry, "id" | "platformId" | "roundId" | "enteredOn" | "status">[]> {
  const rows = await ex
    .select()
    .from(pool)
    .where(
      and(
        q.status ? eq(pool.status, q.status) : undefined,
        q.roundId ? eq(pool.roundId, q.roundId) : undefined,
      ),
    )
    .orderBy(asc(pool.enteredOn), asc(pool.platformId));
  return rows.map((r) => ({
    id: r.id,
    platformId: r.platformId,
    roundId: r.roundId,
    enteredOn: r.enteredOn,
    status: r.status as CultivationPoolStatus,
  }));
}
