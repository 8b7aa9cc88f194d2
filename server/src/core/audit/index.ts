import { createHash } from "node:crypto";
import { and, desc, eq, gte, lt, lte, type SQL, sql } from "drizzle-orm";
import type { Actor } from "../actor.js";
import type { Executor } from "../db/client.js";
import { AppError } from "../errors.js";
import { auditLog } from "./schema.js";

export interface AuditInput {
  action: string;
  targetType?: string | null;
  targetId?: string | null;
  before?: unknown;
  after?: unknown;
  purpose?: string | null;
}

export const GENESIS_HASH = "0".repeat(64);
const CHAIN_LOCK = 727_001;

/** JSON with object keys sorted at every level, so that a jsonb round trip hashes the same. */
export function canonicalJson(value: unknown): string {
  if (value === undefined || value === null) return "null";
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  if (value instanceof Date) return JSON.stringify(value.toISOString());
  if (typeof value === "object") {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(",")}}`;
  }
  return JSON.stringify(value);
}

type Chained = Omit<typeof auditLog.$inferSelect, "id" | "hash">;

export function hashEntry(entry: Chained): string {
  const body = canonicalJson({
    at: new Date(entry.at).toISOString(),
    actorId: entry.actorId,
    actorName: entry.actorName,
    actorRole: entry.actorRole,
    ip: entry.ip,
    action: entry.action,
    targetType: entry.targetType,
    targetId: entry.targetId,
    purpose: entry.purpose,
    before: entry.before ?? null,
    after: entry.after ?? null,
  });
  return createHash("sha256").update(entry.prevHash).update(body).digest("hex");
}

/** Normalises a value as jsonb will store it (drops undefined, Dates to ISO strings). */
function asJson(value: unknown): unknown {
  return value === undefined || value === null ? null : JSON.parse(JSON.stringify(value));
}

/**
 * Appends one audit record inside the caller's transaction. The advisory lock serialises writers so the chain
 * has one order; the lock ends with the transaction.
 */
export async function recordAudit(tx: Executor, actor: Actor, input: AuditInput): Promise<void> {
  await recordAuditMany(tx, actor, [input]);
}

export async function recordAuditMany(tx: Executor, actor: Actor, inputs: AuditInput[]): Promise<void> {
  if (inputs.length === 0) return;
  await tx.execute(sql`SELECT pg_advisory_xact_lock(${CHAIN_LOCK})`);
  const [last] = await tx.select({ hash: auditLog.hash }).from(auditLog).orderBy(desc(auditLog.id)).limit(1);
  let prevHash = last?.hash ?? GENESIS_HASH;
  const at = new Date().toISOString();
  const rowsToInsert = inputs.map((input) => {
    const entry: Chained = {
      at,
      actorId: actor.userId,
      actorName: actor.username,
      actorRole: actor.role,
      ip: actor.ip,
      action: input.action,
      targetType: input.targetType ?? null,
      targetId: input.targetId ?? null,
      purpose: input.purpose ?? null,
      before: asJson(input.before),
      after: asJson(input.after),
      prevHash,
    };
    const hash = hashEntry(entry);
    prevHash = hash;
    return { ...entry, hash };
  });
  for (let i = 0; i < rowsToInsert.length; i += 500) {
    await tx.insert(auditLog).values(rowsToInsert.slice(i, i + 500));
  }
}

export interface VerifyResult {
  ok: boolean;
  checked: number;
  firstBadId: number | null;
  problem: string | null;
}

/** Recomputes the chain from the first row: an altered row breaks its hash, a removed one breaks the link or the id sequence. */
export async function verifyAuditChain(db: Executor): Promise<VerifyResult> {
  let prevHash = GENESIS_HASH;
  let lastId = 0;
  let checked = 0;
  for (;;) {
    const batch = await db
      .select()
      .from(auditLog)
      .where(sql`${auditLog.id} > ${lastId}`)
      .orderBy(auditLog.id)
      .limit(2000);
    if (batch.length === 0) break;
    for (const row of batch) {
      if (row.prevHash !== prevHash) {
        return {
          ok: false,
          checked,
          firstBadId: row.id,
          problem: "link broken: a preceding record was removed or altered",
        };
      }
      if (hashEntry(row) !== row.hash) {
        return {
          ok: false,
          checked,
          firstBadId: row.id,
          problem: "content altered: the record's hash does not match",
        };
      }
      prevHash = row.hash;
      lastId = row.id;
      checked++;
    }
  }
  return { ok: true, checked, firstBadId: null, problem: null };
}

export interface AuditQuery {
  actor?: string;
  action?: string;
  targetType?: string;
  targetId?: string;
  from?: string;
  to?: string;
  limit: number;
  cursor?: string;
}

function shanghaiDayStart(day: string): string {
  return `${day}T00:00:00+08:00`;
}

export async function searchAudit(db: Executor, q: AuditQuery) {
  const filters: SQL[] = [];
  if (q.actor) filters.push(eq(auditLog.actorName, q.actor));
  // A prefix match ("entity." finds every entity action); LIKE's wildcards in the input are taken literally.
  if (q.action)
    filters.push(sql`${auditLog.action} LIKE ${`${q.action.replace(/[\\%_]/g, (c) => `\\${c}`)}%`}`);
  if (q.targetType) filters.push(eq(auditLog.targetType, q.targetType));
  if (q.targetId) filters.push(eq(auditLog.targetId, q.targetId));
  if (q.from) filters.push(gte(auditLog.at, shanghaiDayStart(q.from)));
  if (q.to) filters.push(lte(auditLog.at, sql`(${shanghaiDayStart(q.to)}::timestamptz + interval '1 day')`));
  const where = filters.length ? and(...filters) : undefined;
  const pageWhere = [...filters];
  if (q.cursor) {
    const id = Number(q.cursor);
    if (!Number.isInteger(id) || id < 1) throw new AppError("cursor_invalid");
    pageWhere.push(lt(auditLog.id, id));
  }
  const items = await db
    .select()
    .from(auditLog)
    .where(pageWhere.length ? and(...pageWhere) : undefined)
    .orderBy(desc(auditLog.id))
    .limit(q.limit + 1);
  const [{ count } = { count: 0 }] = await db
    .select({ count: sql<number>`count(*)::int` })
    .from(auditLog)
    .where(where);
  const hasMore = items.length > q.limit;
  const page = items.slice(0, q.limit);
  return {
    items: page.map(presentAudit),
    nextCursor: hasMore ? String(page.at(-1)!.id) : null,
    total: Number(count),
  };
}

export async function auditTrailOf(db: Executor, targetType: string, targetId: string, limit = 200) {
  const items = await db
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.targetType, targetType), eq(auditLog.targetId, targetId)))
    .orderBy(desc(auditLog.id))
    .limit(limit);
  return items.map(presentAudit);
}

export function presentAudit(row: typeof auditLog.$inferSelect) {
  return {
    id: row.id,
    at: new Date(row.at).toISOString(),
    actorId: row.actorId,
    actorName: row.actorName,
    actorRole: row.actorRole,
    ip: row.ip,
    action: row.action,
    targetType: row.targetType,
    targetId: row.targetId,
    purpose: row.purpose,
    before: row.before ?? null,
    after: row.after ?? null,
    hash: row.hash,
  };
}

export { auditLog };
