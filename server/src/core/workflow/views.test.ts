import { describe, expect, it } from "vitest";
import { ProcessDefinitionSchema } from "./definition.js";
import { mainPath } from "./views.js";

const label = (zh: string) => ({ zh, en: zh });

describe("the main path of a process (the step bar)", () => {
  it("goes on past a withdrawal declared before the step forward, and ends at the final state", () => {
    const def = ProcessDefinitionSchema.parse({
      key: "path_sample",
      version: 1,
      label: label("示例"),
      subjectType: "sample",
      initialState: "draft",
      starters: ["entity"],
      states: {
        draft: { label: label("填报中") },
        applied: { label: label("待推荐") },
        recommended: { label: label("待审核") },
        done: { label: label("已办结"), final: true },
        withdrawn: { label: label("已撤回"), final: true },
        rejected: { label: label("未通过"), final: true },
      },
      transitions: [
        { action: "submit", label: label("提交"), from: "draft", to: "applied", roles: ["owner"] },
        // positive by default, and listed before the step forward
        {
          action: "withdraw",
          label: label("撤回"),
          from: ["draft", "applied", "recommended"],
          to: "withdrawn",
          roles: ["owner"],
        },
        {
          action: "recommend",
          label: label("推荐"),
          from: "applied",
          to: "recommended",
          roles: ["district"],
        },
        {
          action: "reject",
          label: label("不通过"),
          from: "recommended",
          to: "rejected",
          roles: ["city_admin"],
          outcome: "negative",
        },
        { action: "approve", label: label("通过"), from: "recommended", to: "done", roles: ["city_admin"] },
      ],
    });
    expect(mainPath(def)).toEqual(["draft", "applied", "recommended", "done"]);
  });

  it("ends at a final state when that is the only way forward", () => {
    const def = ProcessDefinitionSchema.parse({
      key: "path_short",
      version: 1,
      label: label("示例"),
      subjectType: "sample",
      initialState: "open",
      starters: ["entity"],
      states: { open: { label: label("办理中") }, withdrawn: { label: label("已撤回"), final: true } },
      transitions: [
        { action: "withdraw", label: label("撤回"), from: "open", to: "withdrawn", roles: ["owner"] },
      ],
    });
    expect(mainPath(def)).toEqual(["open", "withdrawn"]);
  });
});
