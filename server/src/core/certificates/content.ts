import type { Executor } from "../db/client.js";
import type { CertificateContent, CertificateRecord } from "../workflow/index.js";

/**
 * What a certificate says: its process's describeCertificate hook, or, for a process without one, a title
 * made from the process's name and nothing else (no holder or subject is guessed from internal data).
 */
export async function certificateContent(
  ex: Executor,
  record: CertificateRecord,
): Promise<CertificateContent> {
  const { process, instance, certificate } = record;
  const describe = process?.hooks.describeCertificate;
  if (describe) return describe(ex, { instance, certificate });
  const label = process?.def.label;
  return {
    title: label
      ? { zh: `${label.zh}证书`, en: `Certificate: ${label.en}` }
      : { zh: "证书", en: "Certificate" },
    holder: "",
    subject: "",
    lines: [],
    issuer: { zh: "", en: "" },
  };
}
