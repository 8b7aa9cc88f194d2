import { CITY_CODE, DISTRICTS, districtByCode, type ObservationInput } from "@rdcity/common";
import { and, asc, desc, eq, inArray, sql } from "drizzle-orm";
import type { Actor } from "../actor.js";
import { recordAudit } from "../audit/index.js";
import { shanghaiDate } from "../calendar/index.js";
import type { Executor } from "../db/client.js";
import { AppError } from "../errors.js";
import { type IndicatorRow, indicatorByCode } from "./definitions.js";
import { indicatorObservations } from "./schema.js";

export type ObservationRow = typeof indicatorObservations.$inferSelect;

const areaNames = (code: string) => {
  const d = DISTRICTS.find((x) => x.code === code);
  return code === CITY_CODE
    ? { areaZh: "全市", areaEn: "city-wide" }
    : { areaZh: d?.name ?? code, areaEn: d?.nameEn ?? code };
};

/** The last day of a period (yearly indicators: YYYY-12-31), or null when the period does not fit. */
export function periodEnd(
  indicator: Pick<IndicatorRow, "period">,
  period: string,
  today: string,
): string | null {
  if (indicator.period !== "year" || !/^\d{4}$/.test(period)) return null;
  const year = Number(period);
  if (year < 1949 || year > Number(today.slice(0, 4))) return null;
  return `${period}-12-31`;
}

const normaliseUnit = (u: string) => u.normalize("NFKC").replace(/\s+/g, "").toLowerCase();

/** Checks a figure against its indicator (kind, period, area, unit, range); throws a localised 4xx. */
export function checkObservation(ind: IndicatorRow, input: ObservationInput, today: string) {
  if (ind.source === "computed")
    throw new AppError("indicator_computed", { nameZh: ind.nameZh, nameEn: ind.nameEn });
  const end = periodEnd(ind, input.period, today);
  if (!end) throw new AppError("observation_period_invalid", { period: input.period });
  const areaCode = input.areaCode ?? CITY_CODE;
  if (areaCode !== CITY_CODE && !districtByCode(areaCode))
    throw new AppError("observation_area_invalid", { area: areaCode });
  if (input.unit && ![ind.unitZh, ind.unitEn].some((u) => normaliseUnit(u) === normaliseUnit(input.unit!)))
    throw new AppError("observation_unit_mismatch", {
      unit: input.unit,
      expectedZh: ind.unitZh,
      expectedEn: ind.unitEn,
    });
  const min = ind.rangeMin == null ? null : Number(ind.rangeMin);
  const max = ind.rangeMax == null ? null : Number(ind.rangeMax);
  if ((min !== null && input.value < min) || (max !== null && input.value > max))
    throw new AppError("observation_out_of_range", { value: input.value, min: min ?? "−∞", max: max ?? "∞" });
  return { periodEnd: end, areaCode };
}

/**
 * A figure for a period and area that already has one (its latest vintage) must come as a revision with its
 * reason; throws 409 observation_duplicate otherwise.
 */
export function checkNotDuplicate(
  ind: Pick<IndicatorRow, "nameZh" | "nameEn">,
  input: Pick<ObservationInput, "period" | "revision">,
  areaCode: string,
  latestVintage: number | null,
) {
  if (latestVintage !== null && !input.revision)
    throw new AppError("observation_duplicate", {
      nameZh: ind.nameZh,
      nameEn: ind.nameEn,
      period: input.period,
      ...areaNames(areaCode),
      vintage: latestVintage,
    });
}

/**
 * Records a reported figure. A figure for a period and area that already has one is refused (409) unless it is
 * sent as a revision with its reason: it then becomes the next vintage, and the earlier one stays readable.
 */
export async function recordObservation(
  tx: Executor,
  actor: Actor,
  input: ObservationInput,
  /** The application's clock: the day a figure became known is the day it was recorded. */
  now: Date,
): Promise<ObservationRow> {
  const today = shanghaiDate(now);
  const ind = await indicatorByCode(tx, input.indicatorCode);
  if (!ind) throw new AppError("indicator_unknown", { code: input.indicatorCode });
  const { periodEnd: end, areaCode } = checkObservation(ind, input, today);
  // One writer per series at a time: two revisions cannot both take the same vintage.
  await tx.execute(
    sql`SELECT pg_advisory_xact_lock(hashtext(${`obs:${ind.code}:${input.period}:${areaCode}`}))`,
  );
  const [latest] = await tx
    .select()
    .from(indicatorObservations)
    .where(
      and(
        eq(indicatorObservations.indicatorCode, ind.code),
        eq(indicatorObservations.period, input.period),
        eq(indicatorObservations.areaCode, areaCode),
      ),
    )
    .orderBy(desc(indicatorObservations.vintage))
    .limit(1);
  checkNotDuplicate(ind, input, areaCode, latest?.vintage ?? null);
  const source = typeof input.source === "string" ? { title: input.source } : input.source;
  const [row] = await tx
    .insert(indicatorObservations)
    .values({
      indicatorCode: ind.code,
      period: input.period,
      periodEnd: end,
      areaCode,
      vintage: (latest?.vintage ?? 0) + 1,
      value: String(input.value),
      qualifier: input.qualifier ?? null,
      dataStatus: "reported",
      sourceTitle: source.title,
      sourceDate: source.date ?? null,
      sourceUrl: source.url ?? null,
      note: source.note ?? null,
      revisesId: latest?.id ?? null,
      revisionReason: input.revision?.reason ?? null,
      createdAt: now,
      updatedAt: now,
      createdBy: actor.username,
      updatedBy: actor.username,
    })
    .returning();
  await recordAudit(tx, actor, {
    action: latest ? "observation.revise" : "observation.create",
    targetType: "observation",
    targetId: row!.id,
    before: latest ?? null,
    after: row,
  });
  return row!;
}

/** entered → verified (the statistics office or the city checked it against the publication). */
export async function verifyObservation(tx: Executor, actor: Actor, id: string): Promise<ObservationRow> {
  const [row] = await tx
    .update(indicatorObservations)
    .set({
      reviewState: "verified",
      verifiedBy: actor.username,
      verifiedAt: new Date(),
      version: sql`${indicatorObservations.version} + 1`,
      updatedAt: new Date(),
      updatedBy: actor.username,
    })
    .where(eq(indicatorObservations.id, id))
    .returning();
  if (!row) throw new AppError("not_found");
  await recordAudit(tx, actor, { action: "observation.verify", targetType: "observation", targetId: id });
  return row;
}

/** Every vintage of the indicators' figures for one area, oldest period first, newest vintage first. */
export async function observationsOf(
  ex: Executor,
  codes: readonly string[],
  areaCode: string = CITY_CODE,
): Promise<ObservationRow[]> {
  if (!codes.length) return [];
  return ex
    .select()
    .from(indicatorObservations)
    .where(
      and(
        inArray(indicatorObservations.indicatorCode, [...codes]),
        eq(indicatorObservations.areaCode, areaCode),
      ),
    )
    .orderBy(asc(indicatorObservations.periodEnd), desc(indicatorObservations.vintage));
}

/** When a figure was known: its publication date, else the end of its period or the day it was recorded. */
function knownOn(r: ObservationRow): string {
  if (r.sourceDate) return r.sourceDate;
  const recorded = shanghaiDate(r.createdAt);
  return recorded < r.periodEnd ? recorded : r.periodEnd;
}

/**
 * The latest vintage of each period (what statuses use). As of a date, only what was known then: a figure
 * published after it (its source date, else the end of its period) is left out, and so is a revision recorded
 * after it (the earlier vintage stands).
 */
export function latestVintages(rows: readonly ObservationRow[], asOf?: string): ObservationRow[] {
  const seen = new Map<string, ObservationRow>();
  for (const r of rows) {
    if (asOf && knownOn(r) > asOf) continue;
    if (asOf && r.vintage > 1 && shanghaiDate(r.createdAt) > asOf) continue;
    const key = `${r.indicatorCode}|${r.period}|${r.areaCode}`;
    const prev = seen.get(key);
    if (!prev || r.vintage > prev.vintage) seen.set(key, r);
  }
  return [...seen.values()].sort((a, b) => a.periodEnd.localeCompare(b.periodEnd));
}

export function presentObservation(r: ObservationRow, superseded: boolean) {
  return {
    id: r.id,
    indicatorCode: r.indicatorCode,
    period: r.period,
    areaCode: r.areaCode,
    vintage: r.vintage,
    value: r.value == null ? null : Number(r.value),
    qualifier: r.qualifier,
    dataStatus: r.dataStatus,
    source: { title: r.sourceTitle, date: r.sourceDate, url: r.sourceUrl, note: r.note },
    reviewState: r.reviewState as "entered" | "verified",
    revisesId: r.revisesId,
    revisionReason: r.revisionReason,
    superseded,
    createdAt: r.createdAt.toISOString(),
    createdBy: r.createdBy,
  };
}

export { indicatorObservations };
