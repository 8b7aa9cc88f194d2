import type {
  Allocation,
  Disbursement,
  DisbursementStatus,
  Fund,
  FundBurnDown,
  Scheme,
  SupportSchemeStatus,
} from "@rdcity/common";
import { api } from "../../../app/api/client";

export interface SchemeFilters {
  year?: number;
  status?: SupportSchemeStatus;
}

export interface DisbursementFilters {
  fundId?: string;
  schemeId?: string;
  status?: DisbursementStatus;
  year?: number;
}

export type ExportFormat = "csv" | "xlsx";

const BASE = "/api/cultivation/support";
const id = (value: string) => encodeURIComponent(value);

export const supportKeys = {
  all: ["cultivation", "support"] as const,
  funds: () => [...supportKeys.all, "funds"] as const,
  fund: (fundId: string) => [...supportKeys.all, "fund", fundId] as const,
  burnDown: (fundId: string) => [...supportKeys.fund(fundId), "burn-down"] as const,
  schemes: (filters: SchemeFilters) => [...supportKeys.all, "schemes", filters] as const,
  scheme: (schemeId: string) => [...supportKeys.all, "scheme", schemeId] as const,
  allocations: (schemeId: string) => [...supportKeys.scheme(schemeId), "allocations"] as const,
  whatIf: (schemeId: string, overrides: unknown) =>
    [...supportKeys.scheme(schemeId), "what-if", overrides] as const,
  disbursements: (filters: DisbursementFilters) => [...supportKeys.all, "disbursements", filters] as const,
};

export const fetchFunds = (signal?: AbortSignal) => api<Fund[]>(`${BASE}/funds`, { signal });

export const fetchFund = (fundId: string, signal?: AbortSignal) =>
  api<Fund>(`${BASE}/funds/${id(fundId)}`, { signal });

export const fetchBurnDown = (fundId: string, signal?: AbortSignal) =>
  api<FundBurnDown>(`${BASE}/funds/${id(fundId)}/burn-down`, { signal });

export const fetchSchemes = (filters: SchemeFilters, signal?: AbortSignal) =>
  api<Scheme[]>(`${BASE}/schemes`, { query: { ...filters }, signal });

export const fetchScheme = (schemeId: string, signal?: AbortSignal) =>
  api<Scheme>(`${BASE}/schemes/${id(schemeId)}`, { signal });

/** The saved allocations: the last saved simulation, or the fixed ones once approved. */
export const fetchAllocations = (schemeId: string, signal?: AbortSignal) =>
  api<Allocation[]>(`${BASE}/schemes/${id(schemeId)}/allocations`, { signal });

export const fetchDisbursements = (filters: DisbursementFilters, signal?: AbortSignal) =>
  api<Disbursement[]>(`${BASE}/disbursements`, { query: { ...filters }, signal });

/**
 * Downloads are plain links: the browser sends the session cookie, the server names the file and writes the
 * headings in the account's language.
 */
export const fundLedgerUrl = (fundId: string, format: ExportFormat) =>
  `${BASE}/funds/${id(fundId)}/ledger?format=${format}`;

export const schemeExportUrl = (schemeId: string, format: ExportFormat) =>
  `${BASE}/schemes/${id(schemeId)}/disbursements/export?format=${format}`;
