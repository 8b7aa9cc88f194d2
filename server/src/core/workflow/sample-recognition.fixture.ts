import { randomUUID } from "node:crypto";
import type { Role } from "@rdcity/common";
import { z } from "zod";
import { type Actor, userActor } from "../actor.js";
import type { ProcessDefinitionInput } from "./definition.js";

/**
 * A recognition process as the platforms module might define it, for the engine's tests:
 * draft → applied → district_recommended → formal_checked → under_review → reviewed → in_public_notice →
 * decided → certified, with returns to the draft, rejection and withdrawal.
 */
export const sampleRecognition = {
  key: "sample_recognition",
  version: 1,
  label: { zh: "研发中心认定（测试）", en: "R&D centre recognition (test)" },
  subjectType: "platform",
  initialState: "draft",
  starters: ["entity"],
  readers: ["leadership"],
  states: {
    draft: { label: { zh: "填报中", en: "Draft" }, editableBy: ["owner"] },
    applied: { label: { zh: "已申报", en: "Applied" } },
    district_recommended: { label: { zh: "区县已推荐", en: "Recommended by the district" } },
    formal_checked: { label: { zh: "形式审查通过", en: "Formal check passed" } },
    under_review: { label: { zh: "专家评审中", en: "Under expert review" } },
    reviewed: { label: { zh: "评审完成", en: "Reviewed" } },
    in_public_notice: { label: { zh: "公示中", en: "Under public notice" } },
    decided: { label: { zh: "已认定", en: "Recognised" } },
    certified: { label: { zh: "已发证", en: "Certified" }, final: true },
    rejected: { label: { zh: "未通过", en: "Rejected" }, final: true },
    withdrawn: { label: { zh: "已撤回", en: "Withdrawn" }, final: true },
  },
  fieldLabels: {
    centreName: { zh: "研发中心名称", en: "Centre name" },
    rdSpending: { zh: "研发投入（万元）", en: "R&D spending (10k CNY)" },
  },
  attachments: {
    kinds: {
      application_form: {
        label: { zh: "申报书", en: "Application form" },
        contentTypes: ["application/pdf"],
      },
      photos: {
        label: { zh: "场地照片", en: "Site photos" },
        contentTypes: ["image/png", "image/jpeg"],
        maxBytes: 1000,
      },
      review_report: { label: { zh: "评审报告", en: "Review report" }, internal: true },
    },
    maxBytes: 64 * 1024,
  },
  formalCheck: {
    checklist: [
      { key: "complete", label: { zh: "材料齐全", en: "Complete materials" } },
      { key: "eligible", label: { zh: "符合申报条件", en: "Eligible" } },
    ],
  },
  review: {
    criteria: [
      { key: "innovation", label: { zh: "创新能力", en: "Innovation" }, max: 40 },
      { key: "team", label: { zh: "研发团队", en: "Team" }, max: 30 },
      { key: "benefit", label: { zh: "经济效益", en: "Benefit" }, max: 30 },
    ],
    experts: 3,
  },
  notice: { workingDays: 5 },
  certificate: { series: "长研认" },
  transitions: [
    {
      action: "submit",
      label: { zh: "提交申报", en: "Submit" },
      from: "draft",
      to: "applied",
      roles: ["owner"],
      fields: ["centreName", "rdSpending"],
      attachments: ["application_form"],
    },
    {
      action: "recommend",
      label: { zh: "区县推荐", en: "Recommend" },
      from: "applied",
      to: "district_recommended",
      roles: ["district"],
      deadline: { workingDays: 10 },
      fields: z.object({ recommendation: z.string().min(2) }),
    },
    {
      action: "return_to_applicant",
      label: { zh: "退回修改", en: "Return for changes" },
      from: ["applied", "district_recommended"],
      to: "draft",
      roles: ["district", "city_admin"],
      outcome: "negative",
    },
    {
      action: "pass_formal_check",
      label: { zh: "形式审查通过", en: "Pass the formal check" },
      from: "district_recommended",
      to: "formal_checked",
      roles: ["city_admin"],
      step: "formal_check",
    },
    {
      action: "start_review",
      label: { zh: "启动专家评审", en: "Start the review" },
      from: "formal_checked",
      to: "under_review",
      roles: ["city_admin"],
    },
    {
      action: "conclude_review",
      label: { zh: "完成评审", en: "Conclude the review" },
      from: "under_review",
      to: "reviewed",
      roles: ["city_admin"],
      step: "expert_review",
    },
    {
      action: "publish",
      label: { zh: "发布公示", en: "Publish the notice" },
      from: "reviewed",
      to: "in_public_notice",
      roles: ["city_admin"],
      step: "public_notice",
    },
    {
      action: "reject",
      label: { zh: "不予认定", en: "Reject" },
      from: ["reviewed", "in_public_notice"],
      to: "rejected",
      roles: ["city_admin"],
      step: "decision",
      outcome: "negative",
    },
    {
      action: "approve",
      label: { zh: "予以认定", en: "Approve" },
      from: "in_public_notice",
      to: "decided",
      roles: ["city_admin"],
      step: "decision",
    },
    {
      action: "withdraw",
      label: { zh: "撤回申报", en: "Withdraw" },
      from: ["draft", "applied", "in_public_notice"],
      to: "withdrawn",
      roles: ["owner"],
      interruptsNotice: true,
    },
    {
      action: "issue_certificate",
      label: { zh: "颁发证书", en: "Issue the certificate" },
      from: "decided",
      to: "certified",
      roles: ["city_admin"],
      step: "certificate",
    },
  ],
} satisfies ProcessDefinitionInput;

export const ORG_A = "a0000000-0000-4000-8000-00000000000a";
export const ORG_B = "b0000000-0000-4000-8000-00000000000b";

export function person(role: Role, extra: { areaCode?: string; orgId?: string; name?: string } = {}): Actor {
  return userActor(
    {
      id: randomUUID(),
      username: extra.name ?? `${role}-${randomUUID().slice(0, 6)}`,
      role,
      areaCode: extra.areaCode ?? null,
      orgId: extra.orgId ?? null,
    },
    "127.0.0.1",
    "session",
  );
}

export const PDF = new Uint8Array(Buffer.from("%PDF-1.7\n% test\n1 0 obj <<>> endobj\n%%EOF\n"));
export const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);

export function cast() {
  return {
    applicant: person("entity", { orgId: ORG_A, name: "applicant" }),
    colleague: person("entity", { orgId: ORG_A, name: "colleague" }),
    stranger: person("entity", { orgId: ORG_B, name: "stranger" }),
    yuelu: person("district", { areaCode: "430104", name: "yuelu" }),
    furong: person("district", { areaCode: "430102", name: "furong" }),
    city: person("city_admin", { name: "city" }),
    leader: person("leadership", { name: "leader" }),
  };
}
export type Cast = ReturnType<typeof cast>;
