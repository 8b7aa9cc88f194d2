import { and, eq } from "drizzle-orm";
import type { Actor } from "../../../../core/actor.js";
import { type AuditInput, recordAuditMany } from "../../../../core/audit/index.js";
import type { Executor } from "../../../../core/db/client.js";
import { platformSummaries } from "../../../platforms/index.js";
import { cultivationPool } from "../../schema.js";
import type { PoolRow } from "../repo.js";

type Summary = Awaited<ReturnType<typeof platformSummaries>>[number];

/**
 * The national platform a pool member has become, if any: the platform itself once its level is national
 * (its type then names the national kind, e.g. state_key_lab), or — when it was merged into a successor — the
 * successor (followed up to five times) once that is national.
 */
async function nationalSuccessors(ex: Executor, ids: string[]): Promise<Map<string, Summary>> {
  const out = new Map<string, Summary>();
  let current = new Map((await platformSummaries(ex, ids)).map((p) => [p.id, p]));
  let origin = new Map(ids.map((id) => [id, id]));
  for (let hop = 0; hop < 5 && current.size; hop++) {
    const next: string[] = [];
    const nextOrigin = new Map<string, string>();
    for (const p of current.values()) {
      const from = origin.get(p.id)!;
      if (p.level === "national") out.set(from, p);
      else if (p.status === "merged" && p.successorId) {
        next.push(p.successorId);
        nextOrigin.set(p.successorId, from);
      }
    }
    current = new Map(next.length ? (await platformSummaries(ex, next)).map((p) => [p.id, p]) : []);
    origin = nextOrigin;
  }
  return out;
}

/**
 * Marks pool members whose platform is now national level as promoted on `today` with the national type.
 * Idempotent: only members still in the pool are looked at, and the UPDATE requires that state.
 */
export async function recordPromotions(ex: Executor, actor: Actor, today: string): Promise<PoolRow[]> {
  return ex.transaction(async (tx) => {
    const members = await tx.select().from(cultivationPool).where(eq(cultivationPool.status, "in_pool"));
    if (!members.length) return [];
    const national = await nationalSuccessors(
      tx,
      members.map((m) => m.platformId),
    );
    const promoted: PoolRow[] = [];
    const audits: AuditInput[] = [];
    const now = new Date();
    for (const m of members) {
      const p = national.get(m.platformId);
      if (!p) continue;
      const [row] = await tx
        .update(cultivationPool)
        .set({
          status: "promoted",
          promotedOn: today,
          promotedTypeCode: p.typeCode,
          version: m.version + 1,
          updatedAt: now,
          updatedBy: actor.username,
        })
        .where(and(eq(cultivationPool.id, m.id), eq(cultivationPool.status, "in_pool")))
        .returning();
      if (!row) continue;
      promoted.push(row);
      audits.push({
        action: "cultivation_pool.promote",
        targetType: "platform",
        targetId: m.platformId,
        before: { poolId: m.id, status: m.status },
        after: {
          poolId: m.id,
          status: "promoted",
          promotedOn: today,
          promotedTypeCode: p.typeCode,
          ...(p.id !== m.platformId ? { successorId: p.id } : {}),
        },
      });
    }
    await recordAuditMany(tx, actor, audits);
    return promoted;
  });
}
