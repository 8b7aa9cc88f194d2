import type { CultivationCriteriaInput } from "@rdcity/common";

/** The kinds of platform cultivated toward national counterparts (the demo's 2026 round; not incubators …). */
export const CULTIVATED_TYPES = [
  "key_lab",
  "tech_innovation_center",
  "mfg_innovation_center",
  "enterprise_tech_center",
  "engineering_research_center",
  "engineering_tech_center",
  "clinical_research_center",
  "hunan_lab",
  "strategic_platform",
];

/** A new round starts from the demo's 2026 criteria: R&D investment first, then results and their transfer. */
export const DEFAULT_CRITERIA: CultivationCriteriaInput = {
  filters: { levels: ["provincial"], typeCodes: CULTIVATED_TYPES, minRdSpending: 500 },
  scored: [
    { field: "rdSpending", weight: 25, rule: { kind: "linear", floor: 300, ceiling: 3000 } },
    { field: "rdSpendingGrowth", weight: 10, rule: { kind: "linear", floor: 0, ceiling: 30 } },
    { field: "rdStaff", weight: 10, rule: { kind: "linear", floor: 20, ceiling: 200 } },
    { field: "inventionPatentsGranted", weight: 25, rule: { kind: "percentile" } },
    { field: "standardsLed", weight: 10, rule: { kind: "linear", floor: 0, ceiling: 5 } },
    { field: "achievementsTransferred", weight: 10, rule: { kind: "linear", floor: 0, ceiling: 10 } },
    { field: "transferContractValue", weight: 10, rule: { kind: "linear", floor: 0, ceiling: 2000 } },
  ],
};
