/**
 * The platforms benchmark's data: the demo generators at ten thousand platforms (hosts from a generated
 * registry, dated lifecycles, co-builders), written through the module's own bulk insert (status history,
 * versions, audit), and fifty thousand annual reports (five years of each platform) by one bulk INSERT … SELECT.
 */
import { systemActor } from "../../server/src/core/actor.js";
import type { Database } from "../../server/src/core/db/client.js";
import { generateDemoPlatforms } from "../../server/src/modules/platforms/demo/generate-platforms.js";
import type { NewPlatform } from "../../server/src/modules/platforms/row-values.js";
import { insertPlatforms } from "../../server/src/modules/platforms/row-values.js";
import { demoEntityProfiles, seedDemoEntities } from "../../server/src/modules/registry/index.js";
import { rawOf } from "./engines.js";
import { log } from "./stats.js";

/** The demo's quotas add up to about 2 600 platforms at scale 1. */
const DEMO_PLATFORMS_AT_SCALE_1 = 2600;

/**
 * Exactly `count` platforms from the demo generator: a scale a little above what is needed, then evenly spread
 * removals among platforms no other platform is merged into (so every successor stays).
 */
export function benchPlatformItems(hosts: Parameters<typeof generateDemoPlatforms>[0], count: number) {
  let scale = (count / DEMO_PLATFORMS_AT_SCALE_1) * 1.05;
  let items: NewPlatform[] = [];
  for (let tries = 0; tries < 8; tries++) {
    items = generateDemoPlatforms(hosts, { seed: "rdcity-bench", scale });
    if (items.length >= count) break;
    scale *= (count / items.length) * 1.02;
  }
  if (items.length < count) throw new Error(`the generator made ${items.length} platforms, not ${count}`);
  const successors = new Set(items.map((i) => i.successorId).filter(Boolean));
  const removable = items.filter((i) => !successors.has(i.id));
  const excess = items.length - count;
  const drop = new Set<NewPlatform>();
  for (let k = 0; k < excess; k++) drop.add(removable[Math.floor((k * removable.length) / excess)]!);
  return items.filter((i) => !drop.has(i));
}

/** Columns the bulk INSERT fills; a required column outside this list means the table changed shape. */
const REPORT_COLUMNS = [
  "platform_id",
  "year",
  "status",
  "origin",
  "rd_spending",
  "rd_staff",
  "equipment_value",
  "patents_applied",
  "patents_granted",
  "invention_patents_applied",
  "invention_patents_granted",
  "standards_led",
  "standards_participated",
  "achievements_transferred",
  "transfer_contract_value",
  "revenue",
  "due_on",
  "submissions",
  "submitted_at",
  "submitted_by",
  "reviewed_at",
  "reviewed_by",
  "created_by",
  "updated_by",
];

export interface ReportsLoad {
  present: boolean;
  rows: number;
  note: string;
}

/**
 * Annual reports for 2021–2025 of every platform (accepted, with figures derived from a hash of platform and
 * year, so both engines hold the same numbers), when the table exists in this schema.
 */
export async function loadAnnualReports(database: Database, perPlatform: number): Promise<ReportsLoad> {
  const raw = rawOf(database);
  const columns = await raw.query<{
    column_name: string;
    is_nullable: string;
    column_default: string | null;
  }>(
    `SELECT column_name, is_nullable, column_default FROM information_schema.columns
      WHERE table_schema = 'public' AND table_name = 'platform_annual_reports'`,
  );
  if (!columns.length)
    return { present: false, rows: 0, note: "no platform_annual_reports table in this schema" };
  const unknown = columns
    .filter(
      (c) => c.is_nullable === "NO" && c.column_default === null && !REPORT_COLUMNS.includes(c.column_name),
    )
    .map((c) => c.column_name);
  if (unknown.length)
    return {
      present: false,
      rows: 0,
      note: `platform_annual_reports has required columns the benchmark does not fill: ${unknown.join(", ")}`,
    };
  const last = 2025;
  const first = last - perPlatform + 1;
  // h(k) = a number 0…n-1 from the platform, the year and a key: deterministic on both engines.
  const h = (key: string, n: number) => `(abs(hashtext(p.id::text || y::text || '${key}')) % ${n})`;
  await raw.query(
    `INSERT INTO platform_annual_reports (${REPORT_COLUMNS.join(", ")})
     SELECT p.id, y, 'accepted', 'filed',
            ${h("rd", 500_000)} / 100.0, ${h("staff", 400)}, ${h("equip", 1_000_000)} / 100.0,
            ${h("pa", 60)}, ${h("pg", 40)}, ${h("ipa", 30)}, ${h("ipg", 20)}, ${h("sl", 4)}, ${h("sp", 8)},
            ${h("at", 12)}, ${h("tv", 200_000)} / 100.0, ${h("rev", 5_000_000)} / 100.0,
            make_date(y + 1, 3, 31), 1,
            make_timestamptz(y + 1, 3, 1 + ${h("sd", 27)}, 10, 0, 0, 'Asia/Shanghai'), 'bench',
            make_timestamptz(y + 1, 4, 1 + ${h("rd2", 27)}, 10, 0, 0, 'Asia/Shanghai'), 'bench',
            'bench', 'bench'
       FROM platforms p CROSS JOIN generate_series(${first}, ${last}) AS y`,
  );
  const [{ n } = { n: 0 }] = await raw.query<{ n: number }>(
    "SELECT count(*)::int AS n FROM platform_annual_reports",
  );
  return { present: true, rows: Number(n), note: `${first}–${last} for every platform, by INSERT … SELECT` };
}

/** Hosts (a generated registry), `count` platforms through the module's bulk insert, then the reports. */
export async function loadPlatforms(
  database: Database,
  opts: { platforms: number; entities: number; reportsPerPlatform: number },
): Promise<{ platforms: number; entities: number; reports: ReportsLoad; seconds: number }> {
  const start = performance.now();
  const entities = await seedDemoEntities(database.db, opts.entities);
  const hosts = await demoEntityProfiles(database.db);
  const items = benchPlatformItems(hosts, opts.platforms);
  await database.db.transaction((tx) =>
    insertPlatforms(tx, systemActor("bench"), items, { action: "create" }),
  );
  log(
    `  ${items.length} platforms on ${hosts.length} hosts in ${Math.round((performance.now() - start) / 1000)} s`,
  );
  const reports = await loadAnnualReports(database, opts.reportsPerPlatform);
  log(
    `  annual reports: ${reports.present ? `${reports.rows} (${reports.note})` : `none — ${reports.note}`}`,
  );
  const raw = rawOf(database);
  await raw.query("ANALYZE");
  return { platforms: items.length, entities, reports, seconds: (performance.now() - start) / 1000 };
}
