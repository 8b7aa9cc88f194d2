/**
 * E-mail addresses for notifications: a practical check (one @, a dotted domain, no spaces, ≤ 254 characters),
 * not the whole of RFC 5322; the SMTP server has the last word.
 */
export function isValidEmail(input: string): boolean {
  if (input.length > 254) return false;
  return /^[^\s@"<>()[\]\\,;:]+@[^\s@"<>()[\]\\,;:]+\.[^\s@"<>()[\]\\,;:.]{2,}$/u.test(input);
}

/** z***@example.com — keeps the first character of the local part and the domain. */
export function maskEmail(input: string | null | undefined): string | null {
  if (!input) return input ?? null;
  const at = input.lastIndexOf("@");
  if (at < 1) return "***";
  return `${input[0]}***${input.slice(at)}`;
}
