import { describe, expect, it } from "vitest";
import { lnGamma, regularizedIncompleteBeta, studentTCdf, studentTQuantile } from "./stats.js";

describe("Student's t against the printed tables", () => {
  it.each([
    // [p, df, t_{p, df}] from the usual one-sided table (four decimals).
    [0.9, 1, 3.0777],
    [0.9, 2, 1.8856],
    [0.9, 3, 1.6377],
    [0.9, 30, 1.3104],
    [0.95, 5, 2.015],
    [0.975, 1, 12.7062],
    [0.975, 2, 4.3027],
    [0.975, 30, 2.0423],
    [0.975, 120, 1.9799],
    [0.995, 10, 3.1693],
    [0.9995, 1, 636.6192],
  ])("t quantile p = %f, df = %i is %f", (p, df, t) => {
    expect(studentTQuantile(p, df)).toBeCloseTo(t, 4);
    expect(studentTQuantile(1 - p, df)).toBeCloseTo(-t, 4);
    expect(studentTCdf(t, df)).toBeCloseTo(p, 4);
  });

  it("CDF matches the closed forms for 1, 2 and 3 degrees of freedom", () => {
    for (const t of [-25, -3, -1, -0.2, 0, 0.01, 0.7, 2, 40]) {
      // df = 1 (Cauchy): ½ + atan(t)/π.
      expect(studentTCdf(t, 1)).toBeCloseTo(0.5 + Math.atan(t) / Math.PI, 12);
      // df = 2: ½ + t / (2√(2 + t²)).
      expect(studentTCdf(t, 2)).toBeCloseTo(0.5 + t / (2 * Math.sqrt(2 + t * t)), 12);
      // df = 3: ½ + (θ + sin θ cos θ)/π with θ = atan(t/√3).
      const th = Math.atan(t / Math.sqrt(3));
      expect(studentTCdf(t, 3)).toBeCloseTo(0.5 + (th + Math.sin(th) * Math.cos(th)) / Math.PI, 12);
    }
    expect(studentTCdf(1, 1)).toBe(0.75);
    expect(studentTCdf(0, 7)).toBe(0.5);
  });

  it("quantile inverts the CDF, edges and invalid input", () => {
    for (const df of [1, 2.5, 4, 17, 200]) {
      for (const p of [1e-6, 0.01, 0.1, 0.42, 0.5, 0.8, 0.99]) {
        expect(studentTCdf(studentTQuantile(p, df), df)).toBeCloseTo(p, 10);
      }
    }
    expect(studentTQuantile(0.5, 3)).toBe(0);
    expect(studentTQuantile(0, 3)).toBe(Number.NEGATIVE_INFINITY);
    expect(studentTQuantile(1, 3)).toBe(Number.POSITIVE_INFINITY);
    expect(studentTQuantile(1.2, 3)).toBeNaN();
    expect(studentTQuantile(0.9, 0)).toBeNaN();
    expect(studentTCdf(1, -1)).toBeNaN();
  });
});

describe("the functions underneath", () => {
  it("ln Γ and the regularised incomplete beta on known values", () => {
    expect(lnGamma(5)).toBeCloseTo(Math.log(24), 12);
    expect(lnGamma(0.5)).toBeCloseTo(0.5 * Math.log(Math.PI), 12);
    expect(lnGamma(10.5)).toBeCloseTo(13.940625219403763, 10);
    expect(regularizedIncompleteBeta(0.3, 1, 1)).toBeCloseTo(0.3, 12);
    expect(regularizedIncompleteBeta(0.3, 2.5, 1)).toBeCloseTo(0.3 ** 2.5, 12);
    expect(regularizedIncompleteBeta(0.5, 4.2, 4.2)).toBeCloseTo(0.5, 12);
    expect(regularizedIncompleteBeta(0, 2, 3)).toBe(0);
    expect(regularizedIncompleteBeta(1, 2, 3)).toBe(1);
  });
});
