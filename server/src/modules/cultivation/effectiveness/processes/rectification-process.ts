import { z } from "zod";
import { type ProcessDefinitionInput, registerProcess } from "../../../../core/workflow/index.js";
import { syncRectification } from "./sync-rectification.js";

export const RECTIFICATION_PROCESS = "platform_rectification";
export const RECTIFICATION_SUBJECT = "evaluation_followup";

/**
 * Rectification of a failed platform (整改): the city sets requirements and a deadline; the host organisation
 * submits its rectification report with attachments; the city accepts it (done) or returns it. After the deadline
 * without an accepted report the city escalates: the platform's revocation starts in the registry's own process
 * (platform_revocation), in the same transaction (sync-rectification.ts). The city may also close it.
 */
export const rectificationProcess = {
  key: RECTIFICATION_PROCESS,
  version: 1,
  label: { zh: "平台效能评估整改", en: "Platform rectification" },
  subjectType: RECTIFICATION_SUBJECT,
  initialState: "open",
  starters: ["city_admin"],
  readers: ["leadership", "district"],
  states: {
    open: { label: { zh: "整改中", en: "Rectifying" }, editableBy: ["owner"] },
    submitted: { label: { zh: "待验收", en: "Awaiting acceptance" } },
    done: { label: { zh: "整改完成", en: "Rectified" }, final: true },
    escalated: { label: { zh: "已转撤销认定程序", en: "Escalated to revocation" }, final: true },
    closed: { label: { zh: "已关闭", en: "Closed" }, final: true },
  },
  fieldLabels: {
    roundTitle: { zh: "评估轮次", en: "Evaluation round" },
    platformName: { zh: "平台名称", en: "Platform" },
    requirements: { zh: "整改要求", en: "Requirements" },
    deadline: { zh: "整改期限", en: "Deadline" },
    report: { zh: "整改报告", en: "Rectification report" },
    revocationReason: { zh: "撤销理由", en: "Reason for revocation" },
  },
  attachments: {
    kinds: {
      rectification_report: { label: { zh: "整改报告及佐证材料", en: "Rectification report and evidence" } },
    },
  },
  transitions: [
    {
      action: "submit",
      label: { zh: "提交整改报告", en: "Submit the rectification report" },
      from: "open",
      to: "submitted",
      roles: ["owner"],
      fields: z.object({ report: z.string().trim().min(10).max(10_000) }),
      attachments: ["rectification_report"],
    },
    {
      action: "return",
      label: { zh: "退回继续整改", en: "Return for further rectification" },
      from: "submitted",
      to: "open",
      roles: ["city_admin"],
      outcome: "negative",
      commentRequired: true,
    },
    {
      action: "accept",
      label: { zh: "验收通过", en: "Accept" },
      from: "submitted",
      to: "done",
      roles: ["city_admin"],
      step: "decision",
    },
    {
      action: "escalate",
      label: { zh: "逾期未整改，转入撤销认定", en: "Escalate to revocation" },
      from: ["open", "submitted"],
      to: "escalated",
      roles: ["city_admin"],
      step: "decision",
      outcome: "negative",
      commentRequired: true,
      fields: z.object({ revocationReason: z.string().trim().min(4).max(2000) }),
    },
    {
      action: "close",
      label: { zh: "关闭整改", en: "Close" },
      from: ["open", "submitted"],
      to: "closed",
      roles: ["city_admin"],
      outcome: "negative",
      commentRequired: true,
    },
  ],
} satisfies ProcessDefinitionInput;

export function registerRectificationProcess() {
  return registerProcess(rectificationProcess, { afterTransition: syncRectification });
}
