import { centsToMoney } from "@rdcity/common";

/**
 * Money of the support part in hundredths of 万元 (the columns' two decimals) as bigint, so no payment passes
 * through a binary float. Rates are per-million integers (5 % = 50 000).
 */
export type Cents = bigint;

const TEXT_RE = /^(-)?(\d+)(?:\.(\d{1,2}))?$/;

/** A numeric text (from the database: "1234.5", "-3.00") or a number with at most two decimals, in hundredths. */
export function centsOf(value: string | number | null | undefined): Cents | null {
  if (value === null || value === undefined) return null;
  if (typeof value === "number") {
    if (!Number.isFinite(value)) return null;
    return BigInt(Math.round(value * 100));
  }
  const m = TEXT_RE.exec(value.trim());
  if (!m) return null;
  const abs = BigInt(m[2]!) * 100n + BigInt((m[3] ?? "").padEnd(2, "0"));
  return m[1] ? -abs : abs;
}

/** Like centsOf for values that must be there (a NOT NULL column, a validated input). */
export function cents(value: string | number): Cents {
  const c = centsOf(value);
  if (c === null) throw new Error(`not a money value: ${value}`);
  return c;
}

/** The canonical text "1234.50". */
export const moneyText = (c: Cents): string => centsToMoney(c);

/** For people: thousands separated, trailing zeros of the decimals dropped ("3,250", "117.5", "1,234.56"). */
export function displayMoney(c: Cents): string {
  const sign = c < 0n ? "-" : "";
  const abs = c < 0n ? -c : c;
  const whole = (abs / 100n).toString().replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  const frac = String(abs % 100n)
    .padStart(2, "0")
    .replace(/0+$/, "");
  return `${sign}${whole}${frac ? `.${frac}` : ""}`;
}

/** A percentage (at most four decimals) as a per-million rate. */
export const ppmOf = (percent: number): bigint => BigInt(Math.round(percent * 10_000));

/** A per-million rate as people write it: "5%", "2.5%", "0.125%". */
export function displayPercent(ppm: bigint): string {
  const whole = ppm / 10_000n;
  const frac = String(ppm % 10_000n)
    .padStart(4, "0")
    .replace(/0+$/, "");
  return `${whole}${frac ? `.${frac}` : ""}%`;
}

/** base × rate, rounded half up to the hundredth (amounts are never negative here). */
export function applyRate(base: Cents, ppm: bigint): Cents {
  return (base * ppm + 500_000n) / 1_000_000n;
}

/** a / b as a decimal text with `digits` decimals, rounded half up (a, b ≥ 0, b > 0). */
export function ratioText(a: bigint, b: bigint, digits = 6): string {
  const scale = 10n ** BigInt(digits);
  const scaled = (a * scale * 2n + b) / (2n * b);
  const frac = String(scaled % scale).padStart(digits, "0");
  return `${scaled / scale}.${frac}`;
}

export const sum = (values: Iterable<Cents>): Cents => {
  let total = 0n;
  for (const v of values) total += v;
  return total;
};

export const minCents = (a: Cents, b: Cents): Cents => (a < b ? a : b);
