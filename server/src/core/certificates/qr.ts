import QRCode from "qrcode";

/** A QR code as a square of modules (true = dark), row by row. */
export interface QrMatrix {
  size: number;
  dark(row: number, col: number): boolean;
}

/**
 * The QR code of a text at error-correction level M (survives some smudging of a printed certificate while
 * staying small enough to scan from A4 at arm's length). The PDF draws exactly these modules.
 */
export function qrMatrix(text: string): QrMatrix {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: "M" });
  return { size: modules.size, dark: (row, col) => modules.get(row, col) === 1 };
}
