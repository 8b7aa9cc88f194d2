import { api } from "../../app/api/client";

interface Label {
  zh: string;
  en: string;
}

/** What the public verification answers (server: core/certificates/schemas.ts PublicCertificateSchema). */
export interface PublicCertificate {
  number: string;
  valid: boolean;
  revokedAt: string | null;
  revokedOn: string | null;
  issuedOn: string;
  title: Label;
  holder: string;
  subject: string;
  lines: { label: Label; value: string }[];
  issuer: Label;
}

export const certificateKey = (number: string) => ["public", "certificate", number] as const;

/** No sign-in; 404 `certificate_unknown` for a number never issued, 400 for one that cannot be a number. */
export const fetchPublicCertificate = (number: string, signal?: AbortSignal) =>
  api<PublicCertificate>(`/api/public/certificates/${encodeURIComponent(number)}`, { signal });

/** The longest number the server accepts, and the characters it refuses (control and invisible ones). */
export const NUMBER_MAX = 64;
export const NUMBER_PATTERN = /^[^\p{Cc}\p{Cf}\p{Zl}\p{Zp}]+$/u;
