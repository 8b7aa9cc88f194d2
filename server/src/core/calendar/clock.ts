/**
 * Where "now" comes from. Everything that compares against the current time takes a Clock, so tests set the
 * time instead of waiting for it; nothing below reads Date.now() itself.
 */
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

/** A clock that stands still at the given instant until moved: for tests and for replaying past events. */
export interface ManualClock extends Clock {
  set(at: Date | string): void;
  advance(ms: number): void;
}

/** The system time moved by an offset that can be set: the clock of a server started for browser tests. */
export interface OffsetClock extends Clock {
  /** Moves "now" to this instant; the clock then runs on from there. */
  set(at: Date | string): void;
  reset(): void;
}

export function offsetClock(): OffsetClock {
  let offset = 0;
  return {
    now: () => new Date(Date.now() + offset),
    set: (at) => {
      offset = new Date(at).getTime() - Date.now();
    },
    reset: () => {
      offset = 0;
    },
  };
}

export function manualClock(start: Date | string): ManualClock {
  let current = new Date(start).getTime();
  return {
    now: () => new Date(current),
    set: (at) => {
      current = new Date(at).getTime();
    },
    advance: (ms) => {
      current += ms;
    },
  };
}
