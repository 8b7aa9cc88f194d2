import {
  metricChanges,
  REPORT_FIELD_LABELS,
  REPORT_METRIC_KEYS,
  type ReportFigures,
  ReportFiguresSchema,
  type ReportFlag,
  type ReportMetricKey,
} from "@rdcity/common";
import { and, eq } from "drizzle-orm";
import type { Executor } from "../../../core/db/client.js";
import { AppError } from "../../../core/errors.js";
import { platformAnnualReports } from "../schema.js";

export type ReportRow = typeof platformAnnualReports.$inferSelect;
export type Figures = Record<ReportMetricKey, string | number | null>;

/** The figures of a row (money as the numeric's text, counts as numbers). */
export function figuresOf(row: ReportRow): Figures {
  return Object.fromEntries(REPORT_METRIC_KEYS.map((k) => [k, row[k] ?? null])) as Figures;
}

/** The row values of parsed figures, only for the keys given. */
export function figureValues(figures: ReportFigures): Partial<ReportRow> {
  const values: Record<string, unknown> = {};
  for (const k of REPORT_METRIC_KEYS) if (figures[k] !== undefined) values[k] = figures[k];
  return values as Partial<ReportRow>;
}

/** Checks the figures as a whole (types, ranges, totals); throws the localised validation problem. */
export function checkFigures(figures: Figures): void {
  ReportFiguresSchema.parse(figures);
}

/** Submitting needs every figure (0 is a figure; empty is not). */
export function checkComplete(figures: Figures): void {
  const missing = REPORT_METRIC_KEYS.filter((k) => figures[k] === null || figures[k] === undefined);
  if (!missing.length) return;
  const labels = missing.map((k) => REPORT_FIELD_LABELS[k]!);
  throw new AppError(
    "report_incomplete",
    { fieldsZh: labels.map((l) => l.zh).join("、"), fieldsEn: labels.map((l) => l.en).join(", ") },
    { fields: missing },
  );
}

/** The previous year's accepted report of the same platform, the base of the year-over-year comparison. */
export async function previousAccepted(ex: Executor, row: Pick<ReportRow, "platformId" | "year">) {
  const [previous] = await ex
    .select()
    .from(platformAnnualReports)
    .where(
      and(
        eq(platformAnnualReports.platformId, row.platformId),
        eq(platformAnnualReports.year, row.year - 1),
        eq(platformAnnualReports.status, "accepted"),
      ),
    );
  return previous;
}

/** Year-over-year jumps beyond the metric's rule (common REPORT_JUMP_RULES) against the previous report. */
export function flagsOf(figures: Figures, previous: Figures | null): ReportFlag[] {
  return metricChanges(figures, previous)
    .filter((c) => c.jump)
    .map((c) => ({
      metric: c.metric,
      previous: c.previous!,
      current: c.current!,
      changePct: c.changePct,
      threshold: c.threshold,
    }));
}
