/*
 * CPMFIT's uncertainty: the OLS standard error of the log-log slope and its Student-t interval,
 * against an independent least-squares computation (raw sums, not the core's centred ones), values
 * worked by hand, and published t tables.
 */
import fc from "fast-check";
import tQuantile from "@stdlib/stats-base-dists-t-quantile";
import { elasticityInterval, fitCpmCurve } from "../../../src/core";

/** Textbook simple regression from raw sums: slope, intercept, SSE and SE(slope). */
function textbookFit(spends: number[], cpms: number[], ref: number) {
  const x = spends.map((s) => Math.log(s / ref));
  const y = cpms.map((c) => Math.log(c));
  const n = x.length;
  const sx = x.reduce((a, b) => a + b, 0);
  const sy = y.reduce((a, b) => a + b, 0);
  const sxx = x.reduce((a, b) => a + b * b, 0);
  const sxy = x.reduce((a, b, i) => a + b * y[i], 0);
  const slope = (n * sxy - sx * sy) / (n * sxx - sx * sx);
  const intercept = (sy - slope * sx) / n;
  const sse = x.reduce((a, xi, i) => a + (y[i] - intercept - slope * xi) ** 2, 0);
  const sst = y.reduce((a, yi) => a + (yi - sy / n) ** 2, 0);
  // A flat line through flat CPMs explains all there is: R² = 1, as Excel's RSQ would be undefined.
  return { slope, base: Math.exp(intercept), r2: sst > 0 ? 1 - sse / sst : 1, se: Math.sqrt(sse / (n - 2) / (sxx - (sx * sx) / n)), n, sst };
}

describe("Student's t quantile (the library CPMFIT uses)", () => {
  // Two-sided critical values from published t tables (e.g. NIST/SEMATECH e-Handbook, table 1.3.6.7.2).
  it.each([
    [0.975, 1, 12.706],
    [0.975, 2, 4.303],
    [0.975, 5, 2.571],
    [0.975, 10, 2.228],
    [0.975, 30, 2.042],
    [0.95, 5, 2.015],
    [0.95, 20, 1.725],
    [0.995, 8, 3.355],
  ])("t(%p, %p df) = %p", (p, df, table) => {
    expect(tQuantile(p, df)).toBeCloseTo(table, 3);
  });
});

describe("fitCpmCurve's standard error and elasticityInterval", () => {
  it("matches values worked by hand on noisy months (90% interval, 3 degrees of freedom)", () => {
    // Worked separately from raw sums: slope 0.284678…, SE 0.0298047…, t(0.95, 3) = 2.353363.
    const fit = fitCpmCurve([100_000, 200_000, 400_000, 800_000, 600_000], [50, 62, 70, 95, 80], 200_000);
    expect(fit.elasticity).toBeCloseTo(0.28467844591676394, 12);
    expect(fit.baseCpm).toBeCloseTo(60.53558410126314, 9);
    expect(fit.rSquared).toBeCloseTo(0.96816300910014, 12);
    expect(fit.stdError).toBeCloseTo(0.02980476643970236, 12);
    expect(fit.n).toBe(5);
    const band = elasticityInterval(fit, 0.9, tQuantile);
    expect(band.low).toBeCloseTo(0.2145369983947598, 9);
    expect(band.high).toBeCloseTo(0.3548198934387681, 9);
  });

  it("gives std_error 0 and low = high = the elasticity on points of the curve", () => {
    const e = Math.log(1.4) / Math.log(2.5);
    const spends = [100_000, 200_000, 350_000, 500_000, 900_000];
    const fit = fitCpmCurve(spends, spends.map((s) => 80 * (s / 200_000) ** e), 200_000);
    expect(fit.stdError).toBeLessThan(1e-12);
    const band = elasticityInterval(fit, 0.95, tQuantile);
    expect(band.low).toBeCloseTo(e, 10);
    expect(band.high).toBeCloseTo(e, 10);
  });

  it("agrees with the textbook computation to 1e-9 on generated noisy data, and the band widens with confidence", () => {
    const month = fc.record({ spend: fc.double({ min: 1_000, max: 5e7, noNaN: true }), noise: fc.double({ min: -0.3, max: 0.3, noNaN: true }) });
    fc.assert(
      fc.property(
        fc.array(month, { minLength: 3, maxLength: 36 }),
        fc.double({ min: 0, max: 0.95, noNaN: true }),
        fc.double({ min: 0.5, max: 0.99, noNaN: true }),
        (months, e, confidence) => {
          const spends = months.map((m) => m.spend);
          const lowest = Math.min(...spends);
          fc.pre(Math.max(...spends) > lowest * 1.5);
          const cpms = months.map((m) => 80 * (m.spend / 200_000) ** e * Math.exp(m.noise));
          const fit = fitCpmCurve(spends, cpms, 200_000);
          const ref = textbookFit(spends, cpms, 200_000);
          const close = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(b));
          expect(close(fit.elasticity, ref.slope)).toBe(true);
          expect(close(fit.stdError, ref.se)).toBe(true);
          // R² is a ratio of two sums that vanish together when the CPMs are (nearly) flat.
          if (ref.sst > 1e-12) expect(close(fit.rSquared, ref.r2)).toBe(true);
          const band = elasticityInterval(fit, confidence, tQuantile);
          const half = tQuantile((1 + confidence) / 2, ref.n - 2) * ref.se;
          expect(close(band.low, ref.slope - half)).toBe(true);
          expect(close(band.high, ref.slope + half)).toBe(true);
          const wider = elasticityInterval(fit, Math.min(0.999, confidence + 0.005), tQuantile);
          expect(wider.low).toBeLessThanOrEqual(band.low);
          expect(wider.high).toBeGreaterThanOrEqual(band.high);
        },
      ),
      { numRuns: 400 },
    );
  });

  it("reports an interval that leaves [0, 1) as it is, never clipped", () => {
    const fit = fitCpmCurve([100_000, 110_000, 400_000], [100, 40, 60], 200_000);
    const band = elasticityInterval(fit, 0.99, tQuantile);
    expect(band.low).toBeLessThan(0);
    expect(band.high).toBeGreaterThan(1);
  });
});
