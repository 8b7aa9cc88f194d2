import { z } from "zod";

const Label = z.object({ zh: z.string(), en: z.string() });

/**
 * A certificate number as typed or scanned: up to 64 characters, none of them control or invisible formatting
 * characters (anything else cannot be a number the engine issued, and is refused with 400 before any lookup).
 */
export const CertificateNumberParams = z.object({
  certificateNumber: z
    .string()
    .min(1)
    .max(64)
    .regex(/^[^\p{Cc}\p{Cf}\p{Zl}\p{Zp}]+$/u)
    .describe("证书编号 / certificate number, e.g. 长研认〔2026〕0001号"),
});

export const CertificateIdParams = z.object({ id: z.uuid() });

/** What anyone may learn about a certificate from its number: its public content and whether it is in force. */
export const PublicCertificateSchema = z.object({
  number: z.string(),
  /** In force: issued and not revoked. */
  valid: z.boolean(),
  /** ISO instant of the revocation, null while in force. */
  revokedAt: z.string().nullable(),
  /** YYYY-MM-DD, China's date. */
  revokedOn: z.string().nullable(),
  /** YYYY-MM-DD, China's date of issue. */
  issuedOn: z.string(),
  title: Label,
  holder: z.string(),
  subject: z.string(),
  lines: z.array(z.object({ label: Label, value: z.string() })),
  issuer: Label,
});
export type PublicCertificate = z.infer<typeof PublicCertificateSchema>;
