import type { TargetChangeSchema, TaskChangeSchema } from "@rdcity/common";
import { inArray } from "drizzle-orm";
import type { z } from "zod";
import type { Executor } from "../../../core/db/client.js";
import { AppError } from "../../../core/errors.js";
import type { planTargets, planTasks } from "../schema.js";
import { planUnits } from "../schema.js";

export type TargetRow = typeof planTargets.$inferSelect;
export type TaskRow = typeof planTasks.$inferSelect;
export type TargetChange = z.infer<typeof TargetChangeSchema>;
export type TaskChange = z.infer<typeof TaskChangeSchema>;
export type RecordType = "target" | "task";

/** A target's changeable fields in the request's terms. */
export function targetFields(t: TargetRow): Required<TargetChange> {
  return {
    year: t.year,
    value: Number(t.value),
    valueMax: t.valueMax == null ? null : Number(t.valueMax),
    text: { zh: t.textZh, en: t.textEn },
    status: t.status as "active" | "withdrawn",
  };
}

/** A task's changeable fields in the request's terms (units by code). */
export function taskFields(t: TaskRow, codeOf: Map<string, string>): Required<TaskChange> {
  return {
    dueOn: t.dueOn,
    leadUnitCode: t.leadUnitId ? (codeOf.get(t.leadUnitId) ?? t.leadUnitId) : null,
    partnerUnitCodes: t.partnerUnitIds.map((id) => codeOf.get(id) ?? id),
    status: t.status as "active" | "completed" | "withdrawn",
  };
}

/** Compares as values: partner lists as sets. */
function same(key: string, a: unknown, b: unknown): boolean {
  if (key === "partnerUnitCodes" && Array.isArray(a) && Array.isArray(b))
    return JSON.stringify([...new Set(a)].sort()) === JSON.stringify([...new Set(b)].sort());
  return JSON.stringify(a) === JSON.stringify(b);
}

/** The requested fields that differ from the current ones; nothing left → 422 plan_change_empty. */
export function effectiveChanges<T extends Record<string, unknown>>(
  requested: T,
  current: Record<string, unknown>,
): Partial<T> {
  const out: Partial<T> = {};
  for (const [key, value] of Object.entries(requested)) {
    if (value === undefined || same(key, value, current[key])) continue;
    (out as Record<string, unknown>)[key] =
      key === "partnerUnitCodes" ? [...new Set(value as string[])] : value;
  }
  if (!Object.keys(out).length) throw new AppError("plan_change_empty");
  return out;
}

/** Unit ids by code; any unknown code → 422 plan_unit_unknown naming them. */
export async function unitIdsByCode(ex: Executor, codes: string[]): Promise<Map<string, string>> {
  const wanted = [...new Set(codes)];
  if (!wanted.length) return new Map();
  const rows = await ex
    .select({ id: planUnits.id, code: planUnits.code })
    .from(planUnits)
    .where(inArray(planUnits.code, wanted));
  const byCode = new Map(rows.map((r) => [r.code, r.id]));
  const unknown = wanted.filter((c) => !byCode.has(c));
  if (unknown.length) throw new AppError("plan_unit_unknown", { codes: unknown.join("、") });
  return byCode;
}

/** Unit codes by id (to show a task's units in the request's terms). */
export async function unitCodesById(ex: Executor, ids: (string | null)[]): Promise<Map<string, string>> {
  const wanted = [...new Set(ids.filter((id): id is string => !!id))];
  if (!wanted.length) return new Map();
  const rows = await ex
    .select({ id: planUnits.id, code: planUnits.code })
    .from(planUnits)
    .where(inArray(planUnits.id, wanted));
  return new Map(rows.map((r) => [r.id, r.code]));
}

export const codesOfTaskChange = (c: TaskChange) => [
  ...(c.leadUnitCode ? [c.leadUnitCode] : []),
  ...(c.partnerUnitCodes ?? []),
];
