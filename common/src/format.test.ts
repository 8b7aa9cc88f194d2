import { describe, expect, it } from "vitest";
import { formatDate, formatDateTime, formatNumber } from "./format.js";

describe("formatting", () => {
  it("writes dates in Asia/Shanghai", () => {
    expect(formatDate("2026-11-27T21:30:00Z")).toBe("2026-11-28");
    expect(formatDateTime("2026-11-27T21:30:05Z")).toBe("2026-11-28 05:30:05");
    expect(formatDate("not a date")).toBe("");
    expect(formatDate(null)).toBe("");
  });
  it("uses 万/亿 in zh-CN", () => {
    expect(formatNumber(36710000000, "zh-CN")).toBe("367.1亿");
    expect(formatNumber(26000, "zh-CN")).toBe("2.6万");
    expect(formatNumber(2600, "zh-CN")).toBe("2,600");
    expect(formatNumber(26000, "en-US")).toBe("26K");
    expect(formatNumber(null, "zh-CN")).toBe("—");
  });
});
