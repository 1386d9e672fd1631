/* CPMFIT's core: ill-conditioned fits are refused, never reported (issue 14, item 4). */
import fc from "fast-check";
import { describe as describeError, DomainError, fitCpmCurve } from "../../../src/core";
import { RED } from "../../support/functions";
import { thrown } from "../../support/cells";

function refusal(call: () => unknown): { code: string; en: string; zh: string } {
  try {
    call();
  } catch (error) {
    if (error instanceof DomainError) return { code: error.code, en: describeError(error, "en"), zh: describeError(error, "zh") };
    throw error;
  }
  throw new Error("the fit was reported");
}

describe("an ill-conditioned CPM fit is refused with a message", () => {
  it("near-identical spends (1,000,000 / 1,000,000.5 / 1,000,001) are refused, not fitted to an elasticity of 223,144", () => {
    expect(refusal(() => fitCpmCurve([1_000_000, 1_000_000.5, 1_000_001], [80, 89.4, 100], 200_000))).toEqual({
      code: "FIT_ILL_CONDITIONED",
      en: "spends: the months' spends are too close together (from 1,000,000 to 1,000,001) to tell how CPM moves with spend; the fit needs spends at least 1% apart.",
      zh: "spends：各月预算过于接近（1,000,000 到 1,000,001），无法看出 CPM 随预算如何变化；拟合需要预算相差至少 1%。",
    });
  });

  it("CPMFIT shows the refusal as #VALUE! with its message", () => {
    const error = thrown(() => RED.CPMFIT([[1_000_000], [1_000_000.5], [1_000_001]], [[80], [89.4], [100]]));
    expect(error.code).toBe("#VALUE!");
    expect(error.message).toMatch(/^spends: the months' spends are too close together/);
  });

  it("a fit whose curve prices the reference spend at 0 or beyond any number is refused, naming refSpend", () => {
    // A 2% spread with a 100× CPM jump: e ≈ 232, and at a reference 1e-6 of the spends base CPM overflows.
    expect(refusal(() => fitCpmCurve([1_000_000, 1_010_000, 1_020_000], [1, 10, 100], 1e-6)).code).toBe("FIT_ILL_CONDITIONED");
    expect(refusal(() => fitCpmCurve([1_000_000, 1_010_000, 1_020_000], [1, 10, 100], 1e-6)).en).toMatch(/^refSpend: /);
  });

  it("spends just 1% apart are still fitted", () => {
    const fit = fitCpmCurve([100_000, 100_500, 101_000], [80, 80.2, 80.4], 100_000);
    expect(fit.elasticity).toBeGreaterThan(0);
  });

  it("answers only finite, positive figures; refuses every spread under 1% (property over the whole input range)", () => {
    const spend = fc.double({ min: 1e-6, max: 1e13, noNaN: true });
    const cpm = fc.double({ min: 1e-6, max: 1e6, noNaN: true });
    fc.assert(
      fc.property(fc.array(fc.tuple(spend, cpm), { minLength: 3, maxLength: 12 }), fc.double({ min: 1e-3, max: 1e13, noNaN: true }), (months, ref) => {
        const spends = months.map((m) => m[0]);
        let fit;
        try {
          fit = fitCpmCurve(spends, months.map((m) => m[1]), ref);
        } catch (error) {
          expect(error).toBeInstanceOf(DomainError);
          return;
        }
        expect(Math.max(...spends)).toBeGreaterThanOrEqual(Math.min(...spends) * 1.01);
        expect(Number.isFinite(fit.elasticity)).toBe(true);
        expect(fit.baseCpm).toBeGreaterThan(0);
        expect(Number.isFinite(fit.baseCpm)).toBe(true);
        expect(fit.rSquared).toBeGreaterThanOrEqual(0);
        expect(fit.rSquared).toBeLessThanOrEqual(1);
      }),
      { seed: 20261122, numRuns: 2000 },
    );
    // Under 1% apart: always refused, whatever the CPMs.
    fc.assert(
      fc.property(fc.double({ min: 1, max: 1e12, noNaN: true }), fc.array(fc.tuple(fc.double({ min: 0, max: 0.0099, noNaN: true }), cpm), { minLength: 3, maxLength: 8 }), (low, months) => {
        const spends = months.map((m) => low * (1 + m[0]));
        expect(() => fitCpmCurve(spends, months.map((m) => m[1]), 200_000)).toThrow(DomainError);
      }),
      { seed: 20261122, numRuns: 1000 },
    );
  });
});

describe("fitCpmCurve", () => {
  it("refuses two points, and needs distinct spends", () => {
    expect(() => fitCpmCurve([1, 2], [1, 2], 1)).toThrow(DomainError);
    expect(() => fitCpmCurve([5, 5, 5], [1, 2, 3], 1)).toThrow(DomainError);
  });

  it("gives R² = 1 for flat CPMs over different spends (a perfect, flat line)", () => {
    expect(fitCpmCurve([1, 2, 3], [5, 5, 5], 2)).toEqual({ elasticity: 0, baseCpm: 5, rSquared: 1, stdError: 0, n: 3 });
  });
});
