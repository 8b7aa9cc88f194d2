import { errorMessage } from "@rdcity/common";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { engines, openTestDatabase } from "../../test/harness.js";
import type { Actor } from "../actor.js";
import { manualClock } from "../calendar/index.js";
import type { Database, Db } from "../db/client.js";
import { AppError } from "../errors.js";
import { exclusionsOf } from "./conflicts.js";
import {
  addExpert,
  aggregate,
  aggregateScores,
  drawExperts,
  drawRank,
  type Expert,
  getInstance,
  myTasks,
  recuseFromReview,
  registerProcess,
  submitScore,
  transition,
  updateExpert,
} from "./index.js";
import { cast, ORG_A, ORG_B, person, sampleRecognition } from "./sample-recognition.fixture.js";
import { workflowExpertDraws, workflowExperts, workflowInstances } from "./schema.js";

registerProcess(sampleRecognition);

const ORG_C = "c0000000-0000-4000-8000-00000000000c";

async function failure(p: Promise<unknown>): Promise<AppError> {
  try {
    await p;
  } catch (e) {
    if (e instanceof AppError) return e;
    throw e;
  }
  throw new Error("expected an AppError");
}

describe("aggregation (hand-computed)", () => {
  const criteria = sampleRecognition.review.criteria;
  const sheets = [
    [30, 20, 20],
    [35, 25, 20],
    [36, 25, 24],
    [38, 27, 25],
    [40, 30, 29],
  ].map(([innovation, team, benefit]) => ({
    scores: { innovation: innovation!, team: team!, benefit: benefit! },
    total: innovation! + team! + benefit!,
  }));

  it("takes the mean, and with five sheets or more the mean without the highest and lowest", () => {
    const summary = aggregate(sheets, criteria);
    expect(summary.count).toBe(5);
    expect(summary.total).toEqual({ n: 5, mean: 84.8, trimmedMean: 85 }); // totals 70 80 85 90 99
    expect(summary.criteria.innovation!.mean).toBeCloseTo(35.8, 10);
    expect(summary.criteria.innovation!.trimmedMean).toBeCloseTo(109 / 3, 10); // 35 36 38
    expect(summary.criteria.team!.trimmedMean).toBeCloseTo(77 / 3, 10); // 25 25 27
    expect(summary.criteria.benefit).toEqual({ n: 5, mean: 23.6, trimmedMean: 23 }); // 20 24 25
    expect(aggregate(sheets.slice(0, 3), criteria).total).toEqual({ n: 3, mean: 235 / 3, trimmedMean: null });
  });
});

describe.each(engines())("expert review on %s", (engine) => {
  let database: Database;
  let db: Db;
  const clock = manualClock("2024-11-04T09:00:00+08:00");
  const env = { clock };
  const c = cast();
  const experts: { actor: Actor; record: Expert }[] = [];
  const conflicted = new Map<string, string[]>(); // expert id → expected reasons

  /** An instance already under review (inserted directly: the path there is tested elsewhere). */
  async function underReview(subjectId: string) {
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
        partyOrgIds: [ORG_A, ORG_C],
        areaCode: "430104",
        state: "under_review",
        stateEnteredAt: now,
        createdAt: now,
        updatedAt: now,
      })
      .returning();
    return row!;
  }

  beforeAll(async () => {
    database = await openTestDatabase(engine);
    db = database.db;
    const add = async (
      name: string,
      extra: Partial<Parameters<typeof addExpert>[2]>,
      reasons: string[] = [],
    ) => {
      const actor = person("expert", { name });
      const record = await addExpert(
        db,
        c.city,
        { name, userId: actor.userId, fields: ["intelligent-equipment"], ...extra },
        env,
      );
      experts.push({ actor, record });
      if (reasons.length) conflicted.set(record.id, reasons);
      return record;
    };
    for (let i = 1; i <= 8; i++)
      await add(`专家${i}`, { districtCode: i <= 2 ? "430104" : "430102", orgEntityId: ORG_B });
    await add("同单位专家", { orgEntityId: ORG_A, districtCode: "430102" }, ["same_organisation"]);
    await add("合作单位专家", { orgEntityId: ORG_C, districtCode: "430102" }, ["same_organisation"]);
    await add("申报关联专家", { avoidEntityIds: [ORG_A], districtCode: "430102" }, ["declared_relation"]);
    await add("停用专家", { active: false, districtCode: "430102" }, ["inactive"]);
    await add("多重冲突专家", { orgEntityId: ORG_A, avoidEntityIds: [ORG_C], districtCode: "430104" }, [
      "same_organisation",
      "declared_relation",
      "same_district",
    ]);
    const applicantAsExpert = await addExpert(
      db,
      c.city,
      { name: "申请人本人", userId: c.applicant.userId, districtCode: "430102" },
      env,
    );
    experts.push({ actor: c.applicant, record: applicantAsExpert });
    conflicted.set(applicantAsExpert.id, ["applicant"]);
  });
  afterAll(() => database?.close());

  it("never draws a conflicted expert, whatever the seed, and records every exclusion with its reasons", async () => {
    for (let i = 0; i < 40; i++) {
      const instance = await underReview(`draw-${i}`);
      const seed = `seed-${engine}-${i}-0123456789`;
      const result = await drawExperts(
        db,
        c.city,
        instance.id,
        { count: 3, seed, requireDifferentDistrict: true },
        env,
      );
      expect(result.selected).toHaveLength(3);
      for (const s of result.selected) expect(conflicted.has(s.expertId)).toBe(false);
      const reasons = new Map(result.excluded.map((x) => [x.expertId, x.reasons]));
      for (const [id, expected] of conflicted)
        expect(reasons.get(id)).toEqual(expect.arrayContaining(expected));
      // The two clean experts of the applicant's district are excluded for that reason alone.
      const sameDistrict = experts.filter((e) => e.record.name === "专家1" || e.record.name === "专家2");
      for (const e of sameDistrict) expect(reasons.get(e.record.id)).toEqual(["same_district"]);
      // Anyone can recompute the draw from the stored seed and candidates.
      const [stored] = await db
        .select()
        .from(workflowExpertDraws)
        .where(eq(workflowExpertDraws.id, result.drawId));
      expect(stored).toMatchObject({ seed, seedSource: "caller", count: 3, requireDifferentDistrict: true });
      expect(stored!.candidates).toHaveLength(6);
      const recomputed = stored!.candidates
        .map((x) => ({ id: x.expertId, rank: drawRank(stored!.seed, x.expertId) }))
        .sort((a, b) => (a.rank < b.rank ? -1 : 1))
        .slice(0, 3)
        .map((x) => x.id);
      expect(stored!.selected).toEqual(recomputed);
    }
  });

  it("spreads draws over every eligible expert and none other (pure, many seeds)", () => {
    const rows = experts.map((e) => ({
      ...e.record,
      updatedAt: new Date(),
      createdAt: new Date(),
      createdBy: null,
    }));
    const instance = {
      id: "x",
      ownerId: c.applicant.userId,
      ownerOrgId: ORG_A,
      partyOrgIds: [ORG_A, ORG_C],
      areaCode: "430104",
    };
    const rules = { requireDifferentDistrict: false, fields: [], assignedExpertIds: new Set<string>() };
    const eligible = rows.filter((r) => exclusionsOf(r as never, instance as never, rules).length === 0);
    expect(eligible).toHaveLength(8);
    const seen = new Set<string>();
    for (let i = 0; i < 2000; i++) {
      const ranked = eligible.map((r) => ({ id: r.id, rank: drawRank(`s${i}`, r.id) }));
      seen.add(ranked.reduce((best, x) => (x.rank < best.rank ? x : best)).id);
    }
    expect(seen.size).toBe(8);
  });

  it("fails clearly when too few experts remain, writing nothing", async () => {
    const instance = await underReview("too-few");
    const problem = await failure(
      drawExperts(db, c.city, instance.id, { count: 7, requireDifferentDistrict: true }, env),
    );
    expect(problem.code).toBe("experts_insufficient");
    expect(problem.status).toBe(422);
    expect(errorMessage(problem.code, "zh-CN", problem.params)).toBe(
      "符合回避规则的专家只有 6 名，不足抽取的 7 名（已排除 8 名）",
    );
    expect(
      await db.select().from(workflowExpertDraws).where(eq(workflowExpertDraws.instanceId, instance.id)),
    ).toEqual([]);
    // Without the district rule the two experts of the applicant's district come back; a second draw skips the first.
    const first = await drawExperts(db, c.city, instance.id, { count: 7 }, env);
    expect(first.seed).toMatch(/^[0-9a-f]{64}$/);
    const second = await failure(drawExperts(db, c.city, instance.id, { count: 2 }, env));
    expect(second.params).toMatchObject({ available: 1, count: 2 });
    const again = await drawExperts(db, c.city, instance.id, { count: 1 }, env);
    expect(again.excluded.filter((x) => x.reasons.includes("already_assigned"))).toHaveLength(7);
  });

  it("lets only the review's officials draw, and only while reviewing", async () => {
    const instance = await underReview("who-draws");
    expect((await failure(drawExperts(db, c.yuelu, instance.id, { count: 1 }, env))).code).toBe(
      "transition_role",
    );
    expect((await failure(drawExperts(db, c.applicant, instance.id, { count: 1 }, env))).code).toBe(
      "transition_role",
    );
    await db
      .update(workflowInstances)
      .set({ state: "reviewed" })
      .where(eq(workflowInstances.id, instance.id));
    expect((await failure(drawExperts(db, c.city, instance.id, { count: 1 }, env))).code).toBe(
      "review_not_open",
    );
  });

  it("collects valid score sheets, aggregates them and concludes the review", async () => {
    const instance = await underReview("scoring");
    const draw = await drawExperts(db, c.city, instance.id, { count: 5, seed: "scoring-seed-0001" }, env);
    const actorOf = (expertId: string) => experts.find((e) => e.record.id === expertId)!.actor;
    const [a, b, ...rest] = draw.selected;
    const tasks = await myTasks(db, actorOf(a!.expertId));
    expect(tasks.filter((t) => t.kind === "review" && t.instance.id === instance.id)).toHaveLength(1);
    // The expert reads the instance it reviews.
    expect((await getInstance(db, actorOf(a!.expertId), instance.id)).state).toBe("under_review");

    const submit = (expertId: string, assignmentId: string, scores: Record<string, number>) =>
      submitScore(db, actorOf(expertId), assignmentId, { scores, comment: "意见" }, env);
    const invalid = await failure(
      submit(a!.expertId, a!.assignmentId, { innovation: 41, team: 20, extra: 1 }),
    );
    expect(invalid.code).toBe("score_invalid");
    expect(errorMessage(invalid.code, "zh-CN", invalid.params)).toBe(
      "评分表填写有误：“创新能力”须在 0 至 40 之间；缺少“经济效益”的评分；评分表没有“extra”项",
    );
    expect(
      (await failure(submit(b!.expertId, a!.assignmentId, { innovation: 1, team: 1, benefit: 1 }))).code,
    ).toBe("not_found");
    const sheets = [
      [30, 20, 20],
      [35, 25, 20],
      [36, 25, 24],
      [38, 27, 25],
      [40, 30, 29],
    ];
    const conclude = (v: number) =>
      transition(db, c.city, instance.id, { action: "conclude_review", expectedVersion: v }, env);
    const order = [a!, b!, ...rest];
    for (let i = 0; i < 2; i++) {
      const [innovation, team, benefit] = sheets[i]!;
      const result = await submit(order[i]!.expertId, order[i]!.assignmentId, {
        innovation: innovation!,
        team: team!,
        benefit: benefit!,
      });
      expect(result.total).toBe(innovation! + team! + benefit!);
    }
    const early = await failure(conclude(1));
    expect(early.code).toBe("scores_incomplete");
    expect(early.params).toMatchObject({ submitted: 2, required: 3, pending: 3 });
    expect(
      (await failure(submit(a!.expertId, a!.assignmentId, { innovation: 1, team: 1, benefit: 1 }))).code,
    ).toBe("review_closed");
    for (let i = 2; i < 5; i++) {
      const [innovation, team, benefit] = sheets[i]!;
      await submit(order[i]!.expertId, order[i]!.assignmentId, {
        innovation: innovation!,
        team: team!,
        benefit: benefit!,
      });
    }
    expect((await failure(aggregateScores(db, c.applicant, instance.id))).code).toBe("forbidden");
    expect((await failure(aggregateScores(db, actorOf(a!.expertId), instance.id))).code).toBe("forbidden");
    const summary = await aggregateScores(db, c.city, instance.id);
    expect(summary.total).toEqual({ n: 5, mean: 84.8, trimmedMean: 85 });
    expect(summary.criteria.benefit).toEqual({ n: 5, mean: 23.6, trimmedMean: 23 });
    const reviewed = await conclude(1);
    expect(reviewed.state).toBe("reviewed");
    expect(reviewed.stepResults.review).toMatchObject({
      count: 5,
      total: { mean: 84.8, trimmedMean: 85 },
      by: "city",
    });
  });

  it("stops an expert whose conflict becomes known after the draw; an expert may stand aside", async () => {
    const instance = await underReview("late-conflict");
    const draw = await drawExperts(db, c.city, instance.id, { count: 2, seed: "late-conflict-seed" }, env);
    const [first, second] = draw.selected;
    const entry = experts.find((e) => e.record.id === first!.expertId)!;
    const [current] = await db.select().from(workflowExperts).where(eq(workflowExperts.id, first!.expertId));
    await updateExpert(db, c.city, first!.expertId, current!.version, { avoidEntityIds: [ORG_C] }, env);
    const problem = await failure(
      submitScore(
        db,
        entry.actor,
        first!.assignmentId,
        { scores: { innovation: 1, team: 1, benefit: 1 } },
        env,
      ),
    );
    expect(problem.code).toBe("conflict_of_interest");
    expect(errorMessage(problem.code, "zh-CN", problem.params)).toBe(
      `专家“${entry.record.name}”须回避（已申报与申请单位存在关联），不能参与本项评审`,
    );
    const secondActor = experts.find((e) => e.record.id === second!.expertId)!.actor;
    expect(
      (await recuseFromReview(db, secondActor, second!.assignmentId, { reason: "曾为申请单位顾问" }, env))
        .status,
    ).toBe("recused");
    const redraw = await drawExperts(
      db,
      c.city,
      instance.id,
      { count: 1, seed: "late-conflict-redraw" },
      env,
    );
    expect([first!.expertId, second!.expertId]).not.toContain(redraw.selected[0]!.expertId);
    const excluded = new Map(redraw.excluded.map((x) => [x.expertId, x.reasons]));
    expect(excluded.get(first!.expertId)).toEqual(["declared_relation", "already_assigned"]);
    expect(excluded.get(second!.expertId)).toEqual(["already_assigned"]);
  });
});
