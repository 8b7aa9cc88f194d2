import type { ImportResult } from "@rdcity/common";
import type { Translate } from "../../i18n/I18nProvider";

/** The counts an import kind reports besides its rows and errors; entities report all of them. */
export type ImportCount = "created" | "updated" | "unchanged" | "duplicatesFlagged";

export const ALL_IMPORT_COUNTS: readonly ImportCount[] = [
  "created",
  "updated",
  "unchanged",
  "duplicatesFlagged",
];

/** "新增 5 条，更新 0 条，无变化 0 条。": a commit's summary, from the counts its kind reports. */
export function committedSummary(result: ImportResult, counts: readonly ImportCount[], t: Translate): string {
  const parts = [
    counts.includes("created") ? t("import.summaryCreated", { created: result.created }) : null,
    counts.includes("updated") ? t("import.summaryUpdated", { updated: result.updated }) : null,
    counts.includes("unchanged") ? t("import.summaryUnchanged", { unchanged: result.unchanged }) : null,
  ].filter((p) => p !== null);
  return `${parts.join(t("import.summaryJoin"))}${t("import.summaryEnd")}`;
}
