import { keepPreviousData, useQuery } from "@tanstack/react-query";
import type { ListParams } from "../../../app/components/list/types";
import { fetchPlatformFacets, platformKeys } from "../api/platforms";

/** Facet counts under the current filters (each facet leaves out its own filter). */
export function usePlatformFacets(params: ListParams) {
  const { sort: _sort, ...filters } = params;
  return useQuery({
    queryKey: platformKeys.facets(filters),
    queryFn: ({ signal }) => fetchPlatformFacets(filters, signal),
    placeholderData: keepPreviousData,
  });
}
