import {
  DISTRICTS,
  ENTITY_KINDS,
  ENTITY_STATUSES,
  INDUSTRIES,
  LITTLE_GIANT_LEVELS,
  ZONES,
} from "@rdcity/common";
import { useMemo } from "react";
import type { FilterDef } from "../../../app/components/list/types";
import { useI18n } from "../../../app/i18n/I18nProvider";
import { useLabels } from "../../../app/i18n/labels";

/** The filters of the entity list; their names are the API's query parameters. */
export function useEntityFilters(): { filters: FilterDef[]; advanced: FilterDef[] } {
  const { t } = useI18n();
  const labels = useLabels();
  return useMemo(() => {
    const both = (code: string, zh: string, en: string) => ({
      value: code,
      label: labels.lang === "en-US" ? en : zh,
      search: `${zh} ${en} ${code}`,
    });
    const filters: FilterDef[] = [
      {
        kind: "search",
        name: "q",
        label: t("entity.filter.search"),
        placeholder: t("entity.filter.searchPlaceholder"),
      },
      {
        kind: "select",
        name: "kind",
        label: labels.field("kind"),
        multiple: true,
        options: ENTITY_KINDS.map((k) => ({ value: k, label: labels.kind(k) })),
      },
      {
        kind: "select",
        name: "districtCode",
        label: labels.field("districtCode"),
        multiple: true,
        options: DISTRICTS.map((d) => both(d.code, d.name, d.nameEn)),
      },
      {
        kind: "select",
        name: "zoneCode",
        label: labels.field("zoneCode"),
        multiple: true,
        options: ZONES.map((z) => both(z.code, z.name, z.nameEn)),
      },
      {
        kind: "select",
        name: "industry",
        label: labels.field("industries"),
        multiple: true,
        options: INDUSTRIES.map((i) => both(i.code, i.name, i.nameEn)),
      },
    ];
    const advanced: FilterDef[] = [
      {
        kind: "flags",
        name: "flags",
        label: t("entity.filter.flags"),
        options: [
          { value: "isListed", label: labels.field("isListed") },
          { value: "isHighTech", label: labels.field("isHighTech") },
          { value: "isFortune500Affiliate", label: labels.field("isFortune500Affiliate") },
          { value: "isForeignInvested", label: labels.field("isForeignInvested") },
        ],
      },
      {
        kind: "select",
        name: "littleGiant",
        label: labels.field("littleGiant"),
        multiple: true,
        options: LITTLE_GIANT_LEVELS.filter((l) => l !== "none").map((l) => ({
          value: l,
          label: labels.littleGiant(l),
        })),
      },
      {
        kind: "select",
        name: "status",
        label: labels.field("status"),
        multiple: true,
        options: ENTITY_STATUSES.map((s) => ({ value: s, label: labels.status(s) })),
      },
      { kind: "boolean", name: "isDemo", label: t("entity.filter.demo") },
      { kind: "dateRange", name: "updatedFrom", toName: "updatedTo", label: t("entity.filter.updated") },
    ];
    return { filters, advanced };
  }, [t, labels]);
}
