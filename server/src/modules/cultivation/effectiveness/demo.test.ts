import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedDemoPeople } from "../../../app/demo-people.js";
import type { Database } from "../../../core/db/client.js";
import { rows } from "../../../core/db/client.js";
import { openTestDatabase } from "../../../test/harness.js";
import { registerRecognitionProcesses, seedDemoPlatforms } from "../../platforms/index.js";
import { seedDemoEntities } from "../../registry/index.js";
import { seedDemoEffectiveness } from "./face.js";

describe("effectiveness demo", () => {
  let database: Database;
  let seeded: Awaited<ReturnType<typeof seedDemoEffectiveness>>;
  let ms = 0;
  beforeAll(async () => {
    database = await openTestDatabase("pglite");
    await seedDemoEntities(database.db);
    await seedDemoPlatforms(database.db);
    registerRecognitionProcesses();
    const people = await seedDemoPeople(database.db, "Demo-Password-2026");
    const started = performance.now();
    seeded = await seedDemoEffectiveness(database.db, people);
    ms = performance.now() - started;
  }, 600_000);
  afterAll(async () => database?.close());

  it("publishes two rounds with every grade, two reviews and rectifications in every state", async () => {
    console.info(`effectiveness demo in ${Math.round(ms)} ms: ${JSON.stringify(seeded)}`);
    expect(seeded).toMatchObject({ rounds: 2, reviews: 2, rectifications: 4 });
    const grades = await rows<{ year: number; status: string; grade: string; n: number }>(
      database.db,
      sql`SELECT r.year, r.status, e.grade, count(*)::int AS n FROM evaluation_results e
          JOIN evaluation_rounds r ON r.id = e.round_id GROUP BY 1, 2, 3 ORDER BY 1, 3`,
    );
    for (const year of [2024, 2025])
      for (const grade of ["excellent", "good", "pass", "fail"])
        expect(
          grades.find((g) => g.year === year && g.grade === grade)?.n ?? 0,
          `${year} ${grade}`,
        ).toBeGreaterThan(0);
    expect(grades.every((g) => g.status === "published")).toBe(true);
    const reviewed = await rows<{ expert_score: string; data_score: string; score: string }>(
      database.db,
      sql`SELECT expert_score, data_score, score FROM evaluation_results WHERE expert_score IS NOT NULL`,
    );
    expect(reviewed).toHaveLength(2);
    const follow = await rows<{ kind: string; status: string; n: number }>(
      database.db,
      sql`SELECT kind, status, count(*)::int AS n FROM evaluation_followups GROUP BY 1, 2 ORDER BY 1, 2`,
    );
    expect(follow).toEqual([
      { kind: "rectification", status: "done", n: 1 },
      { kind: "rectification", status: "escalated", n: 1 },
      { kind: "rectification", status: "open", n: 1 },
      { kind: "rectification", status: "submitted", n: 1 },
      { kind: "review", status: "done", n: 2 },
      { kind: "revocation", status: "open", n: 1 },
    ]);
    // Every platform evaluated in both rounds has two points on its trend.
    const [trend] = await rows<{ n: number }>(
      database.db,
      sql`SELECT count(*)::int AS n FROM (SELECT platform_id FROM evaluation_results GROUP BY 1 HAVING count(*) = 2) t`,
    );
    expect(trend!.n).toBeGreaterThan(1500);
  });
});
