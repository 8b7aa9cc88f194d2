import { type Lang, PROGRESS_STATUS_NAMES, type ProgressStatus, type TargetProgress } from "@rdcity/common";
import type { LevelUnit, TrendLine } from "./data.js";
import {
  formatDay,
  formatPercent,
  formatPeriod,
  formatRatio,
  formatTarget,
  formatValue,
  paren,
} from "./format.js";
import { FORECAST_UNAVAILABLE, L, pick } from "./labels.js";
import { type Cell, type Column, type Doc, GREY, type Row, type Run, table } from "./layout.js";
import { sparkline } from "./sparkline.js";

export const STATUS_COLORS: Record<ProgressStatus, string> = {
  achieved: "#1e6b34",
  on_track: "#4f9a2c",
  at_risk: "#d48806",
  off_track: "#c41d1d",
  no_data: "#9e9e9e",
};

const SMALL = 6.8;

/**
 * The table of targets: the target (with its value, and its task for a sub-target), year, latest value with
 * period and qualifier, status, ratio, the forecast for the target year with its 80 % interval and probability
 * (or why there is none), and a sparkline of the trend.
 */
export function targetTable(
  doc: Doc,
  targets: TargetProgress[],
  trends: Record<string, TrendLine | null>,
  levelUnits: Record<string, LevelUnit>,
  lang: Lang,
  opts: { withTask?: boolean } = {},
) {
  const t = (x: { zh: string; en: string }) => pick(x, lang);
  const columns: Column[] = [
    { header: t(L.col.target), width: 150 },
    { header: t(L.col.year), width: 30, align: "center" },
    { header: t(L.col.latest), width: 66 },
    { header: t(L.col.status), width: 62 },
    { header: t(L.col.ratio), width: 38, align: "right" },
    { header: t(L.col.forecast), width: 84 },
    { header: t(L.col.trend), width: 70 },
  ];
  const rows: Row[] = targets.map((target) => ({
    cells: [
      targetCell(target, lang, opts.withTask ?? false),
      { runs: [{ text: String(target.year) }] },
      latestCell(target, lang),
      statusCell(target, lang),
      ratioCell(target, lang),
      forecastCell(target, lang, levelUnits[target.code] ?? target),
      trendCell(trends[target.code] ?? null, target.status),
    ],
  }));
  table(doc, columns, rows);
}

function targetCell(target: TargetProgress, lang: Lang, withTask: boolean): Cell {
  const t = (x: { zh: string; en: string }) => pick(x, lang);
  const sep = lang === "en-US" ? ": " : "：";
  // A milestone's text says it all (from none to one): its "value" of 1 is not a figure to print.
  const details =
    target.kind === "milestone" ? [] : [`${t(L.targetLine)}${sep}${formatTarget(target, lang)}`];
  if (withTask && target.taskCode) details.push(`${t(L.ofTask)} ${target.taskCode} · §${target.section}`);
  if (target.adjusted) details.push(t(L.adjusted));
  return {
    runs: [
      { text: t(target.text) },
      ...(details.length ? [{ text: details.join(" · "), size: SMALL, color: GREY, gap: 1 }] : []),
    ],
  };
}

function latestCell(target: TargetProgress, lang: Lang): Cell {
  if (target.kind === "milestone")
    return {
      runs: target.achievedOn
        ? [
            { text: pick(PROGRESS_STATUS_NAMES.achieved, lang) },
            {
              text: `${pick(L.achievedOn, lang)} ${formatDay(target.achievedOn, lang)}`,
              size: SMALL,
              color: GREY,
            },
          ]
        : [{ text: "—" }],
    };
  if (target.latestValue == null) return { runs: [{ text: "—" }] };
  const basis = target.authoritative === "computed" ? ` · ${pick(L.kinds.computed!, lang)}` : "";
  return {
    runs: [
      { text: formatValue(target.latestValue, target, lang, { qualifier: target.latestQualifier }) },
      { text: `${formatPeriod(target.latestPeriod ?? "", lang)}${basis}`, size: SMALL, color: GREY },
    ],
  };
}

function statusCell(target: TargetProgress, lang: Lang): Cell {
  const runs: Run[] = [{ text: pick(PROGRESS_STATUS_NAMES[target.status], lang), bold: true }];
  const d = target.divergence;
  if (d?.flagged)
    runs.push({
      text: `${pick(L.divergence, lang)} ${formatPercent(d.share)}${paren(formatPeriod(d.period, lang), lang)}`,
      size: SMALL,
      color: GREY,
    });
  return { marker: STATUS_COLORS[target.status], runs };
}

function ratioCell(target: TargetProgress, lang: Lang): Cell {
  const runs: Run[] = [{ text: formatRatio(target.ratio) }];
  if (target.cagr != null)
    runs.push({
      text: `${lang === "en-US" ? "CAGR" : "年均"} ${formatValue(target.cagr, { unit: { zh: "%", en: "%" }, decimals: 3 }, lang)}`,
      size: SMALL,
      color: GREY,
    });
  return { runs };
}

function forecastCell(target: TargetProgress, lang: Lang, levelUnit: LevelUnit): Cell {
  const f = target.forecast;
  if (!f) {
    const reason = FORECAST_UNAVAILABLE[target.forecastUnavailable ?? ""];
    return { runs: [{ text: reason ? pick(reason, lang) : "—", size: SMALL, color: GREY }] };
  }
  // A growth target is forecast on its levels, in the unit of the indicator it is the growth of.
  const v = (x: number) => formatValue(x, levelUnit, lang);
  return {
    runs: [
      { text: v(f.value) },
      {
        text: `${pick(L.interval, lang)} ${formatValue(f.low, levelUnit, lang, { unit: false })}–${formatValue(f.high, levelUnit, lang, { unit: false })}`,
        size: SMALL,
        color: GREY,
      },
      { text: `${pick(L.probability, lang)} ${formatPercent(f.probability)}`, size: SMALL, color: GREY },
    ],
  };
}

function trendCell(line: TrendLine | null, status: ProgressStatus): Cell {
  if (!line) return { runs: [] };
  return {
    runs: [],
    graphic: sparkline(line, STATUS_COLORS[status] === "#9e9e9e" ? "#595959" : STATUS_COLORS[status]),
  };
}
