import type { VerifyMessageKey } from "./verify.zh-CN";

/** English texts of the public certificate verification; typed to have every key of the Chinese one. */
export const verifyEn: Record<VerifyMessageKey, string> = {
  "verify.title": "Certificate verification",
  "verify.brand": "Changsha R&D City · Certificate verification",
  "verify.footer":
    "Results come from the certificate records of the Changsha Science and Technology Bureau. This page is public; no sign-in is needed.",
  "verify.intro":
    "Enter the number printed on the certificate, or scan the QR code at its lower left with a phone, to check that the certificate is genuine and in force.",
  "verify.numberLabel": "Certificate number",
  "verify.numberPlaceholder": "e.g. 长研认〔2026〕0001号",
  "verify.submit": "Verify",
  "verify.numberRequired": "Enter the certificate number",
  "verify.numberTooLong": "A certificate number has at most {max} characters",
  "verify.numberInvalid": "The number contains invisible or control characters; type it again",
  "verify.checking": "Checking the certificate…",
  "verify.valid": "Valid certificate",
  "verify.validDetail": "Issued by {issuer}; this certificate is in force.",
  "verify.validDetailNoIssuer": "This certificate is in force.",
  "verify.revoked": "Certificate revoked",
  "verify.revokedDetail": "This certificate was revoked on {date} and is no longer in force.",
  "verify.notFound": "No such certificate",
  "verify.malformed": "Not a certificate number",
  "verify.notFoundHint":
    "The number must match the certificate exactly; the brackets are the Chinese 〔 〕. If in doubt, contact the issuing authority.",
  "verify.checkedAt": "Checked at {time}",
  "verify.field.title": "Certificate",
  "verify.field.number": "Number",
  "verify.field.holder": "Holder",
  "verify.field.subject": "Subject",
  "verify.field.issuer": "Issued by",
  "verify.field.issuedOn": "Date of issue",
  "verify.field.revokedOn": "Date of revocation",
  "verify.details": "What the certificate says",
  "audit.action.certificate.download": "Certificate downloaded",
};
