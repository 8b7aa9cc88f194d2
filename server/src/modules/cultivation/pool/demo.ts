import { CULTIVATED_TYPES, type CultivationCriteriaInput, DEFAULT_ROUND_CRITERIA } from "@rdcity/common";
import { and, asc, count, eq } from "drizzle-orm";
import { type Actor, userActor } from "../../../core/actor.js";
import { manualClock } from "../../../core/calendar/index.js";
import type { Db } from "../../../core/db/client.js";
import { defaultEnv, getInstance, transition, type WorkflowEnv } from "../../../core/workflow/index.js";
import { changePlatformStatus, createPlatform, platformFigures } from "../../platforms/index.js";
import { cultivationCandidates, cultivationPool, cultivationRounds } from "../schema.js";
import { createRound } from "./commands/create-round.js";
import { dropFromPool } from "./commands/drop-from-pool.js";
import { recordPromotions } from "./commands/record-promotions.js";
import { scoreRoundCommand } from "./commands/score-round.js";
import { submitRound } from "./commands/submit-round.js";
import { registerPoolProcesses } from "./process.js";

export interface PoolDemoPeople {
  city: Actor;
  /** The demo leadership account; a stand-in is used when absent. */
  leader?: Actor | null;
}

/** 2026: the default criteria (common's DEFAULT_ROUND_CRITERIA). */
export const DEMO_CRITERIA_2026: CultivationCriteriaInput = DEFAULT_ROUND_CRITERIA;

/** 2027 (a draft): more weight on results and their transfer, ranked within the field. */
export const DEMO_CRITERIA_2027: CultivationCriteriaInput = {
  filters: { levels: ["provincial"], typeCodes: CULTIVATED_TYPES, minRdSpending: 600 },
  scored: [
    { field: "rdSpending", weight: 20, rule: { kind: "percentile" } },
    { field: "rdSpendingGrowth", weight: 10, rule: { kind: "linear", floor: 0, ceiling: 25 } },
    { field: "inventionPatentsGranted", weight: 25, rule: { kind: "percentile" } },
    { field: "standardsLed", weight: 10, rule: { kind: "percentile" } },
    { field: "achievementsTransferred", weight: 15, rule: { kind: "percentile" } },
    { field: "transferContractValue", weight: 15, rule: { kind: "percentile" } },
    { field: "revenue", weight: 5, rule: { kind: "percentile" } },
  ],
};

const at = (day: string, hour = 10) => new Date(`${day}T${String(hour).padStart(2, "0")}:00:00+08:00`);

const standIn = (): Actor =>
  userActor(
    {
      id: "d0000000-0000-4000-8000-000000000021",
      username: "领导小组（演示审批）",
      role: "leadership",
      areaCode: null,
      orgId: null,
    },
    null,
    "session",
  );

/**
 * How a provincial platform of the pool becomes national in the demo: the national type and its name
 * (马栏山数字媒体湖南省重点实验室 → 马栏山数字媒体全国重点实验室; an enterprise's 技术中心 keeps its name).
 */
const PROMOTIONS = [
  {
    from: "key_lab",
    to: "state_key_lab",
    name: (n: string) => n.replace("湖南省", "").replace(/重点实验室$/, "全国重点实验室"),
  },
  { from: "enterprise_tech_center", to: "national_enterprise_tech_center", name: (n: string) => n },
] as const;

/**
 * The demo's pool (after the platforms' demo, whose platforms have accepted reports for 2022–2025), through the
 * module's commands and the workflow with a manual clock:
 * - 2026 (data year 2025): created 7 May, scored, submitted 11 May, approved by the leadership on 13 May (public
 *   notice of 5 working days), announced on 21 May: up to 100 platforms enter the pool; in October one key lab
 *   and one enterprise technology centre of the pool are recognised as national (new national records the
 *   provincial ones merge into) and recorded as promoted; one member is dropped.
 * - 2027 (data year 2025, other weights): a scored draft.
 * Does nothing when rounds exist already.
 */
export async function seedDemoPool(
  db: Db,
  people: PoolDemoPeople,
  opts: { now?: Date } = {},
): Promise<{ rounds: number; selected: number; promoted: number }> {
  registerPoolProcesses();
  const [existing] = await db.select({ n: count() }).from(cultivationRounds);
  if (Number(existing?.n ?? 0) > 0) return { rounds: 0, selected: 0, promoted: 0 };
  const city = people.city;
  const leader = people.leader ?? standIn();
  const clock = manualClock(at("2026-05-07"));
  const env: WorkflowEnv = { ...defaultEnv, clock };

  const round = await createRound(
    db,
    city,
    {
      title: "2026年度国家级创新平台培育对象遴选",
      year: 2026,
      dataYear: 2025,
      criteria: DEMO_CRITERIA_2026,
      cap: 100,
    },
    { now: clock.now() },
  );
  clock.set(at("2026-05-08", 15));
  const scored = await scoreRoundCommand(db, city, round.id, { now: clock.now() });
  clock.set(at("2026-05-11", 9));
  const submitted = await submitRound(db, city, round.id, scored.version, env);
  const instanceId = submitted.instanceId!;
  const act = async (actor: Actor, action: string, comment?: string) => {
    const { version } = await getInstance(db, actor, instanceId);
    return transition(db, actor, instanceId, { action, expectedVersion: version, comment }, env);
  };
  clock.set(at("2026-05-13", 16));
  await act(leader, "approve", "同意，按程序公示。");
  clock.set(at("2026-05-21", 10));
  await act(city, "announce");

  const [selected] = await db
    .select({ n: count() })
    .from(cultivationCandidates)
    .where(and(eq(cultivationCandidates.roundId, round.id), eq(cultivationCandidates.selected, true)));
  const promoted = await demoPromotions(db, city, opts.now ?? new Date());

  const draft = await createRound(
    db,
    city,
    {
      title: "2027年度国家级创新平台培育对象遴选（征求意见稿）",
      year: 2027,
      dataYear: 2025,
      criteria: DEMO_CRITERIA_2027,
      cap: 100,
    },
    { now: opts.now },
  );
  await scoreRoundCommand(db, city, draft.id, { now: opts.now });
  return { rounds: 2, selected: Number(selected?.n ?? 0), promoted };
}

/**
 * October 2026: one key lab and one enterprise technology centre of the pool become national (the new national
 * record, the provincial one merged into it), promotions are recorded; one other member is dropped. Skipped
 * when the demo runs before that date.
 */
async function demoPromotions(db: Db, city: Actor, now: Date): Promise<number> {
  const day = "2026-10-12";
  if (now < at(day)) return 0;
  const members = await db
    .select()
    .from(cultivationPool)
    .where(eq(cultivationPool.status, "in_pool"))
    .orderBy(asc(cultivationPool.enteredOn), asc(cultivationPool.platformId));
  const facts = await platformFigures(db, {
    year: 2025,
    platformIds: members.map((m) => m.platformId),
  });
  const used = new Set<string>();
  for (const rule of PROMOTIONS) {
    const p = facts.find((f) => f.typeCode === rule.from && !used.has(f.id));
    if (!p) continue;
    used.add(p.id);
    const national = await createPlatform(
      db,
      city,
      {
        name: rule.name(p.name),
        typeCode: rule.to as never,
        level: "national",
        hostEntityId: p.hostEntityId,
        districtCode: p.districtCode as never,
        zoneCode: (p.zoneCode ?? null) as never,
        industries: p.industries,
        links: [],
        recognisedOn: day,
        status: "recognised",
        statusOn: day,
        statusNote: "获批国家级平台（演示）",
      } as never,
      { today: day },
    );
    await changePlatformStatus(db, city, p.id, {
      status: "merged",
      statusOn: day,
      successorId: national.id,
      note: "升级为国家级平台（演示）",
    });
  }
  const promoted = await recordPromotions(db, city, "2026-10-15");
  const drop = members.find((m) => !used.has(m.platformId));
  if (drop)
    await dropFromPool(
      db,
      city,
      drop.id,
      { reason: "依托单位主动申请退出培育（演示）" },
      { today: "2026-10-20", now: at("2026-10-20") },
    );
  return promoted.length;
}
