import type { ImportRowError, Lang, Permission } from "@rdcity/common";
import type { Actor } from "../actor.js";
import type { Executor } from "../db/client.js";
import type { ColumnSpec } from "../io/index.js";

/** One parsed row of a file, before the kind validates it. */
export interface ParsedRow {
  rowNumber: number;
  record: Record<string, unknown>;
  errors: ImportRowError[];
}

/** What a kind decides to do with a file, without writing anything yet. */
export interface ImportPlan<Op = unknown> {
  errors: ImportRowError[];
  warnings: ImportRowError[];
  created: number;
  updated: number;
  unchanged: number;
  duplicatesFlagged: number;
  operations: Op[];
}

export type ProgressFn = (processed: number, phase: "validating" | "writing") => void;

/**
 * A kind of record that can be imported (entities now; platforms, achievements, talent later). The runner
 * reads and maps the file; the kind validates rows and plans upserts by its natural key, then writes the
 * plan inside the runner's transaction.
 */
export interface ImportKind<Op = unknown> {
  kind: string;
  permission: Permission;
  sheetName: { zh: string; en: string };
  columns: ColumnSpec[];
  plan(
    db: Executor,
    actor: Actor,
    rows: ParsedRow[],
    lang: Lang,
    progress: ProgressFn,
  ): Promise<ImportPlan<Op>>;
  commit(tx: Executor, actor: Actor, plan: ImportPlan<Op>, progress: ProgressFn): Promise<void>;
}
