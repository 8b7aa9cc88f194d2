import { createRequire } from "node:module";
import path from "node:path";

/**
 * Noto Serif SC (思源宋体, SIL Open Font License 1.1) from the npm package @expo-google-fonts/noto-serif-sc:
 * a Song-style face as official certificates use, with Latin glyphs for the English lines. Installed with the
 * server's dependencies, so nothing is installed by hand; pdfkit embeds only the glyphs a certificate uses.
 */
const FONT_PACKAGE = "@expo-google-fonts/noto-serif-sc";
const require = createRequire(import.meta.url);

export type CertificateFont = "regular" | "bold";
const FILES: Record<CertificateFont, string> = {
  regular: "400Regular/NotoSerifSC_400Regular.ttf",
  bold: "700Bold/NotoSerifSC_700Bold.ttf",
};

let dir: string | undefined;

/** The TTF file of a weight (pdfkit reads it per document; the 15 MB files are not kept in memory). */
export function fontFile(font: CertificateFont): string {
  dir ??= path.dirname(require.resolve(`${FONT_PACKAGE}/package.json`));
  return path.join(dir, FILES[font]);
}
