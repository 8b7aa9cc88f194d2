import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useEffect, useState } from "react";
import { poolKeys, previewRound } from "../api/poolApi";

/** A value that follows `value` once it has stopped changing for `ms` (a slider being dragged). */
export function useDebounced<T>(value: T, ms = 350): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return settled;
}

/**
 * The ranking under the weights being tried, asked again as they settle (nothing is saved); off while they equal
 * the saved ones, when the ranking on the page is the answer.
 */
export function usePreview(roundId: string, weights: Record<string, number>, changed: boolean) {
  const settled = useDebounced(weights);
  return useQuery({
    queryKey: poolKeys.preview(roundId, settled),
    queryFn: ({ signal }) => previewRound(roundId, settled, signal),
    placeholderData: keepPreviousData,
    enabled: changed,
    staleTime: 60_000,
  });
}
