import type {
  Platform,
  PlatformCategory,
  PlatformCreate,
  PlatformFacets,
  PlatformLevel,
  PlatformMap,
  PlatformPatch,
  PlatformStatus,
} from "@rdcity/common";
import { api, apiRequest, type QueryParams, toQueryString } from "../../../app/api/client";
import type { ListParams, Page } from "../../../app/components/list/types";

export interface PlatformVersion {
  version: number;
  at: string;
  by: string | null;
  action: string;
  changes: Record<string, { from: unknown; to: unknown }>;
  status: PlatformStatus;
  note: string | null;
}

export interface PlatformStatusEntry {
  status: PlatformStatus;
  fromStatus: PlatformStatus | null;
  effectiveOn: string;
  at: string;
  by: string | null;
  note: string | null;
}

/** A record with the ETag its next change must send back in If-Match. */
export interface VersionedPlatform {
  data: Platform;
  etag: string;
}

/** One type of the taxonomy (the server's platform_types table). */
export interface PlatformTypeOption {
  code: string;
  name: string;
  nameEn: string;
  category: PlatformCategory;
  levels: PlatformLevel[];
  isRdCentre: boolean;
  sortOrder: number;
}

export interface EntityOption {
  id: string;
  name: string;
  uscc: string;
}

export const platformKeys = {
  all: ["platforms"] as const,
  list: () => [...platformKeys.all, "list"] as const,
  facets: (params: ListParams) => [...platformKeys.all, "facets", params] as const,
  map: (params: ListParams) => [...platformKeys.all, "map", params] as const,
  detail: (id: string) => [...platformKeys.all, "detail", id] as const,
  history: (id: string) => [...platformKeys.all, "history", id] as const,
  statusHistory: (id: string) => [...platformKeys.all, "status-history", id] as const,
  types: () => [...platformKeys.all, "types"] as const,
};

const one = (id: string) => `/api/platforms/${encodeURIComponent(id)}`;
/** Filters only: the facet and map counts take no paging or sort. */
const filtersOf = ({ sort: _s, limit: _l, cursor: _c, ...rest }: QueryParams) => rest;

export const listPlatforms = (params: QueryParams, signal?: AbortSignal) =>
  api<Page<Platform>>("/api/platforms", { query: { ...params, withTotal: "true" }, signal });

export const fetchPlatformFacets = (params: QueryParams, signal?: AbortSignal) =>
  api<PlatformFacets>("/api/platforms/facets", { query: filtersOf(params), signal });

export const fetchPlatformMap = (params: QueryParams, signal?: AbortSignal) =>
  api<PlatformMap>("/api/platforms/map", { query: filtersOf(params), signal });

export function platformExportUrl(format: "csv" | "xlsx", params: ListParams): string {
  return `/api/platforms/export${toQueryString({ ...filtersOf(params), format })}`;
}

async function versioned(path: string, options: Parameters<typeof apiRequest>[1] = {}) {
  const response = await apiRequest<Platform>(path, options);
  return {
    data: response.data,
    etag: response.headers.get("ETag") ?? `"${response.data.version}"`,
  } satisfies VersionedPlatform;
}

export const getPlatform = (id: string) => versioned(one(id));

export const createPlatform = (body: PlatformCreate) =>
  api<Platform>("/api/platforms", { method: "POST", body });

export const patchPlatform = (id: string, etag: string, body: PlatformPatch) =>
  versioned(one(id), { method: "PATCH", body, headers: { "If-Match": etag } });

export const fetchPlatformTypes = () => api<PlatformTypeOption[]>("/api/platform-types");

export const fetchPlatformHistory = (id: string) => api<PlatformVersion[]>(`${one(id)}/history`);

export const fetchPlatformStatusHistory = (id: string) =>
  api<PlatformStatusEntry[]>(`${one(id)}/status-history`);

/** Active registry entities by name or credit code, for the host and co-builder pickers. */
export async function searchEntities(q: string, signal?: AbortSignal): Promise<EntityOption[]> {
  const query = { q: q || undefined, status: "active", limit: 20 };
  const page = await api<Page<EntityOption>>("/api/entities", { query, signal });
  return page.items.map((e) => ({ id: e.id, name: e.name, uscc: e.uscc }));
}

/** Live platforms by name, for the successor picker of a merge. */
export async function searchPlatforms(q: string, signal?: AbortSignal): Promise<Platform[]> {
  const query = { q: q || undefined, status: "cultivating,recognised,operating,evaluated", limit: 20 };
  const page = await api<Page<Platform>>("/api/platforms", { query, signal });
  return page.items;
}
