import { createHash } from "node:crypto";
import { errorMessage } from "@rdcity/common";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { engines, openTestDatabase } from "../../test/harness.js";
import { manualClock } from "../calendar/index.js";
import type { Database, Db } from "../db/client.js";
import { AppError } from "../errors.js";
import { contentMatches } from "./attachments.js";
import { driveTo, startDraft } from "./drive.fixture.js";
import {
  addAttachment,
  addComment,
  listAttachments,
  listComments,
  readAttachment,
  registerProcess,
  transition,
} from "./index.js";
import { cast, PDF, PNG, sampleRecognition } from "./sample-recognition.fixture.js";

registerProcess(sampleRecognition);

async function failure(p: Promise<unknown>): Promise<AppError> {
  try {
    await p;
  } catch (e) {
    if (e instanceof AppError) return e;
    throw e;
  }
  throw new Error("expected an AppError");
}

describe("content sniffing", () => {
  it("checks the leading bytes of the types it knows", () => {
    expect(contentMatches("application/pdf", PDF)).toBe(true);
    expect(contentMatches("application/pdf", PNG)).toBe(false);
    expect(contentMatches("image/png", PNG)).toBe(true);
    expect(contentMatches("image/jpeg", PNG)).toBe(false);
    expect(contentMatches("text/plain", new Uint8Array([0x41, 0x00]))).toBe(false);
  });
});

describe.each(engines())("attachments and comments on %s", (engine) => {
  let database: Database;
  let db: Db;
  const clock = manualClock("2024-09-02T09:00:00+08:00");
  const env = { clock };
  const c = cast();
  beforeAll(async () => {
    database = await openTestDatabase(engine);
    db = database.db;
  });
  afterAll(() => database?.close());

  it("refuses forbidden kinds, types and sizes with a localised 4xx", async () => {
    const draft = await startDraft(db, c, env, "files-1");
    const add = (kind: string, contentType: string, bytes: Uint8Array, fileName = "f") =>
      addAttachment(db, c.applicant, draft.id, { kind, fileName, contentType, bytes }, env);
    const notAllowed = await failure(add("photos", "application/pdf", PDF));
    expect(notAllowed).toMatchObject({ code: "attachment_type", status: 415 });
    expect(errorMessage(notAllowed.code, "zh-CN", notAllowed.params)).toBe(
      "“场地照片”不接受 application/pdf 类型的文件（允许：image/png, image/jpeg）",
    );
    expect((await failure(add("photos", "image/png", PDF))).code).toBe("attachment_type"); // disguised PDF
    const big = new Uint8Array(1001);
    big.set(PNG);
    const tooLarge = await failure(add("photos", "image/png", big));
    expect(tooLarge).toMatchObject({ code: "attachment_too_large", status: 413 });
    expect(errorMessage(tooLarge.code, "en-US", tooLarge.params)).toBe(
      "The attachment is too large (1001 B); the limit for “Site photos” is 1000 B",
    );
    const bigPdf = new Uint8Array(64 * 1024 + 1);
    bigPdf.set(PDF);
    expect((await failure(add("application_form", "application/pdf", bigPdf))).code).toBe(
      "attachment_too_large",
    );
    expect((await failure(add("passport", "application/pdf", PDF))).code).toBe("attachment_kind_unknown");
    expect((await failure(add("photos", "image/png", new Uint8Array(0)))).code).toBe("attachment_type");
    await expect(add("photos", "image/png", PNG, "../../etc/passwd")).rejects.toThrow();
    const ok = await add("photos", "image/png; charset=binary", PNG, "现场.png");
    expect(ok).toMatchObject({
      kind: "photos",
      fileName: "现场.png",
      contentType: "image/png",
      sizeBytes: PNG.byteLength,
      sha256: createHash("sha256").update(PNG).digest("hex"),
      state: "draft",
    });
  });

  it("serves files only after the instance's access check; internal kinds only to officials", async () => {
    const recommended = await driveTo(db, c, env, "district_recommended", "files-2");
    const [form] = await listAttachments(db, c.applicant, recommended.id);
    const read = await readAttachment(db, c.applicant, form!.id);
    expect(Buffer.compare(read.bytes, Buffer.from(PDF))).toBe(0);
    expect(read.meta.fileName).toBe("申报书.pdf");
    for (const actor of [c.yuelu, c.city, c.leader, c.colleague]) {
      expect((await readAttachment(db, actor, form!.id)).meta.id).toBe(form!.id);
    }
    for (const actor of [c.stranger, c.furong]) {
      expect((await failure(readAttachment(db, actor, form!.id))).code).toBe("not_found");
      expect((await failure(listAttachments(db, actor, recommended.id))).code).toBe("not_found");
    }
    expect(
      (await failure(readAttachment(db, c.applicant, "00000000-0000-4000-8000-000000000000"))).code,
    ).toBe("not_found");
    expect((await failure(readAttachment(db, c.applicant, "nonsense"))).code).toBe("not_found");

    // The city's internal report: hidden from the applicant, visible to the district official.
    const report = await addAttachment(
      db,
      c.city,
      recommended.id,
      { kind: "review_report", fileName: "审查意见.pdf", contentType: "application/pdf", bytes: PDF },
      env,
    );
    expect((await listAttachments(db, c.applicant, recommended.id)).map((a) => a.kind)).toEqual([
      "application_form",
    ]);
    expect((await failure(readAttachment(db, c.applicant, report.id))).code).toBe("not_found");
    expect((await readAttachment(db, c.yuelu, report.id)).meta.kind).toBe("review_report");
    // Only those who act in the current state upload; nobody uploads to a closed instance.
    expect(
      (
        await failure(
          addAttachment(
            db,
            c.leader,
            recommended.id,
            { kind: "application_form", fileName: "x.pdf", contentType: "application/pdf", bytes: PDF },
            env,
          ),
        )
      ).code,
    ).toBe("transition_role");
    const back = await transition(
      db,
      c.city,
      recommended.id,
      { action: "return_to_applicant", expectedVersion: recommended.version, comment: "补充" },
      env,
    );
    const closed = await transition(
      db,
      c.applicant,
      back.id,
      { action: "withdraw", expectedVersion: back.version },
      env,
    );
    expect(closed.state).toBe("withdrawn");
    expect(
      (
        await failure(
          addAttachment(
            db,
            c.applicant,
            closed.id,
            { kind: "photos", fileName: "x.png", contentType: "image/png", bytes: PNG },
            env,
          ),
        )
      ).code,
    ).toBe("transition_role");
  });

  it("keeps comments, internal notes hidden from the applicant", async () => {
    const draft = await startDraft(db, c, env, "comments-1");
    await addComment(db, c.applicant, draft.id, { body: "请问研发投入口径？" }, env);
    expect(
      (await failure(addComment(db, c.applicant, draft.id, { body: "x", internal: true }, env))).code,
    ).toBe("forbidden");
    clock.advance(60_000);
    await addComment(db, c.city, draft.id, { body: "注意核查其研发投入", internal: true }, env);
    clock.advance(60_000);
    await addComment(db, c.yuelu, draft.id, { body: "按年度研发费用加计扣除口径填写" }, env);
    expect((await listComments(db, c.applicant, draft.id)).map((x) => x.body)).toEqual([
      "请问研发投入口径？",
      "按年度研发费用加计扣除口径填写",
    ]);
    expect(await listComments(db, c.city, draft.id)).toHaveLength(3);
    expect((await failure(listComments(db, c.stranger, draft.id))).code).toBe("not_found");
  });
});
