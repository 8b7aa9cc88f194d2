import type { TargetProgress, TaskSummary } from "@rdcity/common";
import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";
import { describe, expect, it } from "vitest";
import { withoutUrl } from "./annex.js";
import { type BriefingData, trendOf } from "./data.js";
import { formatRatio, formatValue } from "./format.js";
import { PAGE } from "./layout.js";
import { renderBriefingPdf } from "./render.js";

const LONG =
  "支持央企、行业领军企业以及知名跨国公司在长设立企业总部研发中心，与先进制造业等产业深度融合，开展先进技术研发、产品研制，实现产业创新项目进展行业领先";

function target(i: number, overrides: Partial<TargetProgress> = {}): TargetProgress {
  return {
    code: `t${i}`,
    section: "二",
    text: {
      zh: i % 3 ? `各类创新平台达到${2600 + i}家` : `${LONG}（${i}）`,
      en: `Innovation platforms reach ${2600 + i}`,
    },
    indicatorCode: "innovation_platforms",
    indicatorName: { zh: "各类创新平台数量", en: "Innovation platforms" },
    unit: { zh: "家", en: "platforms" },
    decimals: 0,
    kind: "level",
    direction: "increase",
    year: 2025,
    targetValue: 2600,
    targetValueMax: null,
    baselineYear: 2022,
    baselineValue: 2000,
    latestValue: 2300,
    latestPeriod: "2023",
    latestQualifier: "gt",
    status: "at_risk",
    ratio: 0.8999,
    expected: 2200,
    gap: 300,
    cagr: null,
    yearlyGrowth: [],
    achievedOn: null,
    rule: "level",
    basis: "baseline",
    forecast: {
      value: 2700,
      low: 2400,
      high: 3000,
      probability: 0.62,
      method: "linear",
      points: 3,
      band: [],
    },
    forecastUnavailable: null,
    series: [
      { year: 2022, value: 2000, qualifier: null, dataStatus: "reported" },
      { year: 2023, value: 2300, qualifier: "gt", dataStatus: "reported" },
    ],
    computedSeries: [],
    requiredPath: [
      { year: 2022, value: 2000 },
      { year: 2025, value: 2600 },
    ],
    authoritative: "reported",
    divergence: null,
    doubtful: [],
    sources: [],
    taskCode: null,
    version: 1,
    adjusted: false,
    ...overrides,
  };
}

function task(i: number): TaskSummary {
  return {
    id: `00000000-0000-4000-8000-${String(i).padStart(12, "0")}`,
    code: `1.${i}`,
    projectCode: "1",
    parentCode: null,
    title: { zh: `引育领军企业总部研发中心${i}`, en: `Task ${i}` },
    lead: null,
    partners: [],
    dueOn: "2024-12-31",
    status: "active",
    progressPercent: 10,
    progressPeriod: null,
    overdue: true,
    overdueReasons: [
      { kind: "task", label: { zh: "任务到期未完成", en: "Task past its due date" }, due: "2024-12-31" },
    ],
    openSupervision: i % 2,
    demo: true,
    version: 1,
  };
}

function briefing(targets: TargetProgress[], overdue: TaskSummary[] = []): BriefingData {
  return {
    plan: {
      code: "test-2023",
      title: { zh: "关于全力建设全球研发中心城市的实施意见", en: "Implementing Opinions" },
      city: { zh: "长沙市", en: "Changsha" },
      issuer: { zh: "长沙市", en: "Changsha" },
      issuedOn: "2023-07-30",
      baseYear: 2022,
      horizon: [2025, 2030],
    },
    asOf: "2025-06-30",
    statusCounts: { achieved: 0, on_track: 0, at_risk: targets.length, off_track: 0, no_data: 0 },
    targets,
    trends: Object.fromEntries(targets.map((t) => [t.code, trendOf(t)])),
    levelUnits: Object.fromEntries(targets.map((t) => [t.code, { unit: t.unit, decimals: t.decimals }])),
    annex: Object.fromEntries(
      targets.map((t) => [
        t.code,
        [
          {
            kind: "reported" as const,
            period: "2023",
            value: 2300,
            qualifier: "gt",
            unit: t.unit,
            decimals: 0,
            title: { zh: "长沙晚报 2023-12-21", en: "长沙晚报 2023-12-21" },
            date: "2023-12-21",
            url: `https://example.org/${"very-long-path-segment/".repeat(6)}${t.code}.html`,
            flag: "reported_check_year",
            note: "year to be checked",
          },
        ],
      ]),
    ),
    projects: [
      {
        code: "1",
        title: { zh: "研发企业（中心）集聚工程", en: "Project 1" },
        tasks: 5,
        completed: 1,
        overdue: 2,
        supervised: 1,
        progressPercent: 42.5,
      },
    ],
    overdue,
    taskCount: 5,
    supervisedTasks: 1,
    rules: { statuses: { zh: "进度分档：r ≥ 95% 为进度正常。", en: "Bands: on track when r ≥ 95%." } },
  };
}

const GENERATED = new Date("2025-07-01T02:03:00Z");

/** Each page's text items with their position (PDF.js: x from the left, y from the bottom). */
async function pageItems(pdf: Buffer) {
  const doc = await getDocument({ data: new Uint8Array(pdf), isEvalSupported: false, verbosity: 0 }).promise;
  const pages: { str: string; x: number; y: number; width: number }[][] = [];
  for (let p = 1; p <= doc.numPages; p++) {
    const content = await (await doc.getPage(p)).getTextContent();
    pages.push(
      content.items.flatMap((item) =>
        "str" in item && item.str.trim()
          ? [
              {
                str: item.str,
                x: item.transform[4] as number,
                y: item.transform[5] as number,
                width: item.width,
              },
            ]
          : [],
      ),
    );
  }
  await doc.destroy();
  return pages;
}

describe("briefing PDF layout", () => {
  it("renders the same bytes for the same data, date and generation time", async () => {
    const data = briefing([target(1), target(2)]);
    const a = await renderBriefingPdf(data, { lang: "zh-CN", generatedAt: GENERATED });
    const b = await renderBriefingPdf(data, { lang: "zh-CN", generatedAt: GENERATED });
    expect(a.equals(b)).toBe(true);
    // The creation date is the start of the as-of day in China.
    expect(a.toString("latin1")).toContain("(D:20250629160000Z)");
  });

  it("breaks long tables across pages with the header row on each, and keeps every text inside the margins", async () => {
    const targets = Array.from({ length: 40 }, (_, i) => target(i + 1));
    const overdue = Array.from({ length: 70 }, (_, i) => task(i + 1));
    const pdf = await renderBriefingPdf(briefing(targets, overdue), {
      lang: "zh-CN",
      generatedAt: GENERATED,
    });
    const pages = await pageItems(pdf);
    expect(pages.length).toBeGreaterThan(4);
    pages.forEach((items, i) => {
      const text = items.map((it) => it.str).join("");
      expect(text.replace(/\s/g, "")).toContain(`第${i + 1}页/共${pages.length}页`);
      expect(text).toContain("截至 2025年6月30日");
      for (const it of items) {
        expect(it.x).toBeGreaterThanOrEqual(PAGE.left - 0.5);
        expect(it.x + it.width).toBeLessThanOrEqual(PAGE.width - PAGE.right + 0.5);
      }
    });
    // Every page the target table runs on starts with its header row (完成比 r is only in that header); its rows
    // are the ones with a target value line.
    const targetRow = (s: string) => s.startsWith("目标值：");
    const withTargets = pages.filter((items) => items.some((it) => targetRow(it.str)));
    expect(withTargets.length).toBeGreaterThan(1);
    for (const items of withTargets) {
      const header = items.find((it) => it.str === "完成比 r");
      expect(header).toBeDefined();
      const rows = items.filter((it) => targetRow(it.str));
      expect(Math.min(...rows.map((r) => PAGE.height - r.y))).toBeGreaterThan(PAGE.height - header!.y);
    }
    // The long Chinese texts wrap inside their cell and are printed whole.
    const all = pages.flat();
    const inTargetColumn = all.filter((it) => LONG.startsWith(it.str.slice(0, 6)) || LONG.includes(it.str));
    expect(inTargetColumn.length).toBeGreaterThan(2);
    const joined = all.map((it) => it.str).join("");
    expect(joined).toContain("行业领先（3）");
    // Overdue tasks on every page of their table, with the repeated header.
    const overduePages = pages.filter((items) =>
      items.some((it) => it.str.startsWith("引育领军企业总部研发中心")),
    );
    expect(overduePages.length).toBeGreaterThan(1);
    for (const items of overduePages) expect(items.some((it) => it.str === "逾期原因")).toBe(true);
  });

  it("writes figures, ratios and links as the reader expects", async () => {
    expect(formatRatio(0.8999)).toBe("89.9%");
    expect(formatRatio(0.94999)).toBe("94.9%");
    expect(formatRatio(1)).toBe("100.0%");
    expect(formatRatio(null)).toBe("—");
    expect(formatValue(0.171, { unit: { zh: "%", en: "%" }, decimals: 3 }, "zh-CN")).toBe("17.1%");
    expect(
      formatValue(3000, { unit: { zh: "家", en: "platforms" }, decimals: 0 }, "zh-CN", { qualifier: "gt" }),
    ).toBe("> 3,000家");
    expect(formatValue(3500000, { unit: { zh: "人", en: "people" }, decimals: 0 }, "en-US")).toBe(
      "3,500,000 people",
    );
    expect(
      withoutUrl("星辰在线 2024-12-04 (mirror http://a.example/x.html)", "http://a.example/x.html"),
    ).toBe("星辰在线 2024-12-04 (mirror)");
    expect(withoutUrl("China Daily 'Clusters' https://a.example/y", "https://a.example/y")).toBe(
      "China Daily 'Clusters'",
    );
  });

  it("draws a growth target's yearly growth against its rate, and nothing for a milestone", () => {
    const growth = target(1, {
      kind: "growth",
      unit: { zh: "%", en: "%" },
      targetValue: 0.13,
      yearlyGrowth: [{ year: 2023, value: 0.12 }],
      requiredPath: [
        { year: 2022, value: 367.1 },
        { year: 2025, value: 529.7 },
      ],
    });
    expect(trendOf(growth)).toEqual({
      observed: [{ year: 2023, value: 0.12 }],
      required: [
        { year: 2023, value: 0.13 },
        { year: 2025, value: 0.13 },
      ],
      goal: null,
    });
    expect(trendOf(target(2, { kind: "milestone" }))).toBeNull();
    const window = trendOf(
      target(3, {
        rule: "window_increase",
        requiredPath: [
          { year: 2022, value: 0 },
          { year: 2026, value: 2 },
        ],
        targetValue: 2,
        year: 2026,
      }),
    );
    expect(window?.observed).toEqual([
      { year: 2022, value: 0 },
      { year: 2023, value: 300 },
    ]);
  });
});
