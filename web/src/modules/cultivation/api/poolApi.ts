import type {
  CultivationCandidate,
  CultivationExclusion,
  CultivationPoolEntry,
  CultivationPoolStatus,
  CultivationPreview,
  CultivationRound,
  CultivationRoundStatus,
} from "@rdcity/common";
import { api } from "../../../app/api/client";

export type Label = { zh: string; en: string };

/** A platform the round did not rank, with every filter it failed (the first is the one counted). */
export interface ExcludedPlatform {
  platformId: string;
  name: string;
  typeCode: string;
  level: string;
  districtCode: string;
  zoneCode: string | null;
  reasons: { reason: CultivationExclusion; label: Label; detail: Label }[];
}

export interface CandidatePage {
  items: CultivationCandidate[];
  total: number;
  selected: number;
}

export interface ExclusionPage {
  items: ExcludedPlatform[];
  total: number;
  counts: { reason: CultivationExclusion; label: Label; count: number }[];
}

export interface PoolPage {
  items: CultivationPoolEntry[];
  total: number;
  /** Members per status (in the caller's area), whatever the status filter. */
  counts: Record<string, number>;
}

export interface RoundFilters {
  year?: number;
  status?: CultivationRoundStatus;
}

export interface CandidateQuery {
  offset: number;
  limit: number;
  selected?: boolean;
}

export interface ExclusionQuery {
  offset: number;
  limit: number;
  reason?: CultivationExclusion;
}

export interface PoolQuery {
  offset: number;
  limit: number;
  status?: CultivationPoolStatus;
  year?: number;
}

export const poolKeys = {
  all: ["cultivation", "pool"] as const,
  rounds: (filters: RoundFilters) => [...poolKeys.all, "rounds", filters] as const,
  round: (id: string) => [...poolKeys.all, "round", id] as const,
  candidates: (id: string, q: CandidateQuery) => [...poolKeys.round(id), "candidates", q] as const,
  exclusions: (id: string, q: ExclusionQuery) => [...poolKeys.round(id), "exclusions", q] as const,
  preview: (id: string, weights: Record<string, number>) =>
    [...poolKeys.round(id), "preview", weights] as const,
  members: (q: PoolQuery) => [...poolKeys.all, "members", q] as const,
};

const round = (id: string) => `/api/cultivation/rounds/${encodeURIComponent(id)}`;

export const fetchRounds = (filters: RoundFilters, signal?: AbortSignal) =>
  api<CultivationRound[]>("/api/cultivation/rounds", { query: { ...filters }, signal });

export const fetchRound = (id: string, signal?: AbortSignal) => api<CultivationRound>(round(id), { signal });

export const fetchCandidates = (id: string, q: CandidateQuery, signal?: AbortSignal) =>
  api<CandidatePage>(`${round(id)}/candidates`, {
    query: { offset: q.offset, limit: q.limit, selected: q.selected },
    signal,
  });

export const fetchExclusions = (id: string, q: ExclusionQuery, signal?: AbortSignal) =>
  api<ExclusionPage>(`${round(id)}/exclusions`, {
    query: { offset: q.offset, limit: q.limit, reason: q.reason },
    signal,
  });

/** The ranking under other weights (nothing is saved): the first `limit` and every platform leaving the list. */
export const previewRound = (id: string, weights: Record<string, number>, signal?: AbortSignal) =>
  api<CultivationPreview>(`${round(id)}/preview`, {
    method: "POST",
    body: { weights, limit: 200 },
    signal,
  });

export const fetchPool = (q: PoolQuery, signal?: AbortSignal) =>
  api<PoolPage>("/api/cultivation/pool", { query: { ...q }, signal });
