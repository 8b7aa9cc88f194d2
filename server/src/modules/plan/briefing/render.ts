import { type Lang, PROGRESS_STATUS_NAMES, PROGRESS_STATUSES } from "@rdcity/common";
import { startOfShanghaiDay } from "../../../core/calendar/index.js";
import { annexTable, rulesSection } from "./annex.js";
import type { BriefingData } from "./data.js";
import { formatDay, shanghaiMinute } from "./format.js";
import { fill, L, pick, type Text } from "./labels.js";
import {
  ACCENT,
  CONTENT_WIDTH,
  collect,
  type Doc,
  decoratePages,
  GREY,
  heading,
  INK,
  newDocument,
  PAGE,
  paragraph,
  RULE,
} from "./layout.js";
import { STATUS_COLORS, targetTable } from "./target-table.js";
import { overdueTable, projectTable } from "./task-tables.js";

export interface BriefingOptions {
  lang: Lang;
  /** When the briefing is generated (printed in the footer). */
  generatedAt: Date;
}

/** The targets of §二 (发展目标); every other target is a sub-target written inside a task. */
const MAIN_SECTION = "二";

/**
 * The plan's briefing as an A4 portrait PDF in one language: the title block with the status summary, the
 * targets of §二, the sub-targets of tasks, the projects' roll-up, the overdue tasks, how statuses are
 * computed, and the annex of sources. The same data, date, language and generation time give the same bytes
 * (the PDF's creation date is the as-of date).
 */
export function renderBriefingPdf(data: BriefingData, opts: BriefingOptions): Promise<Buffer> {
  const { lang } = opts;
  const t = (x: Text) => pick(x, lang);
  const doc = newDocument({
    title: `${t(L.kicker)} — ${t(data.plan.title)}`,
    subject: `${t(L.asOf)} ${data.asOf}`,
    lang,
    createdAt: startOfShanghaiDay(data.asOf),
  });
  const done = collect(doc);

  titleBlock(doc, data, lang);

  const main = data.targets.filter((x) => x.section === MAIN_SECTION);
  const sub = data.targets.filter((x) => x.section !== MAIN_SECTION);
  heading(doc, t(L.sections.targets), 90);
  targetTable(doc, main, data.trends, data.levelUnits, lang);
  paragraph(doc, [{ text: t(L.legend), color: GREY }], { size: 7 });

  heading(doc, t(L.sections.subTargets), 90);
  if (sub.length) targetTable(doc, sub, data.trends, data.levelUnits, lang, { withTask: true });
  else paragraph(doc, [{ text: t(L.noTargets), color: GREY }]);

  heading(doc, t(L.sections.projects), 80);
  projectTable(doc, data.projects, lang);
  paragraph(
    doc,
    [
      {
        text: fill(t(L.tasksSummary), {
          tasks: data.taskCount,
          overdue: data.overdue.length,
          supervised: data.supervisedTasks,
        }),
        color: GREY,
      },
      { text: ` ${t(L.rollupNote)}`, color: GREY },
    ],
    { size: 7.5 },
  );

  heading(doc, t(L.sections.overdue), 80);
  overdueTable(doc, data.overdue, lang);

  heading(doc, t(L.sections.rules), 80);
  rulesSection(doc, data.rules, data.targets, lang);

  doc.addPage();
  heading(doc, t(L.sections.annex));
  annexTable(doc, data, lang);

  const asOf = `${t(L.asOf)} ${formatDay(data.asOf, lang)}${data.as === "planned" ? t(L.asPlanned) : ""}`;
  decoratePages(doc, {
    title: t(data.plan.title),
    asOf,
    footer: `${t(L.generated)} ${shanghaiMinute(opts.generatedAt)}${t(L.beijingTime)} · ${t(L.sourcesNote)}`,
    page: (n, m) => (lang === "en-US" ? `Page ${n} of ${m}` : `第 ${n} 页 / 共 ${m} 页`),
  });
  doc.end();
  return done;
}

/** Plan title, city, dates, and the count of targets in each status with its colour. */
function titleBlock(doc: Doc, data: BriefingData, lang: Lang) {
  const t = (x: Text) => pick(x, lang);
  const { plan } = data;
  doc.y = PAGE.top + 4;
  doc
    .font("bold")
    .fontSize(10)
    .fillColor(ACCENT)
    .text(t(L.kicker), PAGE.left, doc.y, {
      width: CONTENT_WIDTH,
      characterSpacing: lang === "en-US" ? 0.5 : 3,
    });
  doc.y += 4;
  doc.font("bold").fontSize(15).fillColor(INK).text(t(plan.title), PAGE.left, doc.y, {
    width: CONTENT_WIDTH,
    lineGap: 3,
  });
  doc.y += 5;
  const sep = lang === "en-US" ? ": " : " ";
  const meta = [
    t(plan.city),
    `${t(L.issued)}${sep}${formatDay(plan.issuedOn, lang)}`,
    `${t(L.baseYear)}${sep}${plan.baseYear}`,
    `${t(L.horizon)}${sep}${plan.horizon.join(lang === "en-US" ? ", " : "、")}`,
  ].join(" · ");
  doc.font("regular").fontSize(8.5).fillColor(GREY).text(meta, PAGE.left, doc.y, { width: CONTENT_WIDTH });
  doc.y += 8;
  doc
    .font("bold")
    .fontSize(13)
    .fillColor(INK)
    .text(
      `${t(L.asOf)} ${formatDay(data.asOf, lang)}${data.as === "planned" ? t(L.asPlanned) : ""}`,
      PAGE.left,
      doc.y,
      {
        width: CONTENT_WIDTH,
      },
    );
  doc.y += 8;

  // One tile per status: a coloured bar, the count, the name.
  const gap = 8;
  const tileWidth = (CONTENT_WIDTH - gap * (PROGRESS_STATUSES.length - 1)) / PROGRESS_STATUSES.length;
  const tileHeight = 42;
  const top = doc.y;
  doc
    .font("regular")
    .fontSize(7.5)
    .fillColor(GREY)
    .text(t(L.allTargets), PAGE.left, top, { width: CONTENT_WIDTH });
  const tilesTop = doc.y + 3;
  PROGRESS_STATUSES.forEach((status, i) => {
    const x = PAGE.left + i * (tileWidth + gap);
    doc.lineWidth(0.6).strokeColor(RULE).rect(x, tilesTop, tileWidth, tileHeight).stroke();
    doc.rect(x, tilesTop, 3.5, tileHeight).fillColor(STATUS_COLORS[status]).fill();
    doc
      .circle(x + 14, tilesTop + 15, 4)
      .fillColor(STATUS_COLORS[status])
      .fill();
    doc
      .font("bold")
      .fontSize(17)
      .fillColor(INK)
      .text(String(data.statusCounts[status]), x + 24, tilesTop + 5, {
        width: tileWidth - 28,
        lineBreak: false,
      });
    doc
      .font("regular")
      .fontSize(8)
      .fillColor(GREY)
      .text(t(PROGRESS_STATUS_NAMES[status]), x + 8, tilesTop + 27, {
        width: tileWidth - 12,
        lineBreak: false,
      });
  });
  doc.y = tilesTop + tileHeight + 7;
  const main = data.targets.filter((x) => x.section === MAIN_SECTION).length;
  const summary =
    fill(t(L.targetsSummary), { all: data.targets.length, main, sub: data.targets.length - main }) +
    (lang === "en-US" ? " " : "") +
    fill(t(L.tasksSummary), {
      tasks: data.taskCount,
      overdue: data.overdue.length,
      supervised: data.supervisedTasks,
    });
  paragraph(doc, [{ text: summary }], { size: 8.5, after: 2 });
  paragraph(doc, [{ text: `${t(L.method)}`, color: GREY }], { size: 7.5, after: 2 });
}
