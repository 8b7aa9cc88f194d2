import type { PlatformFacets } from "@rdcity/common";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import type { QueryParams } from "../../../app/api/client";
import type { ListParams } from "../../../app/components/list/types";
import { fetchPlatformFacets, platformKeys } from "../api/platforms";
import { fetchPublicPlatformFacets, publicPlatformKeys } from "../api/publicPlatforms";

/**
 * Facet counts under the current filters (each facet leaves out its own filter), from the internal directory or,
 * with `publicView`, from the public one (public statuses only).
 */
export function usePlatformFacets(params: ListParams, options: { publicView?: boolean } = {}) {
  const { sort: _sort, ...filters } = params;
  const fetch: (p: QueryParams, signal?: AbortSignal) => Promise<PlatformFacets> = options.publicView
    ? fetchPublicPlatformFacets
    : fetchPlatformFacets;
  return useQuery({
    queryKey: options.publicView ? publicPlatformKeys.facets(filters) : platformKeys.facets(filters),
    queryFn: ({ signal }) => fetch(filters, signal),
    placeholderData: keepPreviousData,
  });
}
