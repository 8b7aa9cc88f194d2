import { formatDateTime } from "@rdcity/common";
import { AppError } from "../errors.js";

/** A stale write: 412 naming who changed the record and when. */
export function versionConflictOf(row: { updatedBy: string | null; updatedAt: Date }): never {
  throw new AppError("version_conflict", { by: row.updatedBy ?? "?", at: formatDateTime(row.updatedAt) });
}
