export type ProgressPhase = "parsing" | "validating" | "writing" | "done" | "failed";

export interface Progress {
  phase: ProgressPhase;
  processed: number;
  total: number;
  /** Last change, in ms since the epoch. */
  updatedAt: number;
}

export interface ProgressRegistry {
  /** Begins (or restarts) an entry in the parsing phase. */
  start(id: string, total: number): void;
  update(id: string, processed: number, phase?: ProgressPhase): void;
  /** Ends an entry; a finished entry stays readable until it expires. */
  finish(id: string, phase: "done" | "failed"): void;
  get(id: string): Progress | undefined;
}

export const PROGRESS_TTL_MS = 10 * 60 * 1000;

/**
 * Progress of long-running jobs (imports), in this process's memory: an entry expires ten minutes after its last
 * change. With several API processes behind a load balancer, progress is only visible on the process that runs
 * the job (the job's final result is stored; this is only for the progress bar).
 */
export function createProgressRegistry(
  options: { ttlMs?: number; now?: () => number } = {},
): ProgressRegistry {
  const ttl = options.ttlMs ?? PROGRESS_TTL_MS;
  const now = options.now ?? Date.now;
  const entries = new Map<string, Progress>();

  const sweep = () => {
    const cutoff = now() - ttl;
    for (const [id, entry] of entries) if (entry.updatedAt < cutoff) entries.delete(id);
  };
  const live = (id: string) => {
    const entry = entries.get(id);
    if (entry && entry.updatedAt < now() - ttl) {
      entries.delete(id);
      return undefined;
    }
    return entry;
  };

  return {
    start(id, total) {
      sweep();
      entries.set(id, { phase: "parsing", processed: 0, total: Math.max(0, total), updatedAt: now() });
    },
    update(id, processed, phase) {
      const entry = live(id);
      if (!entry || entry.phase === "done" || entry.phase === "failed") return;
      entry.processed = Math.max(0, processed);
      if (entry.total < entry.processed) entry.total = entry.processed;
      if (phase) entry.phase = phase;
      entry.updatedAt = now();
    },
    finish(id, phase) {
      const entry = live(id);
      if (!entry) return;
      entry.phase = phase;
      if (phase === "done") entry.processed = entry.total;
      entry.updatedAt = now();
    },
    get(id) {
      const entry = live(id);
      return entry ? { ...entry } : undefined;
    },
  };
}

/** The process-wide registry of import progress. */
export const importProgress: ProgressRegistry = createProgressRegistry();
