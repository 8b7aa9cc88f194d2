import type { PlatformFacets, PlatformMap, PublicPlatform } from "@rdcity/common";
import { api, type QueryParams } from "../../../app/api/client";
import type { Page } from "../../../app/components/list/types";

/** The public directory (no sign-in): public fields of recognised, operating and evaluated platforms only. */
export const publicPlatformKeys = {
  list: ["public", "platforms", "list"] as const,
  map: (params: Record<string, string>) => ["public", "platforms", "map", params] as const,
  facets: (params: Record<string, unknown>) => ["public", "platforms", "facets", params] as const,
};

const filtersOf = ({ sort: _s, limit: _l, cursor: _c, ...rest }: QueryParams) => rest;

export const listPublicPlatforms = (params: QueryParams, signal?: AbortSignal) =>
  api<Page<PublicPlatform>>("/api/public/platforms", { query: params, signal });

export const fetchPublicPlatformMap = (params: QueryParams, signal?: AbortSignal) =>
  api<PlatformMap>("/api/public/platforms/map", { query: filtersOf(params), signal });

/** Counts for the public filters (public statuses only; each facet without its own filter). */
export const fetchPublicPlatformFacets = (params: QueryParams, signal?: AbortSignal) =>
  api<PlatformFacets>("/api/public/platforms/facets", { query: filtersOf(params), signal });
