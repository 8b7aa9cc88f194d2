import { districtByCode, PLATFORM_LEVEL_NAMES, type PlatformLevel, platformTypeByCode } from "@rdcity/common";
import { and, asc, eq } from "drizzle-orm";
import { recordAudit } from "../../../core/audit/index.js";
import { shanghaiDate } from "../../../core/calendar/index.js";
import type { Executor } from "../../../core/db/client.js";
import {
  type ProcessDefinitionInput,
  type ProcessHooks,
  registerProcess,
  type SubjectDescription,
  type TransitionEvent,
} from "../../../core/workflow/index.js";
import { platformSummaries } from "../../platforms/index.js";
import { cultivationCandidates, cultivationRounds } from "../schema.js";
import { enterPool } from "./enter-pool.js";

export const ROUND_PROCESS = "cultivation_round";
export const ROUND_SUBJECT = "cultivation_round";

const city = ["city_admin"] as const;

/**
 * A selection round's approval (培育对象遴选审批): the city submits the scored round; the leadership approves it,
 * which opens a public notice of 5 working days listing the selected platforms, or returns it with a comment (the
 * round is a draft again: criteria, weights and scores may change, then the city submits again), or rejects it;
 * after the notice (objections answered) the city announces the list and the platforms enter the pool. The city
 * may withdraw a returned round or one under notice (e.g. after a founded objection): it becomes a draft again.
 */
export const roundProcess = {
  key: ROUND_PROCESS,
  version: 1,
  label: {
    zh: "国家级创新平台培育对象遴选",
    en: "Selection of national-level platform cultivation candidates",
  },
  subjectType: ROUND_SUBJECT,
  initialState: "submitted",
  starters: [...city],
  readers: ["leadership"],
  states: {
    submitted: { label: { zh: "待领导审批", en: "Awaiting the leadership's approval" } },
    returned: { label: { zh: "已退回修改", en: "Returned for changes" } },
    in_public_notice: { label: { zh: "公示中", en: "Under public notice" } },
    announced: { label: { zh: "已公布", en: "Announced" }, final: true },
    rejected: { label: { zh: "未获批准", en: "Rejected" }, final: true },
    withdrawn: { label: { zh: "已撤回", en: "Withdrawn" }, final: true },
  },
  fieldLabels: {
    title: { zh: "遴选名称", en: "Round" },
    year: { zh: "遴选年度", en: "Year" },
    dataYear: { zh: "数据年度", en: "Data year" },
    selected: { zh: "入选数量", en: "Selected" },
  },
  notice: { workingDays: 5 },
  transitions: [
    {
      action: "approve",
      label: { zh: "批准并公示", en: "Approve and publish the notice" },
      from: "submitted",
      to: "in_public_notice",
      roles: ["leadership"],
      step: "public_notice",
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
      step: "decision",
      outcome: "negative",
      commentRequired: true,
    },
    {
      action: "resubmit",
      label: { zh: "重新提交", en: "Submit again" },
      from: "returned",
      to: "submitted",
      roles: [...city],
    },
    {
      action: "announce",
      label: { zh: "公布名单", en: "Announce the list" },
      from: "in_public_notice",
      to: "announced",
      roles: [...city],
      step: "decision",
    },
    {
      action: "withdraw",
      label: { zh: "撤回", en: "Withdraw" },
      from: ["returned", "in_public_notice"],
      to: "withdrawn",
      roles: [...city],
      outcome: "negative",
      commentRequired: true,
      interruptsNotice: true,
    },
  ],
} satisfies ProcessDefinitionInput;

/** The round's status after each action (a returned or withdrawn round is a draft again). */
const ROUND_STATUS: Record<string, string> = {
  resubmit: "submitted",
  approve: "approved",
  return: "draft",
  reject: "rejected",
  withdraw: "draft",
  announce: "announced",
};

/** The process hook: the round follows its instance in the same transaction; announcing fills the pool. */
export async function syncRound(tx: Executor, event: TransitionEvent): Promise<void> {
  const { instance, actor, action } = event;
  const status = ROUND_STATUS[action];
  if (!status) return;
  const at = instance.stateEnteredAt;
  const [round] = await tx
    .select()
    .from(cultivationRounds)
    .where(eq(cultivationRounds.id, instance.subjectId))
    .for("update");
  if (!round)
    throw new Error(`cultivation round ${instance.subjectId} of instance ${instance.id} is missing`);
  const [after] = await tx
    .update(cultivationRounds)
    .set({ status, version: round.version + 1, updatedAt: at, updatedBy: actor.username })
    .where(eq(cultivationRounds.id, round.id))
    .returning();
  await recordAudit(tx, actor, {
    action: `cultivation_round.${action}`,
    targetType: "cultivation_round",
    targetId: round.id,
    before: { status: round.status, version: round.version },
    after: { status, version: after!.version, ...(event.comment ? { comment: event.comment } : {}) },
  });
  if (action === "announce") await enterPool(tx, actor, after!, shanghaiDate(at), at);
}

/** Public fields only: the round's title, year and the selected platforms by rank (name, type, level, district). */
export async function describeRound(
  ex: Executor,
  instance: { subjectId: string },
): Promise<SubjectDescription> {
  const [round] = await ex
    .select()
    .from(cultivationRounds)
    .where(eq(cultivationRounds.id, instance.subjectId));
  if (!round) return { title: "", holder: null, lines: [] };
  const selected = await ex
    .select({ platformId: cultivationCandidates.platformId, rank: cultivationCandidates.rank })
    .from(cultivationCandidates)
    .where(and(eq(cultivationCandidates.roundId, round.id), eq(cultivationCandidates.selected, true)))
    .orderBy(asc(cultivationCandidates.rank));
  const facts = new Map(
    (
      await platformSummaries(
        ex,
        selected.map((s) => s.platformId),
      )
    ).map((p) => [p.id, p]),
  );
  const lines = selected.map((s) => {
    const p = facts.get(s.platformId);
    const type = p ? (platformTypeByCode(p.typeCode)?.name ?? p.typeCode) : "";
    const level = p ? (PLATFORM_LEVEL_NAMES[p.level as PlatformLevel]?.zh ?? p.level) : "";
    const district = p ? (districtByCode(p.districtCode)?.name ?? p.districtCode) : "";
    return {
      label: { zh: `第 ${s.rank} 名`, en: `No. ${s.rank}` },
      value: p ? `${p.name}（${level}${type}，${district}）` : "",
    };
  });
  return {
    title: round.title,
    holder: null,
    lines: [
      { label: { zh: "遴选年度", en: "Year" }, value: String(round.year) },
      { label: { zh: "数据年度", en: "Data year" }, value: String(round.dataYear) },
      { label: { zh: "拟入选平台数", en: "Platforms to be selected" }, value: String(selected.length) },
      ...lines,
    ],
  };
}

const hooks: ProcessHooks = { afterTransition: syncRound, describeSubject: describeRound };

/** Registers the process (idempotent: the same definition object may be registered again). */
export function registerPoolProcesses(): void {
  registerProcess(roundProcess, hooks);
}
