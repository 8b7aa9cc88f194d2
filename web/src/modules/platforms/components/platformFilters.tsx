import {
  DISTRICTS,
  formatNumber,
  INDUSTRIES,
  PLATFORM_CATEGORIES,
  PLATFORM_COUNTED_STATUSES,
  PLATFORM_LEVELS,
  PLATFORM_STATUSES,
  PLATFORM_TYPES,
  type PlatformFacets,
  ZONES,
} from "@rdcity/common";
import { Flex, Typography } from "antd";
import { useMemo } from "react";
import type { FilterDef, FilterOption } from "../../../app/components/list/types";
import { useI18n } from "../../../app/i18n/I18nProvider";
import { usePlatformLabels } from "./platformLabels";

type Counts = Map<string, number> | undefined;

const countsOf = (rows: { code: string; count: number }[] | undefined): Counts =>
  rows ? new Map(rows.map((r) => [r.code, r.count])) : undefined;

/**
 * The directory's filters; their names are the API's query parameters. With facet counts each option shows how
 * many platforms it would leave (the other filters applied), so a choice that leads nowhere is visible.
 */
export function usePlatformFilters(
  facets: PlatformFacets | undefined,
  options: { publicView?: boolean } = {},
): { filters: FilterDef[]; advanced: FilterDef[] } {
  const { t, lang } = useI18n();
  const labels = usePlatformLabels();
  return useMemo(() => {
    const en = lang === "en-US";
    const option = (code: string, name: string, counts: Counts, search?: string): FilterOption => {
      const count = counts?.get(code);
      return {
        value: code,
        search: search ?? `${name} ${code}`,
        label:
          counts === undefined ? (
            name
          ) : (
            <Flex justify="space-between" gap={8}>
              <span>{name}</span>
              <Typography.Text type="secondary" className="rd-num">
                {formatNumber(count ?? 0, lang)}
              </Typography.Text>
            </Flex>
          ),
      };
    };
    const bilingual = (code: string, zh: string, enName: string, counts: Counts) =>
      option(code, en ? enName : zh, counts, `${zh} ${enName} ${code}`);
    const type = countsOf(facets?.type);
    const level = countsOf(facets?.level);
    const status = countsOf(facets?.status);
    const district = countsOf(facets?.district);
    const zone = countsOf(facets?.zone);
    const category = countsOf(facets?.category);
    const statuses = options.publicView ? PLATFORM_COUNTED_STATUSES : PLATFORM_STATUSES;

    const filters: FilterDef[] = [
      {
        kind: "search",
        name: "q",
        label: t("platform.filter.search"),
        placeholder: t("platform.filter.searchPlaceholder"),
      },
      {
        kind: "select",
        name: "typeCode",
        label: t("platform.filter.type"),
        multiple: true,
        options: PLATFORM_TYPES.map((x) => bilingual(x.code, x.name, x.nameEn, type)),
      },
      {
        kind: "select",
        name: "level",
        label: t("platform.filter.level"),
        multiple: true,
        options: PLATFORM_LEVELS.map((l) => option(l, labels.level(l), level)),
      },
      {
        kind: "select",
        name: "districtCode",
        label: labels.field("districtCode"),
        options: DISTRICTS.map((d) => bilingual(d.code, d.name, d.nameEn, district)),
      },
    ];
    const advanced: FilterDef[] = [
      {
        kind: "select",
        name: "status",
        label: t("platform.filter.status"),
        multiple: true,
        options: statuses.map((s) => option(s, labels.platformStatus(s), status)),
      },
      {
        kind: "select",
        name: "zoneCode",
        label: labels.field("zoneCode"),
        multiple: true,
        options: ZONES.map((z) => bilingual(z.code, z.name, z.nameEn, zone)),
      },
      {
        kind: "select",
        name: "industry",
        label: labels.field("industries"),
        multiple: true,
        options: INDUSTRIES.map((i) => bilingual(i.code, i.name, i.nameEn, undefined)),
      },
      {
        kind: "select",
        name: "category",
        label: t("platform.filter.category"),
        multiple: true,
        options: PLATFORM_CATEGORIES.map((c) => option(c, labels.category(c), category)),
      },
      { kind: "boolean", name: "rdCentre", label: t("platform.filter.rdCentre") },
      {
        kind: "dateRange",
        name: "recognisedFrom",
        toName: "recognisedTo",
        label: t("platform.filter.recognised"),
      },
    ];
    return { filters, advanced };
  }, [facets, labels, lang, t, options.publicView]);
}
