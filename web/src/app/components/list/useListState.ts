import { useCallback, useMemo, useState } from "react";
import { useSearchParams } from "react-router";
import { type FilterDef, filterParamNames, type ListParams } from "./types";

export const PAGE_SIZES = [20, 50, 100] as const;

/**
 * The list's state lives in the URL (filters, sort, page size) so a filtered list can be bookmarked and shared;
 * the keyset cursors of the pages visited so far are a stack in memory, reset whenever the filters change.
 */
export function useListState(filters: FilterDef[], defaultPageSize: number) {
  const [searchParams, setSearchParams] = useSearchParams();
  const names = useMemo(() => [...filterParamNames(filters), "sort"], [filters]);

  const params = useMemo<ListParams>(() => {
    const out: ListParams = {};
    for (const name of names) {
      const value = searchParams.get(name);
      if (value) out[name] = value;
    }
    return out;
  }, [searchParams, names]);

  const limitParam = Number(searchParams.get("limit"));
  const pageSize = (PAGE_SIZES as readonly number[]).includes(limitParam) ? limitParam : defaultPageSize;
  const key = JSON.stringify([params, pageSize]);
  const [nav, setNav] = useState<{ key: string; stack: (string | undefined)[] }>({ key, stack: [undefined] });
  const stack = nav.key === key ? nav.stack : [undefined];
  const cursor = stack[stack.length - 1];

  const update = useCallback(
    (changes: Record<string, string | undefined>) => {
      setSearchParams(
        () => {
          // Start from the address as it is now, not as it was at the last render: two filters committed in quick
          // succession (Enter in one, then in another) must both stay.
          const next = new URLSearchParams(window.location.search);
          for (const [name, value] of Object.entries(changes)) {
            if (value) next.set(name, value);
            else next.delete(name);
          }
          return next;
        },
        { replace: true },
      );
    },
    [setSearchParams],
  );

  const reset = useCallback(() => {
    update(Object.fromEntries(names.filter((n) => n !== "sort").map((n) => [n, undefined])));
  }, [names, update]);

  return {
    params,
    pageSize,
    cursor,
    pageNumber: stack.length,
    activeFilterCount: Object.keys(params).filter((n) => n !== "sort").length,
    update,
    reset,
    setPageSize: (size: number) => update({ limit: size === defaultPageSize ? undefined : String(size) }),
    next: (nextCursor: string) => setNav({ key, stack: [...stack, nextCursor] }),
    previous: () => setNav({ key, stack: stack.length > 1 ? stack.slice(0, -1) : stack }),
    first: () => setNav({ key, stack: [undefined] }),
  };
}
