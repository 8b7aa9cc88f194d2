import type { Lang, ProjectRollup, TaskSummary } from "@rdcity/common";
import { paren } from "./format.js";
import { L, pick } from "./labels.js";
import {
  type Cell,
  type Column,
  type Doc,
  GREY,
  type Graphic,
  paragraph,
  type Row,
  RULE,
  table,
} from "./layout.js";

const SMALL = 6.8;
const num = (n: number): Cell => ({ runs: [{ text: String(n) }] });

/** A thin bar under a percentage. */
function bar(percent: number): Graphic {
  return {
    height: 3,
    draw(doc, x, y, width) {
      const w = Math.min(width, 60);
      const left = x + width - w;
      doc.rect(left, y, w, 2.4).fillColor(RULE).fill();
      doc
        .rect(left, y, (w * Math.max(0, Math.min(100, percent))) / 100, 2.4)
        .fillColor("#4f7fb8")
        .fill();
    },
  };
}

/** The projects (工程) with their tasks rolled up: tasks, completed, overdue, supervised, mean progress. */
export function projectTable(doc: Doc, projects: ProjectRollup[], lang: Lang) {
  const t = (x: { zh: string; en: string }) => pick(x, lang);
  const columns: Column[] = [
    { header: t(L.col.code), width: 28, align: "center" },
    { header: t(L.col.project), width: 200 },
    { header: t(L.col.tasks), width: 40, align: "right" },
    { header: t(L.col.completed), width: 40, align: "right" },
    { header: t(L.col.overdue), width: 40, align: "right" },
    { header: t(L.col.supervised), width: 48, align: "right" },
    { header: t(L.col.progress), width: 70, align: "right" },
  ];
  const rows: Row[] = projects.map((p) => ({
    cells: [
      { runs: [{ text: p.code }] },
      { runs: [{ text: t(p.title) }] },
      num(p.tasks),
      num(p.completed),
      {
        runs: [
          { text: String(p.overdue), bold: p.overdue > 0, color: p.overdue > 0 ? "#c41d1d" : undefined },
        ],
      },
      num(p.supervised),
      { runs: [{ text: `${Math.round(p.progressPercent)}%` }], graphic: bar(p.progressPercent) },
    ],
  }));
  table(doc, columns, rows);
}

/** The overdue tasks: why each is overdue (its due date, a milestone, a missing report) and open 督办 notices. */
export function overdueTable(doc: Doc, overdue: TaskSummary[], lang: Lang) {
  const t = (x: { zh: string; en: string }) => pick(x, lang);
  if (!overdue.length) {
    paragraph(doc, [{ text: t(L.noOverdue), color: GREY }]);
    return;
  }
  const columns: Column[] = [
    { header: t(L.col.code), width: 30 },
    { header: t(L.col.task), width: 128 },
    { header: t(L.col.due), width: 54 },
    { header: t(L.col.reasons), width: 232 },
    { header: t(L.col.notices), width: 52, align: "right" },
  ];
  const sep = lang === "en-US" ? ": " : "：";
  const rows: Row[] = overdue.map((task) => ({
    cells: [
      { runs: [{ text: task.code }] },
      {
        runs: [
          { text: t(task.title) },
          ...(task.lead
            ? [{ text: `${t(L.lead)}${sep}${t(task.lead.name)}`, size: SMALL, color: GREY, gap: 1 }]
            : []),
        ],
      },
      { runs: [{ text: task.dueOn ?? "—" }] },
      {
        runs: task.overdueReasons.map((r, i) => ({
          text: `${t(r.label)}${paren(`${t(L.dueOn)} ${r.due}`, lang)}`,
          bullet: true,
          gap: i ? 1.5 : 0,
        })),
      },
      {
        runs: [
          {
            text: String(task.openSupervision),
            bold: task.openSupervision > 0,
            color: task.openSupervision > 0 ? "#c41d1d" : undefined,
          },
        ],
      },
    ],
  }));
  table(doc, columns, rows);
}
