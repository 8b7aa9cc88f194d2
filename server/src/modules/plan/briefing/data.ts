import type { ProgressStatus, ProjectRollup, SourceRef, TargetProgress, TaskSummary } from "@rdcity/common";
import type { Actor } from "../../../core/actor.js";
import type { Executor } from "../../../core/db/client.js";
import {
  computedSeries,
  type IndicatorRow,
  latestVintages,
  listIndicators,
  type ObservationRow,
  observationsOf,
  type YearValue,
} from "../../../core/indicators/index.js";
import { dashboard } from "../dashboard.js";
import type { PlanRow } from "../plans.js";
import { growthLinks } from "../progress.js";
import { rules } from "../routes.js";
import type { TaskContext } from "../tasks.js";
import { isRate } from "./format.js";
import type { Text } from "./labels.js";

/** What a sparkline draws: the observed series, the path the target requires (dashed) and the target itself. */
export interface TrendLine {
  observed: YearValue[];
  required: YearValue[];
  goal: YearValue | null;
}

/** The unit and decimals figures are printed with. */
export interface LevelUnit {
  unit: Text;
  decimals: number;
}

/** One value used for a target and where it was published (the annex). */
export interface AnnexSource {
  kind: SourceRef["kind"];
  period: string | null;
  value: number | null;
  qualifier: string | null;
  /** The figure's own unit (a growth target may use the levels of another indicator). */
  unit: Text;
  decimals: number;
  title: Text | null;
  date: string | null;
  url: string | null;
  /** A data status other than plain "reported" (year doubtful, link not recorded, figure missing). */
  flag: string | null;
  note: string | null;
}

export interface BriefingData {
  plan: {
    code: string;
    title: Text;
    city: Text;
    issuer: Text;
    issuedOn: string;
    baseYear: number;
    horizon: number[];
  };
  asOf: string;
  /** The targets as first planned, or as adjusted (default). */
  as: "planned" | "current";
  statusCounts: Record<ProgressStatus, number>;
  targets: TargetProgress[];
  trends: Record<string, TrendLine | null>;
  /** The unit of the levels a target is forecast on (a growth target: the indicator it is the growth of). */
  levelUnits: Record<string, LevelUnit>;
  annex: Record<string, AnnexSource[]>;
  projects: ProjectRollup[];
  overdue: TaskSummary[];
  taskCount: number;
  supervisedTasks: number;
  rules: Record<string, Text>;
}

/**
 * Everything the briefing prints for a plan as of a date: the dashboard (targets, projects, overdue tasks, seen
 * by the actor), a trend line per target and, per target, every value used with its publication.
 */
export async function briefingData(
  ex: Executor,
  actor: Actor,
  plan: PlanRow,
  asOf: string,
  ctx: TaskContext,
  as: "planned" | "current" = "current",
): Promise<BriefingData> {
  const board = await dashboard(ex, actor, plan, { asOf, as }, ctx);
  const levelOf = growthLinks(plan);
  const indicatorRows = new Map((await listIndicators(ex)).map((i) => [i.code, i]));
  const codes = [
    ...new Set(board.targets.flatMap((t) => [t.indicatorCode, levelOf.get(t.indicatorCode) ?? []].flat())),
  ];
  const observations = latestVintages(await observationsOf(ex, codes), asOf);
  return {
    plan: {
      code: plan.code,
      title: { zh: plan.titleZh, en: plan.titleEn },
      city: { zh: plan.cityNameZh, en: plan.cityNameEn },
      issuer: { zh: plan.issuerZh, en: plan.issuerEn },
      issuedOn: plan.issuedOn,
      baseYear: plan.baseYear,
      horizon: plan.horizon,
    },
    asOf,
    as,
    statusCounts: board.statusCounts,
    targets: board.targets,
    trends: Object.fromEntries(board.targets.map((t) => [t.code, trendOf(t)])),
    levelUnits: Object.fromEntries(
      board.targets.map((t) => {
        const level = indicatorRows.get(levelOf.get(t.indicatorCode) ?? "");
        const shape =
          level && isRate(t.unit)
            ? { unit: { zh: level.unitZh, en: level.unitEn }, decimals: level.decimals }
            : t;
        return [t.code, { unit: shape.unit, decimals: shape.decimals }];
      }),
    ),
    annex: Object.fromEntries(
      board.targets.map((t) => {
        const level = indicatorRows.get(levelOf.get(t.indicatorCode) ?? "");
        return [t.code, annexOf(t, observations, indicatorRows, level)];
      }),
    ),
    projects: board.projects,
    overdue: board.overdue,
    taskCount: board.taskCount,
    supervisedTasks: board.supervisedTasks,
    rules: rules().texts,
  };
}

/**
 * The sparkline of a target, in the target's own terms: a growth target measured by yearly rates shows each
 * year's growth against the rate it requires; a target over a window shows what was added since the window
 * opened; milestones have none.
 */
export function trendOf(t: TargetProgress): TrendLine | null {
  if (t.kind === "milestone") return null;
  let line: TrendLine;
  if (t.kind === "growth" && isRate(t.unit)) {
    const years = t.requiredPath.length > 1 ? t.requiredPath.slice(1).map((p) => p.year) : [t.year];
    const first = Math.min(...years, ...t.yearlyGrowth.map((p) => p.year));
    line = {
      observed: t.yearlyGrowth,
      required: [
        { year: first, value: t.targetValue },
        { year: t.year, value: t.targetValue },
      ],
      goal: null,
    };
  } else if (t.rule === "window_increase") {
    const start = t.requiredPath[0];
    const opening = start ? t.series.find((p) => p.year === start.year) : undefined;
    line = {
      observed: opening
        ? t.series
            .filter((p) => p.year >= opening.year)
            .map((p) => ({ year: p.year, value: p.value - opening.value }))
        : [],
      required: t.requiredPath,
      goal: { year: t.year, value: t.targetValue },
    };
  } else {
    line = {
      observed: t.series.map((p) => ({ year: p.year, value: p.value })),
      required: t.requiredPath,
      goal: t.kind === "level" ? { year: t.year, value: t.targetValue } : null,
    };
  }
  return line.observed.length ? line : null;
}

const KIND_ORDER: Record<SourceRef["kind"], number> = { baseline: 0, reported: 1, computed: 2 };

/**
 * Every value used for a target with its publication: the sources the evaluation names (baseline, latest value,
 * levels of a growth target), each other figure of the series it judged and forecast by, and the doubtful or
 * missing figures of its indicator.
 */
function annexOf(
  t: TargetProgress,
  observations: ObservationRow[],
  indicatorRows: Map<string, IndicatorRow>,
  level: IndicatorRow | undefined,
): AnnexSource[] {
  const own = { unit: t.unit, decimals: t.decimals };
  const unitOf = (code: string) => {
    const ind = indicatorRows.get(code);
    return ind ? { unit: { zh: ind.unitZh, en: ind.unitEn }, decimals: ind.decimals } : own;
  };
  const byId = new Map(observations.map((o) => [o.id, o]));
  const fromRow = (o: ObservationRow): AnnexSource => ({
    kind: "reported",
    period: o.period,
    value: o.value == null ? null : Number(o.value),
    qualifier: o.qualifier,
    ...unitOf(o.indicatorCode),
    title: o.sourceTitle ? { zh: o.sourceTitle, en: o.sourceTitle } : null,
    date: o.sourceDate,
    url: o.sourceUrl,
    flag: o.dataStatus === "reported" ? null : o.dataStatus,
    note: o.dataStatus === "reported" ? null : o.note,
  });
  const out: AnnexSource[] = [];
  const seen = new Set<string>();
  for (const s of t.sources) {
    const row = s.observationId ? byId.get(s.observationId) : undefined;
    if (row) {
      seen.add(row.id);
      out.push(fromRow(row));
    } else if (s.kind === "computed") {
      const label = s.title ? computedSeries(s.title)?.label : undefined;
      out.push({
        kind: "computed",
        period: s.period,
        value: s.value,
        qualifier: null,
        ...own,
        title: label ?? (s.title ? { zh: s.title, en: s.title } : null),
        date: s.date,
        url: null,
        flag: null,
        note: null,
      });
    } else {
      // A baseline is stated by the plan; a growth target's baseline is a level of the indicator it grows.
      const unit = t.kind === "growth" && isRate(t.unit) && level ? unitOf(level.code) : own;
      out.push({
        kind: s.kind,
        period: s.period,
        value: s.value,
        qualifier: null,
        ...unit,
        title: s.title ? { zh: s.title, en: s.title } : null,
        date: s.date,
        url: s.url,
        flag: s.dataStatus && s.dataStatus !== "reported" ? s.dataStatus : null,
        note: null,
      });
    }
  }
  if (t.authoritative === "reported")
    for (const p of t.series) {
      const row = observations.find(
        (o) =>
          o.indicatorCode === t.indicatorCode && o.value != null && Number(o.period.slice(0, 4)) === p.year,
      );
      if (row && !seen.has(row.id)) {
        seen.add(row.id);
        out.push(fromRow(row));
      }
    }
  for (const d of t.doubtful)
    if (!out.some((s) => s.period === d.period && s.flag === d.dataStatus))
      out.push({
        kind: "reported",
        period: d.period,
        value: null,
        qualifier: null,
        ...own,
        title: null,
        date: null,
        url: null,
        flag: d.dataStatus,
        note: d.note,
      });
  return out.sort(
    (a, b) => (a.period ?? "").localeCompare(b.period ?? "") || KIND_ORDER[a.kind] - KIND_ORDER[b.kind],
  );
}
