/** Dates and addresses as certificates print them. */

const EN_MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];

function parts(isoDate: string): [number, number, number] {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(isoDate);
  if (!m) throw new Error(`not an ISO date: ${isoDate}`);
  return [Number(m[1]), Number(m[2]), Number(m[3])];
}

/** 2026-11-28 → 2026年11月28日 (the form of official documents: no leading zeros). */
export function chineseDate(isoDate: string): string {
  const [y, m, d] = parts(isoDate);
  return `${y}年${m}月${d}日`;
}

/** 2026-11-28 → 28 November 2026. */
export function englishDate(isoDate: string): string {
  const [y, m, d] = parts(isoDate);
  return `${d} ${EN_MONTHS[m - 1]} ${y}`;
}

/** The public page where anyone can type a certificate number: `<base>/public/verify`. */
export function verificationPage(publicUrl: string): string {
  return `${publicUrl.replace(/\/+$/, "")}/public/verify`;
}

/** The address the certificate's QR code holds: `<base>/public/verify/<number, percent-encoded>`. */
export function verificationUrl(publicUrl: string, number: string): string {
  return `${verificationPage(publicUrl)}/${encodeURIComponent(number)}`;
}
