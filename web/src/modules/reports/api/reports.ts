import type { Report, ReportDetail, ReportFigures, ReportPage } from "@rdcity/common";
import { api, apiRequest, type QueryParams, toQueryString } from "../../../app/api/client";
import type { ListParams, Page } from "../../../app/components/list/types";

export interface MissingReport {
  platform: Report["platform"];
  year: number;
  dueOn: string;
  overdue: boolean;
}

export interface PlatformReports {
  items: Report[];
  fileable: number[];
  canFile: boolean;
}

/** A report with the ETag its next action must send back in If-Match. */
export interface VersionedReport {
  data: ReportDetail;
  etag: string;
}

export const reportKeys = {
  all: ["reports"] as const,
  list: () => [...reportKeys.all, "list"] as const,
  counts: (params: ListParams) => [...reportKeys.all, "counts", params] as const,
  missing: (params: ListParams) => [...reportKeys.all, "missing", params] as const,
  detail: (id: string) => [...reportKeys.all, "detail", id] as const,
  ofPlatform: (platformId: string) => [...reportKeys.all, "platform", platformId] as const,
};

const one = (id: string) => `/api/platform-reports/${encodeURIComponent(id)}`;
const filtersOf = ({ sort: _s, limit: _l, cursor: _c, ...rest }: QueryParams) => rest;

/**
 * A page for the console's list: the API pages by offset, the list by an opaque cursor, so the cursor is the
 * offset of the next page.
 */
export async function listReports(params: QueryParams, signal?: AbortSignal): Promise<Page<Report>> {
  const { cursor, ...rest } = params;
  const offset = Number(cursor ?? 0) || 0;
  const page = await api<ReportPage>("/api/platform-reports", { query: { ...rest, offset }, signal });
  const next = offset + page.items.length;
  return { items: page.items, total: page.total, nextCursor: next < page.total ? String(next) : null };
}

/** The counts of the filter bar (by status, flagged, overdue) under the other filters. */
export const fetchReportCounts = (params: QueryParams, signal?: AbortSignal) =>
  api<ReportPage>("/api/platform-reports", { query: { ...filtersOf(params), limit: 1 }, signal }).then(
    (p) => p.counts,
  );

export const listMissing = (params: QueryParams, signal?: AbortSignal) =>
  api<{ items: MissingReport[]; total: number }>("/api/platform-reports/missing", { query: params, signal });

export function reportExportUrl(format: "csv" | "xlsx", params: ListParams): string {
  return `/api/platform-reports/export${toQueryString({ ...filtersOf(params), format })}`;
}

async function versioned(
  path: string,
  options: Parameters<typeof apiRequest>[1] = {},
): Promise<VersionedReport> {
  const response = await apiRequest<ReportDetail>(path, options);
  return { data: response.data, etag: response.headers.get("ETag") ?? `"v${response.data.version}"` };
}

export const getReport = (id: string) => versioned(one(id));

export const fileReport = (platformId: string, year: number) =>
  versioned("/api/platform-reports", { method: "POST", body: { platformId, year } });

export const patchReport = (id: string, etag: string, body: ReportFigures & { remarks?: string | null }) =>
  versioned(one(id), { method: "PATCH", body, headers: { "If-Match": etag } });

export type ReviewAction = "submit" | "return" | "accept";
export const actOnReport = (
  id: string,
  etag: string,
  action: ReviewAction,
  body: { comment?: string; acknowledgeFlags?: boolean } = {},
) => versioned(`${one(id)}/${action}`, { method: "POST", body, headers: { "If-Match": etag } });

export const commentOnReport = (id: string, body: string) =>
  api<{ id: string }>(`${one(id)}/comments`, { method: "POST", body: { body } });

export const fetchPlatformReports = (platformId: string) =>
  api<PlatformReports>(`/api/platforms/${encodeURIComponent(platformId)}/reports`);
