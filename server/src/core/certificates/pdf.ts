import PDFDocument from "pdfkit";
import { shanghaiDate } from "../calendar/index.js";
import type { CertificateContent } from "../workflow/index.js";
import { type CertificateFont, fontFile } from "./fonts.js";
import { chineseDate, englishDate } from "./format.js";
import { qrMatrix } from "./qr.js";

/** Everything a certificate PDF shows. */
export interface CertificateDocument {
  number: string;
  /** YYYY-MM-DD (China's date of issue). */
  issuedOn: string;
  /** The instant of issue: the PDF's creation date, so one certificate always renders the same. */
  issuedAt: Date;
  revokedAt: Date | null;
  content: CertificateContent;
  /** What the QR code holds: the certificate's own verification address. */
  verifyUrl: string;
  /** The page where a number can be typed in, printed beside the QR code. */
  verifyPage: string;
}

// A4 landscape, in points.
const W = 841.89;
const H = 595.28;
const RED = "#9e1b16";
const INK = "#1f1f1f";
const GREY = "#5f5f5f";
const RULE = "#e3d7bf";

const TABLE_LEFT = 150;
const LABEL_WIDTH = 140;
const VALUE_LEFT = TABLE_LEFT + LABEL_WIDTH + 18;
const VALUE_WIDTH = W - VALUE_LEFT - 150;
const TABLE_TOP = 144;
const TABLE_BOTTOM = 414;
const FOOT_TOP = 430;
const QR_SIZE = 104;

interface Row {
  zh: string;
  en: string;
  value: string;
  number?: boolean;
}

/**
 * Renders a certificate as an A4 landscape PDF: Chinese headings with an English line under each, the holder,
 * subject and further lines, the number, the issuing authority and the date of issue, and a QR code that opens
 * the public verification page. The font is subset, so the file holds only the glyphs it uses (≈ 40 KB).
 * A revoked certificate carries a diagonal 已撤销 / REVOKED mark with the date.
 */
export function renderCertificatePdf(cert: CertificateDocument): Promise<Buffer> {
  const { content } = cert;
  const doc = new PDFDocument({
    size: "A4",
    layout: "landscape",
    margin: 0,
    lang: "zh-CN",
    displayTitle: true,
    info: {
      Title: `${content.title.zh} ${cert.number}`,
      Author: content.issuer.zh || "rdcity",
      Subject: content.title.en,
      Creator: "rdcity",
      Producer: "rdcity",
      CreationDate: cert.issuedAt,
    },
  });
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on("data", (chunk: Buffer) => chunks.push(chunk));
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
  });
  const font = (f: CertificateFont, size: number, color = INK) => doc.font(f).fontSize(size).fillColor(color);
  doc.registerFont("regular", fontFile("regular"));
  doc.registerFont("bold", fontFile("bold"));

  // Frame: a heavy outer rule and a fine inner one.
  doc
    .lineWidth(3)
    .strokeColor(RED)
    .rect(24, 24, W - 48, H - 48)
    .stroke();
  doc
    .lineWidth(0.8)
    .rect(32, 32, W - 64, H - 64)
    .stroke();

  // Title.
  font("bold", 28, RED).text(content.title.zh, 40, 66, {
    width: W - 80,
    align: "center",
    characterSpacing: 4,
  });
  font("regular", 12, GREY).text(content.title.en, 40, 108, { width: W - 80, align: "center" });

  // Holder, subject, lines and number: label (Chinese over English) beside the value.
  const rows: Row[] = [
    { zh: "持证单位", en: "Holder", value: content.holder },
    { zh: "证书事项", en: "Subject", value: content.subject },
    ...content.lines.map((l) => ({ zh: l.label.zh, en: l.label.en, value: l.value })),
    { zh: "证书编号", en: "Certificate No.", value: cert.number, number: true },
  ].filter((r) => r.value.trim() !== "");
  // Everything in the table scales together until every row fits above the foot; rows beyond what fits at the
  // smallest scale are left out rather than printed over the QR code.
  const sizes = (k: number) => ({ label: 11.5 * k, labelEn: 7.5 * k, value: 15 * k, gap: 10 * k * k });
  const heights = (k: number) =>
    rows.map((r) => {
      const z = sizes(k);
      font("bold", z.label);
      const label = doc.heightOfString(r.zh, { width: LABEL_WIDTH }) + 1;
      font("regular", z.labelEn);
      const labelEn = doc.heightOfString(r.en, { width: LABEL_WIDTH });
      font("regular", z.value);
      const value = doc.heightOfString(r.value, { width: VALUE_WIDTH });
      return Math.max(label + labelEn, value) + 2 * z.gap;
    });
  const room = TABLE_BOTTOM - TABLE_TOP;
  const sum = (hs: number[]) => hs.reduce((a, b) => a + b, 0);
  let scale = 1;
  let rowHeights = heights(scale);
  while (sum(rowHeights) > room && scale > 0.6) {
    scale = Math.round((scale - 0.05) * 100) / 100;
    rowHeights = heights(scale);
  }
  while (sum(rowHeights) > room && rows.length > 1) {
    rows.splice(rows.length - 2, 1); // keep the number, drop the last further line
    rowHeights = heights(scale);
  }
  const z = sizes(scale);
  let y = TABLE_TOP + Math.max(0, (room - sum(rowHeights)) / 2);
  rows.forEach((r, i) => {
    const top = y + z.gap;
    font("bold", z.label).text(r.zh, TABLE_LEFT, top, { width: LABEL_WIDTH });
    font("regular", z.labelEn, GREY).text(r.en, TABLE_LEFT, doc.y + 1, { width: LABEL_WIDTH });
    font(r.number ? "bold" : "regular", z.value).text(r.value, VALUE_LEFT, top, { width: VALUE_WIDTH });
    y += rowHeights[i]!;
    doc
      .lineWidth(0.6)
      .strokeColor(RULE)
      .moveTo(TABLE_LEFT, y)
      .lineTo(VALUE_LEFT + VALUE_WIDTH, y)
      .stroke();
  });

  // QR code (its exact modules, drawn as squares) with the note on how to verify.
  const qr = qrMatrix(cert.verifyUrl);
  const qrX = 70;
  const qrY = FOOT_TOP;
  const cell = QR_SIZE / qr.size;
  for (let row = 0; row < qr.size; row++) {
    for (let col = 0; col < qr.size; col++) {
      if (!qr.dark(row, col)) continue;
      let end = col;
      while (end + 1 < qr.size && qr.dark(row, end + 1)) end++;
      doc.rect(qrX + col * cell, qrY + row * cell, (end - col + 1) * cell, cell);
      col = end;
    }
  }
  doc.fillColor("#000000").fill();
  doc.link(qrX, qrY, QR_SIZE, QR_SIZE, cert.verifyUrl);
  const noteX = qrX + QR_SIZE + 14;
  const noteWidth = 270;
  font("regular", 9.5).text(
    `扫描二维码，或访问 ${cert.verifyPage} 输入证书编号，可核验本证书的真伪和状态。`,
    noteX,
    qrY + 10,
    { width: noteWidth, lineGap: 2 },
  );
  font("regular", 8, GREY).text(
    `Scan the code, or visit ${cert.verifyPage} and enter the certificate number, to check that this certificate is genuine and in force.`,
    noteX,
    doc.y + 4,
    { width: noteWidth, lineGap: 1 },
  );

  // Issuing authority and date of issue, bottom right.
  const issuerWidth = 260;
  const issuerX = W - 70 - issuerWidth;
  let iy = FOOT_TOP + 8;
  if (content.issuer.zh) {
    font("bold", 16).text(content.issuer.zh, issuerX, iy, { width: issuerWidth, align: "right" });
    iy = doc.y + 1;
  }
  if (content.issuer.en) {
    font("regular", 9, GREY).text(content.issuer.en, issuerX, iy, { width: issuerWidth, align: "right" });
    iy = doc.y + 8;
  }
  font("regular", 13).text(chineseDate(cert.issuedOn), issuerX, iy, { width: issuerWidth, align: "right" });
  font("regular", 9, GREY).text(`Issued on ${englishDate(cert.issuedOn)}`, issuerX, doc.y + 1, {
    width: issuerWidth,
    align: "right",
  });

  if (cert.revokedAt) {
    const on = shanghaiDate(cert.revokedAt);
    doc.save();
    doc.rotate(-18, { origin: [W / 2, H / 2] });
    doc.fillOpacity(0.22);
    font("bold", 54, RED).text("已撤销  REVOKED", 0, H / 2 - 50, { width: W, align: "center" });
    font("bold", 18, RED).text(`撤销日期 ${chineseDate(on)} · Revoked on ${englishDate(on)}`, 0, H / 2 + 20, {
      width: W,
      align: "center",
    });
    doc.restore();
  }

  doc.end();
  return done;
}
