import {
  DISTRICTS,
  platformTypeByCode,
  REPORT_METRIC_KEYS,
  type ReportCreate,
  type ReportMetricKey,
  reportDueOn,
} from "@rdcity/common";
import { and, asc, eq } from "drizzle-orm";
import { type Actor, systemActor, userActor } from "../../../core/actor.js";
import { recordAudit } from "../../../core/audit/index.js";
import type { Clock } from "../../../core/calendar/index.js";
import type { Db, Executor } from "../../../core/db/client.js";
import { demoEntityProfiles } from "../../registry/index.js";
import { createRandom, type Random, seedFrom } from "../demo/random.js";
import { platformAnnualReports, platforms } from "../schema.js";
import { actOnReport } from "./commands/act-on-report.js";
import { createReport } from "./commands/create-report.js";
import { flagsOf } from "./figures.js";
import { owesReport } from "./list.js";

/** The years of the demo's reports; the last one is the year under review as of the demo's reference day. */
export const DEMO_REPORT_YEARS = [2022, 2023, 2024, 2025] as const;
const OPEN_YEAR = 2025;
/** 2025 reports that run through the workflow (drafts, submitted, returned, accepted); the rest are imported. */
const WORKFLOW_SAMPLE = 24;
/** Share of platforms owing a 2025 report that have not started one (the "missing" list). */
const MISSING_SHARE = 0.05;

interface DemoPlatform {
  id: string;
  name: string;
  typeCode: string;
  level: string;
  hostEntityId: string;
  districtCode: string;
}

/** R&D spending of a typical platform of the level in 2022 (万元); the category scales it. */
const LEVEL_BASE: Record<string, number> = { national: 6000, provincial: 1200, municipal: 400 };
const CATEGORY_FACTOR: Record<string, number> = {
  lab: 1,
  technology_innovation: 1.6,
  engineering: 1.1,
  enterprise: 2.2,
  medical: 0.9,
  infrastructure: 4,
  strategic: 3,
  new_rd_institution: 0.8,
  rd_centre: 3.5,
  cooperation: 0.5,
  incubation: 0.4,
};
/** R&D intensity (R&D spending / revenue) by the host's kind: enterprises sell, universities mostly do not. */
const INTENSITY: Record<string, [number, number]> = {
  enterprise: [0.03, 0.09],
  university: [0.6, 1.4],
  institute: [0.35, 0.9],
  hospital: [0.05, 0.12],
};

const between = (random: Random, a: number, b: number) => a + (b - a) * random.next();
const money = (v: number) => (Math.round(Math.max(0, v) * 100) / 100).toFixed(2);
const count = (v: number) => Math.max(0, Math.round(v));

/** A platform's figures for its first year: plausible for its type, level and host. */
function baseFigures(random: Random, p: DemoPlatform, hostKind: string) {
  const category = platformTypeByCode(p.typeCode)?.category ?? "lab";
  const rd = (LEVEL_BASE[p.level] ?? 400) * (CATEGORY_FACTOR[category] ?? 1) * between(random, 0.45, 1.8);
  const [lo, hi] = INTENSITY[hostKind] ?? [0.1, 0.3];
  return {
    rd,
    staff: rd / between(random, 12, 25),
    equipment: rd * between(random, 0.5, 1.4),
    patents: rd / between(random, 25, 60),
    grantShare: between(random, 0.4, 0.7),
    inventionShare: between(random, 0.35, 0.7),
    standards: rd / between(random, 800, 3000),
    ledShare: between(random, 0.2, 0.5),
    transfers: rd / between(random, 250, 900),
    dealSize: between(random, 20, 120),
    revenue: rd / between(random, lo, hi),
  };
}
type Base = ReturnType<typeof baseFigures>;

/** The figures of one year: the base grown by `g`, with an optional deliberate jump in one metric. */
function yearFigures(random: Random, b: Base, g: number, jump?: { metric: ReportMetricKey; factor: number }) {
  const f = (metric: ReportMetricKey, v: number) => (jump?.metric === metric ? v * jump.factor : v);
  const patentsApplied = count(f("patentsApplied", b.patents * g * between(random, 0.92, 1.08)));
  const patentsGranted = count(f("patentsGranted", patentsApplied * b.grantShare));
  const transfers = count(f("achievementsTransferred", b.transfers * g * between(random, 0.9, 1.1)));
  const standardsAll = count(b.standards * g * between(random, 0.9, 1.1));
  const standardsLed = count(standardsAll * b.ledShare);
  return {
    rdSpending: money(f("rdSpending", b.rd * g)),
    rdStaff: count(f("rdStaff", b.staff * g * between(random, 0.95, 1.05))),
    equipmentValue: money(f("equipmentValue", b.equipment * (1 + (g - 1) * 0.6))),
    patentsApplied,
    patentsGranted,
    inventionPatentsApplied: Math.min(patentsApplied, count(patentsApplied * b.inventionShare)),
    inventionPatentsGranted: Math.min(patentsGranted, count(patentsGranted * b.inventionShare * 0.8)),
    standardsLed,
    standardsParticipated: standardsAll - standardsLed,
    achievementsTransferred: transfers,
    transferContractValue: transfers
      ? money(f("transferContractValue", b.transfers * g * b.dealSize * between(random, 0.92, 1.08)))
      : "0.00",
    revenue: money(f("revenue", b.revenue * g * between(random, 0.9, 1.1))),
  };
}
type DemoFigures = ReturnType<typeof yearFigures>;

const JUMPABLE: ReportMetricKey[] = [
  "rdSpending",
  "patentsApplied",
  "revenue",
  "transferContractValue",
  "rdStaff",
];

/** The demo's figures for every year a platform owes a report: growth of 3–18 % a year, a few deliberate jumps. */
export function demoFigures(random: Random, p: DemoPlatform, hostKind: string, years: readonly number[]) {
  const base = baseFigures(random, p, hostKind);
  let g = 1;
  const out = new Map<number, DemoFigures>();
  for (const year of years) {
    const jump = random.chance(0.04)
      ? { metric: random.pick(JUMPABLE), factor: random.chance(0.7) ? between(random, 1.8, 2.6) : 0.35 }
      : undefined;
    out.set(year, yearFigures(random, base, g, jump));
    g *= between(random, 1.03, 1.18);
  }
  return out;
}

const at = (day: string, hour = 10) => new Date(`${day}T${String(hour).padStart(2, "0")}:00:00+08:00`);
const clockAt = (date: Date): Clock => ({ now: () => date });

const DEMO_ID = (n: number) => `d0000000-0000-4000-8000-${String(n).padStart(12, "0")}`;

/** Stand-ins for the people who file and review in the demo (their names appear in the histories). */
function filerOf(p: DemoPlatform, hostName: string): Actor {
  return userActor(
    {
      id: DEMO_ID(1),
      username: `${hostName}（演示填报）`,
      role: "entity",
      areaCode: null,
      orgId: p.hostEntityId,
    },
    null,
    "session",
  );
}
function reviewerOf(p: DemoPlatform): Actor {
  const district = DISTRICTS.find((d) => d.code === p.districtCode)?.name ?? p.districtCode;
  return userActor(
    {
      id: DEMO_ID(2),
      username: `${district}科技局（演示审核）`,
      role: "district",
      areaCode: p.districtCode,
      orgId: null,
    },
    null,
    "session",
  );
}

async function owing(ex: Executor, year: number): Promise<DemoPlatform[]> {
  return ex
    .select({
      id: platforms.id,
      name: platforms.name,
      typeCode: platforms.typeCode,
      level: platforms.level,
      hostEntityId: platforms.hostEntityId,
      districtCode: platforms.districtCode,
    })
    .from(platforms)
    .where(and(eq(platforms.isDemo, true), owesReport(year)))
    .orderBy(asc(platforms.id));
}

type Row = typeof platformAnnualReports.$inferInsert;

/**
 * Demo annual reports for 2022–2025 of the demo platforms.
 *
 * Reports reviewed before the demo's system "went live" are imported as accepted without a workflow instance
 * (`origin = 'imported'`): every report of 2022–2024 and most of 2025, written in bulk (a few thousand rows in
 * batches) with their year-over-year flags, one audit entry per batch. A sample of 2025 reports (due 31 March
 * 2026) runs through the real process with the module's own commands and a clock set to dates in 2026: drafts,
 * submitted, returned with a comment, accepted (some flagged and acknowledged); a few platforms have not filed
 * at all (the missing list). The sample is small so that the first start stays quick.
 */
export async function seedDemoReports(db: Db, opts: { seed?: number } = {}): Promise<{ reports: number }> {
  const random = createRandom(seedFrom("rdcity-reports", opts.seed ?? 2025));
  const hosts = new Map((await demoEntityProfiles(db)).map((h) => [h.id, h]));
  const yearsOf = new Map<string, number[]>();
  const platformOf = new Map<string, DemoPlatform>();
  for (const year of DEMO_REPORT_YEARS) {
    for (const p of await owing(db, year)) {
      platformOf.set(p.id, p);
      yearsOf.set(p.id, [...(yearsOf.get(p.id) ?? []), year]);
    }
  }
  const seed = systemActor("seed");
  const fate = plan2025(
    random,
    [...yearsOf].filter(([, ys]) => ys.includes(OPEN_YEAR)),
    platformOf,
    hosts,
  );
  const imported: Row[] = [];
  const sample: SampleItem[] = [];
  for (const [id, years] of yearsOf) {
    const p = platformOf.get(id)!;
    const figures = demoFigures(random, p, hosts.get(p.hostEntityId)?.kind ?? "enterprise", years);
    const reviewer = reviewerOf(p).username;
    for (const year of years) {
      const current = figures.get(year)!;
      const previous = figures.get(year - 1) ?? null;
      if (year === OPEN_YEAR) {
        const stage = fate.get(id);
        if (stage === "missing") continue;
        if (stage) {
          sample.push({ p, figures: current, previous, stage });
          continue;
        }
      }
      const flags = flagsOf(current, previous);
      const submitted = at(`${year + 1}-03-${String(random.int(1, 28)).padStart(2, "0")}`);
      const reviewed = new Date(submitted.getTime() + random.int(2, 30) * 86_400_000);
      imported.push({
        platformId: id,
        year,
        status: "accepted",
        origin: "imported",
        ...current,
        flags,
        flagsAcknowledgedBy: flags.length ? reviewer : null,
        flagsAcknowledgedAt: flags.length ? reviewed : null,
        dueOn: reportDueOn(year),
        submissions: 1,
        submittedAt: submitted,
        submittedBy: `${hosts.get(p.hostEntityId)?.name ?? ""}（演示填报）`,
        reviewedAt: reviewed,
        reviewedBy: reviewer,
        isDemo: true,
        createdAt: submitted,
        createdBy: seed.username,
        updatedAt: reviewed,
        updatedBy: seed.username,
      });
    }
  }
  await db.transaction(async (tx) => {
    for (let i = 0; i < imported.length; i += 1000) {
      const batch = imported.slice(i, i + 1000);
      await tx.insert(platformAnnualReports).values(batch);
      await recordAudit(tx, seed, {
        action: "platform_report.import",
        targetType: "platform_report",
        after: {
          origin: "imported",
          demo: true,
          rows: batch.length,
          years: [...new Set(batch.map((r) => r.year))],
        },
      });
    }
  });
  await runSample(db, sample, hosts, random);
  return { reports: imported.length + sample.length };
}

type Stage = "draft" | "submitted" | "returned" | "accepted";
interface SampleItem {
  p: DemoPlatform;
  figures: DemoFigures;
  previous: DemoFigures | null;
  stage: Stage;
}
const STAGES: Stage[] = ["submitted", "draft", "returned", "accepted", "submitted", "accepted"];
/** The first enterprises of 岳麓区 (the demo's district account) show every state on their own platforms. */
const SHOWCASE_STAGES: (Stage | "missing")[] = ["returned", "submitted", "draft", "missing", "accepted"];

/**
 * What happens to each platform's 2025 report: the platforms of two 岳麓区 enterprises (the first in the
 * registry's order, and the one hosting the most platforms) show every state (returned, submitted, draft, not filed, accepted); a sample weighted towards
 * 岳麓区 runs through the process; about 5 % of the rest have not filed; the others are imported as accepted.
 */
function plan2025(
  random: Random,
  owing: [string, number[]][],
  platformOf: Map<string, DemoPlatform>,
  hosts: Map<string, { id: string; kind: string; districtCode: string | null }>,
): Map<string, Stage | "missing"> {
  const fate = new Map<string, Stage | "missing">();
  const perHost = new Map<string, string[]>();
  for (const [id] of owing) {
    const host = hosts.get(platformOf.get(id)!.hostEntityId);
    if (host?.kind !== "enterprise" || host.districtCode !== "430104") continue;
    perHost.set(host.id, [...(perHost.get(host.id) ?? []), id]);
  }
  const candidates = [...hosts.keys()].filter((h) => (perHost.get(h)?.length ?? 0) >= 3);
  const most = [...candidates].sort((a, b) => perHost.get(b)!.length - perHost.get(a)!.length)[0];
  // The first in the registry's order is the organisation of the demo's enterprise account (qiye).
  const showcase = [...new Set([candidates[0], most])].filter((h): h is string => !!h);
  for (const h of showcase)
    for (const [k, id] of perHost.get(h)!.entries())
      fate.set(id, SHOWCASE_STAGES[k % SHOWCASE_STAGES.length]!);
  let n = 0;
  for (const [id] of owing) {
    if (fate.has(id)) continue;
    const yuelu = platformOf.get(id)!.districtCode === "430104";
    if (n < WORKFLOW_SAMPLE && random.chance(yuelu ? 0.08 : 0.006))
      fate.set(id, STAGES[n++ % STAGES.length]!);
    else if (random.chance(MISSING_SHARE)) fate.set(id, "missing");
  }
  return fate;
}

const RETURN_COMMENTS = [
  "研发投入同比变动较大，请补充说明并附研发费用辅助账。",
  "专利数据与知识产权局统计口径不一致，请核对后重新提交。",
  "成果转化合同金额请附技术合同登记证明。",
  "营业收入与上年审计报告不符，请核实。",
];

/** The 2025 sample through the real process, each step at its own date in 2026. */
async function runSample(
  db: Db,
  sample: SampleItem[],
  hosts: Map<string, { name: string }>,
  random: Random,
): Promise<void> {
  for (const [k, { p, figures, previous, stage }] of sample.entries()) {
    const filer = filerOf(p, hosts.get(p.hostEntityId)?.name ?? "依托单位");
    const reviewer = reviewerOf(p);
    // Some submitted and accepted reports carry a deliberate jump, so the review list shows flags.
    const jumped =
      stage !== "draft" && k % 2 === 0 && previous
        ? { ...figures, rdSpending: money(Number(previous.rdSpending) * between(random, 1.7, 2.4)) }
        : figures;
    // A draft may still lack figures.
    const input: ReportCreate = { ...jumped, platformId: p.id, year: OPEN_YEAR };
    if (stage === "draft" && k % 2 === 0) for (const key of REPORT_METRIC_KEYS.slice(6)) delete input[key];
    const day = 1 + (k % 27);
    const created = await createReport(
      db,
      filer,
      input,
      { clock: clockAt(at(`2026-02-${pad(day)}`)) },
      {
        isDemo: true,
      },
    );
    if (stage === "draft") continue;
    // Most submit in March; a few are late.
    const submittedAt = k % 5 === 0 ? at(`2026-04-${pad(day)}`) : at(`2026-03-${pad(day)}`);
    let row = await actOnReport(
      db,
      filer,
      created.id,
      created.version,
      "submit",
      {},
      { clock: clockAt(submittedAt) },
    );
    if (stage === "submitted") continue;
    const reviewAt = new Date(submittedAt.getTime() + (5 + (k % 20)) * 86_400_000);
    if (stage === "returned") {
      await actOnReport(
        db,
        reviewer,
        row.id,
        row.version,
        "return",
        // The first comment is about a jump in R&D spending; the others about figures that need evidence.
        { comment: RETURN_COMMENTS[jumped === figures ? 1 + (k % (RETURN_COMMENTS.length - 1)) : 0]! },
        { clock: clockAt(reviewAt) },
      );
      continue;
    }
    row = await actOnReport(
      db,
      reviewer,
      row.id,
      row.version,
      "accept",
      { acknowledgeFlags: true, comment: (row.flags as unknown[]).length ? "波动原因已核实。" : undefined },
      { clock: clockAt(reviewAt) },
    );
  }
}

const pad = (n: number) => String(n).padStart(2, "0");
