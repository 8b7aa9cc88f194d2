import { type ProcessDefinitionInput, registerProcess } from "../../../core/workflow/index.js";
import { applyDecision } from "./apply.js";

export const CHANGE_PROCESS = "plan_change";
export const CHANGE_SUBJECT = "plan_change";

export const CHANGE_STATUS_NAMES = {
  proposed: { zh: "待审批", en: "Proposed" },
  approved: { zh: "已批准", en: "Approved" },
  rejected: { zh: "未批准", en: "Rejected" },
  withdrawn: { zh: "已撤回", en: "Withdrawn" },
} as const;
export type ChangeStatus = keyof typeof CHANGE_STATUS_NAMES;

/**
 * A change request to a target or task (P-05 动态调整): the city (any target or task) or a unit (tasks it
 * leads) proposes it with a reason; the leadership approves it, which writes the record's next version, or
 * rejects it with a comment; the requester or the city may withdraw it while it waits.
 */
export const changeProcess = {
  key: CHANGE_PROCESS,
  version: 1,
  label: { zh: "目标任务调整", en: "Change to a target or task" },
  subjectType: CHANGE_SUBJECT,
  initialState: "proposed",
  starters: ["city_admin", "department", "district"],
  readers: ["district"],
  states: {
    proposed: { label: CHANGE_STATUS_NAMES.proposed },
    approved: { label: CHANGE_STATUS_NAMES.approved, final: true },
    rejected: { label: CHANGE_STATUS_NAMES.rejected, final: true },
    withdrawn: { label: CHANGE_STATUS_NAMES.withdrawn, final: true },
  },
  fieldLabels: {
    recordType: { zh: "调整对象", en: "Record" },
    code: { zh: "编号", en: "Code" },
    changes: { zh: "调整内容", en: "Changes" },
    reason: { zh: "调整理由", en: "Reason" },
    baseVersion: { zh: "基于版本", en: "Based on version" },
  },
  transitions: [
    {
      action: "approve",
      label: { zh: "批准", en: "Approve" },
      from: "proposed",
      to: "approved",
      roles: ["leadership"],
      step: "decision",
    },
    {
      action: "reject",
      label: { zh: "不予批准", en: "Reject" },
      from: "proposed",
      to: "rejected",
      roles: ["leadership"],
      outcome: "negative",
      commentRequired: true,
    },
    {
      action: "withdraw",
      label: { zh: "撤回", en: "Withdraw" },
      from: "proposed",
      to: "withdrawn",
      roles: ["owner", "city_admin"],
    },
  ],
} satisfies ProcessDefinitionInput;

/** Registers the process (idempotent: the same definition object may be registered again). */
export function registerChangeProcess() {
  return registerProcess(changeProcess, { afterTransition: applyDecision });
}
