import { randomUUID } from "node:crypto";
import { DEFAULT_EVALUATION_FRAMEWORK } from "@rdcity/common";
import { and, asc, count, desc, eq, isNotNull, isNull } from "drizzle-orm";
import { type Actor, userActor } from "../../../core/actor.js";
import { manualClock } from "../../../core/calendar/index.js";
import type { Db } from "../../../core/db/client.js";
import {
  addAttachment,
  drawExperts,
  submitScore,
  transition,
  type WorkflowEnv,
} from "../../../core/workflow/index.js";
import type { DemoPeople } from "../../platforms/index.js";
import { evaluationResults } from "../schema.js";
import { createRectifications } from "./commands/create-rectifications.js";
import { createEvaluationRound } from "./commands/create-round.js";
import { publishEvaluationRound } from "./commands/publish-round.js";
import { scoreEvaluationRound } from "./commands/score-round.js";
import { startEvaluationReviews } from "./commands/start-reviews.js";
import { demoPdf } from "./demo-files.js";
import { registerEffectivenessProcesses } from "./processes/register.js";
import { platformFactsOf, type ResultRow } from "./repo.js";

const at = (day: string, hour = 10) => `${day}T${String(hour).padStart(2, "0")}:00:00+08:00`;

/** The city's official: the demo's city administrator, or a stand-in when the demo has none. */
function cityOf(people: DemoPeople): Actor {
  if (people.city.role === "city_admin") return people.city;
  return userActor(
    { id: randomUUID(), username: "长沙市科技局（演示）", role: "city_admin", areaCode: null, orgId: null },
    null,
    "session",
  );
}

async function hostOf(db: Db, platformId: string): Promise<string> {
  const facts = await platformFactsOf(db, [platformId]);
  return facts.get(platformId)!.hostEntityId;
}

/** A clerk of the host organisation (a stand-in: the host's users carry on its instances). */
function hostClerk(orgId: string): Actor {
  return userActor(
    { id: randomUUID(), username: "平台依托单位（演示填报）", role: "entity", areaCode: null, orgId },
    null,
    "session",
  );
}

const RECTIFY = "对照评估指标查找差距，补齐研发投入和成果转化台账，制定整改措施并提交整改报告及佐证材料。";

/**
 * The effectiveness demo over the demo registry (its platforms have accepted reports 2022–2025): a published
 * 2024 round (so every platform's trend has two points), and a published 2025 round with grades in every band,
 * two concluded expert reviews (a failed platform near the line and an excellent one), and rectifications of
 * four failed platforms: one done, one awaiting acceptance, one open, one escalated to revocation. Everything goes
 * through the commands and the workflow engine, with a manual clock for the dates.
 */
export async function seedDemoEffectiveness(db: Db, people: DemoPeople) {
  registerEffectivenessProcesses();
  const clock = manualClock(at("2025-05-12"));
  const env: Partial<WorkflowEnv> = { clock };
  const city = cityOf(people);
  const day = (d: string, hour?: number) => clock.set(at(d, hour));

  // 2024: scored and published before the system went live (platform statuses left as they were).
  let r24 = await createEvaluationRound(
    db,
    city,
    {
      title: "2024年度创新平台效能评估",
      year: 2024,
      framework: DEFAULT_EVALUATION_FRAMEWORK,
      expertWeight: 0.3,
    },
    env,
  );
  day("2025-05-14");
  r24 = await scoreEvaluationRound(db, city, r24.id, r24.version, env);
  day("2025-06-30");
  await publishEvaluationRound(db, city, r24.id, r24.version, { markEvaluated: false }, env);

  // 2025: scored, two platforms reviewed by experts, published, rectification for failed ones.
  day("2026-05-06");
  let r25 = await createEvaluationRound(
    db,
    city,
    {
      title: "2025年度创新平台效能评估",
      year: 2025,
      framework: DEFAULT_EVALUATION_FRAMEWORK,
      expertWeight: 0.3,
    },
    env,
  );
  day("2026-05-08");
  r25 = await scoreEvaluationRound(db, city, r25.id, r25.version, env);
  const pick = async (grade: string, best: boolean) => {
    const [row] = await db
      .select()
      .from(evaluationResults)
      .where(
        and(
          eq(evaluationResults.roundId, r25.id),
          eq(evaluationResults.grade, grade),
          isNotNull(evaluationResults.rankInGroup),
        ),
      )
      .orderBy(best ? desc(evaluationResults.score) : asc(evaluationResults.score))
      .limit(1);
    return row;
  };
  const nearLine = await pick("fail", true);
  const top = await pick("excellent", true);
  const reviewed = [nearLine, top].filter((r): r is ResultRow => !!r);
  let reviews = 0;
  if (reviewed.length && people.experts.size >= 3) {
    day("2026-05-11");
    const started = await startEvaluationReviews(
      db,
      city,
      r25.id,
      { resultIds: reviewed.map((r) => r.id) },
      env,
    );
    const sheets = [
      [
        { input_assurance: 26, output_quality: 35, leading_benefit: 25 },
        { input_assurance: 24, output_quality: 33, leading_benefit: 26 },
        { input_assurance: 27, output_quality: 34, leading_benefit: 24 },
      ],
      [
        { input_assurance: 28, output_quality: 37, leading_benefit: 28 },
        { input_assurance: 27, output_quality: 38, leading_benefit: 27 },
        { input_assurance: 29, output_quality: 36, leading_benefit: 28 },
      ],
    ];
    for (const [n, s] of started.entries()) {
      const result = reviewed.find((r) => r.id === s.resultId)!;
      const host = hostClerk(await hostOf(db, result.platformId));
      let version = 1;
      const act = async (actor: Actor, action: string, data?: Record<string, unknown>) => {
        const after = await transition(
          db,
          actor,
          s.instanceId,
          { action, expectedVersion: version, data },
          env,
        );
        version = after.version;
      };
      day("2026-05-15", 9 + n);
      await addAttachment(
        db,
        host,
        s.instanceId,
        {
          kind: "evidence",
          fileName: "2025年度运行情况佐证材料.pdf",
          contentType: "application/pdf",
          bytes: demoPdf("Evidence 2025"),
        },
        env,
      );
      await act(host, "submit", {
        selfAssessment:
          "2025年度平台研发投入稳定增长，新增发明专利授权和主持制定标准，成果转化合同金额较上年提高，对产业链带动作用明显。",
      });
      day("2026-05-18", 9 + n);
      await act(city, "start_review");
      const draw = await drawExperts(
        db,
        city,
        s.instanceId,
        { count: 3, seed: `effectiveness-demo-${n}` },
        env,
      );
      day("2026-05-21", 9 + n);
      for (const [k, chosen] of draw.selected.entries()) {
        const expert = people.experts.get(chosen.expertId);
        if (!expert) continue;
        await submitScore(
          db,
          expert,
          chosen.assignmentId,
          { scores: sheets[n]![k]!, comment: "材料翔实，运行规范，建议按评审意见持续提升成果转化水平。" },
          env,
        );
      }
      day("2026-05-25", 9 + n);
      await act(city, "conclude_review");
      reviews++;
    }
  }
  day("2026-06-10");
  // Reviews change results, not the round: its version is still the one scoring left.
  const published = await publishEvaluationRound(db, city, r25.id, r25.version, {}, env);

  // Rectification: the three lowest failed platforms with a report, and one without a report.
  const failed = await db
    .select()
    .from(evaluationResults)
    .where(
      and(
        eq(evaluationResults.roundId, r25.id),
        eq(evaluationResults.grade, "fail"),
        isNotNull(evaluationResults.rankInGroup),
      ),
    )
    .orderBy(asc(evaluationResults.score))
    .limit(3);
  const [unreported] = await db
    .select()
    .from(evaluationResults)
    .where(
      and(
        eq(evaluationResults.roundId, r25.id),
        eq(evaluationResults.grade, "fail"),
        isNull(evaluationResults.rankInGroup),
      ),
    )
    .limit(1);
  day("2026-06-15");
  const plan: { result: ResultRow; deadline: string; fate: "done" | "submitted" | "open" | "escalated" }[] =
    [];
  if (failed[0]) plan.push({ result: failed[0], deadline: "2026-09-30", fate: "done" });
  if (failed[1]) plan.push({ result: failed[1], deadline: "2026-12-31", fate: "submitted" });
  if (unreported) plan.push({ result: unreported, deadline: "2026-12-31", fate: "open" });
  if (failed[2]) plan.push({ result: failed[2], deadline: "2026-09-30", fate: "escalated" });
  const rectifications = [];
  for (const p of plan) {
    const [row] = await createRectifications(
      db,
      city,
      r25.id,
      {
        resultIds: [p.result.id],
        deadline: p.deadline,
        requirements: p.result.rankInGroup === null ? `补报2025年度年报；${RECTIFY}` : RECTIFY,
      },
      env,
    );
    rectifications.push({ ...p, followup: row! });
  }
  for (const r of rectifications) {
    const instanceId = r.followup.instanceId!;
    const host = hostClerk(await hostOf(db, r.result.platformId));
    let version = 1;
    const act = async (actor: Actor, action: string, data?: Record<string, unknown>, comment?: string) => {
      const after = await transition(
        db,
        actor,
        instanceId,
        { action, expectedVersion: version, data, comment },
        env,
      );
      version = after.version;
    };
    if (r.fate === "done" || r.fate === "submitted") {
      day(r.fate === "done" ? "2026-08-20" : "2026-10-20");
      await addAttachment(
        db,
        host,
        instanceId,
        {
          kind: "rectification_report",
          fileName: "整改报告.pdf",
          contentType: "application/pdf",
          bytes: demoPdf("Rectification report"),
        },
        env,
      );
      await act(host, "submit", {
        report:
          "已对照评估指标完成整改：补齐研发投入台账，新增研发人员，建立成果转化工作机制并签订技术合同。",
      });
      if (r.fate === "done") {
        day("2026-08-25");
        await act(city, "accept");
      }
    }
    if (r.fate === "escalated") {
      day("2026-10-12");
      await act(
        city,
        "escalate",
        { revocationReason: "效能评估不合格，整改期满未提交整改报告" },
        "整改期限届满，未提交整改报告，转入撤销认定程序",
      );
    }
  }
  const [{ n } = { n: 0 }] = await db
    .select({ n: count() })
    .from(evaluationResults)
    .where(eq(evaluationResults.roundId, r25.id));
  return {
    rounds: 2,
    results: Number(n),
    reviews,
    evaluated: published.evaluated,
    rectifications: rectifications.length,
  };
}
