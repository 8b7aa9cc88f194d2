import { describe, expect, it } from "vitest";
import { fitTrend, forecast, predictAt, trendBand } from "./forecast.js";

describe("forecast: linear trend for level targets", () => {
  const line = [
    { year: 2020, value: 10 },
    { year: 2021, value: 12 },
    { year: 2022, value: 14 },
  ];
  const level = (target: number, direction: "increase" | "decrease" = "increase") =>
    forecast({ kind: "level", target, targetYear: 2025, baseYear: 2020, direction, observations: line });

  it("a perfect line: 20 in 2025, zero-width interval, probability 0 or 1", () => {
    const { forecast: f, reason } = level(20);
    expect(reason).toBeNull();
    expect(f).toMatchObject({
      year: 2025,
      value: 20,
      low: 20,
      high: 20,
      method: "linear",
      points: 3,
      interval: 0.8,
    });
    expect(f!.fit).toMatchObject({ slope: 2, intercept: 10 - 2 * 2020, residualSd: 0, df: 1 });
    expect(f!.probability).toBe(1); // exactly on the target counts as reaching it
    expect(level(20.5).forecast!.probability).toBe(0);
    expect(level(20, "decrease").forecast!.probability).toBe(1);
    expect(level(19.5, "decrease").forecast!.probability).toBe(0);
  });

  /*
   * A noisy case, by hand. Years 2020..2023, values 10, 13, 13, 16; n = 4, df = 2.
   *   x̄ = 2021.5, x − x̄ = −1.5, −0.5, 0.5, 1.5, Sxx = 5; ȳ = 13, y − ȳ = −3, 0, 0, 3, Sxy = 9.
   *   slope b = 9/5 = 1.8; intercept a = 13 − 1.8 × 2021.5 = −3625.7.
   *   fitted 10.3, 12.1, 13.9, 15.7; residuals −0.3, 0.9, −0.9, 0.3; SSE = 1.8; s² = 1.8/2 = 0.9, s = 0.948683.
   *   2025: x0 − x̄ = 3.5, ŷ = 13 + 1.8 × 3.5 = 19.3;
   *   se = s √(1 + 1/4 + 3.5²/5) = √(0.9 × 3.7) = √3.33 = 1.824829.
   *   t_{0.9, 2} = 1.885618 → half-width 1.885618 × 1.824829 = 3.440937 → [15.859063, 22.740937].
   *   P(Y ≥ 20): z = (19.3 − 20)/1.824829 = −0.383597; for df = 2, F(z) = ½ + z / (2√(2 + z²))
   *     = 0.5 − 0.383597 / (2 × 1.465315) = 0.5 − 0.130893 = 0.369107. For a decrease, P(Y ≤ 20) = 0.630893.
   */
  const noisy = [
    { year: 2018, value: 99 }, // before the base year: ignored
    { year: 2020, value: 10 },
    { year: 2021, value: 13 },
    { year: 2022, value: 13 },
    { year: 2023, value: 16 },
  ];
  const noisyLevel = (direction: "increase" | "decrease") =>
    forecast({ kind: "level", target: 20, targetYear: 2025, baseYear: 2020, direction, observations: noisy });

  it("a noisy line: slope, intercept, s, interval and probability as computed by hand", () => {
    const f = noisyLevel("increase").forecast!;
    expect(f.points).toBe(4);
    expect(f.fit.slope).toBeCloseTo(1.8, 9);
    expect(f.fit.intercept).toBeCloseTo(-3625.7, 6);
    expect(f.fit.residualSd).toBeCloseTo(0.948683, 5);
    expect(f.fit.df).toBe(2);
    expect(f.value).toBeCloseTo(19.3, 9);
    expect(f.low).toBeCloseTo(15.859063, 3);
    expect(f.high).toBeCloseTo(22.740937, 3);
    expect(f.probability).toBeCloseTo(0.369107, 3);
    expect(f.targetLevel).toBe(20);
    expect(noisyLevel("decrease").forecast!.probability).toBeCloseTo(0.630893, 3);
  });

  it("a wider interval on request (95 %: t_{0.975, 2} = 4.302653)", () => {
    const { forecast: f } = forecast(
      { kind: "level", target: 20, targetYear: 2025, baseYear: 2020, observations: noisy },
      0.95,
    );
    expect(f!.high - f!.value).toBeCloseTo(4.302653 * 1.824829, 3); // 7.851603
  });

  it("the band from the last observation to the target year", () => {
    const fit = fitTrend(line, "linear")!;
    expect(trendBand(fit, 2022, 2025)).toEqual([
      { year: 2022, value: 14, low: 14, high: 14 },
      { year: 2023, value: 16, low: 16, high: 16 },
      { year: 2024, value: 18, low: 18, high: 18 },
      { year: 2025, value: 20, low: 20, high: 20 },
    ]);
    // Noisy: in 2023, x0 − x̄ = 1.5, ŷ = 15.7, se = √(0.9 × (1 + 0.25 + 2.25/5)) = √1.53 = 1.236932,
    // half-width 1.885618 × 1.236932 = 2.332384.
    const p = predictAt(fitTrend(noisy.slice(1), "linear")!, 2023);
    expect(p.value).toBeCloseTo(15.7, 9);
    expect(p.high - p.value).toBeCloseTo(2.332384, 4);
    expect(p.value - p.low).toBeCloseTo(2.332384, 4);
  });

  it("reasons when there is no forecast", () => {
    // Two points since the base year (the one before it does not count).
    expect(
      forecast({
        kind: "level",
        target: 20,
        targetYear: 2025,
        baseYear: 2021,
        observations: line,
      }),
    ).toEqual({ forecast: null, reason: "fewer_than_3_points" });
    expect(
      forecast({
        kind: "level",
        target: 20,
        targetYear: 2022,
        baseYear: 2020,
        observations: line,
      }).reason,
    ).toBe("target_year_passed");
    // Without a base year every observation counts.
    expect(
      forecast({ kind: "level", target: 20, targetYear: 2025, observations: line }).forecast?.value,
    ).toBe(20);
  });
});

describe("forecast: log-linear trend for growth targets", () => {
  /*
   * By hand. Years 2020..2024, ln(value / 100) = u = 0, 0.12, 0.18, 0.33, 0.37; n = 5, df = 3.
   *   x − x̄ = −2..2, Sxx = 10; ū = 0.2, u − ū = −0.2, −0.08, −0.02, 0.13, 0.17; Sxy = 0.95, slope 0.095.
   *   fitted u: 0.01, 0.105, 0.2, 0.295, 0.39; residuals −0.01, 0.015, −0.02, 0.035, −0.02; SSE = 0.00235;
   *   s² = 0.00235/3 = 0.000783333, s = 0.0279881.
   *   2025: x0 − x̄ = 3, û = 0.2 + 0.285 = 0.485 → value 100·e^0.485 = 162.4175;
   *   se = s √(1 + 1/5 + 9/10) = √(0.000783333 × 2.1) = √0.001645 = 0.0405586.
   *   t_{0.9, 3} = 1.637744 → half-width 0.0664246 → 100·e^0.4185754 = 151.9795, 100·e^0.5514246 = 173.5725.
   *   Target g = 10 %, B = 100: level 100 × 1.1^5 = 161.051, ln-scale u* = 5 ln 1.1 = 0.4765509.
   *   z = (0.485 − 0.4765509)/0.0405586 = 0.208319; for df = 3, F(z) = ½ + (θ + sin θ cos θ)/π with
   *   θ = atan(z/√3) = atan(0.120273) = 0.119698, sin θ cos θ = sin(2θ)/2 = 0.118558 → P = 0.5 + 0.238256/π = 0.575840.
   */
  const u = [0, 0.12, 0.18, 0.33, 0.37];
  const levels = u.map((x, i) => ({ year: 2020 + i, value: 100 * Math.exp(x) }));

  it("slope, interval and probability on the log scale, values back on the original scale", () => {
    const { forecast: f, reason } = forecast({
      kind: "growth",
      rate: 0.1,
      baseYear: 2020,
      targetYear: 2025,
      observations: levels, // the baseline is the 2020 observation, 100
    });
    expect(reason).toBeNull();
    expect(f!.method).toBe("log_linear");
    expect(f!.points).toBe(5);
    expect(f!.fit.slope).toBeCloseTo(0.095, 9);
    expect(f!.fit.residualSd).toBeCloseTo(0.0279881, 6);
    expect(f!.value).toBeCloseTo(162.4175, 3);
    expect(f!.low).toBeCloseTo(151.9795, 3);
    expect(f!.high).toBeCloseTo(173.5725, 3);
    expect(f!.targetLevel).toBeCloseTo(161.051, 9);
    expect(f!.probability).toBeCloseTo(0.57584, 3);
  });

  it("a perfect 13 % a year: the target level exactly, probability 1", () => {
    const exact = [2020, 2021, 2022].map((year) => ({ year, value: 100 * 1.13 ** (year - 2020) }));
    const { forecast: f } = forecast({
      kind: "growth",
      rate: 0.13,
      baseYear: 2020,
      targetYear: 2025,
      baseline: 100,
      observations: exact,
    });
    expect(f!.value).toBeCloseTo(184.2435, 3);
    expect(f!.high - f!.low).toBe(0);
    expect(f!.probability).toBe(1);
    expect(
      forecast({ kind: "growth", rate: 0.14, baseYear: 2020, targetYear: 2025, observations: exact })
        .forecast!.probability,
    ).toBe(0);
  });

  it("growth forecasts need the baseline and positive levels", () => {
    const later = levels.slice(1);
    expect(
      forecast({ kind: "growth", rate: 0.1, baseYear: 2020, targetYear: 2025, observations: later }),
    ).toEqual({
      forecast: null,
      reason: "no_baseline",
    });
    expect(
      forecast({
        kind: "growth",
        rate: 0.1,
        baseYear: 2020,
        targetYear: 2025,
        baseline: 100,
        observations: [...later, { year: 2023, value: 0 }],
      }).reason,
    ).toBe("non_positive_values");
    expect(fitTrend([...levels, { year: 2026, value: -1 }], "log_linear")).toBeNull();
  });
});
