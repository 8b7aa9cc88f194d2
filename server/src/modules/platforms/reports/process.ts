import { REPORT_FIELD_LABELS, REPORT_STATUS_NAMES } from "@rdcity/common";
import { type ProcessDefinitionInput, registerProcess } from "../../../core/workflow/index.js";
import { syncReportWithInstance } from "./sync.js";

export const REPORT_PROCESS = "platform_annual_report";
export const REPORT_SUBJECT = "platform_report";

const reviewers = ["district", "city_admin"] as const;

/**
 * The review of an annual report: the host organisation files a draft and submits it; the district (or the
 * city) accepts it or returns it with a comment; a returned report is changed and submitted again. The figures
 * live in platform_annual_reports; the instance carries the state, the history and the comments.
 */
export const annualReportProcess = {
  key: REPORT_PROCESS,
  version: 1,
  label: { zh: "创新平台年度报告", en: "Platform annual report" },
  subjectType: REPORT_SUBJECT,
  initialState: "draft",
  starters: ["entity"],
  readers: ["leadership"],
  states: {
    draft: { label: REPORT_STATUS_NAMES.draft, editableBy: ["owner"] },
    submitted: { label: REPORT_STATUS_NAMES.submitted },
    returned: { label: REPORT_STATUS_NAMES.returned, editableBy: ["owner"] },
    accepted: { label: REPORT_STATUS_NAMES.accepted, final: true },
  },
  fieldLabels: {
    ...REPORT_FIELD_LABELS,
    flagsAcknowledged: {
      zh: "已核实异常波动（对应第几次提交）",
      en: "Flags acknowledged (for submission no.)",
    },
  },
  transitions: [
    {
      action: "submit",
      label: { zh: "提交年报", en: "Submit" },
      from: ["draft", "returned"],
      to: "submitted",
      roles: ["owner"],
    },
    {
      action: "return",
      label: { zh: "退回修改", en: "Return for changes" },
      from: "submitted",
      to: "returned",
      roles: [...reviewers],
      outcome: "negative",
      commentRequired: true,
    },
    {
      action: "accept",
      label: { zh: "审核通过", en: "Accept" },
      from: "submitted",
      to: "accepted",
      roles: [...reviewers],
      step: "decision",
    },
  ],
} satisfies ProcessDefinitionInput;

/** Registered when the platforms module loads (bootstrap's demo seed and the app both import it). */
export const annualReportDefinition = registerProcess(annualReportProcess, {
  afterTransition: syncReportWithInstance,
});
