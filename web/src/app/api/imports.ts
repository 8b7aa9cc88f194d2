import type { IMPORT_KINDS, ImportResult } from "@rdcity/common";
import { api, toQueryString } from "./client";

/** A kind of record the server's import runner takes (entities, platforms, plan_observations). */
export type ImportKindName = (typeof IMPORT_KINDS)[number];

export interface ImportProgress {
  id: string;
  phase: "parsing" | "validating" | "writing" | "done" | "failed";
  processed: number;
  total: number;
}

/** The empty template of a kind, with its header row in the session's language. */
export const importTemplateUrl = (kind: ImportKindName, format: "csv" | "xlsx") =>
  `/api/imports/template${toQueryString({ kind, format })}`;

/** Uploads the file; `importId` lets the caller poll the progress of a long file meanwhile. */
export function uploadImport(
  kind: ImportKindName,
  file: File,
  dryRun: boolean,
  importId: string,
): Promise<ImportResult> {
  const body = new FormData();
  body.append("kind", kind);
  body.append("dryRun", String(dryRun));
  body.append("file", file, file.name);
  return api<ImportResult>("/api/imports", { method: "POST", body, headers: { "X-Import-Id": importId } });
}

export const fetchImportProgress = (id: string) =>
  api<ImportProgress>(`/api/imports/${encodeURIComponent(id)}/progress`);
