/** Mainland mobile (1[3-9]x, 11 digits) or landline (area code 0xx(x) + 7–8 digits, optional extension). */
export function isValidPhone(input: string): boolean {
  const s = input.replace(/[\s-]/g, "");
  return /^(\+?86)?1[3-9]\d{9}$/.test(s) || /^0\d{2,3}\d{7,8}(\d{1,6})?$/.test(s);
}

/** 138****5678 / 0731****5678 style masking; keeps the first 3 and last 4 characters of the digits. */
export function maskPhone(input: string | null | undefined): string | null {
  if (!input) return input ?? null;
  const s = input.replace(/[\s-]/g, "");
  if (s.length <= 7) return "*".repeat(s.length);
  return `${s.slice(0, 3)}${"*".repeat(s.length - 7)}${s.slice(-4)}`;
}

/** 张** — keeps the first character of a personal name. */
export function maskPersonName(input: string | null | undefined): string | null {
  if (!input) return input ?? null;
  const chars = Array.from(input);
  return chars[0] + "*".repeat(Math.max(1, chars.length - 1));
}
