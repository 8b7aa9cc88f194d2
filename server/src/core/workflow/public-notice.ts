import { formatDateTime, maskPhone } from "@rdcity/common";
import { and, asc, eq, gte, isNull, lte } from "drizzle-orm";
import type { Actor } from "../actor.js";
import { recordAudit } from "../audit/index.js";
import type { Db, Executor } from "../db/client.js";
import { AppError } from "../errors.js";
import { isOfficial, isUuid, type LoadedInstance, loadInstance, mayAct } from "./access.js";
import { transitionsFrom } from "./definition.js";
import { envOf, type WorkflowEnv } from "./env.js";
import { emitWorkflowEvent } from "./events.js";
import { openNotice } from "./guards.js";
import { presentInstance, type WorkflowInstance, writeEvent } from "./history.js";
import { AnswerInput, NoticeInput, ObjectionInput } from "./inputs.js";
import { pair, rolesLabel, stateLabel } from "./labels.js";
import { workflowInstances, workflowNotices, workflowObjections } from "./schema.js";
import { applyTransition } from "./transition.js";

/**
 * Opens the public notice (公示): takes the current state's public_notice transition with a length in working
 * days (default: the definition's, normally 5). The notice starts on the day it is opened, which is not counted;
 * it ends at 23:59:59.999 of its last working day (Asia/Shanghai), as 民法典 第二百零一条 counts periods.
 */
export async function openPublicNotice(
  db: Db,
  actor: Actor,
  instanceId: string,
  input: NoticeInput,
  env: Partial<WorkflowEnv> = {},
): Promise<WorkflowInstance> {
  const parsed = NoticeInput.parse(input);
  const e = envOf(env);
  return db.transaction(async (tx) => {
    const loaded = await loadInstance(tx, actor, instanceId);
    const { def, instance } = loaded;
    const candidates = transitionsFrom(def, instance.state).filter(
      (t) => t.step === "public_notice" && (!parsed.action || t.action === parsed.action),
    );
    if (!candidates.length) {
      const action = parsed.action ?? "open_public_notice";
      throw new AppError("transition_not_allowed", {
        action,
        state: instance.state,
        ...pair("action", { zh: "发布公示", en: "Open the public notice" }),
        ...pair("state", stateLabel(def, instance.state)),
      });
    }
    const after = await applyTransition(
      tx,
      actor,
      loaded,
      {
        action: candidates[0]!.action,
        expectedVersion: parsed.expectedVersion,
        comment: parsed.comment ?? null,
        noticeWorkingDays: parsed.workingDays,
      },
      e,
    );
    return presentInstance(def, after);
  });
}

/** Who handles a notice: whoever may take a transition out of the notice's state, and never its applicant. */
function assertHandler(loaded: LoadedInstance, actor: Actor): void {
  const { def, instance } = loaded;
  if (actor.role === "system") return; // e.g. objections sent through the public portal
  const roles = [...new Set(transitionsFrom(def, instance.state).flatMap((t) => t.roles))].filter(
    (r) => r !== "owner",
  );
  if (!isOfficial(actor, def, instance) || !mayAct(actor, instance, roles)) {
    throw new AppError("transition_role", {
      action: "handle_objection",
      ...pair("action", { zh: "登记和答复异议", en: "Handling objections" }),
      ...pair("roles", rolesLabel(roles.length ? roles : ["system"])),
    });
  }
}

const presentObjection = (row: typeof workflowObjections.$inferSelect, official: boolean) => ({
  id: row.id,
  noticeId: row.noticeId,
  // The objector is protected: the applicant sees what was objected and answered, not who objected.
  objectorName: official ? row.objectorName : null,
  objectorIdentity: official ? row.objectorIdentity : null,
  objectorContact: official ? row.objectorContact : null,
  body: row.body,
  receivedAt: row.receivedAt.toISOString(),
  recordedBy: official ? row.recordedBy : null,
  answer: row.answer,
  answeredBy: official ? row.answeredBy : null,
  answeredAt: row.answeredAt?.toISOString() ?? null,
});
export type Objection = ReturnType<typeof presentObjection>;

/** Records an objection received during the open notice, with the objector's name, identity and contact. */
export async function recordObjection(
  db: Db,
  actor: Actor,
  instanceId: string,
  input: ObjectionInput,
  env: Partial<WorkflowEnv> = {},
): Promise<Objection> {
  const parsed = ObjectionInput.parse(input);
  const now = envOf(env).clock.now();
  const receivedAt = parsed.receivedAt ? new Date(parsed.receivedAt) : now;
  return db.transaction(async (tx) => {
    const loaded = await loadInstance(tx, actor, instanceId, { forUpdate: true });
    assertHandler(loaded, actor);
    const notice = await openNotice(tx, instanceId);
    if (!notice) {
      throw new AppError("notice_not_open", { reasonZh: "没有进行中的公示", reasonEn: "no notice is open" });
    }
    if (receivedAt < notice.openedAt || receivedAt > notice.endsAt || receivedAt > now) {
      throw new AppError("notice_not_open", {
        reasonZh: `公示期为 ${formatDateTime(notice.openedAt)} 至 ${notice.endsOn} 24 时`,
        reasonEn: `the notice runs from ${formatDateTime(notice.openedAt)} to the end of ${notice.endsOn}`,
      });
    }
    const [row] = await tx
      .insert(workflowObjections)
      .values({ instanceId, noticeId: notice.id, ...parsed, receivedAt, recordedBy: actor.username })
      .returning();
    await writeEvent(tx, actor, loaded.instance, now, "objection", { objectionId: row!.id });
    await emitWorkflowEvent(tx, {
      kind: "objection_recorded",
      def: loaded.def,
      instance: loaded.instance,
      actor,
      at: now,
    });
    await recordAudit(tx, actor, {
      action: "workflow.objection",
      targetType: "workflow_instance",
      targetId: instanceId,
      // The audit log is permanent: it keeps the objection, not the objector's identity number or contact.
      after: {
        objectionId: row!.id,
        objectorName: parsed.objectorName,
        objectorIdentity: maskIdentity(parsed.objectorIdentity),
        objectorContact: maskPhone(parsed.objectorContact) ?? "***",
        body: parsed.body,
      },
    });
    return presentObjection(row!, true);
  });
}

function maskIdentity(value: string): string {
  return value.length <= 4 ? "****" : `${value.slice(0, 2)}${"*".repeat(value.length - 4)}${value.slice(-2)}`;
}

/** Answers an objection (once); the notice can close only when all its objections are answered. */
export async function answerObjection(
  db: Db,
  actor: Actor,
  objectionId: string,
  input: AnswerInput,
  env: Partial<WorkflowEnv> = {},
): Promise<Objection> {
  const parsed = AnswerInput.parse(input);
  const now = envOf(env).clock.now();
  if (!isUuid(objectionId)) throw new AppError("not_found");
  return db.transaction(async (tx) => {
    const [objection] = await tx
      .select()
      .from(workflowObjections)
      .where(eq(workflowObjections.id, objectionId));
    if (!objection) throw new AppError("not_found");
    const loaded = await loadInstance(tx, actor, objection.instanceId, { forUpdate: true });
    assertHandler(loaded, actor);
    const [row] = await tx
      .update(workflowObjections)
      .set({ answer: parsed.answer, answeredBy: actor.username, answeredAt: now })
      .where(and(eq(workflowObjections.id, objectionId), isNull(workflowObjections.answeredAt)))
      .returning();
    if (!row) {
      throw new AppError("objection_answered", {
        by: objection.answeredBy ?? "?",
        at: formatDateTime(objection.answeredAt),
      });
    }
    await writeEvent(tx, actor, loaded.instance, now, "objection_answered", { objectionId });
    await emitWorkflowEvent(tx, {
      kind: "objection_answered",
      def: loaded.def,
      instance: loaded.instance,
      actor,
      at: now,
      comment: parsed.answer,
    });
    await recordAudit(tx, actor, {
      action: "workflow.objection_answer",
      targetType: "workflow_instance",
      targetId: objection.instanceId,
      after: { objectionId, answer: parsed.answer },
    });
    return presentObjection(row, true);
  });
}

/** The instance's objections; the objector's details only for officials. */
export async function listObjections(db: Executor, actor: Actor, instanceId: string): Promise<Objection[]> {
  const { def, instance } = await loadInstance(db, actor, instanceId);
  const official = isOfficial(actor, def, instance);
  const rows = await db
    .select()
    .from(workflowObjections)
    .where(eq(workflowObjections.instanceId, instanceId))
    .orderBy(asc(workflowObjections.receivedAt), asc(workflowObjections.id));
  return rows.map((r) => presentObjection(r, official));
}

/** Notices open at `now`, for the public portal's list of 公示 (the portal decides what of the subject to show). */
export async function currentNotices(db: Executor, now: Date) {
  const rows = await db
    .select({ n: workflowNotices, i: workflowInstances })
    .from(workflowNotices)
    .innerJoin(workflowInstances, eq(workflowInstances.id, workflowNotices.instanceId))
    .where(
      and(
        isNull(workflowNotices.closedAt),
        lte(workflowNotices.openedAt, now),
        gte(workflowNotices.endsAt, now),
      ),
    )
    .orderBy(asc(workflowNotices.endsAt));
  return rows.map(({ n, i }) => ({
    noticeId: n.id,
    instanceId: i.id,
    processKey: i.processKey,
    subject: { type: i.subjectType, id: i.subjectId },
    startsOn: n.startsOn,
    endsOn: n.endsOn,
    workingDays: n.workingDays,
    /** The instance row, for the process's describeSubject hook. */
    instance: i,
  }));
}
