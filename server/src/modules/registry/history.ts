import { ENTITY_FIELDS } from "@rdcity/common";
import { asc, eq } from "drizzle-orm";
import type { Actor } from "../../core/actor.js";
import { type AuditInput, recordAuditMany } from "../../core/audit/index.js";
import type { Executor } from "../../core/db/client.js";
import { auditSnapshot, type EntityRow } from "./presenters.js";
import { entityVersions } from "./schema.js";

const TRACKED: (keyof EntityRow)[] = [...ENTITY_FIELDS, "status", "successorId"];

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

export function diffEntity(
  before: Partial<EntityRow> | null,
  after: EntityRow,
): Record<string, { from: unknown; to: unknown }> {
  const changes: Record<string, { from: unknown; to: unknown }> = {};
  for (const key of TRACKED) {
    const from = before ? (before[key] ?? null) : null;
    const to = after[key] ?? null;
    if (!same(from, to)) changes[key] = { from, to };
  }
  return changes;
}

export interface EntityChange {
  before: EntityRow | null;
  after: EntityRow;
  action:
    | "create"
    | "update"
    | "merge"
    | "merged_into"
    | "deregister"
    | "reactivate"
    | "import_create"
    | "import_update"
    | "distinct";
  note?: string | null;
}

/**
 * Records changes in both places that keep them: the record's own version history (what people read on the
 * detail page) and the hash-chained audit log (what auditors verify). Batched for imports.
 */
export async function recordEntityChanges(
  tx: Executor,
  actor: Actor,
  changes: EntityChange[],
): Promise<void> {
  if (!changes.length) return;
  const versionRows = changes.map((c) => ({
    entityId: c.after.id,
    version: c.after.version,
    by: actor.username,
    action: c.action,
    changes: diffEntity(c.before, c.after),
    status: c.after.status,
    note: c.note ?? null,
  }));
  for (let i = 0; i < versionRows.length; i += 1000)
    await tx.insert(entityVersions).values(versionRows.slice(i, i + 1000));
  const audits: AuditInput[] = changes.map((c) => ({
    action: `entity.${c.action}`,
    targetType: "entity",
    targetId: c.after.id,
    before: c.before ? auditSnapshot(c.before) : null,
    after: auditSnapshot(c.after),
    purpose: c.note ?? null,
  }));
  await recordAuditMany(tx, actor, audits);
}

export async function entityHistory(db: Executor, entityId: string) {
  const found = await db
    .select()
    .from(entityVersions)
    .where(eq(entityVersions.entityId, entityId))
    .orderBy(asc(entityVersions.version), asc(entityVersions.id));
  return found.map((v) => ({
    version: v.version,
    at: v.at.toISOString(),
    by: v.by,
    action: v.action,
    changes: v.changes as Record<string, { from: unknown; to: unknown }>,
    status: v.status as "active" | "merged" | "deregistered",
    note: v.note,
  }));
}
