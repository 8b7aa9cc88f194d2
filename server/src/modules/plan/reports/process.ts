import { type ProcessDefinitionInput, registerProcess } from "../../../core/workflow/index.js";
import { ProgressFields } from "./fields.js";
import { syncProgressReport } from "./sync.js";

export const PROGRESS_PROCESS = "plan_progress_report";
export const PROGRESS_SUBJECT = "plan_progress_report";

export const PROGRESS_REPORT_STATES = {
  draft: { zh: "草稿", en: "Draft" },
  submitted: { zh: "已报送", en: "Submitted" },
  returned: { zh: "已退回", en: "Returned" },
  accepted: { zh: "已采纳", en: "Accepted" },
} as const;
export type ProgressReportStatus = keyof typeof PROGRESS_REPORT_STATES;

/**
 * A unit's quarterly progress report on a task (P-04): the unit drafts it (evidence optional), submits it; the
 * city accepts it or returns it with a comment; a returned report is changed and submitted again. Department
 * units act as the instance's owner, district units through the district role in their area; the leadership
 * reads. The report's row (plan_progress_reports) follows the instance in the same transaction (sync.ts).
 */
export const progressReportProcess = {
  key: PROGRESS_PROCESS,
  version: 1,
  label: { zh: "任务季度进展报告", en: "Quarterly task progress report" },
  subjectType: PROGRESS_SUBJECT,
  initialState: "draft",
  starters: ["department", "district"],
  readers: ["leadership"],
  states: {
    draft: { label: PROGRESS_REPORT_STATES.draft, editableBy: ["owner", "district"] },
    submitted: { label: PROGRESS_REPORT_STATES.submitted },
    returned: { label: PROGRESS_REPORT_STATES.returned, editableBy: ["owner", "district"] },
    accepted: { label: PROGRESS_REPORT_STATES.accepted, final: true },
  },
  fieldLabels: {
    taskId: { zh: "任务", en: "Task" },
    period: { zh: "报告期", en: "Period" },
    percent: { zh: "完成进度（%）", en: "Progress (%)" },
    summary: { zh: "进展情况", en: "Progress summary" },
    indicatorCodes: { zh: "相关指标", en: "Indicators concerned" },
  },
  attachments: {
    kinds: {
      evidence: {
        label: { zh: "佐证材料", en: "Evidence" },
        contentTypes: ["application/pdf", "image/jpeg", "image/png"],
      },
    },
  },
  transitions: [
    {
      action: "submit",
      label: { zh: "报送", en: "Submit" },
      from: ["draft", "returned"],
      to: "submitted",
      roles: ["owner", "district"],
      fields: ProgressFields,
    },
    {
      action: "return",
      label: { zh: "退回修改", en: "Return for changes" },
      from: "submitted",
      to: "returned",
      roles: ["city_admin"],
      outcome: "negative",
      commentRequired: true,
    },
    {
      action: "accept",
      label: { zh: "采纳", en: "Accept" },
      from: "submitted",
      to: "accepted",
      roles: ["city_admin"],
      step: "decision",
    },
  ],
} satisfies ProcessDefinitionInput;

/** Registers the process (idempotent: the same definition object may be registered again). */
export function registerProgressReportProcess() {
  return registerProcess(progressReportProcess, { afterTransition: syncProgressReport });
}
