import chardet from "chardet";
import iconv from "iconv-lite";
import { AppError } from "../errors.js";

export interface DecodedText {
  text: string;
  /** "utf-8", "gb18030" (which covers GBK and GB2312), "utf-16le" or "utf-16be". */
  encoding: string;
}

const UTF8_BOM = [0xef, 0xbb, 0xbf];
const SAMPLE_BYTES = 64 * 1024;

function startsWith(buf: Buffer, bytes: number[]): boolean {
  return bytes.every((b, i) => buf[i] === b);
}

/**
 * Binary content: NUL bytes, or more than 1 % of other control characters (tab, line breaks, form feed and
 * escape aside) in the first 64 KB. No CSV in UTF-8 or GB18030 contains either.
 */
export function looksBinary(buf: Buffer): boolean {
  const n = Math.min(buf.length, SAMPLE_BYTES);
  let controls = 0;
  for (let i = 0; i < n; i++) {
    const b = buf[i]!;
    if (b === 0) return true;
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c && b !== 0x1b) controls++;
  }
  return controls > n / 100;
}

function strictUtf8(buf: Buffer): string | null {
  try {
    return new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(buf);
  } catch {
    return null;
  }
}

/**
 * GB18030 when the bytes decode without a replacement character and chardet ranks no other encoding above it
 * (short texts score every East Asian encoding alike; Big5, Shift_JIS or EUC-KR text scores clearly higher as
 * itself, and Latin-1 text rarely decodes cleanly at all).
 */
function gb18030(buf: Buffer): string | null {
  const text = iconv.decode(buf, "gb18030");
  if (text.includes("\uFFFD")) return null;
  const ranked = chardet.analyse(buf.subarray(0, SAMPLE_BYTES));
  const gb = ranked.find((m) => m.name === "GB18030")?.confidence ?? 0;
  const best = Math.max(0, ...ranked.filter((m) => m.name !== "GB18030").map((m) => m.confidence));
  return gb >= best ? text : null;
}

/**
 * Decodes a text file: UTF-8 with or without BOM, UTF-16 with a BOM (Excel's "Unicode text"), else GB18030/GBK.
 * Binary content → file_format_unknown; any other encoding → file_encoding_unsupported.
 */
export function decodeText(buf: Buffer): DecodedText {
  if (startsWith(buf, UTF8_BOM)) {
    const text = strictUtf8(buf.subarray(3));
    if (text === null) throw new AppError("file_encoding_unsupported");
    return { text, encoding: "utf-8" };
  }
  if (startsWith(buf, [0xff, 0xfe])) return { text: buf.toString("utf16le", 2), encoding: "utf-16le" };
  if (startsWith(buf, [0xfe, 0xff])) {
    const body = Buffer.from(buf.subarray(2, buf.length - (buf.length % 2)));
    return { text: body.swap16().toString("utf16le"), encoding: "utf-16be" };
  }
  if (looksBinary(buf)) throw new AppError("file_format_unknown");
  const utf8 = strictUtf8(buf);
  if (utf8 !== null) return { text: utf8, encoding: "utf-8" };
  const gb = gb18030(buf);
  if (gb !== null) return { text: gb, encoding: "gb18030" };
  throw new AppError("file_encoding_unsupported");
}
