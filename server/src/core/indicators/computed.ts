import type { Executor } from "../db/client.js";

/** A bilingual label. */
export interface SeriesLabel {
  zh: string;
  en: string;
}

/**
 * A series the registries count (P-02: "indicators the registry can count are computed from it, never typed
 * twice"). Modules do not register themselves here — the core imports no module; the composition root wires
 * each key to a module's counting function.
 */
export interface ComputedSeries {
  key: string;
  label: SeriesLabel;
  /** The figure as of the end of `asOf` (YYYY-MM-DD), for the city or one area (district or zone code). */
  count(ex: Executor, q: { asOf: string; areaCode?: string }): Promise<number | null>;
  /** The figure as of each of several dates at once (fewer statements than one `count` per date). */
  countAt?(
    ex: Executor,
    q: { dates: readonly string[]; areaCode?: string },
  ): Promise<Map<string, number | null>>;
  /** The figure as of `asOf` for every district at once (absent: none there); only when `byArea`. */
  countByDistrict?(ex: Executor, q: { asOf: string }): Promise<Map<string, number>>;
  /** Whether the figure can be broken down by district (the dashboard's map). */
  byArea: boolean;
}

const registry = new Map<string, ComputedSeries>();

export function registerComputedSeries(series: ComputedSeries): void {
  registry.set(series.key, series);
}

export function computedSeries(key: string): ComputedSeries | undefined {
  return registry.get(key);
}

export function knownComputedSeries(): ReadonlySet<string> {
  return new Set(registry.keys());
}
