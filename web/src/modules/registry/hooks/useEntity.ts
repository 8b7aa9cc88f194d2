import { useQuery } from "@tanstack/react-query";
import { entityKeys, getEntity } from "../api/entities";

/** One entity with its ETag. */
export function useEntity(id: string) {
  return useQuery({ queryKey: entityKeys.detail(id), queryFn: () => getEntity(id) });
}
