import { describe, expect, it } from "vitest";
import { createProgressRegistry, PROGRESS_TTL_MS } from "./progress.js";

describe("progress registry", () => {
  it("follows a job through its phases", () => {
    let now = 1_000;
    const progress = createProgressRegistry({ now: () => now });
    expect(progress.get("a")).toBeUndefined();
    progress.start("a", 0);
    expect(progress.get("a")).toMatchObject({ phase: "parsing", processed: 0, total: 0 });
    progress.start("a", 500);
    now += 10;
    progress.update("a", 200, "validating");
    expect(progress.get("a")).toEqual({ phase: "validating", processed: 200, total: 500, updatedAt: 1_010 });
    progress.update("a", 100, "writing");
    progress.finish("a", "done");
    expect(progress.get("a")).toMatchObject({ phase: "done", processed: 500, total: 500 });
    progress.update("a", 3, "writing");
    expect(progress.get("a")?.phase).toBe("done");
  });

  it("keeps a failed job's count and ignores unknown ids", () => {
    const progress = createProgressRegistry();
    progress.start("b", 10);
    progress.update("b", 4);
    progress.finish("b", "failed");
    expect(progress.get("b")).toMatchObject({ phase: "failed", processed: 4, total: 10 });
    progress.update("nope", 1, "writing");
    progress.finish("nope", "done");
    expect(progress.get("nope")).toBeUndefined();
  });

  it("forgets entries ten minutes after their last change", () => {
    let now = 0;
    const progress = createProgressRegistry({ now: () => now });
    progress.start("old", 1);
    progress.start("busy", 1);
    now = PROGRESS_TTL_MS - 1;
    progress.update("busy", 1, "validating");
    now = PROGRESS_TTL_MS + 1;
    expect(progress.get("old")).toBeUndefined();
    expect(progress.get("busy")?.phase).toBe("validating");
    now += PROGRESS_TTL_MS;
    progress.start("new", 1); // sweeps the rest
    expect(progress.get("busy")).toBeUndefined();
  });

  it("does not hand out its own objects", () => {
    const progress = createProgressRegistry();
    progress.start("c", 5);
    const copy = progress.get("c")!;
    copy.processed = 99;
    expect(progress.get("c")?.processed).toBe(0);
  });
});
