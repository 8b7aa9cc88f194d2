import { errorMessage } from "@rdcity/common";
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { engines, openTestDatabase } from "../../test/harness.js";
import { auditLog } from "../audit/index.js";
import { manualClock } from "../calendar/index.js";
import type { Database, Db } from "../db/client.js";
import { AppError } from "../errors.js";
import {
  answerObjection,
  type CertificateRow,
  currentNotices,
  dueInstances,
  listObjections,
  openPublicNotice,
  recordObjection,
  registerProcess,
  transition,
  verifyCertificate,
} from "./index.js";
import { cast, ORG_A, sampleRecognition } from "./sample-recognition.fixture.js";
import { workflowInstances, workflowNotices } from "./schema.js";

const issued: CertificateRow[] = [];
registerProcess(sampleRecognition, {
  onCertificateIssued: async (_tx, { certificate }) => {
    issued.push(certificate);
  },
});

async function failure(p: Promise<unknown>): Promise<AppError> {
  try {
    await p;
  } catch (e) {
    if (e instanceof AppError) return e;
    throw e;
  }
  throw new Error("expected an AppError");
}

const OBJECTION = {
  objectorName: "李明",
  objectorIdentity: "430104199001011234",
  objectorContact: "13912345678",
  body: "申报材料中的研发人员数量与实际不符",
};

describe.each(engines())("public notice, decision and certificate on %s", (engine) => {
  let database: Database;
  let db: Db;
  const clock = manualClock("2024-09-27T10:00:00+08:00");
  const env = { clock };
  const c = cast();
  beforeAll(async () => {
    database = await openTestDatabase(engine);
    db = database.db;
  });
  afterAll(() => database?.close());

  /** An instance whose review is done (inserted directly: the path there is tested elsewhere). */
  async function reviewed(subjectId: string) {
    const now = clock.now();
    const [row] = await db
      .insert(workflowInstances)
      .values({
        processKey: "sample_recognition",
        processVersion: 1,
        subjectType: "platform",
        subjectId,
        ownerId: c.applicant.userId,
        ownerName: c.applicant.username,
        ownerOrgId: ORG_A,
        partyOrgIds: [ORG_A],
        areaCode: "430104",
        state: "reviewed",
        stateEnteredAt: now,
        createdAt: now,
        updatedAt: now,
      })
      .returning();
    return row!;
  }

  it("runs a 5-working-day notice over National Day, with an objection answered before the decision", async () => {
    clock.set("2024-09-27T10:00:00+08:00");
    const instance = await reviewed("notice-1");
    const open = await openPublicNotice(db, c.city, instance.id, { expectedVersion: 1 }, env);
    // 09-29 (worked Sunday), 09-30, [10-01..10-07 holiday], 10-08, 10-09, 10-10.
    expect(open).toMatchObject({
      state: "in_public_notice",
      dueAt: "2024-10-10T15:59:59.999Z",
      stepResults: { notice: { startsOn: "2024-09-27", endsOn: "2024-10-10", workingDays: 5 } },
    });
    expect((await currentNotices(db, clock.now())).map((n) => n.instanceId)).toContain(instance.id);
    expect(
      (await dueInstances(db, clock.now(), { horizonMs: 14 * 86_400_000 })).map((d) => d.instance.id),
    ).toContain(instance.id);

    const approve = (version: number) =>
      transition(db, c.city, instance.id, { action: "approve", expectedVersion: version }, env);
    clock.set("2024-10-10T23:00:00+08:00");
    const early = await failure(approve(open.version));
    expect(early.code).toBe("notice_not_over");
    expect(errorMessage(early.code, "zh-CN", early.params)).toBe(
      "公示期为 5 个工作日，至 2024-10-10 结束，期满后才能办理“予以认定”",
    );

    clock.set("2024-10-08T10:00:00+08:00");
    expect((await failure(recordObjection(db, c.yuelu, instance.id, OBJECTION, env))).code).toBe(
      "transition_role",
    );
    expect((await failure(recordObjection(db, c.applicant, instance.id, OBJECTION, env))).code).toBe(
      "transition_role",
    );
    const objection = await recordObjection(db, c.city, instance.id, OBJECTION, env);
    expect(objection).toMatchObject({ objectorIdentity: OBJECTION.objectorIdentity, answer: null });
    const seenByApplicant = await listObjections(db, c.applicant, instance.id);
    expect(seenByApplicant).toEqual([
      expect.objectContaining({
        objectorName: null,
        objectorIdentity: null,
        objectorContact: null,
        body: OBJECTION.body,
      }),
    ]);
    const [audit] = await db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.targetId, instance.id), eq(auditLog.action, "workflow.objection")));
    expect(audit!.after).toMatchObject({
      objectorIdentity: "43**************34",
      objectorContact: "139****5678",
    });

    clock.set("2024-10-11T00:00:00+08:00");
    const late = await failure(recordObjection(db, c.city, instance.id, OBJECTION, env));
    expect(late.code).toBe("notice_not_open");
    const unanswered = await failure(approve(open.version));
    expect(unanswered.code).toBe("objections_unanswered");
    expect(errorMessage(unanswered.code, "zh-CN", unanswered.params)).toBe(
      "公示期间收到的 1 件异议尚未答复，全部答复后才能办理“予以认定”",
    );
    await answerObjection(db, c.city, objection.id, { answer: "经核实，研发人员数量与社保记录一致" }, env);
    expect((await failure(answerObjection(db, c.city, objection.id, { answer: "再次答复" }, env))).code).toBe(
      "objection_answered",
    );
    const decided = await approve(open.version);
    expect(decided).toMatchObject({
      state: "decided",
      stepResults: { decision: { action: "approve", outcome: "positive", by: "city" } },
    });
    const [notice] = await db
      .select()
      .from(workflowNotices)
      .where(eq(workflowNotices.instanceId, instance.id));
    expect(notice!.closedAt?.toISOString()).toBe("2024-10-10T16:00:00.000Z");
    expect(await currentNotices(db, clock.now())).toEqual([]);

    const certified = await transition(
      db,
      c.city,
      instance.id,
      { action: "issue_certificate", expectedVersion: decided.version },
      env,
    );
    expect(certified.state).toBe("certified");
    expect(certified.stepResults.certificate).toMatchObject({
      number: "长研认〔2024〕0001号",
      issuedOn: "2024-10-11",
    });
    expect(issued.map((x) => x.number)).toContain("长研认〔2024〕0001号");
    expect(await verifyCertificate(db, "长研认〔2024〕0001号")).toMatchObject({
      valid: true,
      subjectType: "platform",
      subjectId: "notice-1",
    });
    expect(await verifyCertificate(db, "长研认〔2024〕9999号")).toBeNull();
  });

  it("numbers certificates in sequence and measures other lengths over Spring Festival", async () => {
    clock.set("2025-01-24T15:00:00+08:00");
    const instance = await reviewed("notice-2");
    const open = await openPublicNotice(db, c.city, instance.id, { expectedVersion: 1, workingDays: 3 }, env);
    // 01-26 (worked Sunday), 01-27, [01-28..02-04 Spring Festival], 02-05.
    expect(open.stepResults.notice).toMatchObject({ endsOn: "2025-02-05", workingDays: 3 });
    clock.set("2025-02-06T09:00:00+08:00");
    const decided = await transition(
      db,
      c.city,
      instance.id,
      { action: "approve", expectedVersion: open.version },
      env,
    );
    const certified = await transition(
      db,
      c.city,
      instance.id,
      { action: "issue_certificate", expectedVersion: decided.version },
      env,
    );
    expect(certified.stepResults.certificate).toMatchObject({
      number: "长研认〔2025〕0001号",
      issuedOn: "2025-02-06",
    });
  });

  it("lets the applicant withdraw during the notice, which closes it", async () => {
    clock.set("2026-04-01T09:00:00+08:00");
    const instance = await reviewed("notice-3");
    const open = await openPublicNotice(db, c.city, instance.id, { expectedVersion: 1 }, env);
    // 04-02, 04-03, [04-04..04-06 Qingming], 04-07, 04-08, 04-09.
    expect(open.stepResults.notice).toMatchObject({ endsOn: "2026-04-09" });
    const withdrawn = await transition(
      db,
      c.applicant,
      instance.id,
      { action: "withdraw", expectedVersion: open.version },
      env,
    );
    expect(withdrawn.state).toBe("withdrawn");
    const [notice] = await db
      .select()
      .from(workflowNotices)
      .where(eq(workflowNotices.instanceId, instance.id));
    expect(notice!.closedBy).toBe("applicant");
  });

  it("refuses a notice whose end falls in a year without an official holiday arrangement", async () => {
    clock.set("2026-12-28T09:00:00+08:00");
    const instance = await reviewed("notice-4");
    const problem = await failure(openPublicNotice(db, c.city, instance.id, { expectedVersion: 1 }, env));
    expect(problem.code).toBe("calendar_year_missing");
    expect(problem.params).toMatchObject({ year: 2027 });
    const [row] = await db.select().from(workflowInstances).where(eq(workflowInstances.id, instance.id));
    expect(row).toMatchObject({ state: "reviewed", version: 1 });
    expect(
      await db.select().from(workflowNotices).where(eq(workflowNotices.instanceId, instance.id)),
    ).toEqual([]);
  });
});
