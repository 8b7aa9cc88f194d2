import { formatDateTime } from "@rdcity/common";
import { and, count, desc, eq, isNull } from "drizzle-orm";
import type { z } from "zod";
import type { Actor } from "../actor.js";
import type { WorkingCalendar } from "../calendar/index.js";
import type { Executor } from "../db/client.js";
import { AppError } from "../errors.js";
import { fromStates, type ProcessDefinition, type TimeLimit, type Transition } from "./definition.js";
import { advisoryDate, type WorkflowEnv } from "./env.js";
import { fieldLabelOf, joinLabels, kindLabel, limitLabel, pair, stateLabel } from "./labels.js";
import type { InstanceRow } from "./registry.js";
import {
  workflowAttachments,
  workflowNotices,
  workflowObjections,
  workflowReviewAssignments,
} from "./schema.js";

/** Everything a rule looks at when someone takes (or considers) a transition. */
export interface GuardContext {
  tx: Executor;
  actor: Actor;
  def: ProcessDefinition;
  t: Transition;
  instance: InstanceRow;
  env: WorkflowEnv;
  now: Date;
  /** The instance data merged with the transition's input. */
  data: Record<string, unknown>;
  /** The input of a real attempt; absent when only listing what blocks an action (availableActions). */
  input?: { data: Record<string, unknown>; comment: string | null };
}

export function actionParams(def: ProcessDefinition, t: Pick<Transition, "action" | "label">, state: string) {
  return { action: t.action, state, ...pair("action", t.label), ...pair("state", stateLabel(def, state)) };
}

export function limitEnd(calendar: WorkingCalendar, from: Date, limit: TimeLimit): Date {
  return "workingDays" in limit
    ? calendar.deadlineAfterWorkingDays(from, limit.workingDays)
    : calendar.deadlineAfterCalendarDays(from, limit.calendarDays);
}

/** When a transition's deadline ends for this instance (null when the transition has none). */
export function deadlineOf(env: WorkflowEnv, t: Transition, instance: InstanceRow): Date | null {
  return t.deadline ? limitEnd(env.calendar, instance.stateEnteredAt, t.deadline) : null;
}

/** The reminder date of a state: the earliest deadline of its transitions, counted from `enteredAt`. */
export function dueOnEntering(env: WorkflowEnv, def: ProcessDefinition, state: string, enteredAt: Date) {
  let due: Date | null = null;
  for (const t of def.transitions) {
    if (!t.deadline || !fromStates(t).includes(state)) continue;
    const end = advisoryDate(env, (calendar) => limitEnd(calendar, enteredAt, t.deadline!));
    if (end && (!due || end < due)) due = end;
  }
  return due;
}

function checkDeadline(ctx: GuardContext): AppError | null {
  const { t, def, instance, env, now } = ctx;
  const due = deadlineOf(env, t, instance);
  if (!due || now.getTime() <= due.getTime()) return null;
  return new AppError("transition_deadline_passed", {
    ...actionParams(def, t, instance.state),
    ...pair("limit", limitLabel(t.deadline!)),
    due: formatDateTime(due),
  });
}

const isEmpty = (v: unknown) =>
  v === undefined ||
  v === null ||
  (typeof v === "string" && v.trim() === "") ||
  (Array.isArray(v) && v.length === 0);

function checkFields(ctx: GuardContext): AppError | null {
  const { t, def, data, instance } = ctx;
  if (!t.fields) return null;
  const params = actionParams(def, t, instance.state);
  if (Array.isArray(t.fields)) {
    const missing = t.fields.filter((f) => isEmpty(data[f]));
    if (!missing.length) return null;
    return new AppError(
      "fields_required",
      { ...params, ...pair("fields", joinLabels(missing.map((f) => fieldLabelOf(def, f)))) },
      { fields: missing },
    );
  }
  const result = (t.fields as z.ZodType).safeParse(data);
  if (result.success) return null;
  const describe = (lang: "zh" | "en") =>
    result.error.issues
      .slice(0, 10)
      .map((i) => `${fieldLabelOf(def, i.path.map(String).join("."))[lang]}: ${i.message}`)
      .join(lang === "zh" ? "；" : "; ");
  const missing = result.error.issues
    .filter((i) => i.code === "invalid_type" && isEmpty(pathValue(data, i.path)))
    .map((i) => i.path.map(String).join("."));
  if (missing.length === result.error.issues.length) {
    return new AppError(
      "fields_required",
      { ...params, ...pair("fields", joinLabels(missing.map((f) => fieldLabelOf(def, f)))) },
      { fields: missing },
    );
  }
  return new AppError("fields_invalid", { ...params, detailZh: describe("zh"), detailEn: describe("en") });
}

function pathValue(data: unknown, path: readonly PropertyKey[]): unknown {
  let v: unknown = data;
  for (const p of path) v = v && typeof v === "object" ? (v as Record<PropertyKey, unknown>)[p] : undefined;
  return v;
}

function checkComment(ctx: GuardContext): AppError | null {
  const { t, def, instance, input } = ctx;
  if (!input || !(t.commentRequired || t.outcome === "negative")) return null;
  if (input.comment?.trim()) return null;
  return new AppError("comment_required", actionParams(def, t, instance.state));
}

/** A positive formal check needs every checklist item ticked in the input's `checklist`. */
function checkChecklist(ctx: GuardContext): AppError | null {
  const { t, def, instance, input } = ctx;
  if (t.step !== "formal_check" || !def.formalCheck || !input || t.outcome !== "positive") return null;
  const ticks = (input.data.checklist ?? {}) as Record<string, unknown>;
  const failed = def.formalCheck.checklist.filter((item) => ticks[item.key] !== true);
  if (!failed.length) return null;
  return new AppError(
    "checklist_incomplete",
    { ...actionParams(def, t, instance.state), ...pair("items", joinLabels(failed.map((i) => i.label))) },
    { items: failed.map((i) => i.key) },
  );
}

async function checkAttachments(ctx: GuardContext): Promise<AppError | null> {
  const { t, def, instance, tx } = ctx;
  if (!t.attachments?.length) return null;
  const present = await tx
    .selectDistinct({ kind: workflowAttachments.kind })
    .from(workflowAttachments)
    .where(eq(workflowAttachments.instanceId, instance.id));
  const have = new Set(present.map((p) => p.kind));
  const missing = t.attachments.filter((k) => !have.has(k));
  if (!missing.length) return null;
  return new AppError(
    "attachment_required",
    {
      ...actionParams(def, t, instance.state),
      ...pair("kinds", joinLabels(missing.map((k) => kindLabel(def, k)))),
    },
    { kinds: missing },
  );
}

export async function openNotice(tx: Executor, instanceId: string) {
  const [notice] = await tx
    .select()
    .from(workflowNotices)
    .where(and(eq(workflowNotices.instanceId, instanceId), isNull(workflowNotices.closedAt)))
    .orderBy(desc(workflowNotices.openedAt))
    .limit(1);
  return notice;
}

export async function unansweredObjections(tx: Executor, noticeId: string): Promise<number> {
  const [row] = await tx
    .select({ n: count() })
    .from(workflowObjections)
    .where(and(eq(workflowObjections.noticeId, noticeId), isNull(workflowObjections.answeredAt)));
  return Number(row?.n ?? 0);
}

/** Leaving a state under public notice: the notice must be over and every objection answered. */
async function checkNotice(ctx: GuardContext): Promise<AppError | null> {
  const { t, def, instance, tx, now } = ctx;
  if (t.interruptsNotice) return null;
  const notice = await openNotice(tx, instance.id);
  if (!notice) return null;
  const params = actionParams(def, t, instance.state);
  if (now.getTime() <= notice.endsAt.getTime()) {
    return new AppError("notice_not_over", {
      ...params,
      workingDays: notice.workingDays,
      endsOn: notice.endsOn,
    });
  }
  const unanswered = await unansweredObjections(tx, notice.id);
  if (unanswered) return new AppError("objections_unanswered", { ...params, count: unanswered });
  return null;
}

export async function assignmentCounts(tx: Executor, instanceId: string) {
  const rows = await tx
    .select({ status: workflowReviewAssignments.status, n: count() })
    .from(workflowReviewAssignments)
    .where(eq(workflowReviewAssignments.instanceId, instanceId))
    .groupBy(workflowReviewAssignments.status);
  const by = Object.fromEntries(rows.map((r) => [r.status, Number(r.n)]));
  return { submitted: by.submitted ?? 0, assigned: by.assigned ?? 0 };
}

/** Concluding an expert review: enough score sheets must be in. */
async function checkReview(ctx: GuardContext): Promise<AppError | null> {
  const { t, def, instance, tx } = ctx;
  if (t.step !== "expert_review" || !def.review) return null;
  const { submitted, assigned } = await assignmentCounts(tx, instance.id);
  const required = def.review.minScores ?? def.review.experts;
  if (submitted >= required) return null;
  return new AppError("scores_incomplete", {
    ...actionParams(def, t, instance.state),
    submitted,
    required,
    pending: assigned,
  });
}

/**
 * Every rule that stands between the actor and the transition, in the order a person fixes them. The role
 * and the current state are checked before (they decide whether the action exists for the actor at all).
 */
export async function guardProblems(ctx: GuardContext): Promise<AppError[]> {
  const problems = [checkDeadline(ctx), checkFields(ctx), checkComment(ctx), checkChecklist(ctx)];
  problems.push(await checkAttachments(ctx), await checkNotice(ctx), await checkReview(ctx));
  return problems.filter((p): p is AppError => p !== null);
}
