import { PLATFORM_FIELDS, type PlatformStatus } from "@rdcity/common";
import { asc, eq } from "drizzle-orm";
import type { Actor } from "../../core/actor.js";
import { type AuditInput, recordAuditMany } from "../../core/audit/index.js";
import type { Executor } from "../../core/db/client.js";
import { auditSnapshot, type PlatformLinkRow, type PlatformRow } from "./presenters.js";
import { platformStatusHistory, platformVersions } from "./schema.js";

type Snapshot = ReturnType<typeof auditSnapshot>;
const TRACKED = [...PLATFORM_FIELDS, "status", "statusOn", "successorId", "source"] as const;

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

export function diffPlatform(
  before: Snapshot | null,
  after: Snapshot,
): Record<string, { from: unknown; to: unknown }> {
  const changes: Record<string, { from: unknown; to: unknown }> = {};
  const b = (before ?? {}) as Record<string, unknown>;
  const a = after as Record<string, unknown>;
  for (const key of TRACKED) {
    if (key === "links" && !("links" in a)) continue;
    const from = b[key] ?? null;
    const to = a[key] ?? null;
    if (!same(from, to)) changes[key] = { from, to };
  }
  return changes;
}

export type PlatformAction =
  | "create"
  | "update"
  | "status"
  | "merged_into"
  | "import_create"
  | "import_update";

export interface PlatformChange {
  before: PlatformRow | null;
  beforeLinks?: readonly PlatformLinkRow[];
  after: PlatformRow;
  /** The links after the change, when they were written (absent: unchanged). */
  afterLinks?: readonly PlatformLinkRow[];
  action: PlatformAction;
  note?: string | null;
}

/**
 * Records changes in both places that keep them, in the caller's transaction: the platform's own version history
 * (what people read) and the hash-chained audit log (what auditors verify). Batched for imports and the demo.
 */
export async function recordPlatformChanges(
  tx: Executor,
  actor: Actor,
  changes: PlatformChange[],
): Promise<void> {
  if (!changes.length) return;
  const snapshots = changes.map((c) => ({
    before: c.before ? auditSnapshot(c.before, c.afterLinks ? (c.beforeLinks ?? []) : undefined) : null,
    after: auditSnapshot(c.after, c.afterLinks),
  }));
  const versionRows = changes.map((c, i) => ({
    platformId: c.after.id,
    version: c.after.version,
    by: actor.username,
    action: c.action,
    changes: diffPlatform(snapshots[i]!.before, snapshots[i]!.after),
    status: c.after.status,
    note: c.note ?? null,
  }));
  for (let i = 0; i < versionRows.length; i += 1000)
    await tx.insert(platformVersions).values(versionRows.slice(i, i + 1000));
  const audits: AuditInput[] = changes.map((c, i) => ({
    action: `platform.${c.action}`,
    targetType: "platform",
    targetId: c.after.id,
    before: snapshots[i]!.before,
    after: snapshots[i]!.after,
    purpose: c.note ?? null,
  }));
  await recordAuditMany(tx, actor, audits);
}

export interface StatusEntry {
  platformId: string;
  fromStatus: PlatformStatus | null;
  status: PlatformStatus;
  effectiveOn: string;
  note?: string | null;
}

export async function recordStatusEntries(tx: Executor, actor: Actor, entries: StatusEntry[]): Promise<void> {
  const rows = entries.map((e) => ({ ...e, note: e.note ?? null, by: actor.username }));
  for (let i = 0; i < rows.length; i += 1000)
    await tx.insert(platformStatusHistory).values(rows.slice(i, i + 1000));
}

const MASKED = new Set(["contactName", "contactPhone", "notes"]);

/** The version history; contacts and notes are masked for readers who do not maintain platforms. */
export async function platformHistory(db: Executor, platformId: string, opts: { privileged: boolean }) {
  const found = await db
    .select()
    .from(platformVersions)
    .where(eq(platformVersions.platformId, platformId))
    .orderBy(asc(platformVersions.version), asc(platformVersions.id));
  return found.map((v) => {
    const changes = { ...(v.changes as Record<string, { from: unknown; to: unknown }>) };
    if (!opts.privileged)
      for (const key of Object.keys(changes))
        if (MASKED.has(key))
          changes[key] = { from: changes[key]!.from ? "***" : null, to: changes[key]!.to ? "***" : null };
    return {
      version: v.version,
      at: v.at.toISOString(),
      by: v.by,
      action: v.action,
      changes,
      status: v.status as PlatformStatus,
      note: v.note,
    };
  });
}

export async function platformStatusEntries(db: Executor, platformId: string) {
  const found = await db
    .select()
    .from(platformStatusHistory)
    .where(eq(platformStatusHistory.platformId, platformId))
    .orderBy(asc(platformStatusHistory.effectiveOn), asc(platformStatusHistory.id));
  return found.map((h) => ({
    status: h.status as PlatformStatus,
    fromStatus: (h.fromStatus ?? null) as PlatformStatus | null,
    effectiveOn: h.effectiveOn,
    at: h.at.toISOString(),
    by: h.by,
    note: h.note,
  }));
}
