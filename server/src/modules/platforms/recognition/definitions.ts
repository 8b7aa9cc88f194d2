import { INDUSTRY_CODES, RECOGNISABLE_TYPE_CODES, ZONE_CODES } from "@rdcity/common";
import { z } from "zod";
import type { ProcessDefinitionInput } from "../../../core/workflow/index.js";

/** Every platform the city recognises is municipal (see RECOGNISABLE_TYPE_CODES). */
export const RECOGNISABLE_TYPES = RECOGNISABLE_TYPE_CODES;

/** The application form: required to submit (a draft may be incomplete). */
export const ApplicationFields = z.object({
  centreName: z.string().trim().min(4).max(100),
  typeCode: z.enum(RECOGNISABLE_TYPES as [string, ...string[]]),
  zoneCode: z
    .enum(ZONE_CODES as unknown as [string, ...string[]])
    .nullable()
    .optional(),
  industries: z
    .array(z.enum(INDUSTRY_CODES as unknown as [string, ...string[]]))
    .min(1)
    .max(5),
  /** 上年度研发投入（万元） */
  rdSpending: z.number().min(0).max(10_000_000),
  /** 研发人员（人） */
  rdStaff: z.number().int().min(0).max(1_000_000),
  /** 上年度营业收入（万元） */
  revenue: z.number().min(0).max(100_000_000).nullable().optional(),
  /** 研发场地面积（平方米） */
  siteArea: z.number().min(0).max(10_000_000),
  researchFocus: z.string().trim().min(10).max(2000),
});

export const FIELD_LABELS = {
  centreName: { zh: "研发中心（平台）名称", en: "Name of the centre (platform)" },
  typeCode: { zh: "认定类别", en: "Kind" },
  zoneCode: { zh: "所在功能区", en: "Functional zone" },
  industries: { zh: "产业领域", en: "Industries" },
  rdSpending: { zh: "上年度研发投入（万元）", en: "R&D spending last year (10k CNY)" },
  rdStaff: { zh: "研发人员（人）", en: "R&D staff" },
  revenue: { zh: "上年度营业收入（万元）", en: "Revenue last year (10k CNY)" },
  siteArea: { zh: "研发场地面积（平方米）", en: "R&D floor space (m²)" },
  researchFocus: { zh: "研发方向与主要成果", en: "Research focus and main results" },
  recommendation: { zh: "推荐意见", en: "Recommendation" },
  reason: { zh: "撤销理由", en: "Reason for revocation" },
} as const;

const owner = ["owner"] as const;
const city = ["city_admin"] as const;

/**
 * Recognition of an R&D centre or municipal platform (研发中心与市级创新平台认定):
 * the enterprise applies, the district recommends within 10 working days, the city checks the form, three
 * experts drawn at random score it, the result is publicly noticed for 5 working days, the city decides and
 * issues the certificate; the platform then stands in the database as recognised.
 */
export const recognitionProcess = {
  key: "platform_recognition",
  version: 1,
  label: { zh: "研发中心与市级创新平台认定", en: "Recognition of R&D centres and municipal platforms" },
  subjectType: "platform",
  initialState: "draft",
  starters: ["entity"],
  readers: ["leadership"],
  states: {
    draft: { label: { zh: "填报中", en: "Draft" }, editableBy: [...owner] },
    applied: { label: { zh: "待区县推荐", en: "Awaiting the district's recommendation" } },
    recommended: { label: { zh: "待形式审查", en: "Awaiting the formal check" } },
    formal_checked: { label: { zh: "待专家评审", en: "Awaiting the expert review" } },
    under_review: { label: { zh: "专家评审中", en: "Under expert review" } },
    reviewed: { label: { zh: "待公示", en: "Awaiting public notice" } },
    in_public_notice: { label: { zh: "公示中", en: "Under public notice" } },
    approved: { label: { zh: "已认定，待发证", en: "Approved, certificate pending" } },
    certified: { label: { zh: "已认定并发证", en: "Recognised and certified" }, final: true },
    rejected: { label: { zh: "未予认定", en: "Not recognised" }, final: true },
    withdrawn: { label: { zh: "已撤回", en: "Withdrawn" }, final: true },
  },
  fieldLabels: FIELD_LABELS,
  attachments: {
    kinds: {
      application_form: {
        label: { zh: "认定申请书（盖章扫描件）", en: "Application form (stamped scan)" },
        contentTypes: ["application/pdf"],
      },
      financial_audit: {
        label: { zh: "上年度财务审计报告", en: "Last year's audited accounts" },
        contentTypes: ["application/pdf"],
      },
      site_photos: {
        label: { zh: "研发场地照片", en: "Photos of the R&D site" },
        contentTypes: ["image/jpeg", "image/png"],
        maxBytes: 10 * 1024 * 1024,
      },
      recommendation_letter: {
        label: { zh: "区县推荐函", en: "District recommendation letter" },
        contentTypes: ["application/pdf"],
      },
      review_report: {
        label: { zh: "专家评审意见汇总", en: "Summary of the experts' opinions" },
        internal: true,
      },
    },
  },
  formalCheck: {
    checklist: [
      {
        key: "materials_complete",
        label: { zh: "申报材料齐全、盖章有效", en: "Materials complete and stamped" },
      },
      {
        key: "registered_in_changsha",
        label: { zh: "在长沙注册、具有独立法人资格", en: "Registered in Changsha as a legal person" },
      },
      {
        key: "rd_spending_met",
        label: { zh: "研发投入和人员符合申报条件", en: "R&D spending and staff meet the conditions" },
      },
      {
        key: "no_bad_record",
        label: { zh: "近三年无严重失信记录", en: "No serious breach of trust in three years" },
      },
    ],
  },
  review: {
    criteria: [
      { key: "capability", label: { zh: "研发能力与条件", en: "R&D capability and facilities" }, max: 30 },
      { key: "team", label: { zh: "研发团队", en: "Research team" }, max: 25 },
      { key: "results", label: { zh: "研发成果与转化", en: "Results and their transfer" }, max: 25 },
      {
        key: "contribution",
        label: { zh: "对产业链的带动", en: "Contribution to the industry chain" },
        max: 20,
      },
    ],
    experts: 3,
    minScores: 3,
  },
  notice: { workingDays: 5 },
  certificate: { series: "长科研认" },
  transitions: [
    {
      action: "submit",
      label: { zh: "提交申报", en: "Submit the application" },
      from: "draft",
      to: "applied",
      roles: [...owner],
      fields: ApplicationFields,
      attachments: ["application_form"],
    },
    {
      action: "withdraw",
      label: { zh: "撤回申报", en: "Withdraw the application" },
      from: ["draft", "applied", "recommended"],
      to: "withdrawn",
      roles: [...owner],
    },
    {
      action: "recommend",
      label: { zh: "区县推荐", en: "Recommend" },
      from: "applied",
      to: "recommended",
      roles: ["district"],
      deadline: { workingDays: 10 },
      fields: z.object({ recommendation: z.string().trim().min(4).max(2000) }),
    },
    {
      action: "return_to_applicant",
      label: { zh: "退回修改", en: "Return for changes" },
      from: ["applied", "recommended"],
      to: "draft",
      roles: ["district", "city_admin"],
      outcome: "negative",
    },
    {
      action: "pass_formal_check",
      label: { zh: "形式审查通过", en: "Pass the formal check" },
      from: "recommended",
      to: "formal_checked",
      roles: [...city],
      step: "formal_check",
      deadline: { workingDays: 10 },
    },
    {
      action: "start_review",
      label: { zh: "启动专家评审", en: "Start the expert review" },
      from: "formal_checked",
      to: "under_review",
      roles: [...city],
    },
    {
      action: "conclude_review",
      label: { zh: "完成评审", en: "Conclude the review" },
      from: "under_review",
      to: "reviewed",
      roles: [...city],
      step: "expert_review",
    },
    {
      action: "publish_notice",
      label: { zh: "发布公示", en: "Publish the notice" },
      from: "reviewed",
      to: "in_public_notice",
      roles: [...city],
      step: "public_notice",
    },
    {
      action: "reject",
      label: { zh: "不予认定", en: "Reject" },
      from: ["recommended", "reviewed", "in_public_notice"],
      to: "rejected",
      roles: [...city],
      step: "decision",
      outcome: "negative",
      interruptsNotice: true,
    },
    {
      action: "approve",
      label: { zh: "予以认定", en: "Approve" },
      from: "in_public_notice",
      to: "approved",
      roles: [...city],
      step: "decision",
    },
    {
      action: "issue_certificate",
      label: { zh: "颁发证书", en: "Issue the certificate" },
      from: "approved",
      to: "certified",
      roles: [...city],
      step: "certificate",
    },
  ],
} satisfies ProcessDefinitionInput;

/**
 * Revocation of a recognition (撤销认定): the district (or the city) proposes with a reason, the host is told and
 * the proposal is publicly noticed; the city decides. On revocation the platform's status becomes revoked and
 * its certificates verify as revoked.
 */
export const revocationProcess = {
  key: "platform_revocation",
  version: 1,
  label: { zh: "撤销平台认定", en: "Revocation of a recognition" },
  subjectType: "platform",
  initialState: "proposed",
  starters: ["district", "city_admin"],
  readers: ["leadership"],
  states: {
    proposed: { label: { zh: "待市科技局审核", en: "Awaiting the city's review" }, editableBy: ["owner"] },
    in_public_notice: { label: { zh: "公示中", en: "Under public notice" } },
    revoked: { label: { zh: "已撤销认定", en: "Recognition revoked" }, final: true },
    kept: { label: { zh: "维持认定", en: "Recognition kept" }, final: true },
  },
  fieldLabels: FIELD_LABELS,
  attachments: {
    kinds: {
      evidence: { label: { zh: "核查材料", en: "Evidence" } },
    },
  },
  notice: { workingDays: 5 },
  transitions: [
    {
      action: "publish_notice",
      label: { zh: "发布撤销公示", en: "Publish the notice" },
      from: "proposed",
      to: "in_public_notice",
      roles: [...city],
      step: "public_notice",
      fields: z.object({ reason: z.string().trim().min(4).max(2000) }),
    },
    {
      action: "revoke",
      label: { zh: "撤销认定", en: "Revoke" },
      from: "in_public_notice",
      to: "revoked",
      roles: [...city],
      step: "decision",
    },
    {
      action: "keep",
      label: { zh: "维持认定", en: "Keep the recognition" },
      from: ["proposed", "in_public_notice"],
      to: "kept",
      roles: [...city],
      step: "decision",
      outcome: "negative",
      interruptsNotice: true,
    },
  ],
} satisfies ProcessDefinitionInput;
