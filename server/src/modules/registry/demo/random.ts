/**
 * A small seeded pseudo-random generator (mulberry32) and the draws the demo generators need.
 * Deterministic: the same seed gives the same sequence on every machine. Not for anything secret.
 */
export interface Random {
  /** Uniform in [0, 1). */
  next(): number;
  /** Integer in [min, max], both inclusive. */
  int(min: number, max: number): number;
  chance(probability: number): boolean;
  pick<T>(items: readonly T[]): T;
  /** Index drawn with the given (not necessarily normalised) weights. */
  weightedIndex(cumulative: WeightTable): number;
}

/** Cumulative weights, prepared once so that a weighted draw is a short scan. */
export interface WeightTable {
  readonly cumulative: Float64Array;
  readonly total: number;
}

export function weightTable(weights: readonly number[]): WeightTable {
  const cumulative = new Float64Array(weights.length);
  let total = 0;
  weights.forEach((w, i) => {
    if (!(w >= 0)) throw new RangeError(`weight ${i} must be ≥ 0`);
    total += w;
    cumulative[i] = total;
  });
  if (total <= 0) throw new RangeError("weights must not all be 0");
  return { cumulative, total };
}

/** 32-bit seed from any number or string (FNV-1a over the text form). */
export function seedFrom(...parts: (string | number)[]): number {
  let h = 0x811c9dc5;
  for (const ch of parts.join("\u0000")) {
    h ^= ch.codePointAt(0)!;
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

export function createRandom(seed: number): Random {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    chance: (probability) => next() < probability,
    pick: <T>(items: readonly T[]): T => {
      if (items.length === 0) throw new RangeError("cannot pick from an empty list");
      return items[Math.floor(next() * items.length)]!;
    },
    weightedIndex: ({ cumulative, total }) => {
      const r = next() * total;
      for (let i = 0; i < cumulative.length; i++) if (r < cumulative[i]!) return i;
      return cumulative.length - 1;
    },
  };
}
