import type { planTargets, planTasks } from "./schema.js";

/**
 * What a version of a target or task records (plan_versions.snapshot): the fields a change request may change
 * and the texts, so "as planned" can be shown against "as adjusted". Numbers travel as numbers.
 */
export function targetSnapshot(t: typeof planTargets.$inferSelect): Record<string, unknown> {
  return {
    year: t.year,
    value: Number(t.value),
    valueMax: t.valueMax == null ? null : Number(t.valueMax),
    textZh: t.textZh,
    textEn: t.textEn,
    status: t.status,
  };
}

export function taskSnapshot(t: typeof planTasks.$inferSelect): Record<string, unknown> {
  return {
    titleZh: t.titleZh,
    titleEn: t.titleEn,
    dueOn: t.dueOn,
    leadUnitId: t.leadUnitId,
    partnerUnitIds: t.partnerUnitIds,
    status: t.status,
  };
}
