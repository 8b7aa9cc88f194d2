import {
  PLATFORM_COUNTED_STATUSES,
  PLATFORM_TRANSITIONS,
  PlatformCreateSchema,
  platformTypeByCode,
  RD_CENTRE_TYPE_CODES,
  zoneByCode,
} from "@rdcity/common";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../../../core/db/client.js";
import { openTestDatabase } from "../../../test/harness.js";
import { demoEntityProfiles, seedDemoEntities } from "../../registry/index.js";
import { countPlatforms } from "../counting.js";
import { DEMO_REFERENCE_DATE, type DemoHost, generateDemoPlatforms } from "./generate-platforms.js";
import { REAL_PLATFORMS } from "./real-platforms.js";
import { seedDemoPlatforms } from "./seed.js";

describe("demo platforms", () => {
  let database: Database;
  let hosts: DemoHost[];
  beforeAll(async () => {
    database = await openTestDatabase("pglite");
    await seedDemoEntities(database.db);
    hosts = await demoEntityProfiles(database.db);
  });
  afterAll(async () => database?.close());

  it("generates about 2,600 valid platforms of every kind, deterministically", () => {
    const items = generateDemoPlatforms(hosts);
    expect(generateDemoPlatforms(hosts)).toEqual(items);
    expect(items.length).toBeGreaterThan(2500);
    expect(items.length).toBeLessThan(2800);
    const national = items.filter((i) => i.fields.level === "national").length;
    expect(national).toBeGreaterThan(120);
    expect(national).toBeLessThan(200);
    const rd = items.filter((i) => RD_CENTRE_TYPE_CODES.includes(i.fields.typeCode));
    expect(rd.length).toBeGreaterThanOrEqual(200);
    expect(rd.length).toBeLessThan(230);
    for (const code of RD_CENTRE_TYPE_CODES) expect(rd.some((i) => i.fields.typeCode === code)).toBe(true);
    // R&D centres are recognised after the plan (2023-07-30).
    for (const i of rd) if (i.fields.recognisedOn) expect(i.fields.recognisedOn >= "2023-09-01").toBe(true);
    const names = new Set<string>();
    for (const item of items) {
      const parsed = PlatformCreateSchema.safeParse({ ...item.fields, status: "cultivating" });
      expect(parsed.success, `${item.fields.name}: ${parsed.error?.message}`).toBe(true);
      expect(platformTypeByCode(item.fields.typeCode)!.levels).toContain(item.fields.level);
      const zone = item.fields.zoneCode ? zoneByCode(item.fields.zoneCode) : null;
      if (zone) expect(zone.districtCodes).toContain(item.fields.districtCode);
      expect(names.has(item.fields.name)).toBe(false);
      names.add(item.fields.name);
      // Every lifecycle is a path through the allowed transitions, in date order, up to the reference day.
      item.statusEntries.forEach((e, k, all) => {
        expect(e.effectiveOn <= DEMO_REFERENCE_DATE).toBe(true);
        if (k > 0) {
          expect(PLATFORM_TRANSITIONS[all[k - 1]!.status]).toContain(e.status);
          expect(e.effectiveOn >= all[k - 1]!.effectiveOn).toBe(true);
        }
      });
      if (item.statusEntries.at(-1)!.status === "merged") expect(item.successorId).toBeTruthy();
    }
    for (const real of ["起重机械关键技术全国重点实验室", "国家超级计算长沙中心", "杂交水稻全国重点实验室"])
      expect(names.has(real)).toBe(true);
    expect(items.filter((i) => REAL_PLATFORMS.some((r) => r.name === i.fields.name)).length).toBe(
      REAL_PLATFORMS.length,
    );
    const counted = items.filter((i) => PLATFORM_COUNTED_STATUSES.includes(i.statusEntries.at(-1)!.status));
    expect(counted.length / items.length).toBeGreaterThan(0.85);
  });

  it("seeds them with their history, marked as demo, and counts grow over the years", async () => {
    const started = performance.now();
    const seeded = await seedDemoPlatforms(database.db);
    const ms = performance.now() - started;
    expect(seeded.platforms).toBeGreaterThan(2500);
    expect(seeded.rdCentres).toBeGreaterThanOrEqual(200);
    console.info(`seeded ${seeded.platforms} demo platforms in ${Math.round(ms)} ms`);
    const db = database.db;
    const now = await countPlatforms(db);
    const at2022 = await countPlatforms(db, { asOf: "2022-12-31" });
    const at2024 = await countPlatforms(db, { asOf: "2024-12-31" });
    expect(at2022).toBeLessThan(at2024);
    expect(at2024).toBeLessThanOrEqual(now + 100);
    expect(await countPlatforms(db, { rdCentre: true, asOf: "2023-07-30" })).toBe(0);
    expect(await countPlatforms(db, { rdCentre: true })).toBeGreaterThan(150);
    expect(await countPlatforms(db, { statuses: ["revoked"] })).toBeGreaterThan(0);
    expect(await countPlatforms(db, { statuses: ["merged"] })).toBeGreaterThan(0);
    expect(await countPlatforms(db, { areaCode: "430104" })).toBeGreaterThan(
      await countPlatforms(db, { areaCode: "430181" }),
    );
  });
});
