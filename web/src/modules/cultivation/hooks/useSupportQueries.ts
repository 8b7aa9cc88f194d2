import type { SimulationOverrides } from "@rdcity/common";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import {
  type DisbursementFilters,
  fetchAllocations,
  fetchBurnDown,
  fetchDisbursements,
  fetchFund,
  fetchFunds,
  fetchScheme,
  fetchSchemes,
  type SchemeFilters,
  supportKeys,
} from "../api/supportApi";
import { simulateWhatIf } from "../api/supportWrites";
import { useDebounced } from "./usePreview";

/** Schemes and payments change on the workflow's instance page: asked again whenever a page shows them. */
const FRESH = { staleTime: 0 } as const;

export function useFunds() {
  return useQuery({ queryKey: supportKeys.funds(), queryFn: ({ signal }) => fetchFunds(signal) });
}

export function useFund(fundId: string | undefined) {
  return useQuery({
    queryKey: supportKeys.fund(fundId ?? ""),
    queryFn: ({ signal }) => fetchFund(fundId ?? "", signal),
    enabled: !!fundId,
  });
}

export function useBurnDown(fundId: string | undefined) {
  return useQuery({
    queryKey: supportKeys.burnDown(fundId ?? ""),
    queryFn: ({ signal }) => fetchBurnDown(fundId ?? "", signal),
    enabled: !!fundId,
  });
}

export function useSchemes(filters: SchemeFilters = {}) {
  return useQuery({
    ...FRESH,
    queryKey: supportKeys.schemes(filters),
    queryFn: ({ signal }) => fetchSchemes(filters, signal),
    placeholderData: keepPreviousData,
  });
}

export function useScheme(schemeId: string) {
  return useQuery({
    ...FRESH,
    queryKey: supportKeys.scheme(schemeId),
    queryFn: ({ signal }) => fetchScheme(schemeId, signal),
  });
}

export function useAllocations(schemeId: string) {
  return useQuery({
    queryKey: supportKeys.allocations(schemeId),
    queryFn: ({ signal }) => fetchAllocations(schemeId, signal),
  });
}

export function useDisbursements(filters: DisbursementFilters, enabled = true) {
  return useQuery({
    ...FRESH,
    queryKey: supportKeys.disbursements(filters),
    queryFn: ({ signal }) => fetchDisbursements(filters, signal),
    placeholderData: keepPreviousData,
    enabled,
  });
}

/** A what-if run asked again as the overrides settle (nothing is saved); off while nothing is changed. */
export function useWhatIf(schemeId: string, overrides: SimulationOverrides, enabled: boolean) {
  const settled = useDebounced(overrides, 400);
  return useQuery({
    queryKey: supportKeys.whatIf(schemeId, settled),
    queryFn: ({ signal }) => simulateWhatIf(schemeId, settled, signal),
    placeholderData: keepPreviousData,
    enabled,
    staleTime: 30_000,
  });
}
