import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { engines, openTestDatabase } from "../../test/harness.js";
import { manualClock } from "../calendar/index.js";
import type { Database, Db } from "../db/client.js";
import { driveTo } from "./drive.fixture.js";
import { addAttachment, addExpert, drawExperts, registerProcess, submitScore } from "./index.js";
import { cast, ORG_B, PDF, person, sampleRecognition } from "./sample-recognition.fixture.js";
import { historyView } from "./views.js";

registerProcess(sampleRecognition);

describe.each(engines())("the history as each reader sees it (%s)", (engine) => {
  let database: Database;
  let db: Db;
  const clock = manualClock("2024-11-04T09:00:00+08:00");
  const env = { clock };
  const c = cast();
  const expert = person("expert", { name: "zhuanjia-secret" });
  let instanceId: string;

  beforeAll(async () => {
    database = await openTestDatabase(engine);
    db = database.db;
    await addExpert(db, c.city, { name: "保密专家", userId: expert.userId, orgEntityId: ORG_B }, env);
    const instance = await driveTo(db, c, env, "under_review");
    instanceId = instance.id;
    const draw = await drawExperts(db, c.city, instanceId, { count: 1 }, env);
    await submitScore(
      db,
      expert,
      draw.selected[0]!.assignmentId,
      { scores: { innovation: 30, team: 20, benefit: 20 }, comment: "同意" },
      env,
    );
    await addAttachment(
      db,
      c.city,
      instanceId,
      { kind: "review_report", fileName: "内部评审报告.pdf", contentType: "application/pdf", bytes: PDF },
      env,
    );
  });
  afterAll(() => database?.close());

  it("shows officials who reviewed and the internal files, and the applicant neither", async () => {
    const official = await historyView(db, c.city, instanceId);
    const scored = official.find((h) => h.action === "submit_score");
    expect(scored?.actorName).toBe("zhuanjia-secret");
    expect(official.filter((h) => h.action === "attach")).toHaveLength(2); // the application form and the report

    const applicant = await historyView(db, c.applicant, instanceId);
    const seen = applicant.find((h) => h.action === "submit_score");
    expect(seen).toBeDefined(); // that an expert scored is no secret, who did is
    expect(seen?.actorName).toBe("");
    expect(seen?.actorRole).toBe("expert");
    expect(JSON.stringify(applicant)).not.toContain("zhuanjia-secret");
    expect(JSON.stringify(applicant)).not.toContain("内部评审报告");
    expect(applicant.filter((h) => h.action === "attach")).toHaveLength(1);
    // the district that recommended it is an official of the instance too
    expect(
      (await historyView(db, c.yuelu, instanceId)).find((h) => h.action === "submit_score")?.actorName,
    ).toBe("zhuanjia-secret");
  });
});
