/** Addresses as certificates print them (dates: chineseDate / englishDate in @rdcity/common). */

export { chineseDate, englishDate } from "@rdcity/common";

/** The public page where anyone can type a certificate number: `<base>/public/verify`. */
export function verificationPage(publicUrl: string): string {
  return `${publicUrl.replace(/\/+$/, "")}/public/verify`;
}

/** The address the certificate's QR code holds: `<base>/public/verify/<number, percent-encoded>`. */
export function verificationUrl(publicUrl: string, number: string): string {
  return `${verificationPage(publicUrl)}/${encodeURIComponent(number)}`;
}
