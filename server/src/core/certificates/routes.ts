import type { FastifyInstance } from "fastify";
import type { ZodTypeProvider } from "fastify-type-provider-zod";
import { recordAudit } from "../audit/index.js";
import { shanghaiDate } from "../calendar/index.js";
import { AppError } from "../errors.js";
import { actorOf } from "../http/auth-hooks.js";
import { certificateByNumber, readableCertificate } from "../workflow/index.js";
import { certificateContent } from "./content.js";
import { verificationPage, verificationUrl } from "./format.js";
import { renderCertificatePdf } from "./pdf.js";
import { CertificateIdParams, CertificateNumberParams, PublicCertificateSchema } from "./schemas.js";

/** Public verification is rate limited per address like the other public endpoints. */
const PUBLIC = { public: true, rateLimit: { max: 60, timeWindow: "1 minute" } } as const;

/** `证书-长研认〔2026〕0001号.pdf` for RFC 5987 clients, an ASCII stand-in for the others. */
function contentDisposition(number: string): string {
  const name = `证书-${number}.pdf`;
  const ascii = `certificate-${number.replace(/[^A-Za-z0-9-]+/g, "_").replace(/^_+|_+$/g, "") || "pdf"}.pdf`;
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`;
}

/**
 * Certificates of any process (numbers issued by the workflow's certificate step): the PDF for those who may
 * read the instance that issued it, and the public verification the PDF's QR code points to.
 */
export async function certificateRoutes(fastify: FastifyInstance) {
  const app = fastify.withTypeProvider<ZodTypeProvider>();

  app.get(
    "/api/workflow/certificates/:id/pdf",
    {
      schema: {
        tags: ["workflow"],
        summary: "A certificate as PDF (A4, Chinese with English, QR code to the public verification page)",
        description:
          "For whoever may read the instance that issued it (404 otherwise). Every download is audited.",
        params: CertificateIdParams,
        produces: ["application/pdf"],
      },
    },
    async (request, reply) => {
      const actor = actorOf(request);
      const record = await readableCertificate(app.db, actor, request.params.id);
      const { certificate } = record;
      const content = await certificateContent(app.db, record);
      const pdf = await renderCertificatePdf({
        number: certificate.number,
        issuedOn: certificate.issuedOn,
        issuedAt: certificate.issuedAt,
        revokedAt: certificate.revokedAt,
        content,
        verifyUrl: verificationUrl(app.config.publicUrl, certificate.number),
        verifyPage: verificationPage(app.config.publicUrl),
      });
      await app.db.transaction((tx) =>
        recordAudit(tx, actor, {
          action: "certificate.download",
          targetType: "workflow_certificate",
          targetId: certificate.id,
          after: { number: certificate.number, instanceId: certificate.instanceId },
        }),
      );
      return reply
        .header("Content-Type", "application/pdf")
        .header("Content-Disposition", contentDisposition(certificate.number))
        .header("Cache-Control", "private, no-store")
        .header("X-Content-Type-Options", "nosniff")
        .send(pdf);
    },
  );

  app.get(
    "/api/public/certificates/:certificateNumber",
    {
      config: PUBLIC,
      schema: {
        tags: ["public"],
        summary:
          "Verify a certificate by its number (no sign-in): its public content and whether it is in force",
        security: [],
        params: CertificateNumberParams,
        response: { 200: PublicCertificateSchema },
      },
    },
    async (request, reply) => {
      const number = request.params.certificateNumber.trim();
      const record = number ? await certificateByNumber(app.db, number) : null;
      if (!record) throw new AppError("certificate_unknown", { number });
      const { certificate } = record;
      const content = await certificateContent(app.db, record);
      reply.header("Cache-Control", "no-cache");
      return {
        number: certificate.number,
        valid: certificate.revokedAt === null,
        revokedAt: certificate.revokedAt?.toISOString() ?? null,
        revokedOn: certificate.revokedAt ? shanghaiDate(certificate.revokedAt) : null,
        issuedOn: certificate.issuedOn,
        title: content.title,
        holder: content.holder,
        subject: content.subject,
        lines: content.lines.map((l) => ({ label: l.label, value: l.value })),
        issuer: content.issuer,
      };
    },
  );
}
