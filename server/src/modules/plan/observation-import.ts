import { errorMessage, type Lang, type ObservationInput, ObservationInputSchema } from "@rdcity/common";
import { and, inArray, max } from "drizzle-orm";
import { type Clock, shanghaiDate, systemClock } from "../../core/calendar/index.js";
import type { Executor } from "../../core/db/client.js";
import { AppError } from "../../core/errors.js";
import type { ImportKind, ImportPlan, ParsedRow } from "../../core/imports/kinds.js";
import {
  checkNotDuplicate,
  checkObservation,
  type IndicatorRow,
  indicatorObservations,
  listIndicators,
  recordObservation,
} from "../../core/indicators/index.js";
import { zodIssuesToRowErrors } from "../../core/io/index.js";
import {
  observationColumnLabel as columnLabel,
  indicatorFinder,
  normaliseObservationRow,
  OBSERVATION_COLUMNS,
  type ObservationFileRow,
  ObservationFileRowSchema,
  withQualifierLabels,
} from "./observation-columns.js";

export interface ObservationImportOp {
  rowNumber: number;
  input: ObservationInput;
}

const MESSAGES = {
  twice: {
    zh: "与第 {row} 行是同一指标、期间和地区；同一文件中每个指标每期每地区只能有一行",
    en: "The same indicator, period and area as row {row}; a file may hold one row for each",
  },
};
const say = (lang: Lang, key: keyof typeof MESSAGES, params: Record<string, unknown>) =>
  (lang === "en-US" ? MESSAGES[key].en : MESSAGES[key].zh).replace(/\{(\w+)\}/g, (_, k: string) =>
    String(params[k] ?? ""),
  );

/** The column a rule's error belongs to. */
const COLUMN_OF_CODE: Record<string, string> = {
  indicator_unknown: "indicatorCode",
  indicator_computed: "indicatorCode",
  observation_period_invalid: "period",
  observation_area_invalid: "areaCode",
  observation_unit_mismatch: "unit",
  observation_out_of_range: "value",
  observation_duplicate: "revisionReason",
};

/** Zod paths of the POST's shape back to the file's columns (source.url → sourceUrl). */
const FIELD_OF_PATH: Record<string, string> = {
  "source.title": "sourceTitle",
  "source.date": "sourceDate",
  "source.url": "sourceUrl",
  "source.note": "note",
  "revision.reason": "revisionReason",
};

function inputOf(row: ObservationFileRow, indicatorCode: string): ObservationInput {
  return {
    indicatorCode,
    period: row.period,
    value: row.value,
    ...(row.areaCode ? { areaCode: row.areaCode } : {}),
    ...(row.unit ? { unit: row.unit } : {}),
    ...(row.qualifier ? { qualifier: row.qualifier } : {}),
    source: {
      title: row.sourceTitle,
      ...(row.sourceDate ? { date: row.sourceDate } : {}),
      ...(row.sourceUrl ? { url: row.sourceUrl } : {}),
      ...(row.note ? { note: row.note } : {}),
    },
    ...(row.revisionReason ? { revision: { reason: row.revisionReason } } : {}),
  };
}

const seriesKey = (code: string, period: string, areaCode: string) => `${code}|${period}|${areaCode}`;

/** The latest vintage stored for each series the file names. */
async function latestVintagesOf(
  db: Executor,
  keys: { code: string; period: string; areaCode: string }[],
): Promise<Map<string, number>> {
  const out = new Map<string, number>();
  const codes = [...new Set(keys.map((k) => k.code))];
  const periods = [...new Set(keys.map((k) => k.period))];
  if (!codes.length) return out;
  const o = indicatorObservations;
  const rows = await db
    .select({ code: o.indicatorCode, period: o.period, areaCode: o.areaCode, vintage: max(o.vintage) })
    .from(o)
    .where(and(inArray(o.indicatorCode, codes), inArray(o.period, periods)))
    .groupBy(o.indicatorCode, o.period, o.areaCode);
  for (const r of rows) if (r.vintage != null) out.set(seriesKey(r.code, r.period, r.areaCode), r.vintage);
  return out;
}

/**
 * Checks every row with the POST's rules (checkObservation, then the duplicate rule against the stored figures)
 * and refuses a second row for the same indicator, period and area within the file.
 */
async function planObservations(
  db: Executor,
  lang: Lang,
  rows: ParsedRow[],
  today: string,
  progress: (n: number, phase: "validating") => void,
): Promise<ImportPlan<ObservationImportOp>> {
  const plan: ImportPlan<ObservationImportOp> = {
    errors: [],
    warnings: [],
    created: 0,
    updated: 0,
    unchanged: 0,
    duplicatesFlagged: 0,
    operations: [],
  };
  const fail = (rowNumber: number, key: string, code: string, message: string) =>
    plan.errors.push({ row: rowNumber, column: columnLabel(key, lang), code, message });
  const failWith = (rowNumber: number, error: unknown) => {
    if (!(error instanceof AppError)) throw error;
    fail(
      rowNumber,
      COLUMN_OF_CODE[error.code] ?? "indicatorCode",
      error.code,
      errorMessage(error.code, lang, error.params),
    );
  };
  const findIndicator = indicatorFinder(await listIndicators(db));
  const valid: { rowNumber: number; ind: IndicatorRow; input: ObservationInput; areaCode: string }[] = [];
  const firstRowOf = new Map<string, number>();
  for (const row of rows) {
    if (row.errors.length) {
      plan.errors.push(...row.errors);
      continue;
    }
    const parsed = ObservationFileRowSchema.safeParse(normaliseObservationRow(row.record));
    if (!parsed.success) {
      const issues = parsed.error.issues.map((i) => withQualifierLabels(i, lang));
      plan.errors.push(...zodIssuesToRowErrors(issues, row.rowNumber, (key) => columnLabel(key, lang), lang));
      continue;
    }
    const ind = findIndicator(parsed.data.indicatorCode);
    if (!ind) {
      failWith(row.rowNumber, new AppError("indicator_unknown", { code: parsed.data.indicatorCode }));
      continue;
    }
    const input = inputOf(parsed.data, ind.code);
    // The POST's body schema as well, so a file row can never carry what the API would refuse.
    const checked = ObservationInputSchema.safeParse(input);
    if (!checked.success) {
      const issues = checked.error.issues.map((i) => ({
        ...i,
        path: [FIELD_OF_PATH[i.path.join(".")] ?? String(i.path[0] ?? "")],
      }));
      plan.errors.push(...zodIssuesToRowErrors(issues, row.rowNumber, (key) => columnLabel(key, lang), lang));
      continue;
    }
    let areaCode: string;
    try {
      areaCode = checkObservation(ind, input, today).areaCode;
    } catch (error) {
      failWith(row.rowNumber, error);
      continue;
    }
    const key = seriesKey(ind.code, input.period, areaCode);
    const first = firstRowOf.get(key);
    if (first !== undefined) {
      fail(row.rowNumber, "period", "observation_in_file_twice", say(lang, "twice", { row: first }));
      continue;
    }
    firstRowOf.set(key, row.rowNumber);
    valid.push({ rowNumber: row.rowNumber, ind, input, areaCode });
  }
  progress(rows.length, "validating");

  const latest = await latestVintagesOf(
    db,
    valid.map((v) => ({ code: v.ind.code, period: v.input.period, areaCode: v.areaCode })),
  );
  for (const v of valid) {
    const vintage = latest.get(seriesKey(v.ind.code, v.input.period, v.areaCode)) ?? null;
    try {
      checkNotDuplicate(v.ind, v.input, v.areaCode, vintage);
    } catch (error) {
      failWith(v.rowNumber, error);
      continue;
    }
    if (vintage === null) plan.created++;
    else plan.updated++;
    plan.operations.push({ rowNumber: v.rowNumber, input: v.input });
  }
  plan.errors.sort((a, b) => a.row - b.row);
  return plan;
}

/**
 * Import kind `plan_observations` (P-02): reported figures of the plan's indicators from CSV/XLSX. The dry run
 * checks every row as POST /api/plan/observations would; the commit records them all through recordObservation
 * in the runner's one transaction (a revision row becomes the next vintage). The clock is the application's.
 */
export function planObservationImportKind(clock: Clock = systemClock): ImportKind<ObservationImportOp> {
  return {
    kind: "plan_observations",
    permission: "plan.manage",
    sheetName: { zh: "规划指标数据", en: "Plan indicator figures" },
    columns: OBSERVATION_COLUMNS,
    plan: (db, _actor, rows, lang, progress) =>
      planObservations(db, lang, rows, shanghaiDate(clock.now()), progress),
    async commit(tx, actor, plan, progress) {
      const now = clock.now();
      let written = 0;
      for (const op of plan.operations) {
        await recordObservation(tx, actor, op.input, now);
        written++;
        if (written % 100 === 0) progress(written, "writing");
      }
      progress(written, "writing");
    },
  };
}
