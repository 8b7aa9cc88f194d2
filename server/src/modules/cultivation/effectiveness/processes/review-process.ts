import { z } from "zod";
import { type ProcessDefinitionInput, registerProcess } from "../../../../core/workflow/index.js";
import { REVIEW_CRITERIA } from "./review-criteria.js";
import { syncReview } from "./sync-review.js";

export const REVIEW_PROCESS = "platform_effectiveness_review";
export const REVIEW_SUBJECT = "evaluation_result";

/**
 * The evidence and expert review of one evaluation result (效能评估专家评审), for the platforms the city selects:
 * the platform's host organisation uploads evidence and submits its self-assessment (within 10 working days);
 * the city starts the review, draws experts, who score three criteria; concluding stores the experts' score on
 * the result (sync-review.ts), whose final score and grade follow. The city may return the self-assessment or
 * cancel the review (the data score then stands).
 */
export const reviewProcess = {
  key: REVIEW_PROCESS,
  version: 1,
  label: { zh: "平台效能评估专家评审", en: "Platform effectiveness review" },
  subjectType: REVIEW_SUBJECT,
  initialState: "evidence",
  starters: ["city_admin"],
  readers: ["leadership", "district"],
  states: {
    evidence: {
      label: { zh: "待提交自评及佐证材料", en: "Awaiting self-assessment and evidence" },
      editableBy: ["owner"],
    },
    submitted: { label: { zh: "待启动专家评审", en: "Awaiting the expert review" } },
    under_review: { label: { zh: "专家评审中", en: "Under expert review" } },
    concluded: { label: { zh: "评审完成", en: "Review concluded" }, final: true },
    cancelled: { label: { zh: "已取消评审", en: "Review cancelled" }, final: true },
  },
  fieldLabels: {
    roundTitle: { zh: "评估轮次", en: "Evaluation round" },
    year: { zh: "评估年度", en: "Year evaluated" },
    platformName: { zh: "平台名称", en: "Platform" },
    selfAssessment: { zh: "自评报告", en: "Self-assessment" },
  },
  attachments: {
    kinds: {
      evidence: { label: { zh: "佐证材料", en: "Evidence" } },
      review_summary: {
        label: { zh: "专家评审意见汇总", en: "Summary of the experts' opinions" },
        internal: true,
      },
    },
  },
  review: { criteria: [...REVIEW_CRITERIA], experts: 3, minScores: 3 },
  transitions: [
    {
      action: "submit",
      label: { zh: "提交自评", en: "Submit the self-assessment" },
      from: "evidence",
      to: "submitted",
      roles: ["owner"],
      deadline: { workingDays: 10 },
      fields: z.object({ selfAssessment: z.string().trim().min(10).max(10_000) }),
      attachments: ["evidence"],
    },
    {
      action: "return",
      label: { zh: "退回补充材料", en: "Return for more evidence" },
      from: "submitted",
      to: "evidence",
      roles: ["city_admin"],
      outcome: "negative",
      commentRequired: true,
    },
    {
      action: "start_review",
      label: { zh: "启动专家评审", en: "Start the expert review" },
      from: "submitted",
      to: "under_review",
      roles: ["city_admin"],
    },
    {
      action: "conclude_review",
      label: { zh: "完成评审", en: "Conclude the review" },
      from: "under_review",
      to: "concluded",
      roles: ["city_admin"],
      step: "expert_review",
    },
    {
      action: "cancel",
      label: { zh: "取消评审", en: "Cancel the review" },
      from: ["evidence", "submitted", "under_review"],
      to: "cancelled",
      roles: ["city_admin"],
      outcome: "negative",
      commentRequired: true,
    },
  ],
} satisfies ProcessDefinitionInput;

export function registerReviewProcess() {
  return registerProcess(reviewProcess, { afterTransition: syncReview });
}
