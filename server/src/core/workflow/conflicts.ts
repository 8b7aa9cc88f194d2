import type { Label } from "./definition.js";
import type { ExpertRow } from "./expert-pool.js";
import type { InstanceRow } from "./registry.js";

/** Why an expert may not review an instance. The first three are conflicts of interest proper. */
export const EXCLUSION_REASONS = {
  applicant: { zh: "本人为申请人", en: "is the applicant" },
  same_organisation: { zh: "与申请单位为同一单位", en: "works for an applying organisation" },
  declared_relation: {
    zh: "已申报与申请单位存在关联",
    en: "declared a relation with an applying organisation",
  },
  same_district: { zh: "与申请单位在同一区县", en: "is in the applicant's district" },
  inactive: { zh: "已停用", en: "is inactive" },
  already_assigned: { zh: "已参与本项评审", en: "is already assigned to this review" },
  field_mismatch: { zh: "专业领域不符", en: "works in other fields" },
} as const satisfies Record<string, Label>;
export type ExclusionReason = keyof typeof EXCLUSION_REASONS;

/** The conflicts of interest between an expert and an instance's applicant and co-applicants. */
export function conflictsOf(expert: ExpertRow, instance: InstanceRow): ExclusionReason[] {
  const parties = new Set(instance.partyOrgIds);
  if (instance.ownerOrgId) parties.add(instance.ownerOrgId);
  const reasons: ExclusionReason[] = [];
  if (expert.userId && expert.userId === instance.ownerId) reasons.push("applicant");
  if (expert.orgEntityId && parties.has(expert.orgEntityId)) reasons.push("same_organisation");
  if (expert.avoidEntityIds.some((id) => parties.has(id))) reasons.push("declared_relation");
  return reasons;
}

export interface DrawRules {
  requireDifferentDistrict: boolean;
  fields: readonly string[];
  assignedExpertIds: ReadonlySet<string>;
}

/** Every reason to leave an expert out of a draw (empty: the expert can be drawn). Pure. */
export function exclusionsOf(expert: ExpertRow, instance: InstanceRow, rules: DrawRules): ExclusionReason[] {
  const reasons = conflictsOf(expert, instance);
  if (rules.requireDifferentDistrict && expert.districtCode && expert.districtCode === instance.areaCode)
    reasons.push("same_district");
  if (!expert.active) reasons.push("inactive");
  if (rules.assignedExpertIds.has(expert.id)) reasons.push("already_assigned");
  if (rules.fields.length && !expert.fields.some((f) => rules.fields.includes(f)))
    reasons.push("field_mismatch");
  return reasons;
}
