import { z } from "zod";
import { type ProcessDefinitionInput, registerProcess } from "../../../core/workflow/index.js";
import { syncSupervisionNotice } from "./sync.js";

export const SUPERVISION_PROCESS = "plan_supervision";
export const SUPERVISION_SUBJECT = "plan_supervision_notice";

export const SUPERVISION_STATUS_NAMES = {
  issued: { zh: "待答复", en: "Awaiting reply" },
  replied: { zh: "已答复", en: "Replied" },
  closed: { zh: "已办结", en: "Closed" },
} as const;
export type SupervisionStatus = keyof typeof SUPERVISION_STATUS_NAMES;

/**
 * A supervision notice (督办, P-04): the city addresses a unit of a task with a reason and a date to answer by;
 * the unit replies (a department as the instance's owner, a district through the district role in its area);
 * the city closes it or returns the reply with a comment. The notice's row follows the instance (sync.ts).
 */
export const supervisionProcess = {
  key: SUPERVISION_PROCESS,
  version: 1,
  label: { zh: "任务督办", en: "Supervision notice" },
  subjectType: SUPERVISION_SUBJECT,
  initialState: "issued",
  starters: ["city_admin"],
  readers: ["leadership"],
  states: {
    issued: { label: SUPERVISION_STATUS_NAMES.issued },
    replied: { label: SUPERVISION_STATUS_NAMES.replied },
    closed: { label: SUPERVISION_STATUS_NAMES.closed, final: true },
  },
  fieldLabels: {
    number: { zh: "督办编号", en: "Notice number" },
    taskId: { zh: "任务", en: "Task" },
    taskCode: { zh: "任务编号", en: "Task number" },
    reason: { zh: "督办事由", en: "Reason" },
    responseDue: { zh: "答复期限", en: "Reply due" },
    reply: { zh: "答复内容", en: "Reply" },
  },
  attachments: {
    kinds: { material: { label: { zh: "答复材料", en: "Supporting material" } } },
  },
  transitions: [
    {
      action: "reply",
      label: { zh: "答复", en: "Reply" },
      from: "issued",
      to: "replied",
      roles: ["owner", "district"],
      fields: z.object({ reply: z.string().trim().min(2).max(5000) }),
    },
    {
      action: "close",
      label: { zh: "办结", en: "Close" },
      from: ["issued", "replied"],
      to: "closed",
      roles: ["city_admin"],
      step: "decision",
    },
    {
      action: "return",
      label: { zh: "退回重新答复", en: "Return the reply" },
      from: "replied",
      to: "issued",
      roles: ["city_admin"],
      outcome: "negative",
      commentRequired: true,
    },
  ],
} satisfies ProcessDefinitionInput;

/** Registers the process (idempotent: the same definition object may be registered again). */
export function registerSupervisionProcess() {
  return registerProcess(supervisionProcess, { afterTransition: syncSupervisionNotice });
}
