import type { VersionSchema } from "@rdcity/common";
import { and, asc, eq, inArray } from "drizzle-orm";
import type { z } from "zod";
import type { Actor } from "../../../core/actor.js";
import type { Executor } from "../../../core/db/client.js";
import { AppError } from "../../../core/errors.js";
import { visibleTask } from "../reports/task-access.js";
import { planTargets, planVersions } from "../schema.js";
import type { RecordType } from "./fields.js";

export type Version = z.infer<typeof VersionSchema>;
type VersionRow = typeof planVersions.$inferSelect;

export const presentVersion = (v: VersionRow): Version => ({
  version: v.version,
  snapshot: v.snapshot,
  reason: v.reason,
  changeId: v.changeId,
  createdAt: v.createdAt.toISOString(),
  createdBy: v.createdBy,
});

/** Every version of the records, oldest first, by record id (records without versions are absent). */
export async function versionsOf(
  ex: Executor,
  recordType: RecordType,
  ids: string[],
): Promise<Map<string, Version[]>> {
  const out = new Map<string, Version[]>();
  if (!ids.length) return out;
  const rows = await ex
    .select()
    .from(planVersions)
    .where(and(eq(planVersions.recordType, recordType), inArray(planVersions.recordId, ids)))
    .orderBy(asc(planVersions.recordId), asc(planVersions.version));
  for (const r of rows) {
    const list = out.get(r.recordId) ?? [];
    list.push(presentVersion(r));
    out.set(r.recordId, list);
  }
  return out;
}

const isUuid = (v: string) => /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(v);

/**
 * GET /api/plan/versions/:recordType/:id: a record's versions, oldest first. Targets are read by anyone who
 * reads the plan; a task only by those who see it (404 otherwise).
 */
export async function recordVersions(
  ex: Executor,
  actor: Actor,
  recordType: RecordType,
  id: string,
): Promise<Version[]> {
  if (!isUuid(id)) throw new AppError("not_found");
  if (recordType === "task") await visibleTask(ex, actor, id);
  else {
    const [target] = await ex.select({ id: planTargets.id }).from(planTargets).where(eq(planTargets.id, id));
    if (!target) throw new AppError("not_found");
  }
  return (await versionsOf(ex, recordType, [id])).get(id) ?? [];
}
