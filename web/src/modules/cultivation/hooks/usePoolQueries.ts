import { keepPreviousData, useQuery } from "@tanstack/react-query";
import {
  type CandidateQuery,
  type ExclusionQuery,
  fetchCandidates,
  fetchExclusions,
  fetchPool,
  fetchRound,
  fetchRounds,
  type PoolQuery,
  poolKeys,
  type RoundFilters,
} from "../api/poolApi";

/**
 * Rounds and schemes change status on the workflow's instance page: asked again whenever a page shows them (not
 * kept for the app's default 15 seconds), so coming back from the instance shows the new status.
 */
const FRESH = { staleTime: 0 } as const;

export function useRounds(filters: RoundFilters = {}) {
  return useQuery({
    ...FRESH,
    queryKey: poolKeys.rounds(filters),
    queryFn: ({ signal }) => fetchRounds(filters, signal),
    placeholderData: keepPreviousData,
  });
}

export function useRound(id: string) {
  return useQuery({
    ...FRESH,
    queryKey: poolKeys.round(id),
    queryFn: ({ signal }) => fetchRound(id, signal),
  });
}

export function useCandidates(id: string, q: CandidateQuery, enabled = true) {
  return useQuery({
    queryKey: poolKeys.candidates(id, q),
    queryFn: ({ signal }) => fetchCandidates(id, q, signal),
    placeholderData: keepPreviousData,
    enabled,
  });
}

export function useExclusions(id: string, q: ExclusionQuery, enabled = true) {
  return useQuery({
    queryKey: poolKeys.exclusions(id, q),
    queryFn: ({ signal }) => fetchExclusions(id, q, signal),
    placeholderData: keepPreviousData,
    enabled,
  });
}

export function usePoolMembers(q: PoolQuery) {
  return useQuery({
    queryKey: poolKeys.members(q),
    queryFn: ({ signal }) => fetchPool(q, signal),
    placeholderData: keepPreviousData,
  });
}
