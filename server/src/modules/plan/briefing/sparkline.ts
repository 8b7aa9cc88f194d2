import type { TrendLine } from "./data.js";
import { type Doc, type Graphic, LIGHT } from "./layout.js";

const PLOT_HEIGHT = 18;
const LABEL_SIZE = 5.2;

/**
 * A sparkline in a table cell: the observed series as a solid line with its points (the last one larger), the
 * path the target requires dashed, and the target as a hollow ring; the first and last years in small print
 * under it. Every series shares one scale, padded so that nothing touches the cell's edges.
 */
export function sparkline(line: TrendLine, color: string, maxWidth = 64): Graphic {
  const all = [...line.observed, ...line.required, ...(line.goal ? [line.goal] : [])];
  const years = all.map((p) => p.year);
  const values = all.map((p) => p.value);
  const [y0, y1] = [Math.min(...years), Math.max(...years)];
  let [v0, v1] = [Math.min(...values), Math.max(...values)];
  if (v1 - v0 < 1e-12) {
    const pad = Math.abs(v0) * 0.1 || 1;
    [v0, v1] = [v0 - pad, v1 + pad];
  }
  return {
    height: PLOT_HEIGHT + LABEL_SIZE + 2,
    draw(doc: Doc, x: number, top: number, width: number) {
      const w = Math.min(width, maxWidth) - 4;
      const left = x + 2;
      const px = (year: number) => (y1 === y0 ? left + w / 2 : left + ((year - y0) / (y1 - y0)) * w);
      const py = (value: number) => top + 2 + (1 - (value - v0) / (v1 - v0)) * (PLOT_HEIGHT - 4);
      const path = (points: { year: number; value: number }[]) => {
        points.forEach((p, i) => {
          if (i) doc.lineTo(px(p.year), py(p.value));
          else doc.moveTo(px(p.year), py(p.value));
        });
      };
      doc.save();
      if (line.required.length > 1) {
        doc.lineWidth(0.7).strokeColor(LIGHT).dash(1.8, { space: 1.4 });
        path(line.required);
        doc.stroke().undash();
      }
      if (line.observed.length > 1) {
        doc.lineWidth(1).strokeColor(color).lineJoin("round");
        path(line.observed);
        doc.stroke();
      }
      line.observed.forEach((p, i) => {
        const last = i === line.observed.length - 1;
        doc
          .circle(px(p.year), py(p.value), last ? 1.7 : 1)
          .fillColor(color)
          .fill();
      });
      if (line.goal)
        doc
          .lineWidth(0.7)
          .strokeColor(INK_RING)
          .circle(px(line.goal.year), py(line.goal.value), 1.8)
          .stroke();
      doc.font("regular").fontSize(LABEL_SIZE).fillColor(LIGHT);
      const labelY = top + PLOT_HEIGHT + 0.5;
      doc.text(String(y0), left, labelY, { lineBreak: false });
      if (y1 !== y0) {
        const label = String(y1);
        doc.text(label, left + w - doc.widthOfString(label), labelY, { lineBreak: false });
      }
      doc.restore();
    },
  };
}

const INK_RING = "#3f3f3f";
