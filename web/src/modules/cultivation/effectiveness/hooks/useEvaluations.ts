import { keepPreviousData, useQuery } from "@tanstack/react-query";
import {
  evaluationKeys,
  fetchDefaults,
  fetchDistribution,
  fetchFollowups,
  fetchPlatformEvaluations,
  fetchResults,
  fetchRound,
  fetchRounds,
  type ResultFilters,
} from "../api/evaluations";

const LONG = 5 * 60_000;

export function useEvaluationDefaults(enabled = true) {
  return useQuery({
    queryKey: evaluationKeys.defaults(),
    queryFn: ({ signal }) => fetchDefaults(signal),
    staleTime: LONG,
    enabled,
  });
}

export function useEvaluationRounds() {
  return useQuery({ queryKey: evaluationKeys.rounds(), queryFn: ({ signal }) => fetchRounds(signal) });
}

export function useEvaluationRound(id: string) {
  return useQuery({ queryKey: evaluationKeys.round(id), queryFn: ({ signal }) => fetchRound(id, signal) });
}

export function useEvaluationResults(id: string, filters: ResultFilters, page: number, size: number) {
  return useQuery({
    queryKey: evaluationKeys.results(id, filters, page, size),
    queryFn: ({ signal }) => fetchResults(id, filters, page, size, signal),
    placeholderData: keepPreviousData,
  });
}

export function useEvaluationDistribution(id: string) {
  return useQuery({
    queryKey: evaluationKeys.distribution(id),
    queryFn: ({ signal }) => fetchDistribution(id, signal),
  });
}

export function useEvaluationFollowups(id: string) {
  return useQuery({
    queryKey: evaluationKeys.followups(id),
    queryFn: ({ signal }) => fetchFollowups(id, signal),
  });
}

export function usePlatformEvaluations(platformId: string) {
  return useQuery({
    queryKey: evaluationKeys.platform(platformId),
    queryFn: ({ signal }) => fetchPlatformEvaluations(platformId, signal),
  });
}
