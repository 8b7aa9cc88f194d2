import { DISTRICTS, REPORT_STATUSES } from "@rdcity/common";
import { useMemo } from "react";
import type { FilterDef } from "../../../app/components/list/types";
import { useI18n } from "../../../app/i18n/I18nProvider";
import { useReportLabels } from "./reportLabels";

/** The years a report can exist for, newest first (the demo and the plan start in 2022). */
export function reportYears(now = new Date()): number[] {
  const last = now.getFullYear() - 1;
  return Array.from({ length: last - 2019 }, (_, i) => last - i);
}

/** The review list's filters; the district filter only for those who see more than one district. */
export function useReportFilters(opts: { districts: boolean; counts?: Record<string, number> }) {
  const { t, pick } = useI18n();
  const labels = useReportLabels();
  return useMemo(() => {
    const withCount = (label: string, code: string) =>
      opts.counts && code in opts.counts ? `${label} (${opts.counts[code]})` : label;
    const filters: FilterDef[] = [
      {
        kind: "search",
        name: "q",
        label: t("report.filter.search"),
        placeholder: t("report.filter.searchPlaceholder"),
      },
      {
        kind: "select",
        name: "year",
        label: t("report.filter.year"),
        options: reportYears().map((y) => ({ value: String(y), label: String(y) })),
      },
      {
        kind: "select",
        name: "status",
        label: t("report.filter.status"),
        multiple: true,
        options: REPORT_STATUSES.map((s) => ({
          value: s,
          label: withCount(labels.reportStatus(s), s),
          search: labels.reportStatus(s),
        })),
      },
      { kind: "boolean", name: "flagged", label: t("report.filter.flagged") },
      { kind: "boolean", name: "overdue", label: t("report.filter.overdue") },
    ];
    if (opts.districts)
      filters.push({
        kind: "select",
        name: "districtCode",
        label: t("report.filter.district"),
        multiple: true,
        options: DISTRICTS.map((d) => ({ value: d.code, label: pick({ zh: d.name, en: d.nameEn }) })),
      });
    return filters;
  }, [t, pick, labels, opts.districts, opts.counts]);
}
