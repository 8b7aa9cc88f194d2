import { crc32, createInflateRaw, inflateRawSync } from "node:zlib";

/**
 * Just enough ZIP reading to hand exceljs's streaming reader what it needs, in the order it needs it.
 *
 * exceljs's WorkbookReader reads the archive front to back and, when a worksheet arrives before the shared strings
 * (as Excel and exceljs itself write them) or when there are no shared strings, spools every worksheet to a temp
 * file that it only removes when the iteration runs to the end — a leak of a file and a descriptor whenever we
 * stop early (an error, or every sheet after the first). So we read the central directory of the buffer we
 * already hold and re-emit only the workbook, its relations, the styles, the shared strings (an empty table when
 * the file has none) and the first worksheet, in that order, with sizes in the local headers (no data
 * descriptors, which unzipper reads badly). The workbook and its relations are written afresh from what we read
 * of them (the first sheet and the 1904 date system): exceljs never settles on malformed relations.
 *
 * Every entry handed on is first inflated here and checked against its CRC and size: unzipper reports an inflate
 * error on its parser stream while exceljs waits on the entry's stream, so a damaged entry would hang the read
 * forever. Checking first also bounds the inflated size (a zip bomb is refused, not expanded).
 */

export class ZipUnreadable extends Error {}
export class NotAWorkbook extends Error {}

interface ZipEntry {
  name: string;
  flags: number;
  method: number;
  crc: number;
  compressedSize: number;
  size: number;
  localOffset: number;
}

const SIG_LOCAL = 0x04034b50;
const SIG_CENTRAL = 0x02014b50;
const SIG_END = 0x06054b50;
const MAX_META_BYTES = 16 * 1024 * 1024;
/** Largest inflated part we accept (a worksheet of 200 000 rows × 200 columns of short text stays well below). */
export const MAX_PART_BYTES = 1024 * 1024 * 1024;

function findEnd(buf: Buffer): number {
  const stop = Math.max(0, buf.length - 22 - 0xffff);
  for (let i = buf.length - 22; i >= stop; i--) if (buf.readUInt32LE(i) === SIG_END) return i;
  throw new ZipUnreadable("end of central directory not found");
}

function readCentralDirectory(buf: Buffer): Map<string, ZipEntry> {
  const end = findEnd(buf);
  const count = buf.readUInt16LE(end + 10);
  let p = buf.readUInt32LE(end + 16);
  if (count === 0xffff || p === 0xffffffff) throw new ZipUnreadable("zip64 archives are not supported");
  const entries = new Map<string, ZipEntry>();
  for (let i = 0; i < count; i++) {
    if (p + 46 > buf.length || buf.readUInt32LE(p) !== SIG_CENTRAL)
      throw new ZipUnreadable("bad central directory");
    const nameLength = buf.readUInt16LE(p + 28);
    const extraLength = buf.readUInt16LE(p + 30);
    const commentLength = buf.readUInt16LE(p + 32);
    const entry: ZipEntry = {
      name: buf.toString("utf8", p + 46, p + 46 + nameLength),
      flags: buf.readUInt16LE(p + 8),
      method: buf.readUInt16LE(p + 10),
      crc: buf.readUInt32LE(p + 16),
      compressedSize: buf.readUInt32LE(p + 20),
      size: buf.readUInt32LE(p + 24),
      localOffset: buf.readUInt32LE(p + 42),
    };
    readZip64Extra(buf.subarray(p + 46 + nameLength, p + 46 + nameLength + extraLength), entry);
    entries.set(entry.name.replace(/^\//, ""), entry);
    p += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** Sizes and offset recorded as 0xFFFFFFFF live in the zip64 extra field (id 1), in this order. */
function readZip64Extra(extra: Buffer, entry: ZipEntry): void {
  for (let q = 0; q + 4 <= extra.length; ) {
    const id = extra.readUInt16LE(q);
    const length = extra.readUInt16LE(q + 2);
    if (id === 1) {
      let r = q + 4;
      const next = (): number => {
        if (r + 8 > q + 4 + length) throw new ZipUnreadable("bad zip64 field");
        const value = Number(extra.readBigUInt64LE(r));
        r += 8;
        return value;
      };
      if (entry.size === 0xffffffff) entry.size = next();
      if (entry.compressedSize === 0xffffffff) entry.compressedSize = next();
      if (entry.localOffset === 0xffffffff) entry.localOffset = next();
    }
    q += 4 + length;
  }
}

function compressedData(buf: Buffer, entry: ZipEntry): Buffer {
  const p = entry.localOffset;
  if (p + 30 > buf.length || buf.readUInt32LE(p) !== SIG_LOCAL) throw new ZipUnreadable("bad local header");
  if (entry.flags & 1) throw new ZipUnreadable("encrypted entry");
  if (entry.method !== 0 && entry.method !== 8) throw new ZipUnreadable("unsupported compression");
  const start = p + 30 + buf.readUInt16LE(p + 26) + buf.readUInt16LE(p + 28);
  if (start + entry.compressedSize > buf.length) throw new ZipUnreadable("entry runs past the end");
  return buf.subarray(start, start + entry.compressedSize);
}

/** Inflates an entry without keeping the output, to check its CRC and size. */
function verify(buf: Buffer, entry: ZipEntry): Promise<void> {
  const data = compressedData(buf, entry);
  const expect = (crc: number, size: number) => crc === entry.crc && size === entry.size;
  if (entry.method === 0) {
    return expect(crc32(data), data.length)
      ? Promise.resolve()
      : Promise.reject(new ZipUnreadable("bad CRC"));
  }
  return new Promise((resolve, reject) => {
    const inflate = createInflateRaw();
    let crc = 0;
    let size = 0;
    inflate.on("data", (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_PART_BYTES) {
        inflate.destroy();
        reject(new ZipUnreadable(`${entry.name} inflates past the limit`));
        return;
      }
      crc = crc32(chunk, crc);
    });
    inflate.on("end", () =>
      expect(crc, size) ? resolve() : reject(new ZipUnreadable(`bad CRC in ${entry.name}`)),
    );
    inflate.on("error", () => reject(new ZipUnreadable(`cannot inflate ${entry.name}`)));
    inflate.end(data);
  });
}

function inflateSmall(buf: Buffer, entry: ZipEntry): string {
  const data = compressedData(buf, entry);
  try {
    const raw = entry.method === 0 ? data : inflateRawSync(data, { maxOutputLength: MAX_META_BYTES });
    return raw.toString("utf8");
  } catch {
    throw new ZipUnreadable(`cannot inflate ${entry.name}`);
  }
}

function attribute(tag: string, name: string): string | undefined {
  const m =
    new RegExp(`\\s${name}\\s*=\\s*"([^"]*)"`).exec(tag) ??
    new RegExp(`\\s${name}\\s*=\\s*'([^']*)'`).exec(tag);
  return m?.[1];
}

interface Relation {
  id: string;
  type: string;
  path: string;
}

function relations(relsXml: string): Relation[] {
  const found: Relation[] = [];
  for (const tag of relsXml.match(/<(?:\w+:)?Relationship\s[^>]*>/g) ?? []) {
    const target = attribute(tag, "Target");
    if (!target) continue;
    found.push({
      id: attribute(tag, "Id") ?? "",
      type: attribute(tag, "Type") ?? "",
      path: target.startsWith("/") ? target.slice(1) : `xl/${target.replace(/^\.\//, "")}`,
    });
  }
  return found;
}

/** Path in the archive of the first sheet listed in the workbook (the leftmost tab). */
function firstSheetPath(workbookXml: string, rels: Relation[]): string | undefined {
  const sheet = /<(?:\w+:)?sheet\s[^>]*>/.exec(workbookXml)?.[0];
  const relId = sheet && (attribute(sheet, "r:id") ?? attribute(sheet, "\\w+:id"));
  return rels.find((rel) => rel.id === relId)?.path;
}

const RELS_XML =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
  '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
  '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet"' +
  ' Target="worksheets/sheet1.xml"/></Relationships>';

function workbookXmlFor(date1904: boolean): string {
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
    '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"' +
    ' xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">' +
    `<workbookPr${date1904 ? ' date1904="1"' : ""}/>` +
    '<sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>'
  );
}

/** A stored part written by us. */
function ownRecord(name: string, xml: string): Buffer[] {
  const data = Buffer.from(xml, "utf8");
  return localRecord(name, { method: 0, crc: crc32(data), size: data.length }, data);
}

function localRecord(name: string, entry: Pick<ZipEntry, "method" | "crc" | "size">, data: Buffer): Buffer[] {
  const nameBytes = Buffer.from(name, "utf8");
  const header = Buffer.alloc(30);
  header.writeUInt32LE(SIG_LOCAL, 0);
  header.writeUInt16LE(20, 4);
  header.writeUInt16LE(0x800, 6); // UTF-8 names, sizes known (no data descriptor)
  header.writeUInt16LE(entry.method, 8);
  header.writeUInt32LE(entry.crc, 14);
  header.writeUInt32LE(data.length, 18);
  header.writeUInt32LE(entry.size, 22);
  header.writeUInt16LE(nameBytes.length, 26);
  return [header, nameBytes, data];
}

/**
 * Chunks of a ZIP stream holding the parts exceljs needs for the first worksheet, which is renamed
 * `xl/worksheets/sheet1.xml` (the only name pattern exceljs reads).
 * Throws ZipUnreadable for a damaged archive and NotAWorkbook for a ZIP that is not a spreadsheet.
 */
export async function firstSheetArchive(buf: Buffer): Promise<Buffer[]> {
  const entries = readCentralDirectory(buf);
  const workbook = entries.get("xl/workbook.xml");
  const relsEntry = entries.get("xl/_rels/workbook.xml.rels");
  if (!workbook || !relsEntry) throw new NotAWorkbook("no xl/workbook.xml");
  const workbookXml = inflateSmall(buf, workbook);
  const links = relations(inflateSmall(buf, relsEntry));
  // A part named in the relations if it is there, else at its usual place; never a folder or an empty part.
  const part = (path: string | undefined, fallback: string) => {
    const entry = (path && entries.get(path)) || entries.get(fallback);
    if (entry?.name.endsWith("/")) return undefined;
    if (entry && entry.size === 0) throw new ZipUnreadable(`${entry.name} is empty`);
    return entry;
  };
  const byType = (type: string) =>
    part(links.find((rel) => rel.type.endsWith(`/${type}`))?.path, `xl/${type}.xml`);
  const sheet = part(firstSheetPath(workbookXml, links), "xl/worksheets/sheet1.xml");
  if (!sheet) throw new NotAWorkbook("no worksheet");

  const chunks: Buffer[] = [];
  const copy = async (name: string, entry: ZipEntry) => {
    await verify(buf, entry);
    chunks.push(...localRecord(name, entry, compressedData(buf, entry)));
  };
  const workbookPr = /<(?:\w+:)?workbookPr\s[^>]*>/.exec(workbookXml)?.[0] ?? "";
  const date1904 = /^(?:1|true)$/i.test(attribute(workbookPr, "date1904") ?? "");
  chunks.push(
    ...ownRecord("xl/_rels/workbook.xml.rels", RELS_XML),
    ...ownRecord("xl/workbook.xml", workbookXmlFor(date1904)),
  );
  const styles = byType("styles");
  if (styles) await copy("xl/styles.xml", styles);
  const strings = byType("sharedStrings");
  if (strings) await copy("xl/sharedStrings.xml", strings);
  else
    chunks.push(
      ...ownRecord(
        "xl/sharedStrings.xml",
        '<?xml version="1.0" encoding="UTF-8"?><sst count="0" uniqueCount="0"/>',
      ),
    );
  await copy("xl/worksheets/sheet1.xml", sheet);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(SIG_END, 0);
  chunks.push(end);
  return chunks;
}
