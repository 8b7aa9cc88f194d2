import { randomUUID } from "node:crypto";
import { type Actor, userActor } from "../../../core/actor.js";
import { manualClock } from "../../../core/calendar/index.js";
import type { Db } from "../../../core/db/client.js";
import { AppError } from "../../../core/errors.js";
import {
  addAttachment,
  addComment,
  answerObjection,
  defaultEnv,
  drawExperts,
  drawRank,
  recordObjection,
  submitScore,
  transition,
  type WorkflowEnv,
} from "../../../core/workflow/index.js";
import { demoEntityProfiles } from "../../registry/index.js";
import { startRecognition, startRevocation } from "./recognition.js";

/** A one-page PDF saying what it stands for (demo attachments are real files, not placeholders). */
export function demoPdf(title: string): Uint8Array<ArrayBuffer> {
  const text = title.replace(/[^\x20-\x7e]/g, "?").replace(/[()\\]/g, "");
  const stream = `BT /F1 18 Tf 72 720 Td (${text}) Tj ET`;
  const objects = [
    "<< /Type /Catalog /Pages 2 0 R >>",
    "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
    `<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`,
    "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
  ];
  let body = "%PDF-1.4\n";
  const offsets: number[] = [];
  objects.forEach((o, i) => {
    offsets.push(body.length);
    body += `${i + 1} 0 obj\n${o}\nendobj\n`;
  });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const off of offsets) body += `${String(off).padStart(10, "0")} 00000 n \n`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return new Uint8Array(Buffer.from(body, "latin1")) as Uint8Array<ArrayBuffer>;
}

export interface DemoPeople {
  /** The demo enterprise account (its organisation applies) — may be absent. */
  enterprise: Actor | null;
  city: Actor;
  /** District officials by district code (virtual officials stand in where no demo account exists). */
  district(code: string): Actor;
  /** Expert actors by expert-pool id. */
  experts: Map<string, Actor>;
}

const SCORES = [
  { capability: 26, team: 21, results: 20, contribution: 17 },
  { capability: 24, team: 22, results: 19, contribution: 16 },
  { capability: 27, team: 20, results: 21, contribution: 18 },
  { capability: 22, team: 19, results: 18, contribution: 15 },
];

type Stage =
  | "draft"
  | "applied"
  | "recommended"
  | "formal_checked"
  | "under_review"
  | "reviewed"
  | "in_public_notice"
  | "approved"
  | "certified"
  | "rejected"
  | "withdrawn"
  | "returned";

function applicantActor(org: { id: string; name: string }): Actor {
  return userActor(
    {
      id: randomUUID(),
      username: `${org.name.slice(0, 12)}·申报专员`,
      role: "entity",
      areaCode: null,
      orgId: org.id,
    },
    null,
    "session",
  );
}

/**
 * Demo applications in every state of the recognition process (and a revocation), driven through the engine
 * with a manual clock: finished ones in August–September 2026, those still running started in the last days
 * before `now`, so that their deadlines and notices are live when the demo opens.
 */
export async function seedDemoRecognitions(
  db: Db,
  people: DemoPeople,
  opts: { now?: Date } = {},
): Promise<{ applications: number; skipped: number }> {
  const profiles = (await demoEntityProfiles(db)).filter((p) => p.kind === "enterprise" && p.districtCode);
  if (profiles.length < 20 || people.experts.size < 3) return { applications: 0, skipped: 0 };
  const now = opts.now ?? new Date();
  const plan: { stage: Stage; finishedEarly: boolean }[] = [
    ...(["certified", "certified", "certified", "certified", "rejected"] as Stage[]).map((stage) => ({
      stage,
      finishedEarly: true,
    })),
    ...(
      [
        "draft",
        "draft",
        "returned",
        "applied",
        "applied",
        "applied",
        "recommended",
        "recommended",
        "formal_checked",
        "under_review",
        "under_review",
        "reviewed",
        "in_public_notice",
        "in_public_notice",
        "approved",
        "withdrawn",
      ] as Stage[]
    ).map((stage) => ({ stage, finishedEarly: false })),
  ];
  const enterpriseOrg = people.enterprise?.orgId ?? null;
  const orgs = profiles.filter((p) => p.id !== enterpriseOrg);
  // Applications waiting on a district come from 岳麓区, so that the demo district account has work to do.
  const yuelu = orgs.filter((p) => p.districtCode === "430104");
  const waitingOnDistrict: Stage[] = ["applied", "returned"];
  let applications = 0;
  let skipped = 0;
  for (const [i, item] of plan.entries()) {
    const pool = waitingOnDistrict.includes(item.stage) && yuelu.length ? yuelu : orgs;
    const org = pool[(i * 97) % pool.length]!;
    // Finished ones ran in August–September 2026; running ones started two to four days ago (a step takes
    // minutes to hours of the manual clock, so they all stand before `now`).
    const start = item.finishedEarly
      ? new Date(Date.UTC(2026, 7, 3 + i * 2, 1, 30))
      : new Date(now.getTime() - (4 * 86_400_000 - i * 3 * 3600_000));
    const clock = manualClock(start);
    const env: WorkflowEnv = { ...defaultEnv, clock };
    const applicant = applicantActor(org);
    try {
      await driveApplication(db, people, env, clock, applicant, org, i, item.stage, item.finishedEarly);
      applications += 1;
    } catch (e) {
      // A year without an official holiday arrangement (running the demo later) skips that application.
      if (e instanceof AppError && e.code === "calendar_year_missing") skipped += 1;
      else throw e;
    }
  }
  // The demo enterprise: one application in progress (recommended by its district, awaiting the formal check)
  // and one draft, so its account shows both a running application and something to fill in.
  if (people.enterprise) {
    const clock = manualClock(new Date(now.getTime() - 3 * 3600_000));
    const env: WorkflowEnv = { ...defaultEnv, clock };
    const org = profiles.find((p) => p.id === enterpriseOrg);
    if (org) {
      await driveApplication(db, people, env, clock, people.enterprise, org, 90, "recommended", false);
      await startRecognition(
        db,
        people.enterprise,
        { typeCode: "engineering_tech_center", centreName: `${org.name}工程技术研究中心` },
        env,
      );
      applications += 2;
    }
  }
  return { applications, skipped };
}

const TYPES = [
  "independent_rd_center",
  "leading_hq_rd_center",
  "foreign_rd_center",
  "engineering_tech_center",
];

async function driveApplication(
  db: Db,
  people: DemoPeople,
  env: WorkflowEnv,
  clock: ReturnType<typeof manualClock>,
  applicant: Actor,
  org: {
    id: string;
    name: string;
    districtCode: string | null;
    zoneCode: string | null;
    industries: string[];
  },
  i: number,
  stage: Stage,
  finishedEarly: boolean,
): Promise<void> {
  const tick = (minutes: number) => clock.advance(minutes * 60_000);
  const days = (n: number) => clock.advance(n * 86_400_000);
  const typeCode = TYPES[i % TYPES.length]!;
  const suffix = typeCode === "engineering_tech_center" ? "工程技术研究中心" : "研发中心";
  let inst = await startRecognition(
    db,
    applicant,
    {
      typeCode,
      centreName: `${org.name.replace(/(股份)?有限(责任)?公司$/, "")}长沙${suffix}`,
      data: {
        zoneCode: org.zoneCode,
        industries: org.industries.length ? org.industries.slice(0, 2) : ["intelligent-equipment"],
        rdSpending: 800 + ((i * 373) % 4200),
        rdStaff: 30 + ((i * 17) % 160),
        revenue: 12_000 + ((i * 4099) % 80_000),
        siteArea: 1200 + ((i * 211) % 6000),
        researchFocus: "围绕主导产品开展关键核心技术攻关，建有中试线和检测平台，近三年获授权发明专利十余项。",
      },
    },
    env,
  );
  if (stage === "draft") return;
  const act = async (
    actor: Actor,
    action: string,
    extra: { data?: Record<string, unknown>; comment?: string } = {},
  ) => {
    tick(35);
    inst = await transition(db, actor, inst.id, { action, expectedVersion: inst.version, ...extra }, env);
    return inst;
  };
  tick(40);
  await addAttachment(
    db,
    applicant,
    inst.id,
    {
      kind: "application_form",
      fileName: "认定申请书.pdf",
      contentType: "application/pdf",
      bytes: demoPdf("Application"),
    },
    env,
  );
  await act(applicant, "submit");
  if (stage === "applied") return;
  if (stage === "withdrawn") {
    await act(applicant, "withdraw");
    return;
  }
  const district = people.district(org.districtCode!);
  if (stage === "returned") {
    await act(district, "return_to_applicant", { comment: "请补充上年度研发费用专项审计报告后重新提交。" });
    return;
  }
  if (finishedEarly) days(2);
  await act(district, "recommend", { data: { recommendation: "该单位研发条件符合要求，同意推荐。" } });
  if (stage === "recommended") return;
  if (stage === "rejected") {
    await act(people.city, "reject", { comment: "研发投入占营业收入比例未达到申报条件。" });
    return;
  }
  if (finishedEarly) days(3);
  await act(people.city, "pass_formal_check", {
    data: {
      checklist: {
        materials_complete: true,
        registered_in_changsha: true,
        rd_spending_met: true,
        no_bad_record: true,
      },
    },
  });
  if (stage === "formal_checked") return;
  await act(people.city, "start_review");
  tick(30);
  // The demo's first expert account should have a score sheet to look at: a recorded seed that ranks it first.
  const first = [...people.experts.entries()].find(([, a]) => a.username === "zhuanjia01")?.[0];
  let seed = `demo-${i}`;
  for (let k = 0; first && k < 500; k++) {
    const candidate = `demo-${i}-${k}`;
    const ranks = [...people.experts.keys()].map((id) => drawRank(candidate, id)).sort();
    if (drawRank(candidate, first) === ranks[0]) {
      seed = candidate;
      break;
    }
  }
  const draw = await drawExperts(db, people.city, inst.id, { count: 3, seed }, env);
  for (const [k, s] of draw.selected.entries()) {
    // Under review: the first expert (the demo's zhuanjia01) has not scored yet, and one more on every other.
    if (stage === "under_review" && (k === 0 || (k === 1 && i % 2 === 0))) continue;
    const expert = people.experts.get(s.expertId);
    if (!expert) continue;
    tick(90);
    await submitScore(
      db,
      expert,
      s.assignmentId,
      { scores: SCORES[(i + k) % SCORES.length]!, comment: "研发基础扎实，建议予以认定。" },
      env,
    );
  }
  if (stage === "under_review") return;
  await act(people.city, "conclude_review");
  if (stage === "reviewed") return;
  if (finishedEarly) days(1);
  await act(people.city, "publish_notice");
  if (stage === "in_public_notice") {
    if (i % 2 === 0) {
      tick(120);
      await recordObjection(
        db,
        people.city,
        inst.id,
        {
          objectorName: "刘某",
          objectorIdentity: "430104198805061234",
          objectorContact: "13800000000",
          body: "申报材料中的研发人员数量与社保缴纳人数不一致。",
        },
        env,
      );
    }
    return;
  }
  if (i % 2 === 0) {
    tick(120);
    const objection = await recordObjection(
      db,
      people.city,
      inst.id,
      {
        objectorName: "陈某",
        objectorIdentity: "430103199001011234",
        objectorContact: "13900000000",
        body: "反映该中心研发场地与申报面积不符。",
      },
      env,
    );
    tick(600);
    await answerObjection(
      db,
      people.city,
      objection.id,
      { answer: "经现场核查，研发场地面积与申报一致，异议不成立。" },
      env,
    );
  }
  days(10); // past the 5 working days of the notice
  await addComment(db, people.city, inst.id, { body: "公示期满，无异议或异议已答复。", internal: true }, env);
  await act(people.city, "approve", { comment: "经专家评审和公示，予以认定。" });
  if (stage === "approved") return;
  await act(people.city, "issue_certificate");
  if (i === 3) {
    // One recognition is later proposed for revocation by its district and revoked.
    days(20);
    const rev = await startRevocation(
      db,
      district,
      inst.subject.id,
      { reason: "连续两年未报送年度报告，经核查已停止研发活动。" },
      env,
    );
    tick(60);
    let r = await transition(
      db,
      people.city,
      rev.id,
      { action: "publish_notice", expectedVersion: rev.version },
      env,
    );
    days(10);
    r = await transition(db, people.city, r.id, { action: "revoke", expectedVersion: r.version }, env);
  }
}
