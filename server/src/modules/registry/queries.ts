import { and, asc, eq, inArray, type SQL, sql } from "drizzle-orm";
import type { Executor } from "../../core/db/client.js";
import { entities } from "./schema.js";

export interface EntityCountFilter {
  kind?: string[];
  districtCode?: string;
  industries?: string[];
  littleGiant?: "national" | "provincial";
  isListed?: boolean;
  isHighTech?: boolean;
}

/** For indicators: how many active entities match (e.g. national little giants, listed firms) — computed, never typed. */
export async function countEntities(db: Executor, f: EntityCountFilter = {}): Promise<number> {
  const where: SQL[] = [eq(entities.status, "active")];
  if (f.kind?.length) where.push(inArray(entities.kind, f.kind));
  if (f.districtCode) where.push(eq(entities.districtCode, f.districtCode));
  if (f.industries?.length) where.push(sql`${entities.industries} && ${f.industries}`);
  if (f.littleGiant) where.push(eq(entities.littleGiant, f.littleGiant));
  if (f.isListed !== undefined) where.push(eq(entities.isListed, f.isListed));
  if (f.isHighTech !== undefined) where.push(eq(entities.isHighTech, f.isHighTech));
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(entities)
    .where(and(...where));
  return Number(row?.n ?? 0);
}

/** Names and areas of entities by id, for other modules' lists (a merged entity answers with its successor id). */
export async function entitySummaries(db: Executor, ids: string[]) {
  if (!ids.length) return [];
  return db
    .select({
      id: entities.id,
      name: entities.name,
      uscc: entities.uscc,
      districtCode: entities.districtCode,
      status: entities.status,
      successorId: entities.successorId,
    })
    .from(entities)
    .where(inArray(entities.id, ids));
}

/** Ids, names and status of entities by unified social credit code (other modules' imports name hosts by code). */
export async function entitiesByUscc(db: Executor, codes: string[]) {
  if (!codes.length) return [];
  return db
    .select({
      id: entities.id,
      name: entities.name,
      uscc: entities.uscc,
      districtCode: entities.districtCode,
      status: entities.status,
      successorId: entities.successorId,
    })
    .from(entities)
    .where(inArray(entities.uscc, codes));
}

/** The active demo entities with what other modules' demo generators draw on (kind, area, industries). */
export async function demoEntityProfiles(db: Executor) {
  return db
    .select({
      id: entities.id,
      name: entities.name,
      uscc: entities.uscc,
      kind: entities.kind,
      districtCode: entities.districtCode,
      zoneCode: entities.zoneCode,
      industries: entities.industries,
      isFortune500Affiliate: entities.isFortune500Affiliate,
      isForeignInvested: entities.isForeignInvested,
      isListed: entities.isListed,
      littleGiant: entities.littleGiant,
      isHighTech: entities.isHighTech,
    })
    .from(entities)
    .where(and(eq(entities.isDemo, true), eq(entities.status, "active")))
    .orderBy(asc(entities.uscc));
}
