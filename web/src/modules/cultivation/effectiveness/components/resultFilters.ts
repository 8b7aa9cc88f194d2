import {
  DISTRICTS,
  EVALUATION_GRADE_NAMES,
  EVALUATION_GRADES,
  PLATFORM_LEVEL_NAMES,
  PLATFORM_LEVELS,
  PLATFORM_TYPES,
} from "@rdcity/common";
import { useMemo } from "react";
import type { FilterDef } from "../../../../app/components/list/types";
import { useI18n } from "../../../../app/i18n/I18nProvider";

/** The results' filters (their names are the API's query parameters): name, grade, type, level, district. */
export function useResultFilters(): { filters: FilterDef[]; advanced: FilterDef[] } {
  const { t, pick, lang } = useI18n();
  return useMemo(() => {
    const en = lang === "en-US";
    return {
      filters: [
        {
          kind: "search",
          name: "q",
          label: t("cultivation.evaluation.filter.q"),
          placeholder: t("cultivation.evaluation.filter.qPlaceholder"),
        },
        {
          kind: "select",
          name: "grade",
          multiple: true,
          label: t("cultivation.evaluation.col.grade"),
          options: EVALUATION_GRADES.map((g) => ({ value: g, label: pick(EVALUATION_GRADE_NAMES[g]) })),
        },
        {
          kind: "select",
          name: "typeCode",
          multiple: true,
          label: t("cultivation.evaluation.filter.type"),
          options: PLATFORM_TYPES.map((x) => ({
            value: x.code,
            label: en ? x.nameEn : x.name,
            search: `${x.name} ${x.nameEn} ${x.code}`,
          })),
        },
        {
          kind: "select",
          name: "districtCode",
          multiple: true,
          label: t("cultivation.evaluation.filter.district"),
          options: DISTRICTS.map((d) => ({
            value: d.code,
            label: en ? d.nameEn : d.name,
            search: `${d.name} ${d.nameEn}`,
          })),
        },
      ],
      advanced: [
        {
          kind: "select",
          name: "level",
          multiple: true,
          label: t("cultivation.evaluation.filter.level"),
          options: PLATFORM_LEVELS.map((l) => ({ value: l, label: pick(PLATFORM_LEVEL_NAMES[l]) })),
        },
      ],
    };
  }, [t, pick, lang]);
}
