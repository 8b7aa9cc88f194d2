import type { ImportResult } from "@rdcity/common";
import { api, toQueryString } from "../../../app/api/client";

export interface ImportProgress {
  id: string;
  phase: "parsing" | "validating" | "writing" | "done" | "failed";
  processed: number;
  total: number;
}

export const importTemplateUrl = (format: "csv" | "xlsx") =>
  `/api/imports/template${toQueryString({ kind: "entities", format })}`;

/** Uploads the file; `importId` lets the caller poll the progress of a long file meanwhile. */
export function uploadImport(file: File, dryRun: boolean, importId: string): Promise<ImportResult> {
  const body = new FormData();
  body.append("kind", "entities");
  body.append("dryRun", String(dryRun));
  body.append("file", file, file.name);
  return api<ImportResult>("/api/imports", { method: "POST", body, headers: { "X-Import-Id": importId } });
}

export const fetchImportProgress = (id: string) =>
  api<ImportProgress>(`/api/imports/${encodeURIComponent(id)}/progress`);
