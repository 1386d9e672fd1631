/*
 * Issue 22 item 13: the README promises "Points exactly on a power law give std_error 0 and
 * low = high". CPMFIT gave std_error 3.2e-16 and low ≠ high: the residuals of exact points are the
 * rounding of the numbers' last digits, and TYPED_DIGITS_NOISE (half a unit in the 15th significant
 * digit) is the stated tolerance below which they count as 0.
 */
import fc from "fast-check";
import tQuantile from "@stdlib/stats-base-dists-t-quantile";
import { elasticityInterval, fitCpmCurve, TYPED_DIGITS_NOISE } from "../../src/core";
import { RED } from "../support/functions";
import { loadStudentT } from "../../src/functions/statistics";

const E = Math.log(1.4) / Math.log(2.5);
/** A number as Excel keeps it: 15 significant digits. */
const typed = (x: number) => Number(x.toPrecision(15));

beforeAll(() => loadStudentT());

describe("README: points exactly on a power law give std_error 0 and low = high", () => {
  it.each([
    ["CPM doubling with spend, 40, 80, 160 (gave std_error 3.2e-16)", [100_000, 200_000, 400_000], [40, 80, 160], 1, 80],
    ["DOMAIN's ×2.5 spend → ×1.4 CPM, 80, 112, 156.8", [200_000, 500_000, 1_250_000], [80, 112, 156.8], E, 80],
    ["50, 100, 200, 400 (gave 4.5e-16)", [100_000, 200_000, 400_000, 800_000], [50, 100, 200, 400], 1, 100],
  ])("%s: std_error 0, low = high = the elasticity, R² 1", (_, spends, cpms, elasticity, baseCpm) => {
    const [, row] = RED.CPMFIT(spends.map((s) => [s]), cpms.map((c) => [c]), undefined, true, 0.9) as unknown[][];
    const [e, base, r2, se, low, high, n] = row as number[];
    expect(se).toBe(0);
    expect(low).toBe(high);
    expect(low).toBe(e);
    expect(r2).toBe(1);
    expect(e).toBeCloseTo(elasticity, 12);
    expect(base).toBeCloseTo(baseCpm, 9);
    expect(n).toBe(spends.length);
  });

  it("the stated tolerance is half a unit in the 15th significant digit", () => {
    expect(TYPED_DIGITS_NOISE).toBe(5e-15);
  });

  it("property: months on any power law, as Excel keeps them (15 digits), give std_error 0, low = high and R² 1", () => {
    const month = fc.double({ min: 100, max: 1e13, noNaN: true });
    fc.assert(
      fc.property(
        fc.array(month, { minLength: 3, maxLength: 60 }),
        fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }),
        fc.double({ min: 0.01, max: 1e6, noNaN: true }),
        fc.boolean(),
        (spends, e, base, asTyped) => {
          const lowest = spends.reduce((m, s) => Math.min(m, s), Infinity);
          fc.pre(spends.some((s) => s >= lowest * 1.01));
          const cpms = spends.map((s) => base * (s / 200_000) ** e);
          const fit = fitCpmCurve(asTyped ? spends.map(typed) : spends, asTyped ? cpms.map(typed) : cpms, 200_000);
          expect([fit.stdError, fit.rSquared]).toEqual([0, 1]);
          const band = elasticityInterval(fit, 0.95, tQuantile);
          expect([band.low, band.high]).toEqual([fit.elasticity, fit.elasticity]);
          expect(Math.abs(fit.elasticity - e)).toBeLessThan(1e-9);
        },
      ),
      { numRuns: 500 },
    );
  });

  it("property: months off the curve by a millionth of their CPM or more keep a positive std_error", () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ spend: fc.double({ min: 1_000, max: 1e9, noNaN: true }), off: fc.double({ min: 1e-6, max: 0.3, noNaN: true }), sign: fc.boolean() }), { minLength: 3, maxLength: 36 }),
        fc.double({ min: 0, max: 0.95, noNaN: true }),
        (months, e) => {
          const spends = months.map((m) => m.spend);
          const lowest = spends.reduce((m, s) => Math.min(m, s), Infinity);
          fc.pre(spends.some((s) => s >= lowest * 1.5));
          // Alternate signs so that no line through the months fits them all.
          const cpms = months.map((m, i) => 80 * (m.spend / 200_000) ** e * (1 + (i % 2 === 0 ? m.off : -m.off)));
          const fit = fitCpmCurve(spends, cpms, 200_000);
          expect(fit.stdError).toBeGreaterThan(0);
        },
      ),
      { numRuns: 300 },
    );
  });
});
