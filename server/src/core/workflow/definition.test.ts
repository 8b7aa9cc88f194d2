import { describe, expect, it } from "vitest";
import { AppError } from "../errors.js";
import { ProcessDefinitionSchema } from "./definition.js";
import { getProcess, registerProcess } from "./index.js";
import { sampleRecognition } from "./sample-recognition.fixture.js";

const issues = (def: unknown) => {
  const result = ProcessDefinitionSchema.safeParse(def);
  return result.success ? [] : result.error.issues.map((i) => i.message);
};

describe("process definitions", () => {
  it("accepts the sample and fills in defaults", () => {
    const def = ProcessDefinitionSchema.parse(sampleRecognition);
    expect(def.attachments.contentTypes).toEqual(["application/pdf", "image/jpeg", "image/png"]);
    expect(def.transitions.find((t) => t.action === "submit")).toMatchObject({
      outcome: "positive",
      commentRequired: false,
      interruptsNotice: false,
    });
    expect(def.certificate).toMatchObject({ format: "{series}〔{year}〕{seq}号", digits: 4 });
  });

  it("refuses definitions whose parts do not fit together", () => {
    const broken = {
      ...sampleRecognition,
      initialState: "nowhere",
      review: undefined,
      certificate: undefined,
      transitions: [
        ...sampleRecognition.transitions,
        {
          action: "submit",
          label: { zh: "再交", en: "Again" },
          from: "draft",
          to: "applied",
          roles: ["owner"],
        },
        {
          action: "reopen",
          label: { zh: "重开", en: "Reopen" },
          from: "certified",
          to: "limbo",
          roles: ["city_admin"],
        },
        {
          action: "upload",
          label: { zh: "上传", en: "Upload" },
          from: "draft",
          to: "draft",
          roles: ["owner"],
          attachments: ["passport"],
        },
      ],
    };
    expect(issues(broken)).toEqual([
      "initialState nowhere is not a state",
      "conclude_review: expert_review needs review",
      "issue_certificate: certificate needs certificate",
      "submit: defined twice from draft",
      "reopen: leaves the final state certified",
      "reopen: to limbo is not a state",
      "upload: attachment kind passport is not declared",
    ]);
    expect(issues({ ...sampleRecognition, starters: ["mayor"] }).length).toBeGreaterThan(0);
  });

  it("registers each key and version once and finds the latest version", () => {
    registerProcess(sampleRecognition);
    registerProcess(sampleRecognition); // the same definition again is harmless
    expect(() => registerProcess({ ...sampleRecognition })).toThrow(/already registered/);
    registerProcess({ ...sampleRecognition, version: 2 });
    expect(getProcess("sample_recognition").def.version).toBe(2);
    expect(getProcess("sample_recognition", 1).def.version).toBe(1);
    expect(() => getProcess("nothing")).toThrow(AppError);
    expect(() => getProcess("sample_recognition", 9)).toThrow(
      expect.objectContaining({ code: "process_unknown" }),
    );
  });
});
