import { Secret, TOTP } from "otpauth";
import QRCode from "qrcode";

const ISSUER = "rdcity";

export function newTotpSecret(): string {
  return new Secret({ size: 20 }).base32;
}

function totpFor(username: string, secret: string): TOTP {
  return new TOTP({
    issuer: ISSUER,
    label: username,
    algorithm: "SHA1",
    digits: 6,
    period: 30,
    secret: Secret.fromBase32(secret),
  });
}

export function totpUrl(username: string, secret: string): string {
  return totpFor(username, secret).toString();
}

export async function totpQrDataUrl(url: string): Promise<string> {
  return QRCode.toDataURL(url, { margin: 1, width: 220 });
}

/** Accepts the current code and one period either side (clock drift). */
export function checkTotp(username: string, secret: string, code: string): boolean {
  return totpFor(username, secret).validate({ token: code, window: 1 }) !== null;
}

export function currentTotp(username: string, secret: string): string {
  return totpFor(username, secret).generate();
}
