import { and, asc, eq } from "drizzle-orm";
import type { Executor } from "../../../core/db/client.js";
import { planTargets, planVersions } from "../schema.js";

/** A target's fields as planned (version 1) or as adjusted (current), for "as planned in 2023" against "as adjusted". */
export interface TargetAsOf {
  id: string;
  code: string;
  section: string;
  text: { zh: string; en: string };
  indicatorCode: string;
  kind: string;
  comparator: string;
  year: number;
  value: number;
  valueMax: number | null;
  baselineYear: number | null;
  baselineValue: number | null;
  taskId: string | null;
  status: string;
  /** The version these fields are of (1 for "planned"). */
  version: number;
  /** Whether the target was adjusted after it was planned. */
  adjusted: boolean;
}

const num = (v: unknown, fallback: number | null): number | null =>
  v === null ? null : v === undefined || v === "" || Number.isNaN(Number(v)) ? fallback : Number(v);

/**
 * The plan's targets in order, as planned (each target's version-1 snapshot over its row: year, value, value
 * range, texts, status) or as currently adjusted (the row). A target without a version-1 row reads as its row.
 */
export async function targetsAsOf(
  ex: Executor,
  planId: string,
  as: "planned" | "current",
): Promise<TargetAsOf[]> {
  const rows = await ex
    .select({ target: planTargets, first: planVersions.snapshot })
    .from(planTargets)
    .leftJoin(
      planVersions,
      and(
        eq(planVersions.recordType, "target"),
        eq(planVersions.recordId, planTargets.id),
        eq(planVersions.version, 1),
      ),
    )
    .where(eq(planTargets.planId, planId))
    .orderBy(asc(planTargets.seq), asc(planTargets.code));
  return rows.map(({ target: t, first }) => {
    const current = {
      year: t.year,
      value: Number(t.value),
      valueMax: t.valueMax == null ? null : Number(t.valueMax),
      text: { zh: t.textZh, en: t.textEn },
      status: t.status,
    };
    const s = as === "planned" && first ? first : null;
    const fields = s
      ? {
          year: num(s.year, current.year) ?? current.year,
          value: num(s.value, current.value) ?? current.value,
          valueMax: "valueMax" in s ? num(s.valueMax, null) : current.valueMax,
          text: {
            zh: typeof s.textZh === "string" ? s.textZh : current.text.zh,
            en: typeof s.textEn === "string" ? s.textEn : current.text.en,
          },
          status: typeof s.status === "string" ? s.status : current.status,
        }
      : current;
    return {
      id: t.id,
      code: t.code,
      section: t.section,
      indicatorCode: t.indicatorCode,
      kind: t.kind,
      comparator: t.comparator,
      baselineYear: t.baselineYear,
      baselineValue: t.baselineValue == null ? null : Number(t.baselineValue),
      taskId: t.taskId,
      ...fields,
      version: s ? 1 : t.version,
      adjusted: t.version > 1,
    };
  });
}
