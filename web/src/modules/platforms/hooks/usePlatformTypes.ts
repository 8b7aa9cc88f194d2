import { useQuery } from "@tanstack/react-query";
import { fetchPlatformTypes, platformKeys } from "../api/platforms";

/** The platform taxonomy (types with their category and allowed levels); it changes only with a release. */
export function usePlatformTypes() {
  return useQuery({ queryKey: platformKeys.types(), queryFn: fetchPlatformTypes, staleTime: Infinity });
}
