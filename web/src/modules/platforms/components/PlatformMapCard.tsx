import type { PlatformMap } from "@rdcity/common";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { Card } from "antd";
import type { QueryParams } from "../../../app/api/client";
import type { ListParams } from "../../../app/components/list/types";
import { DistrictMap } from "../../../app/components/map/DistrictMap";
import { useI18n } from "../../../app/i18n/I18nProvider";

interface Props {
  params: ListParams;
  update: (changes: Record<string, string | undefined>) => void;
  queryKey: (params: ListParams) => readonly unknown[];
  fetchMap: (params: QueryParams, signal?: AbortSignal) => Promise<PlatformMap>;
}

/**
 * Counts per district under the list's filters (all but the district, which the map itself chooses); clicking a
 * district sets the list's district filter, clicking it again clears it.
 */
export function PlatformMapCard({ params, update, queryKey, fetchMap }: Props) {
  const { t } = useI18n();
  const { districtCode, sort: _sort, ...filters } = params;
  const query = useQuery({
    queryKey: queryKey(filters),
    queryFn: ({ signal }) => fetchMap(filters, signal),
    placeholderData: keepPreviousData,
  });
  const counts = query.data
    ? Object.fromEntries(query.data.districts.map((d) => [d.code, d.count]))
    : undefined;
  const selected = districtCode && !districtCode.includes(",") ? districtCode : null;
  return (
    <Card size="small" className="rd-card" title={t("platform.map.cardTitle")}>
      <DistrictMap
        counts={counts}
        title={t("platform.map.title")}
        loading={query.isFetching}
        error={query.error}
        onRetry={() => void query.refetch()}
        selected={selected}
        onSelect={(code) => update({ districtCode: code ?? undefined })}
      />
    </Card>
  );
}
