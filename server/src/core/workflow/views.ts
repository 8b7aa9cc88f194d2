import type {
  ProcessViewDto,
  ReviewSummaryDto,
  ScoreSheetViewDto,
  WorkflowHistoryEntryDto,
  WorkflowInstanceViewDto,
} from "@rdcity/common";
import { and, asc, desc, eq } from "drizzle-orm";
import type { Actor } from "../actor.js";
import type { Executor } from "../db/client.js";
import { AppError } from "../errors.js";
import { isOfficial, isOwner, isUuid, loadInstance, mayAct } from "./access.js";
import { availableActions } from "./available-actions.js";
import { EXCLUSION_REASONS, type ExclusionReason } from "./conflicts.js";
import { DEFAULT_CONTENT_TYPES, type ProcessDefinition, transitionsFrom } from "./definition.js";
import { listDraws } from "./draw-experts.js";
import { envOf, type WorkflowEnv } from "./env.js";
import { instanceHistory, presentInstance } from "./history.js";
import { stateLabel } from "./labels.js";
import { getProcess } from "./registry.js";
import {
  workflowCertificates,
  workflowExperts,
  workflowInstances,
  workflowNotices,
  workflowReviewAssignments,
} from "./schema.js";
import { aggregateScores } from "./scoring.js";

/**
 * The main path of a process: from the initial state, follow a positive transition to a new state. A withdrawal
 * is positive too but not the way forward, so prefer a transition that goes on over one that ends the process,
 * then one that leaves this state alone over one shared by several states (withdraw, return), then the first.
 */
export function mainPath(def: ProcessDefinition): string[] {
  const path = [def.initialState];
  for (;;) {
    const here = path[path.length - 1]!;
    const forward = transitionsFrom(def, here).filter(
      (t) => t.outcome === "positive" && !path.includes(t.to) && !t.interruptsNotice,
    );
    const rank = (t: (typeof forward)[number]) =>
      (def.states[t.to]?.final ? 2 : 0) + (Array.isArray(t.from) && t.from.length > 1 ? 1 : 0);
    const next = [...forward].sort((a, b) => rank(a) - rank(b))[0];
    if (!next) return path;
    path.push(next.to);
  }
}

/** What a page needs of a definition to show an instance. */
export function processView(def: ProcessDefinition): ProcessViewDto {
  return {
    key: def.key,
    version: def.version,
    label: def.label,
    subjectType: def.subjectType,
    states: Object.entries(def.states).map(([name, s]) => ({ name, label: s.label, final: s.final })),
    path: mainPath(def),
    fieldLabels: def.fieldLabels,
    attachmentKinds: Object.entries(def.attachments.kinds).map(([kind, k]) => ({
      kind,
      label: k.label,
      internal: k.internal,
      contentTypes: k.contentTypes ?? def.attachments.contentTypes ?? DEFAULT_CONTENT_TYPES,
      maxBytes: k.maxBytes ?? def.attachments.maxBytes,
    })),
    checklist: def.formalCheck?.checklist ?? [],
    criteria: def.review?.criteria ?? [],
    reviewExperts: def.review?.experts ?? null,
    noticeWorkingDays: def.notice.workingDays,
  };
}

const nonOwner = (roles: readonly string[]) => roles.filter((r) => r !== "owner") as never[];

/** An instance with the viewer's actions and relation, its notice and certificate: one call for its page. */
export async function instanceView(
  db: Executor,
  actor: Actor,
  instanceId: string,
  env: Partial<WorkflowEnv> = {},
): Promise<WorkflowInstanceViewDto> {
  const { def, instance } = await loadInstance(db, actor, instanceId);
  const actions = await availableActions(db, actor, instanceId, env);
  const official = isOfficial(actor, def, instance);
  let assignmentId: string | null = null;
  if (actor.role === "expert" && actor.userId) {
    const [a] = await db
      .select({ id: workflowReviewAssignments.id })
      .from(workflowReviewAssignments)
      .innerJoin(workflowExperts, eq(workflowExperts.id, workflowReviewAssignments.expertId))
      .where(
        and(
          eq(workflowReviewAssignments.instanceId, instanceId),
          eq(workflowExperts.userId, actor.userId),
          eq(workflowReviewAssignments.status, "assigned"),
        ),
      )
      .limit(1);
    assignmentId = a?.id ?? null;
  }
  const [notice] = await db
    .select()
    .from(workflowNotices)
    .where(eq(workflowNotices.instanceId, instanceId))
    .orderBy(desc(workflowNotices.openedAt))
    .limit(1);
  const [certificate] = await db
    .select()
    .from(workflowCertificates)
    .where(eq(workflowCertificates.instanceId, instanceId))
    .orderBy(desc(workflowCertificates.issuedAt))
    .limit(1);
  const here = transitionsFrom(def, instance.state);
  const reviewRoles = nonOwner(
    def.transitions.filter((t) => t.step === "expert_review").flatMap((t) => t.roles),
  );
  const reviewOpen = here.some((t) => t.step === "expert_review");
  const noticeOpen = !!notice && !notice.closedAt;
  const editors = def.states[instance.state]?.editableBy ?? [];
  return {
    instance: presentInstance(def, instance),
    process: processView(def),
    actions,
    viewer: {
      owner: isOwner(actor, instance),
      official,
      assignmentId,
      mayDraw: official && reviewOpen && !instance.closedAt && mayAct(actor, instance, reviewRoles),
      mayHandleObjections:
        official && noticeOpen && mayAct(actor, instance, nonOwner(here.flatMap((t) => t.roles))),
      mayEdit: !instance.closedAt && editors.length > 0 && mayAct(actor, instance, editors),
    },
    notice: notice
      ? {
          startsOn: notice.startsOn,
          endsOn: notice.endsOn,
          endsAt: notice.endsAt.toISOString(),
          workingDays: notice.workingDays,
          // Running now: not closed by a transition and its last working day not over.
          open: noticeOpen && envOf(env).clock.now().getTime() <= notice.endsAt.getTime(),
        }
      : null,
    certificate: certificate
      ? {
          id: certificate.id,
          number: certificate.number,
          issuedOn: certificate.issuedOn,
          revoked: certificate.revokedAt !== null,
        }
      : null,
  };
}

/** Readable names of the actions and events on an instance's timeline. */
const EVENT_LABELS: Record<string, { zh: string; en: string }> = {
  start: { zh: "创建", en: "Created" },
  edit: { zh: "修改填报内容", en: "Edited the data" },
  attach: { zh: "上传附件", en: "Attached a file" },
  draw_experts: { zh: "随机抽取评审专家", en: "Drew reviewers at random" },
  submit_score: { zh: "专家提交评分", en: "An expert submitted scores" },
  recuse: { zh: "专家回避", en: "An expert stood aside" },
  objection: { zh: "登记异议", en: "Recorded an objection" },
  objection_answered: { zh: "答复异议", en: "Answered an objection" },
};

/** The kind of file an "attach" event names (its data delta), if any. */
function attachedKind(delta: unknown): string | null {
  const attachment = (delta as { attachment?: { kind?: unknown } } | null)?.attachment;
  return typeof attachment?.kind === "string" ? attachment.kind : null;
}

/**
 * The timeline with labels for actions and states. Whoever is not an official of the instance (the applicant, an
 * expert) reads it without the reviewers' names (who reviewed stays confidential) and without the uploads of
 * internal files (which they cannot list either).
 */
export async function historyView(
  db: Executor,
  actor: Actor,
  instanceId: string,
): Promise<WorkflowHistoryEntryDto[]> {
  const { def, instance } = await loadInstance(db, actor, instanceId);
  const official = isOfficial(actor, def, instance);
  const rows = (await instanceHistory(db, actor, instanceId)).filter((r) => {
    if (official || r.action !== "attach") return true;
    const kind = attachedKind(r.dataDelta);
    return !kind || !def.attachments.kinds[kind]?.internal;
  });
  return rows.map((r) => ({
    ...r,
    actorName: !official && r.actorRole === "expert" ? "" : r.actorName,
    comment: r.comment ?? null,
    dataDelta: r.dataDelta ?? null,
    actionLabel: def.transitions.find((t) => t.action === r.action)?.label ??
      EVENT_LABELS[r.action] ?? { zh: r.action, en: r.action },
    toLabel: stateLabel(def, r.to),
  }));
}

/** The review of an instance for officials: draws (with exclusions and reasons), assignments, aggregates. */
export async function reviewView(db: Executor, actor: Actor, instanceId: string): Promise<ReviewSummaryDto> {
  const draws = await listDraws(db, actor, instanceId);
  const summary = await aggregateScores(db, actor, instanceId);
  const assignments = await db
    .select({ a: workflowReviewAssignments, name: workflowExperts.name })
    .from(workflowReviewAssignments)
    .innerJoin(workflowExperts, eq(workflowExperts.id, workflowReviewAssignments.expertId))
    .where(eq(workflowReviewAssignments.instanceId, instanceId))
    .orderBy(asc(workflowReviewAssignments.drawnAt), asc(workflowExperts.name));
  const nameOf = new Map(draws.flatMap((d) => d.candidates.map((c) => [c.expertId, c.name] as const)));
  return {
    draws: draws
      .sort((a, b) => a.at.getTime() - b.at.getTime())
      .map((d) => ({
        id: d.id,
        at: d.at.toISOString(),
        byName: d.byName,
        seed: d.seed,
        count: d.count,
        requireDifferentDistrict: d.requireDifferentDistrict,
        candidates: d.candidates.length,
        excluded: d.excluded.map((x) => ({
          ...x,
          reasonLabels: x.reasons.map((r) => EXCLUSION_REASONS[r as ExclusionReason] ?? { zh: r, en: r }),
        })),
        selected: d.selected.map((id) => ({ expertId: id, name: nameOf.get(id) ?? "?" })),
      })),
    assignments: assignments.map(({ a, name }) => ({
      id: a.id,
      expertId: a.expertId,
      expertName: name,
      status: a.status,
      drawnAt: a.drawnAt.toISOString(),
      submittedAt: a.submittedAt?.toISOString() ?? null,
      total: a.total,
    })),
    summary,
  };
}

/** An expert's own score sheet: the form (criteria) and what was submitted. 404 for anyone else. */
export async function scoreSheetView(
  db: Executor,
  actor: Actor,
  assignmentId: string,
): Promise<ScoreSheetViewDto> {
  if (!isUuid(assignmentId) || !actor.userId) throw new AppError("not_found");
  const [row] = await db
    .select({ a: workflowReviewAssignments, x: workflowExperts, i: workflowInstances })
    .from(workflowReviewAssignments)
    .innerJoin(workflowExperts, eq(workflowExperts.id, workflowReviewAssignments.expertId))
    .innerJoin(workflowInstances, eq(workflowInstances.id, workflowReviewAssignments.instanceId))
    .where(eq(workflowReviewAssignments.id, assignmentId));
  if (!row || row.x.userId !== actor.userId) throw new AppError("not_found");
  const { def } = getProcess(row.i.processKey, row.i.processVersion);
  return {
    assignmentId,
    status: row.a.status,
    instance: presentInstance(def, row.i),
    criteria: def.review?.criteria ?? [],
    scores: row.a.scores ?? null,
    total: row.a.total ?? null,
    comment: row.a.comment ?? null,
  };
}
