/**
 * The measuring loop of the query benchmarks: a product function against the hand-written SQL that gives the
 * same answer (and the same through HTTP), timed in alternating order after a warm-up, with as many runs as
 * the time budget allows (at least 5).
 */
import type { Database } from "../../server/src/core/db/client.js";
import { percentile, round } from "./stats.js";

/** What both sides must agree on: a key of the answer's data and its total. */
export interface Answer {
  key: string;
  total: number | null;
}

export interface Spread {
  p50: number;
  p95: number;
}

export interface Budget {
  /** Runs at most (and at least 5). */
  runs: number;
  /** Untimed runs first (1 when the budget cuts the runs). */
  warmup: number;
  /** Time allowed for one case, all sides: slow cases get fewer runs. */
  budgetMs: number;
}

export interface Sides<T = unknown> {
  product: () => Promise<T>;
  raw: () => Promise<T>;
  http: (() => Promise<unknown>) | null;
}

export interface Timings {
  runs: number;
  product: Spread;
  raw: Spread;
  http?: Spread;
  /** product ÷ raw at the median and at the 95th percentile (aim ≤ 1.5). */
  ratio: number;
  ratioP95: number;
}

export async function timeOnce(fn: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await fn();
  return performance.now() - start;
}

const spread = (xs: number[]): Spread => ({
  p50: round(percentile(xs, 50), 2),
  p95: round(percentile(xs, 95), 2),
});

/**
 * Times the sides: the runs from one call of each (`onceMs` when the caller has timed that already), then
 * warm-up and runs, each run calling the sides in turn, in reverse order every other run.
 */
export async function timeSides(sides: Sides, budget: Budget, onceMs?: number): Promise<Timings> {
  const { product, raw, http } = sides;
  const once =
    onceMs ?? (await timeOnce(product)) + (await timeOnce(raw)) + (http ? await timeOnce(http) : 0);
  const runs = Math.max(5, Math.min(budget.runs, Math.floor(budget.budgetMs / once)));
  const warmup = runs < budget.runs ? 1 : budget.warmup;
  const times = { product: [] as number[], raw: [] as number[], http: [] as number[] };
  for (let i = 0; i < warmup + runs; i++) {
    // Alternate the order so that neither side always runs on a warmer cache.
    const steps: [keyof typeof times, () => Promise<unknown>][] = [
      ["product", product],
      ["raw", raw],
    ];
    if (http) steps.push(["http", http]);
    if (i % 2) steps.reverse();
    for (const [key, fn] of steps) {
      const ms = await timeOnce(fn);
      if (i >= warmup) times[key].push(ms);
    }
  }
  return {
    runs,
    product: spread(times.product),
    raw: spread(times.raw),
    ...(http ? { http: spread(times.http) } : {}),
    ratio: round(percentile(times.product, 50) / percentile(times.raw, 50), 2),
    ratioP95: round(percentile(times.product, 95) / percentile(times.raw, 95), 2),
  };
}

/**
 * Statements one call sends to the database: counted on the driver (PGlite's `query`/`exec`, the pool's
 * `query`), which both drizzle and the raw side go through.
 */
export async function countStatements(database: Database, fn: () => Promise<unknown>): Promise<number> {
  const target = (database.pglite ?? database.pool) as unknown as Record<string, unknown>;
  const names = database.pglite ? ["query", "exec"] : ["query"];
  const saved = names.map((n) => [n, target[n]] as const);
  let n = 0;
  for (const [name, original] of saved)
    target[name] = function (this: unknown, ...args: unknown[]) {
      n++;
      return (original as (...a: unknown[]) => unknown).apply(this, args);
    };
  try {
    await fn();
  } finally {
    for (const [name, original] of saved) target[name] = original;
  }
  return n;
}

export interface Measured extends Timings {
  total: number | null;
  same: boolean;
  /** Statements sent for one answer by the product and by the baseline (when counted). */
  statements?: { product: number; raw: number };
}

/**
 * One case: both answers compared (`disagree` is told when they differ), the statements of each counted on
 * `countOn` when given, then the sides timed.
 */
export async function measure(
  sides: Sides<Answer>,
  opts: Budget & { countOn?: Database; disagree: (mine: Answer, theirs: Answer) => void },
): Promise<Measured> {
  const mine = await sides.product();
  const theirs = await sides.raw();
  const same = mine.key === theirs.key && mine.total === theirs.total;
  if (!same) opts.disagree(mine, theirs);
  const statements = opts.countOn
    ? {
        product: await countStatements(opts.countOn, sides.product),
        raw: await countStatements(opts.countOn, sides.raw),
      }
    : null;
  const t = await timeSides(sides, opts);
  return {
    runs: t.runs,
    total: mine.total,
    same,
    ...(statements ? { statements } : {}),
    product: t.product,
    raw: t.raw,
    ...(t.http ? { http: t.http } : {}),
    ratio: t.ratio,
    ratioP95: t.ratioP95,
  };
}
