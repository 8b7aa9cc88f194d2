import { sql } from "drizzle-orm";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { engines, openTestDatabase } from "../../test/harness.js";
import { systemActor } from "../actor.js";
import type { Database } from "../db/client.js";
import { canonicalJson, recordAudit, searchAudit, verifyAuditChain } from "./index.js";

describe("canonicalJson", () => {
  it("sorts keys at every level and drops undefined", () => {
    expect(canonicalJson({ b: 1, a: { d: [2, { z: 1, y: undefined }], c: null } })).toBe(
      '{"a":{"c":null,"d":[2,{"z":1}]},"b":1}',
    );
  });
});

describe.each(engines())("audit chain on %s", (engine) => {
  let database: Database;
  beforeEach(async () => {
    database = await openTestDatabase(engine);
    const actor = { ...systemActor("tester"), ip: "127.0.0.1" };
    for (let i = 0; i < 5; i++) {
      await database.db.transaction((tx) =>
        recordAudit(tx, actor, {
          action: "entity.update",
          targetType: "entity",
          targetId: `t${i}`,
          before: { n: i, 名称: "旧" },
          after: { n: i + 1, 名称: "新" },
        }),
      );
    }
  });
  afterEach(async () => database?.close());

  it("verifies an intact chain", async () => {
    expect(await verifyAuditChain(database.db)).toEqual({
      ok: true,
      checked: 5,
      firstBadId: null,
      problem: null,
    });
  });

  it("refuses UPDATE and DELETE on the audit log", async () => {
    await expect(database.db.execute(sql`DELETE FROM audit_log`)).rejects.toThrow();
    await expect(database.db.execute(sql`UPDATE audit_log SET action = 'x'`)).rejects.toThrow();
  });

  it("detects an altered row and a removed row, even when the trigger is bypassed", async () => {
    await database.db.execute(sql`ALTER TABLE audit_log DISABLE TRIGGER audit_log_no_update`);
    await database.db.execute(sql`UPDATE audit_log SET after = '{"n": 99}'::jsonb WHERE target_id = 't2'`);
    const altered = await verifyAuditChain(database.db);
    expect(altered.ok).toBe(false);
    expect(altered.problem).toMatch(/altered/);
    expect(altered.checked).toBe(2);

    const fresh = await openTestDatabase(engine);
    try {
      const actor = systemActor("tester");
      for (let i = 0; i < 3; i++)
        await fresh.db.transaction((tx) => recordAudit(tx, actor, { action: "a", targetId: String(i) }));
      await fresh.db.execute(sql`ALTER TABLE audit_log DISABLE TRIGGER audit_log_no_update`);
      await fresh.db.execute(sql`DELETE FROM audit_log WHERE target_id = '1'`);
      const removed = await verifyAuditChain(fresh.db);
      expect(removed).toMatchObject({ ok: false, problem: expect.stringMatching(/removed/) });
    } finally {
      await fresh.close();
    }
  });
});

describe.each(engines())("audit search on %s", (engine) => {
  it("filters by actor and by action prefix, taking LIKE wildcards literally", async () => {
    const database = await openTestDatabase(engine);
    try {
      const actor = systemActor("searcher");
      await database.db.transaction(async (tx) => {
        await recordAudit(tx, actor, { action: "entity.import_create", targetType: "entity", targetId: "a" });
        await recordAudit(tx, actor, { action: "entity.importXcreate", targetType: "entity", targetId: "b" });
        await recordAudit(tx, systemActor("other"), {
          action: "entity.update",
          targetType: "entity",
          targetId: "c",
        });
      });
      const exact = await searchAudit(database.db, { action: "entity.import_create", limit: 10 });
      expect(exact.items.map((i) => i.targetId)).toEqual(["a"]);
      const prefix = await searchAudit(database.db, { action: "entity.", actor: "searcher", limit: 10 });
      expect(prefix.total).toBe(2);
      const page1 = await searchAudit(database.db, { limit: 2 });
      const page2 = await searchAudit(database.db, { limit: 2, cursor: page1.nextCursor! });
      expect([...page1.items, ...page2.items].map((i) => i.targetId)).toEqual(["c", "b", "a"]);
    } finally {
      await database.close();
    }
  });
});
