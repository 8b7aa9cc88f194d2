import type { Db } from "../db/client.js";
import type { WorkflowEnv } from "./env.js";
import { addAttachment, startInstance, transition, type WorkflowInstance } from "./index.js";
import { type Cast, PDF } from "./sample-recognition.fixture.js";

/** Drives a sample recognition (tests only): a started draft, then each step with valid input. */
export async function startDraft(db: Db, c: Cast, env: Partial<WorkflowEnv>, subjectId = "p-1") {
  return startInstance(
    db,
    c.applicant,
    {
      process: "sample_recognition",
      subject: { type: "platform", id: subjectId },
      areaCode: "430104",
      data: { centreName: "岳麓测试研发中心", rdSpending: 1200 },
    },
    env,
  );
}

const STEPS: Record<
  string,
  (db: Db, c: Cast, i: WorkflowInstance, env: Partial<WorkflowEnv>) => Promise<WorkflowInstance>
> = {
  draft: async (db, c, i, env) => {
    await addAttachment(
      db,
      c.applicant,
      i.id,
      { kind: "application_form", fileName: "申报书.pdf", contentType: "application/pdf", bytes: PDF },
      env,
    );
    return transition(db, c.applicant, i.id, { action: "submit", expectedVersion: i.version }, env);
  },
  applied: (db, c, i, env) =>
    transition(
      db,
      c.yuelu,
      i.id,
      { action: "recommend", expectedVersion: i.version, data: { recommendation: "同意推荐" } },
      env,
    ),
  district_recommended: (db, c, i, env) =>
    transition(
      db,
      c.city,
      i.id,
      {
        action: "pass_formal_check",
        expectedVersion: i.version,
        data: { checklist: { complete: true, eligible: true } },
      },
      env,
    ),
  formal_checked: (db, c, i, env) =>
    transition(db, c.city, i.id, { action: "start_review", expectedVersion: i.version }, env),
};

/** Moves a draft forward until it is in `state` (up to under_review). */
export async function driveTo(db: Db, c: Cast, env: Partial<WorkflowEnv>, state: string, subjectId?: string) {
  let instance = await startDraft(db, c, env, subjectId);
  while (instance.state !== state) {
    const step = STEPS[instance.state];
    if (!step) throw new Error(`cannot drive from ${instance.state} to ${state}`);
    instance = await step(db, c, instance, env);
  }
  return instance;
}
