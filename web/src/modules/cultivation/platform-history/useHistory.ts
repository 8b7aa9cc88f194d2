import { useQuery } from "@tanstack/react-query";
import { fetchPlatformCultivation, fetchPlatformSupport, historyKeys } from "./historyApi";

export function usePlatformCultivation(platformId: string) {
  return useQuery({
    queryKey: historyKeys.cultivation(platformId),
    queryFn: ({ signal }) => fetchPlatformCultivation(platformId, signal),
  });
}

export function usePlatformSupport(platformId: string) {
  return useQuery({
    queryKey: historyKeys.support(platformId),
    queryFn: ({ signal }) => fetchPlatformSupport(platformId, signal),
  });
}
