import {
  ERRORS,
  type ErrorCode,
  errorMessage,
  formatNumber,
  type LabelText,
  type Lang,
  type WorkflowInstanceDto,
} from "@rdcity/common";

/** The instance's subject as a person names it: the centre's (platform's) name, else the process. */
export function subjectTitle(instance: Pick<WorkflowInstanceDto, "data" | "process">, lang: Lang): string {
  for (const key of ["centreName", "platformName", "title", "name"]) {
    const v = instance.data[key];
    if (typeof v === "string" && v.trim()) return v;
  }
  const year = instance.data.year;
  const label = pickLabel(instance.process.label, lang);
  if (typeof year === "number") return lang === "en-US" ? `${label} ${year}` : `${year} 年度${label}`;
  return label;
}

/** A remark in brackets, in the reader's typography: "名称（备注）" or "name (remark)". */
export function bracket(text: string, remark: string | number, lang: Lang): string {
  return lang === "en-US" ? `${text} (${remark})` : `${text}（${remark}）`;
}

export function pickLabel(label: LabelText, lang: Lang): string {
  return lang === "en-US" ? label.en : label.zh;
}

/** A rule that stands in the way (a blocker of an action), in the reader's language. */
export function blockerText(blocker: { code: string; params: Record<string, unknown> }, lang: Lang): string {
  if (!(blocker.code in ERRORS)) return blocker.code;
  return errorMessage(blocker.code as ErrorCode, lang, blocker.params);
}

export function isOverdue(dueAt: string | null, closedAt: string | null, now = Date.now()): boolean {
  return !!dueAt && !closedAt && new Date(dueAt).getTime() < now;
}

/** Colour of a state tag: running (blue), late (red), finished at the end of the main path (green), else grey. */
export function stateColour(
  instance: Pick<WorkflowInstanceDto, "dueAt" | "closedAt" | "state">,
  path?: readonly string[],
): string {
  if (instance.closedAt) return path && path[path.length - 1] === instance.state ? "green" : "default";
  if (isOverdue(instance.dueAt, instance.closedAt)) return "red";
  return instance.state === "draft" ? "gold" : "blue";
}

export function formatBytes(bytes: number, lang: Lang): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${formatNumber(Math.round(bytes / 102.4) / 10, lang)} KB`;
  return `${formatNumber(Math.round(bytes / (1024 * 102.4)) / 10, lang)} MB`;
}

/** "application/pdf" → "PDF", "image/jpeg" → "JPEG": what a person recognises. */
export function typeName(contentType: string): string {
  const known: Record<string, string> = {
    "application/pdf": "PDF",
    "image/jpeg": "JPEG",
    "image/png": "PNG",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": "Word (.docx)",
    "application/msword": "Word (.doc)",
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": "Excel (.xlsx)",
    "application/vnd.ms-excel": "Excel (.xls)",
    "application/zip": "ZIP",
    "text/plain": "TXT",
    "text/csv": "CSV",
  };
  return known[contentType] ?? contentType.split("/").pop()?.toUpperCase() ?? contentType;
}

/** File-name endings the browser's file picker offers for the allowed content types. */
export function acceptOf(contentTypes: readonly string[]): string {
  const ext: Record<string, string> = {
    "application/pdf": ".pdf",
    "image/jpeg": ".jpg,.jpeg",
    "image/png": ".png",
  };
  return contentTypes.map((c) => (ext[c] ? `${c},${ext[c]}` : c)).join(",");
}
