import { useQuery } from "@tanstack/react-query";
import {
  fetchPlatformHistory,
  fetchPlatformStatusHistory,
  getPlatform,
  platformKeys,
} from "../api/platforms";

/** One platform with its ETag. */
export function usePlatform(id: string) {
  return useQuery({ queryKey: platformKeys.detail(id), queryFn: () => getPlatform(id) });
}

export function usePlatformStatusHistory(id: string) {
  return useQuery({
    queryKey: platformKeys.statusHistory(id),
    queryFn: () => fetchPlatformStatusHistory(id),
  });
}

export function usePlatformHistory(id: string) {
  return useQuery({ queryKey: platformKeys.history(id), queryFn: () => fetchPlatformHistory(id) });
}
