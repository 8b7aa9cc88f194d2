/**
 * Unified social credit code (统一社会信用代码), GB 32100-2015.
 * 18 characters from a 31-character set (digits and capitals without I, O, Z, S, V);
 * the last is a check character: 31 − (Σ cᵢ·wᵢ mod 31), with wᵢ = 3^i mod 31.
 */
export const USCC_CHARSET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
const USCC_PATTERN = /^[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}$/;

export type UsccProblem = "length" | "charset" | "checkDigit";

export function usccCheckChar(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const value = USCC_CHARSET.indexOf(first17[i] ?? "");
    if (value < 0) throw new RangeError(`invalid USCC character at ${i}`);
    sum += value * WEIGHTS[i]!;
  }
  const check = (31 - (sum % 31)) % 31;
  return USCC_CHARSET[check]!;
}

/** Returns null when valid, or the kind of problem. Input is expected upper-case and trimmed. */
export function usccProblem(code: string): UsccProblem | null {
  if (code.length !== 18) return "length";
  if (!USCC_PATTERN.test(code)) return "charset";
  return usccCheckChar(code.slice(0, 17)) === code[17] ? null : "checkDigit";
}

export function isValidUscc(code: string): boolean {
  return usccProblem(code) === null;
}

/** Trim, drop inner spaces, full-width to half-width, upper-case. */
export function normaliseUscc(input: string): string {
  return input
    .replace(/[\uFF01-\uFF5E]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0))
    .replace(/\s+/g, "")
    .toUpperCase();
}
