import type { AuditEntry, Entity, EntityCreate, EntityPatch } from "@rdcity/common";
import { api, apiRequest, type QueryParams, toQueryString } from "../../../app/api/client";
import type { ListParams, Page } from "../../../app/components/list/types";

export interface EntityVersion {
  version: number;
  at: string;
  by: string | null;
  action: string;
  changes: Record<string, { from: unknown; to: unknown }>;
  status: Entity["status"];
  note: string | null;
}

export interface DuplicateCandidate {
  id: string;
  uscc: string;
  name: string;
  districtCode: string;
  status: Entity["status"];
  reason: "uscc" | "signature" | "similar_name";
  similarity: number;
}

/** A record with the ETag its next change must send back in If-Match. */
export interface Versioned<T> {
  data: T;
  etag: string;
}

export const entityKeys = {
  all: ["entities"] as const,
  list: () => [...entityKeys.all, "list"] as const,
  detail: (id: string) => [...entityKeys.all, "detail", id] as const,
  history: (id: string) => [...entityKeys.all, "history", id] as const,
  audit: (id: string) => [...entityKeys.all, "audit", id] as const,
  duplicates: (id: string) => [...entityKeys.all, "duplicates", id] as const,
};

export const listEntities = (params: QueryParams, signal?: AbortSignal) =>
  api<Page<Entity>>("/api/entities", { query: { ...params, withTotal: "true" }, signal });

export function entityExportUrl(format: "csv" | "xlsx", params: ListParams): string {
  return `/api/entities/export${toQueryString({ ...params, format })}`;
}

async function versioned(
  path: string,
  options: Parameters<typeof apiRequest>[1] = {},
): Promise<Versioned<Entity>> {
  const response = await apiRequest<Entity>(path, options);
  return { data: response.data, etag: response.headers.get("ETag") ?? `"${response.data.version}"` };
}

export const getEntity = (id: string) => versioned(`/api/entities/${encodeURIComponent(id)}`);

/** The unmasked record (contact person and phone); the server records the read and its purpose in the audit log. */
export const revealEntity = (id: string, purpose: string) =>
  api<Entity>(`/api/entities/${encodeURIComponent(id)}`, { query: { reveal: "true", purpose } });

export const createEntity = (body: EntityCreate) => api<Entity>("/api/entities", { method: "POST", body });

export const patchEntity = (id: string, etag: string, body: EntityPatch) =>
  versioned(`/api/entities/${encodeURIComponent(id)}`, {
    method: "PATCH",
    body,
    headers: { "If-Match": etag },
  });

export const fetchHistory = (id: string) =>
  api<EntityVersion[]>(`/api/entities/${encodeURIComponent(id)}/history`);

export const fetchDuplicates = (id: string) =>
  api<DuplicateCandidate[]>(`/api/entities/${encodeURIComponent(id)}/duplicates`);

/** `id` becomes merged into `successorId`, which stays. */
export const mergeEntity = (id: string, etag: string, successorId: string, reason: string) =>
  api<Entity>(`/api/entities/${encodeURIComponent(id)}/merge`, {
    method: "POST",
    body: { successorId, reason },
    headers: { "If-Match": etag },
  });

export const markDistinct = (id: string, otherId: string, reason?: string) =>
  api<unknown>(`/api/entities/${encodeURIComponent(id)}/distinct`, {
    method: "POST",
    body: { otherId, reason: reason || undefined },
  });

export const fetchEntityAudit = (id: string) =>
  api<AuditEntry[]>(`/api/entities/${encodeURIComponent(id)}/audit`);
