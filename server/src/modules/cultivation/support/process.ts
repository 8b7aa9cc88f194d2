import { SUPPORT_SCHEME_STATUS_NAMES } from "@rdcity/common";
import { type ProcessDefinitionInput, registerProcess } from "../../../core/workflow/index.js";
import { followSchemeInstance } from "./decide.js";

export const SCHEME_PROCESS = "support_scheme";
export const SCHEME_SUBJECT = "support_scheme";

/**
 * The approval of a support scheme (研发投入支持方案): the city simulates and submits it; the leadership approves
 * it — which commits a disbursement from the special fund for every platform with an amount, in the transition's
 * transaction — or returns it with a comment (the city changes, simulates and submits again) or rejects it.
 */
export const schemeProcess = {
  key: SCHEME_PROCESS,
  version: 1,
  label: { zh: "研发投入支持方案审批", en: "R&D support scheme approval" },
  subjectType: SCHEME_SUBJECT,
  initialState: "draft",
  starters: ["city_admin"],
  readers: ["leadership"],
  states: {
    draft: { label: SUPPORT_SCHEME_STATUS_NAMES.draft },
    submitted: { label: SUPPORT_SCHEME_STATUS_NAMES.submitted },
    returned: { label: SUPPORT_SCHEME_STATUS_NAMES.returned },
    approved: { label: SUPPORT_SCHEME_STATUS_NAMES.approved, final: true },
    rejected: { label: SUPPORT_SCHEME_STATUS_NAMES.rejected, final: true },
  },
  fieldLabels: {
    title: { zh: "方案名称", en: "Scheme" },
    year: { zh: "支持年度", en: "Support year" },
    dataYear: { zh: "数据年度", en: "Data year" },
    fundCode: { zh: "专项资金", en: "Fund" },
    budget: { zh: "方案预算（万元）", en: "Budget (10k CNY)" },
  },
  transitions: [
    {
      action: "submit",
      label: { zh: "提交审批", en: "Submit for approval" },
      from: ["draft", "returned"],
      to: "submitted",
      roles: ["city_admin"],
    },
    {
      action: "approve",
      label: { zh: "批准", en: "Approve" },
      from: "submitted",
      to: "approved",
      roles: ["leadership"],
      step: "decision",
    },
    {
      action: "return",
      label: { zh: "退回修改", en: "Return for changes" },
      from: "submitted",
      to: "returned",
      roles: ["leadership"],
      outcome: "negative",
      commentRequired: true,
    },
    {
      action: "reject",
      label: { zh: "不予批准", en: "Reject" },
      from: "submitted",
      to: "rejected",
      roles: ["leadership"],
      outcome: "negative",
      commentRequired: true,
    },
  ],
} satisfies ProcessDefinitionInput;

/** Registers the process (idempotent: the same definition object may be registered again). */
export function registerSupportProcesses() {
  return registerProcess(schemeProcess, { afterTransition: followSchemeInstance });
}
