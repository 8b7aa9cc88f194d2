import { REPORT_METRIC_KEYS } from "@rdcity/common";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { systemActor } from "../../../core/actor.js";
import type { Database } from "../../../core/db/client.js";
import { rows } from "../../../core/db/client.js";
import { openTestDatabase } from "../../../test/harness.js";
import { seedDemoEntities } from "../../registry/index.js";
import { seedDemoPlatforms } from "../demo/seed.js";
import { listMissing } from "./list.js";
import { reportTotals } from "./totals.js";

describe("demo annual reports", () => {
  let database: Database;
  let seeded: Awaited<ReturnType<typeof seedDemoPlatforms>>;
  let ms = 0;
  beforeAll(async () => {
    database = await openTestDatabase("pglite");
    await seedDemoEntities(database.db);
    const started = performance.now();
    seeded = await seedDemoPlatforms(database.db);
    ms = performance.now() - started;
  }, 120_000);
  afterAll(async () => database?.close());

  it("covers 2022–2025 with every state of the review in 2025, quickly", async () => {
    console.info(
      `seeded ${seeded.platforms} platforms and ${seeded.reports} reports in ${Math.round(ms)} ms`,
    );
    expect(seeded.reports).toBeGreaterThan(6000);
    const byYear = await rows<{ year: number; status: string; origin: string; n: number; flagged: number }>(
      database.db,
      sql`SELECT year, status, origin, count(*)::int AS n,
                 (count(*) FILTER (WHERE jsonb_array_length(flags) > 0))::int AS flagged
          FROM platform_annual_reports GROUP BY 1, 2, 3 ORDER BY 1, 2, 3`,
    );
    const of = (year: number, status: string, origin?: string) =>
      byYear
        .filter((r) => r.year === year && r.status === status && (!origin || r.origin === origin))
        .reduce((s, r) => s + r.n, 0);
    for (const year of [2022, 2023, 2024]) {
      expect(of(year, "accepted", "imported")).toBeGreaterThan(1200);
      expect(byYear.filter((r) => r.year === year && r.status !== "accepted")).toEqual([]);
    }
    expect(of(2022, "accepted")).toBeLessThan(of(2024, "accepted"));
    for (const status of ["draft", "submitted", "returned", "accepted"])
      expect(of(2025, status, "filed"), status).toBeGreaterThan(0);
    const flagged = byYear.reduce((s, r) => s + r.flagged, 0);
    expect(flagged).toBeGreaterThan(50);
    expect(byYear.filter((r) => r.year === 2025 && r.status === "submitted")[0]!.flagged).toBeGreaterThan(0);
    // Some platforms have not filed for 2025 at all.
    const missing = await listMissing(
      database.db,
      systemActor(),
      { year: 2025, limit: 5, offset: 0 },
      "2026-10-31",
    );
    expect(missing.total).toBeGreaterThan(20);
    // Filed 2025 reports have their instances in the same state; returned ones carry the comment.
    const mismatched = await rows(
      database.db,
      sql`SELECT r.id FROM platform_annual_reports r JOIN workflow_instances i ON i.id = r.instance_id
          WHERE i.state <> r.status OR i.subject_id <> r.id::text`,
    );
    expect(mismatched).toEqual([]);
    const [returned] = await rows<{ comment: string }>(
      database.db,
      sql`SELECT h.comment FROM workflow_history h JOIN platform_annual_reports r ON r.instance_id = h.instance_id
          WHERE h.action = 'return' LIMIT 1`,
    );
    expect(returned!.comment.length).toBeGreaterThan(5);
    // Figures are consistent and plausible.
    const bad = await rows(
      database.db,
      sql`SELECT id FROM platform_annual_reports WHERE invention_patents_applied > patents_applied
          OR invention_patents_granted > patents_granted
          OR (transfer_contract_value > 0 AND achievements_transferred = 0)`,
    );
    expect(bad).toEqual([]);
    const t2024 = await reportTotals(database.db, { year: 2024 });
    const t2023 = await reportTotals(database.db, { year: 2023 });
    expect(Number(t2024.rdSpending)).toBeGreaterThan(Number(t2023.rdSpending));
    for (const k of REPORT_METRIC_KEYS) expect(Number(t2024[k]), k).toBeGreaterThan(0);
    // A few seconds at most on top of the platforms.
    expect(ms).toBeLessThan(60_000);
  });
});
