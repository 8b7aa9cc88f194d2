import PDFDocument from "pdfkit";
import { fontFile } from "../../../core/certificates/index.js";

/**
 * A small flow layout on pdfkit for an A4 portrait report: headings and paragraphs that flow over pages, and
 * tables whose cells wrap their text, whose rows never split and whose header row is repeated on every page
 * the table continues on. Page headers and footers are drawn last (pages are buffered) so they can say
 * "page n of m".
 */

export type Doc = PDFKit.PDFDocument;

export const PAGE = { width: 595.28, height: 841.89, left: 48, right: 48, top: 66, bottom: 58 } as const;
export const CONTENT_WIDTH = PAGE.width - PAGE.left - PAGE.right;
export const BOTTOM = PAGE.height - PAGE.bottom;

export const INK = "#1f1f1f";
export const GREY = "#5f5f5f";
export const LIGHT = "#8c8c8c";
export const RULE = "#d9d9d9";
export const HEAD_FILL = "#eef1f5";
export const GROUP_FILL = "#f7f4ec";
export const ACCENT = "#9e1b16";
export const LINK = "#1f4e9e";

const PAD_X = 3.5;
const PAD_Y = 3;
const LINE_GAP = 1.2;
const MARKER_INDENT = 9;
const BULLET_INDENT = 7;

/** A piece of text in a cell or paragraph. */
export interface Run {
  text: string;
  bold?: boolean;
  size?: number;
  color?: string;
  link?: string;
  /** Space above this run (points). */
  gap?: number;
  /** A list item: a bullet, and every line of the text indented after it. */
  bullet?: boolean;
}

/** Something drawn in a cell below its text (a sparkline). */
export interface Graphic {
  height: number;
  draw(doc: Doc, x: number, y: number, width: number): void;
}

export interface Cell {
  runs: Run[];
  /** The colour of a dot before the text (a status). */
  marker?: string;
  graphic?: Graphic;
}

export interface Column {
  header: string;
  width: number;
  align?: "left" | "right" | "center";
}

export interface Row {
  cells: Cell[];
  /** The first cell spans the whole row (a group heading). */
  span?: boolean;
  fill?: string;
  /** Never the last row of a page: it moves with the row after it. */
  keepWithNext?: boolean;
}

export const TABLE_SIZE = 7.8;

export function newDocument(info: { title: string; subject: string; lang: string; createdAt: Date }): Doc {
  const doc = new PDFDocument({
    size: "A4",
    margins: { top: PAGE.top, bottom: PAGE.bottom, left: PAGE.left, right: PAGE.right },
    bufferPages: true,
    lang: info.lang,
    displayTitle: true,
    info: {
      Title: info.title,
      Subject: info.subject,
      Author: "rdcity",
      Creator: "rdcity",
      Producer: "rdcity",
      CreationDate: info.createdAt,
    },
  });
  doc.registerFont("regular", fontFile("regular"));
  doc.registerFont("bold", fontFile("bold"));
  doc.font("regular").fontSize(9).fillColor(INK);
  return doc;
}

/** The whole document as bytes once it ends. */
export function collect(doc: Doc): Promise<Buffer> {
  const chunks: Buffer[] = [];
  return new Promise<Buffer>((resolve, reject) => {
    doc.on("data", (chunk: Buffer) => chunks.push(chunk));
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
  });
}

export function style(doc: Doc, run: Pick<Run, "bold" | "size" | "color">, size = TABLE_SIZE) {
  return doc
    .font(run.bold ? "bold" : "regular")
    .fontSize(run.size ?? size)
    .fillColor(run.color ?? INK);
}

/** Starts a new page when fewer than `height` points are left on this one. */
export function ensureRoom(doc: Doc, height: number) {
  if (doc.y + height > BOTTOM) doc.addPage();
}

/** A section heading kept with at least `keep` points of what follows it. */
export function heading(doc: Doc, text: string, keep = 60) {
  doc.font("bold").fontSize(12.5);
  const h = doc.heightOfString(text, { width: CONTENT_WIDTH });
  ensureRoom(doc, h + 10 + keep);
  if (doc.y > PAGE.top + 1) doc.y += 8;
  doc.fillColor(ACCENT).text(text, PAGE.left, doc.y, { width: CONTENT_WIDTH });
  doc.y += 4;
}

/** A paragraph in the text column; it flows on to the next page when long. */
export function paragraph(
  doc: Doc,
  runs: Run[],
  opts: { size?: number; indent?: number; after?: number } = {},
) {
  const size = opts.size ?? 9;
  const x = PAGE.left + (opts.indent ?? 0);
  const width = CONTENT_WIDTH - (opts.indent ?? 0);
  runs.forEach((r, i) => {
    style(doc, r, size).text(r.text, i === 0 ? x : undefined, i === 0 ? doc.y : undefined, {
      width,
      lineGap: 2,
      continued: i < runs.length - 1,
      link: r.link ?? null,
    });
  });
  doc.y += opts.after ?? 4;
}

function innerWidth(cell: Cell, width: number) {
  return width - 2 * PAD_X - (cell.marker ? MARKER_INDENT : 0);
}

function cellHeight(doc: Doc, cell: Cell, width: number): number {
  const inner = innerWidth(cell, width);
  let h = 0;
  for (const r of cell.runs) {
    if (!r.text) continue;
    style(doc, r);
    const w = inner - (r.bullet ? BULLET_INDENT : 0);
    h += (r.gap ?? 0) + doc.heightOfString(r.text, { width: w, lineGap: LINE_GAP });
  }
  if (cell.graphic) h += cell.graphic.height + (h ? 2 : 0);
  return h + 2 * PAD_Y;
}

function drawCell(doc: Doc, cell: Cell, x: number, y: number, width: number, align: Column["align"]) {
  const inner = innerWidth(cell, width);
  const left = x + PAD_X + (cell.marker ? MARKER_INDENT : 0);
  let cy = y + PAD_Y;
  if (cell.marker) {
    const first = cell.runs.find((r) => r.text);
    const size = first?.size ?? TABLE_SIZE;
    doc
      .circle(x + PAD_X + 3.2, cy + size * 0.62, 3)
      .fillColor(cell.marker)
      .fill();
  }
  for (const r of cell.runs) {
    if (!r.text) continue;
    cy += r.gap ?? 0;
    style(doc, r);
    const indent = r.bullet ? BULLET_INDENT : 0;
    const h = doc.heightOfString(r.text, { width: inner - indent, lineGap: LINE_GAP });
    if (r.bullet) doc.text("•", left, cy, { lineBreak: false });
    doc.text(r.text, left + indent, cy, {
      width: inner - indent,
      lineGap: LINE_GAP,
      align: align ?? "left",
      link: r.link ?? null,
    });
    cy += h;
  }
  if (cell.graphic) cell.graphic.draw(doc, left, cy + (cy > y + PAD_Y ? 2 : 0), inner);
}

function rule(doc: Doc, y: number, width: number, color = RULE) {
  doc
    .lineWidth(width)
    .strokeColor(color)
    .moveTo(PAGE.left, y)
    .lineTo(PAGE.left + CONTENT_WIDTH, y)
    .stroke();
}

/**
 * A table across the text column: the header row on top of every page it is on, rows kept whole (a row taller
 * than a page is not expected of this report's data; it would run into the footer area's margin).
 */
export function table(doc: Doc, columns: Column[], rows: Row[]) {
  const total = columns.reduce((s, c) => s + c.width, 0);
  const widths = columns.map((c) => (c.width / total) * CONTENT_WIDTH);
  const lefts = widths.map((_, i) => PAGE.left + widths.slice(0, i).reduce((s, w) => s + w, 0));
  const headerCells: Cell[] = columns.map((c) => ({
    runs: [{ text: c.header, bold: true, size: 7.5, color: GREY }],
  }));
  const headerHeight = Math.max(...headerCells.map((c, i) => cellHeight(doc, c, widths[i]!)));
  const heightOf = (row: Row) =>
    row.span
      ? cellHeight(doc, row.cells[0]!, CONTENT_WIDTH)
      : Math.max(...row.cells.map((c, i) => cellHeight(doc, c, widths[i]!)));

  const drawHeader = () => {
    const y = doc.y;
    doc.rect(PAGE.left, y, CONTENT_WIDTH, headerHeight).fillColor(HEAD_FILL).fill();
    rule(doc, y, 0.8, INK);
    headerCells.forEach((c, i) => {
      drawCell(doc, c, lefts[i]!, y, widths[i]!, columns[i]!.align);
    });
    rule(doc, y + headerHeight, 0.5, LIGHT);
    doc.y = y + headerHeight;
  };

  const heights = rows.map(heightOf);
  ensureRoom(doc, headerHeight + (heights[0] ?? 0) + (rows[0]?.keepWithNext ? (heights[1] ?? 0) : 0));
  drawHeader();
  rows.forEach((row, r) => {
    const h = heights[r]!;
    const keep = row.keepWithNext ? (heights[r + 1] ?? 0) : 0;
    if (doc.y + h + keep > BOTTOM && doc.y > PAGE.top + headerHeight + 1) {
      rule(doc, doc.y, 0.8, INK);
      doc.addPage();
      drawHeader();
    }
    const y = doc.y;
    if (row.fill) doc.rect(PAGE.left, y, CONTENT_WIDTH, h).fillColor(row.fill).fill();
    if (row.span) drawCell(doc, row.cells[0]!, PAGE.left, y, CONTENT_WIDTH, "left");
    else
      row.cells.forEach((c, i) => {
        drawCell(doc, c, lefts[i]!, y, widths[i]!, columns[i]!.align);
      });
    rule(doc, y + h, 0.4);
    doc.y = y + h;
  });
  rule(doc, doc.y, 0.8, INK);
  doc.x = PAGE.left;
  doc.y += 6;
}

/** Page header (plan title, as-of date) and footer (generation time, sources note, page n of m) on every page. */
export function decoratePages(
  doc: Doc,
  text: { title: string; asOf: string; footer: string; page: (n: number, m: number) => string },
) {
  const { start, count } = doc.bufferedPageRange();
  for (let i = start; i < start + count; i++) {
    doc.switchToPage(i);
    const margins = doc.page.margins;
    doc.page.margins = { top: 0, bottom: 0, left: 0, right: 0 };
    const right = PAGE.width - PAGE.right;
    style(doc, { size: 7.5, color: GREY });
    const asOfWidth = doc.widthOfString(text.asOf) + 2;
    doc.text(fitted(doc, text.title, CONTENT_WIDTH - asOfWidth - 16), PAGE.left, 30, { lineBreak: false });
    doc.text(text.asOf, right - asOfWidth, 30, { width: asOfWidth, align: "right", lineBreak: false });
    rule(doc, 44, 0.6, LIGHT);
    const footY = PAGE.height - 40;
    rule(doc, footY - 6, 0.6, LIGHT);
    const page = text.page(i - start + 1, count);
    const pageWidth = doc.widthOfString(page) + 2;
    doc.text(fitted(doc, text.footer, CONTENT_WIDTH - pageWidth - 16), PAGE.left, footY, {
      lineBreak: false,
    });
    doc.text(page, right - pageWidth, footY, { width: pageWidth, align: "right", lineBreak: false });
    doc.page.margins = margins;
  }
}

/** The text cut to one line of `width` in the current font, ending in "…" when cut. */
export function fitted(doc: Doc, text: string, width: number): string {
  if (doc.widthOfString(text) <= width) return text;
  const chars = [...text];
  let lo = 0;
  let hi = chars.length;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (doc.widthOfString(`${chars.slice(0, mid).join("").trimEnd()}…`) <= width) lo = mid;
    else hi = mid - 1;
  }
  return `${chars.slice(0, lo).join("").trimEnd()}…`;
}
