/** What a window target (力争三年内新获批…) carries: the server's window (its figures are already increases). */
interface WindowLike {
  window?: { from: number; to: number; baseYear: number; baseValue: number | null } | null;
}

/**
 * A window target counts what was added since the end of the year before its window; the API sends its figures as
 * those increases, with the window's base year and the level then.
 */
export function windowOf(t: WindowLike): { from: number; base: number } | null {
  if (!t.window || t.window.baseValue === null) return null;
  return { from: t.window.baseYear, base: t.window.baseValue };
}
