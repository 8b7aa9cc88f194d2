import { describe, expect, it } from "vitest";
import { systemActor } from "../../core/actor.js";
import { testUscc } from "../../test/factories.js";
import { engines, openTestDatabase } from "../../test/harness.js";
import { entityImportKind } from "./import-kind.js";

describe.each(engines())("entity import messages on %s", (engine) => {
  it("lists the labels a person can type for an invalid kind", async () => {
    const database = await openTestDatabase(engine);
    try {
      const row = {
        rowNumber: 2,
        errors: [],
        record: { uscc: testUscc(), name: "长沙标签测试有限公司", kind: "宇宙飞船", districtCode: "岳麓区" },
      };
      const zh = await entityImportKind.plan(database.db, systemActor(), [row], "zh-CN", () => {});
      expect(zh.errors[0]!.message).toContain("企业 / 高校 / 科研院所");
      const en = await entityImportKind.plan(database.db, systemActor(), [row], "en-US", () => {});
      expect(en.errors[0]!.message).toContain("Enterprise / University");
    } finally {
      await database.close();
    }
  });
});
