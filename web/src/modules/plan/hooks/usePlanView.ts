import { useCallback, useMemo } from "react";
import { useSearchParams } from "react-router";
import type { PlanAs, PlanView } from "../api/plan";

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The plan, the day and the version (as planned or as adjusted) the pages show, kept in the URL so a view can be
 * shared and the target pages open as the dashboard was set.
 */
export function usePlanView() {
  const [search, setSearch] = useSearchParams();
  const plan = search.get("plan") ?? undefined;
  const asOfRaw = search.get("asOf");
  const asOf = asOfRaw && ISO_DAY.test(asOfRaw) ? asOfRaw : undefined;
  const as: PlanAs = search.get("as") === "planned" ? "planned" : "current";
  const view = useMemo<PlanView>(() => ({ plan, asOf, as }), [plan, asOf, as]);
  const update = useCallback(
    (changes: Partial<Record<keyof PlanView, string | undefined>>) =>
      setSearch(
        (prev) => {
          const next = new URLSearchParams(prev);
          for (const [key, value] of Object.entries(changes)) {
            if (value === undefined || value === "" || (key === "as" && value === "current"))
              next.delete(key);
            else next.set(key, value);
          }
          return next;
        },
        { replace: true },
      ),
    [setSearch],
  );
  return { view, update };
}

/** `?plan=…&asOf=…` carried to the next page (the version toggle belongs to the dashboard). */
export function viewQuery(view: PlanView, keep: (keyof PlanView)[] = ["plan", "asOf"]): string {
  const params = new URLSearchParams();
  for (const key of keep) {
    const value = view[key];
    if (value && !(key === "as" && value === "current")) params.set(key, value);
  }
  const text = params.toString();
  return text ? `?${text}` : "";
}
