import type {
  EvaluationDistribution,
  EvaluationFrameworkInput,
  EvaluationResult,
  EvaluationReviewStart,
  EvaluationRound,
  EvaluationRoundCreate,
  FollowupKind,
  FollowupStatus,
  RectificationCreate,
} from "@rdcity/common";
import { api, apiRequest } from "../../../../app/api/client";

export type Label = { zh: string; en: string };

/** A follow-up of a round's results (review, rectification, revocation) as the list returns it. */
export interface EvaluationFollowup {
  id: string;
  resultId: string;
  platformId: string;
  platformName: string;
  kind: FollowupKind;
  status: FollowupStatus;
  statusName: Label;
  deadline: string | null;
  instanceId: string | null;
  createdAt: string;
}

export interface EvaluationDefaults {
  framework: EvaluationFrameworkInput;
  thresholds: { excellent: number; good: number; pass: number };
  expertWeight: number;
  metrics: { key: string; kind: string; zh: string; en: string }[];
  reviewCriteria: { key: string; label: Label; max: number }[];
}

/** The results' filters as the URL and the API name them (lists comma-joined). */
export interface ResultFilters {
  grade?: string;
  typeCode?: string;
  level?: string;
  districtCode?: string;
  q?: string;
  sort?: string;
}

export interface ResultPage {
  items: EvaluationResult[];
  total: number;
}

export interface PublishOutcome {
  round: EvaluationRound;
  evaluated: number;
  skipped: { platformId: string; code: string }[];
}

const BASE = "/api/cultivation/evaluations";

export const evaluationKeys = {
  all: ["cultivation", "evaluations"] as const,
  defaults: () => [...evaluationKeys.all, "defaults"] as const,
  rounds: () => [...evaluationKeys.all, "rounds"] as const,
  round: (id: string) => [...evaluationKeys.all, "round", id] as const,
  results: (id: string, filters: ResultFilters, page: number, size: number) =>
    [...evaluationKeys.all, "results", id, filters, page, size] as const,
  distribution: (id: string) => [...evaluationKeys.all, "distribution", id] as const,
  followups: (id: string) => [...evaluationKeys.all, "followups", id] as const,
  platform: (platformId: string) => [...evaluationKeys.all, "platform", platformId] as const,
};

export const fetchDefaults = (signal?: AbortSignal) =>
  api<EvaluationDefaults>(`${BASE}/defaults`, { signal });

export const fetchRounds = (signal?: AbortSignal) =>
  api<{ items: EvaluationRound[] }>(BASE, { signal }).then((r) => r.items);

/** A round with its ETag (every change needs If-Match). */
export async function fetchRound(id: string, signal?: AbortSignal) {
  const res = await apiRequest<EvaluationRound>(`${BASE}/${encodeURIComponent(id)}`, { signal });
  return { data: res.data, etag: res.headers.get("ETag") ?? `"v${res.data.version}"` };
}

export const fetchResults = (
  id: string,
  filters: ResultFilters,
  page: number,
  size: number,
  signal?: AbortSignal,
) =>
  api<ResultPage>(`${BASE}/${encodeURIComponent(id)}/results`, {
    query: { ...filters, limit: size, offset: (page - 1) * size },
    signal,
  });

export const fetchDistribution = (id: string, signal?: AbortSignal) =>
  api<EvaluationDistribution>(`${BASE}/${encodeURIComponent(id)}/distribution`, { signal });

export const fetchFollowups = (id: string, signal?: AbortSignal) =>
  api<{ items: EvaluationFollowup[] }>(`${BASE}/${encodeURIComponent(id)}/followups`, { signal }).then(
    (r) => r.items,
  );

export const fetchPlatformEvaluations = (platformId: string, signal?: AbortSignal) =>
  api<{ platformId: string; items: EvaluationResult[] }>(
    `/api/cultivation/platforms/${encodeURIComponent(platformId)}/evaluations`,
    { signal },
  ).then((r) => r.items);

// ---- writes ----

export const createRound = (body: EvaluationRoundCreate) =>
  api<EvaluationRound>(BASE, { method: "POST", body });

export const scoreRound = (id: string, etag: string) =>
  api<EvaluationRound>(`${BASE}/${encodeURIComponent(id)}/score`, {
    method: "POST",
    headers: { "If-Match": etag },
  });

export const publishRound = (id: string, etag: string) =>
  api<PublishOutcome>(`${BASE}/${encodeURIComponent(id)}/publish`, {
    method: "POST",
    headers: { "If-Match": etag },
    body: {},
  });

export const startReviews = (id: string, body: EvaluationReviewStart) =>
  api<{ items: { resultId: string; instanceId: string }[] }>(`${BASE}/${encodeURIComponent(id)}/reviews`, {
    method: "POST",
    body,
  });

export const orderRectifications = (id: string, body: RectificationCreate) =>
  api<{ items: EvaluationFollowup[] }>(`${BASE}/${encodeURIComponent(id)}/rectifications`, {
    method: "POST",
    body,
  });
