import type { ImportResult, Lang } from "@rdcity/common";
import type { Actor } from "../actor.js";
import { recordAudit } from "../audit/index.js";
import type { Db } from "../db/client.js";
import { AppError } from "../errors.js";
import { importProgress, mapHeaders, readTable, rowToRecord } from "../io/index.js";
import { importJobs } from "../io/schema.js";
import type { ImportKind, ImportPlan, ParsedRow } from "./kinds.js";

class PlanHasErrors extends Error {
  constructor(readonly plan: ImportPlan) {
    super("plan has errors");
  }
}

/**
 * Reads, maps and validates a file; a dry run stops there. A commit re-plans inside one transaction and writes
 * every row or none, so a file that changed nothing the second time leaves the database as it was.
 */
export async function runImport(
  db: Db,
  actor: Actor,
  kind: ImportKind,
  input: { id: string; fileName: string; buffer: Buffer; dryRun: boolean; lang: Lang },
): Promise<ImportResult> {
  const { id, lang } = input;
  importProgress.start(id, 0);
  try {
    const table = await readTable(input.buffer, input.fileName);
    const mapping = mapHeaders(table.headers, kind.columns, lang);
    importProgress.start(id, table.rows.length);
    const parsed: ParsedRow[] = table.rows.map((row) => {
      const { record, errors } = rowToRecord(row, mapping, kind.columns, lang);
      return { rowNumber: row.rowNumber, record, errors };
    });
    const progress = (processed: number, phase: "validating" | "writing") =>
      importProgress.update(id, processed, phase);
    let plan: ImportPlan;
    let committed = false;
    if (input.dryRun) {
      plan = await kind.plan(db, actor, parsed, lang, progress);
    } else {
      try {
        plan = await db.transaction(async (tx) => {
          const p = await kind.plan(tx, actor, parsed, lang, progress);
          if (p.errors.length) throw new PlanHasErrors(p);
          await kind.commit(tx, actor, p, progress);
          await recordAudit(tx, actor, {
            action: `import.${kind.kind}`,
            targetType: "import",
            targetId: id,
            after: {
              fileName: input.fileName,
              rows: table.rows.length,
              created: p.created,
              updated: p.updated,
              unchanged: p.unchanged,
            },
          });
          return p;
        });
        committed = true;
      } catch (error) {
        if (!(error instanceof PlanHasErrors)) throw error;
        plan = error.plan;
      }
    }
    const result: ImportResult = {
      id,
      kind: kind.kind as ImportResult["kind"],
      dryRun: input.dryRun,
      status: committed ? "committed" : plan.errors.length ? "failed" : "validated",
      fileName: input.fileName,
      encoding: table.encoding,
      totalRows: table.rows.length,
      created: plan.created,
      updated: plan.updated,
      unchanged: plan.unchanged,
      duplicatesFlagged: plan.duplicatesFlagged,
      errors: plan.errors.slice(0, 5000),
      warnings: plan.warnings.slice(0, 5000),
    };
    await db
      .insert(importJobs)
      .values({
        id,
        kind: kind.kind,
        fileName: input.fileName,
        encoding: table.encoding,
        dryRun: input.dryRun,
        status: result.status,
        totalRows: result.totalRows,
        created: result.created,
        updated: result.updated,
        unchanged: result.unchanged,
        errors: result.errors.slice(0, 200),
        warnings: result.warnings.slice(0, 200),
        createdBy: actor.username,
      })
      .onConflictDoNothing();
    importProgress.finish(id, result.status === "failed" ? "failed" : "done");
    return result;
  } catch (error) {
    importProgress.finish(id, "failed");
    if (error instanceof AppError) throw error;
    throw error;
  }
}
