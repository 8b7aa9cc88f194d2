import type { PlatformLevel } from "@rdcity/common";

/**
 * How many demo platforms of each type and level (besides the real ones): about 2,600 in all, as the plan's
 * 2025 target; about 150 national (152 were reported for 2025, server/assets/changsha/changsha_indicators.csv);
 * most provincial or municipal; about 210 R&D centres of the five kinds (target: 200 by 2025).
 */
export const QUOTAS: readonly [string, PlatformLevel, number][] = [
  ["state_key_lab", "national", 12],
  ["ministry_key_lab", "national", 10],
  ["national_tech_innovation_center", "national", 3],
  ["national_mfg_innovation_center", "national", 1],
  ["national_industry_innovation_center", "national", 1],
  ["national_enterprise_tech_center", "national", 45],
  ["national_engineering_research_center", "national", 18],
  ["national_engineering_tech_center", "national", 10],
  ["national_clinical_research_center", "national", 4],
  ["industrial_design_center", "national", 8],
  ["intl_cooperation_base", "national", 8],
  ["incubator", "national", 10],
  ["makerspace", "national", 8],
  ["key_lab", "provincial", 300],
  ["tech_innovation_center", "provincial", 40],
  ["mfg_innovation_center", "provincial", 6],
  ["engineering_research_center", "provincial", 120],
  ["engineering_tech_center", "provincial", 300],
  ["enterprise_tech_center", "provincial", 200],
  ["industrial_design_center", "provincial", 40],
  ["clinical_research_center", "provincial", 50],
  ["new_rd_institution", "provincial", 60],
  ["intl_cooperation_base", "provincial", 20],
  ["academician_workstation", "provincial", 30],
  ["pilot_base", "provincial", 15],
  ["incubator", "provincial", 25],
  ["makerspace", "provincial", 40],
  ["key_lab", "municipal", 200],
  ["engineering_tech_center", "municipal", 250],
  ["enterprise_tech_center", "municipal", 180],
  ["engineering_research_center", "municipal", 40],
  ["tech_innovation_center", "municipal", 30],
  ["clinical_research_center", "municipal", 30],
  ["new_rd_institution", "municipal", 90],
  ["industrial_design_center", "municipal", 40],
  ["academician_workstation", "municipal", 40],
  ["pilot_base", "municipal", 20],
  ["incubator", "municipal", 40],
  ["makerspace", "municipal", 60],
  ["fortune500_rd_center", "municipal", 30],
  ["leading_hq_rd_center", "municipal", 45],
  ["independent_rd_center", "municipal", 80],
  ["foreign_rd_center", "municipal", 35],
  ["bonded_rd_center", "municipal", 20],
];

type Kind = "enterprise" | "university" | "institute" | "hospital" | "government" | "other";

/** Which kinds of organisation host a type, with weights. */
export function hostKinds(typeCode: string): Partial<Record<Kind, number>> {
  switch (typeCode) {
    case "state_key_lab":
    case "ministry_key_lab":
    case "key_lab":
      return { university: 60, institute: 25, enterprise: 10, hospital: 5 };
    case "national_engineering_research_center":
    case "national_engineering_tech_center":
    case "engineering_research_center":
    case "engineering_tech_center":
      return { university: 35, institute: 20, enterprise: 45 };
    case "national_tech_innovation_center":
    case "national_mfg_innovation_center":
    case "national_industry_innovation_center":
    case "tech_innovation_center":
    case "mfg_innovation_center":
      return { enterprise: 60, university: 25, institute: 15 };
    case "national_clinical_research_center":
    case "clinical_research_center":
      return { hospital: 100 };
    case "new_rd_institution":
      return { institute: 40, enterprise: 30, university: 20, government: 10 };
    case "intl_cooperation_base":
      return { university: 40, enterprise: 40, institute: 20 };
    case "academician_workstation":
      return { enterprise: 90, hospital: 10 };
    case "pilot_base":
      return { enterprise: 70, institute: 30 };
    case "incubator":
    case "makerspace":
      return { enterprise: 55, other: 10, government: 20, university: 15 };
    default:
      return { enterprise: 100 };
  }
}

/** Years of recognition by level: older national platforms, most provincial and municipal ones recent. */
export function yearRange(typeCode: string, level: PlatformLevel): [number, number] {
  if (typeCode.endsWith("_rd_center")) return [2023, 2026];
  if (level === "national") return [2005, 2025];
  if (level === "provincial") return [2008, 2026];
  return [2012, 2026];
}
