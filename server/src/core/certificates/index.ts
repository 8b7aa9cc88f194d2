/**
 * Certificates of any workflow process (public face of core/certificates): the PDF with its QR code, and the
 * public verification of a number. The numbers themselves are issued by the workflow's certificate step; what
 * a certificate says comes from its process's describeCertificate hook.
 */
export { certificateContent } from "./content.js";
export { type CertificateFont, fontFile } from "./fonts.js";
export { chineseDate, englishDate, verificationPage, verificationUrl } from "./format.js";
export { type CertificateDocument, renderCertificatePdf } from "./pdf.js";
export { type QrMatrix, qrMatrix } from "./qr.js";
export { certificateRoutes } from "./routes.js";
export { CertificateNumberParams, type PublicCertificate, PublicCertificateSchema } from "./schemas.js";
