import { sql } from "drizzle-orm";
import { type Db, rows } from "../../../core/db/client.js";
import { buildPlatform, hostEntity } from "../../platforms/platform.fixture.js";
import { cultivationPool, cultivationRounds } from "../schema.js";

/** The part of the test client the fixture uses (kept structural: src/test is not part of the build). */
interface Client {
  post(
    url: string,
    payload?: unknown,
    headers?: Record<string, string>,
  ): Promise<{ statusCode: number; body: string; headers: Record<string, unknown>; json(): { id: string } }>;
}

/** Figures of a plausible annual report with the R&D spending given (万元). */
export function reportFigures(rdSpending: number) {
  return {
    rdSpending: rdSpending.toFixed(2),
    rdStaff: 80,
    equipmentValue: "950.00",
    patentsApplied: 40,
    patentsGranted: 22,
    inventionPatentsApplied: 20,
    inventionPatentsGranted: 9,
    standardsLed: 2,
    standardsParticipated: 3,
    achievementsTransferred: 4,
    transferContractValue: "310.25",
    revenue: "15000.00",
  };
}

export interface FixturePeople {
  city: Client;
  /** The host's filer and the district that reviews its reports. */
  hosts: { entity: string; filer: Client; reviewer: Client; districtCode: string }[];
}

/**
 * A recognised provincial platform with accepted annual reports, filed and reviewed through the platforms' API
 * (host files, district accepts): `reports` maps a year to its R&D spending.
 */
export async function platformWithReports(
  people: FixturePeople,
  host: FixturePeople["hosts"][number],
  reports: Record<number, number>,
): Promise<string> {
  const p = await people.city.post(
    "/api/platforms",
    buildPlatform(host.entity, {
      districtCode: host.districtCode,
      level: "provincial",
      status: "recognised",
      recognisedOn: "2021-06-01",
      statusOn: "2021-06-01",
    }),
  );
  if (p.statusCode !== 201) throw new Error(`platform not created: ${p.body}`);
  const platformId = p.json().id as string;
  for (const [year, rd] of Object.entries(reports)) {
    const created = await host.filer.post("/api/platform-reports", {
      platformId,
      year: Number(year),
      ...reportFigures(rd),
    });
    if (created.statusCode !== 201) throw new Error(`report not created: ${created.body}`);
    const submitted = await host.filer.post(
      `/api/platform-reports/${created.json().id}/submit`,
      {},
      { "if-match": String(created.headers.etag) },
    );
    if (submitted.statusCode !== 200) throw new Error(`report not submitted: ${submitted.body}`);
    const accepted = await host.reviewer.post(
      `/api/platform-reports/${created.json().id}/accept`,
      { acknowledgeFlags: true },
      { "if-match": String(submitted.headers.etag) },
    );
    if (accepted.statusCode !== 200) throw new Error(`report not accepted: ${accepted.body}`);
  }
  return platformId;
}

export { hostEntity };

/** A selection round and its pool members, written as the pool part would (same module's tables). */
export async function poolOf(db: Db, platformIds: string[], year = 2026): Promise<string> {
  const [round] = await db
    .insert(cultivationRounds)
    .values({
      title: `${year}年度国家级创新平台培育对象遴选（测试）`,
      year,
      dataYear: year - 1,
      criteria: {},
      status: "announced",
    })
    .returning();
  if (platformIds.length)
    await db
      .insert(cultivationPool)
      .values(
        platformIds.map((platformId) => ({ platformId, roundId: round!.id, enteredOn: `${year}-03-01` })),
      );
  return round!.id;
}

/**
 * Legacy figures the platforms' API refuses (an imported report with no R&D spending, or a negative one): the
 * support rules must list such platforms as left out, so the test writes the stored figure as an import would.
 */
export async function plantLegacyFigure(db: Db, platformId: string, year: number, rdSpending: string | null) {
  await rows(
    db,
    sql`UPDATE platform_annual_reports SET rd_spending = ${rdSpending}
      WHERE platform_id = ${platformId} AND year = ${year}`,
  );
}
