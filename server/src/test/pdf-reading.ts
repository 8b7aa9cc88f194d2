import { inflateSync } from "node:zlib";
import jsQRModule from "jsqr";
import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";

// jsqr is CommonJS with an `exports.default`: unwrap it whichever way the loader presents it.
const jsQR = ((jsQRModule as unknown as { default?: unknown }).default ??
  jsQRModule) as typeof jsQRModule.default;

/**
 * Reading PDFs back in tests (never in the product): the text as PDF.js extracts it (an independent reader,
 * through the fonts' ToUnicode maps), and QR codes drawn as filled rectangles decoded by jsQR.
 */
export async function pdfText(pdf: Buffer | Uint8Array): Promise<{ pages: number; text: string }> {
  const doc = await getDocument({
    data: new Uint8Array(pdf),
    isEvalSupported: false,
    useSystemFonts: false,
    disableFontFace: true,
    verbosity: 0,
  }).promise;
  const parts: string[] = [];
  for (let p = 1; p <= doc.numPages; p++) {
    const page = await doc.getPage(p);
    const content = await page.getTextContent();
    for (const item of content.items) if ("str" in item) parts.push(item.str);
  }
  const pages = doc.numPages;
  await doc.destroy();
  return { pages, text: parts.join("") };
}

/** The decompressed content streams of a PDF written by pdfkit (FlateDecode). */
export function contentStreams(pdf: Buffer): string[] {
  const out: string[] = [];
  const text = pdf.toString("latin1");
  const re = /stream\r?\n/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const start = m.index + m[0].length;
    const end = text.indexOf("endstream", start);
    if (end < 0) break;
    try {
      out.push(inflateSync(pdf.subarray(start, end)).toString("latin1"));
    } catch {
      // Not deflated (or not a content stream): skip.
    }
    re.lastIndex = end;
  }
  return out;
}

/**
 * Finds the QR code among the rectangles a page fills (`x y w h re`, pdfkit's top-left coordinates): the
 * rectangles of the QR's module height, rasterised with a quiet zone and decoded by jsQR. Null when none decodes.
 */
export function decodeDrawnQr(pdf: Buffer, moduleHint?: number): string | null {
  const rects: [number, number, number, number][] = [];
  for (const stream of contentStreams(pdf)) {
    const re = /(-?[\d.]+) (-?[\d.]+) (-?[\d.]+) (-?[\d.]+) re\b/g;
    for (let m = re.exec(stream); m; m = re.exec(stream))
      rects.push([Number(m[1]), Number(m[2]), Number(m[3]), Number(m[4])]);
  }
  // Group by height: the QR's rows all share the module height.
  const byHeight = new Map<string, [number, number, number, number][]>();
  for (const r of rects) {
    const key = r[3].toFixed(3);
    byHeight.set(key, [...(byHeight.get(key) ?? []), r]);
  }
  const groups = [...byHeight.values()].sort((a, b) => b.length - a.length);
  for (const group of groups) {
    const cell = moduleHint ?? group[0]![3];
    if (group.length < 21) continue;
    const x0 = Math.min(...group.map((r) => r[0]));
    const y0 = Math.min(...group.map((r) => r[1]));
    const size = Math.round((Math.max(...group.map((r) => r[1])) - y0) / cell) + 1;
    const px = 6;
    const quiet = 4;
    const dim = (size + quiet * 2) * px;
    const rgba = new Uint8ClampedArray(dim * dim * 4).fill(255);
    for (const [x, y, w] of group) {
      const col = Math.round((x - x0) / cell);
      const row = Math.round((y - y0) / cell);
      const span = Math.round(w / cell);
      for (let c = col; c < col + span; c++) {
        for (let dy = 0; dy < px; dy++) {
          for (let dx = 0; dx < px; dx++) {
            const i = (((row + quiet) * px + dy) * dim + (c + quiet) * px + dx) * 4;
            rgba[i] = rgba[i + 1] = rgba[i + 2] = 0;
          }
        }
      }
    }
    const found = jsQR(rgba, dim, dim);
    if (found) return found.data;
  }
  return null;
}
