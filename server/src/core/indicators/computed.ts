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
