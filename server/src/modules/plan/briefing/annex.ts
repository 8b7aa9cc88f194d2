import type { Lang, TargetProgress } from "@rdcity/common";
import type { AnnexSource, BriefingData } from "./data.js";
import { formatValue } from "./format.js";
import { DATA_FLAGS, L, pick, type Text } from "./labels.js";
import {
  type Column,
  type Doc,
  GREY,
  GROUP_FILL,
  LINK,
  paragraph,
  type Row,
  type Run,
  table,
} from "./layout.js";

const SMALL = 6.8;
const FLAG = "#ad6800";
const RULE_ORDER = ["statuses", "level", "growth", "milestone", "forecast"] as const;

/** A rule's text with the name it starts with ("总量目标：", "Forecast:") set in bold. */
function namedRule(text: string): Run[] {
  const m = /^(.{1,60}?[：:])\s*/.exec(text);
  if (!m || /。|\. /.test(m[1]!)) return [{ text }];
  return [{ text: m[0], bold: true }, { text: text.slice(m[0].length) }];
}

/** "How statuses are computed": the rule texts the evaluation states, one paragraph each. */
export function rulesSection(doc: Doc, rules: Record<string, Text>, targets: TargetProgress[], lang: Lang) {
  const texts: Text[] = RULE_ORDER.flatMap((k) => (rules[k] ? [rules[k]] : []));
  if (targets.some((t) => t.rule === "window_increase")) texts.push(L.windowRule);
  for (const text of texts) paragraph(doc, namedRule(pick(text, lang)), { size: 8.5, after: 5 });
}

/** A title as written in the figures file often repeats its link: the link is printed on its own line. */
export function withoutUrl(title: string, url: string | null): string {
  if (!url || !title.includes(url)) return title;
  return title
    .replace(url, "")
    .replace(/\(\s*\)/g, "")
    .replace(/\s+\)/g, ")")
    .replace(/[\s:;,，：；]+$/, "")
    .trim();
}

/**
 * The annex: for each target, every value used with its publication title, date and link, and the doubtful or
 * missing figures flagged with their notes.
 */
export function annexTable(doc: Doc, data: BriefingData, lang: Lang) {
  const t = (x: Text) => pick(x, lang);
  paragraph(doc, [{ text: t(L.annexIntro), color: GREY }], { size: 8, after: 6 });
  const columns: Column[] = [
    { header: t(L.col.period), width: 40 },
    { header: t(L.col.value), width: 66 },
    { header: t(L.col.source), width: 240 },
    { header: t(L.col.published), width: 56 },
    { header: t(L.col.flag), width: 96 },
  ];
  const rows: Row[] = [];
  for (const target of data.targets) {
    const sources = data.annex[target.code] ?? [];
    rows.push({
      span: true,
      fill: GROUP_FILL,
      keepWithNext: true,
      cells: [
        {
          runs: [
            { text: t(target.text), bold: true },
            {
              text: `§${target.section} · ${t(target.indicatorName)} · ${target.code}`,
              size: SMALL,
              color: GREY,
            },
          ],
        },
      ],
    });
    if (!sources.length)
      rows.push({ span: true, cells: [{ runs: [{ text: t(L.noSources), color: GREY }] }] });
    for (const s of sources) rows.push(sourceRow(s, data.asOf, lang));
  }
  table(doc, columns, rows);
}

function sourceRow(s: AnnexSource, asOf: string, lang: Lang): Row {
  const t = (x: Text) => pick(x, lang);
  const source: Run[] =
    s.value == null ? [] : [{ text: t(L.kinds[s.kind] ?? L.kinds.reported!), size: SMALL, color: GREY }];
  if (s.kind === "computed")
    source.push({
      text: `${s.title ? t(s.title) : ""}${lang === "en-US" ? ", " : "，"}${t(L.registryAsOf)} ${s.date ?? asOf}`,
    });
  else if (s.title) source.push({ text: withoutUrl(t(s.title), s.url) });
  if (!source.length) source.push({ text: "—", color: GREY });
  if (s.url) source.push({ text: s.url, link: s.url, color: LINK, size: SMALL, gap: 1 });
  const flag: Run[] = s.flag
    ? [
        { text: `⚠ ${t(DATA_FLAGS[s.flag] ?? { zh: s.flag, en: s.flag })}`, color: FLAG, bold: true },
        ...(s.note ? [{ text: s.note, size: SMALL, color: GREY, gap: 1 }] : []),
      ]
    : [];
  return {
    cells: [
      { runs: [{ text: s.period ?? "—" }] },
      { runs: [{ text: formatValue(s.value, s, lang, { qualifier: s.qualifier }) }] },
      { runs: source },
      { runs: [{ text: s.date ?? "—" }] },
      { runs: flag },
    ],
  };
}
