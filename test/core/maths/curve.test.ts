import fc from "fast-check";
import {
  averageCpm,
  budgetCap,
  costPerConversion,
  DEFAULT_ASSUMPTIONS,
  DomainError,
  impressions,
  incrementalCpm,
  marginalCpa,
  marginalCpm,
} from "../../../src/core";
import { spendAtMarginalCpa } from "../../../src/core/maths/curve";
import { expectClose } from "../../support/cells";

const a = DEFAULT_ASSUMPTIONS;

describe("the floor", () => {
  it("keeps CPM and CPA flat below floor_spend", () => {
    expect(averageCpm(0)).toBe(averageCpm(20_000));
    expect(averageCpm(5_000)).toBe(averageCpm(20_000));
    expect(marginalCpm(5_000)).toBe(averageCpm(20_000));
    expect(costPerConversion(1_000, 1)).toBe(costPerConversion(20_000, 1));
    expect(marginalCpa(1_000, 1)).toBe(costPerConversion(20_000, 1));
  });

  it("buys no impressions with no spend", () => {
    expect(impressions(0)).toBe(0);
  });

  it("can be removed: floor 0 is a pure power law", () => {
    const pure = { ...a, floorSpend: 0 };
    expectClose(averageCpm(2_000, 1, pure), Math.pow(0.01, a.cpmElasticity));
  });
});

describe("incrementalCpm", () => {
  it("is the marginal CPM for a step of zero", () => {
    expect(incrementalCpm(300_000, 300_000)).toBe(marginalCpm(300_000));
  });

  it("is the same for a step down as for the step up", () => {
    expectClose(incrementalCpm(500_000, 200_000), incrementalCpm(200_000, 500_000));
  });

  it("lies between the marginal CPMs at both ends", () => {
    const step = incrementalCpm(200_000, 500_000);
    expect(step).toBeGreaterThan(marginalCpm(200_000));
    expect(step).toBeLessThan(marginalCpm(500_000));
  });
});

describe("budgetCap", () => {
  it("throws NO_BUDGET_CAP when the curve does not saturate", () => {
    expect(() => budgetCap(2, 1, { ...a, cpmElasticity: 0.1, cvrElasticity: 0.1 })).toThrow(DomainError);
  });
});

describe("properties (fast-check)", () => {
  const spend = fc.double({ min: 0, max: 1e12, noNaN: true });
  const base = fc.double({ min: 1e-3, max: 1e4, noNaN: true });

  it("MARGINALCPM ≥ AVGCPM", () => {
    fc.assert(
      fc.property(spend, base, (s, b) => {
        expect(marginalCpm(s, b)).toBeGreaterThanOrEqual(averageCpm(s, b));
      }),
      { numRuns: 2000 },
    );
  });

  it("AVGCPM is non-decreasing in spend", () => {
    fc.assert(
      fc.property(spend, spend, base, (x, y, b) => {
        const [lo, hi] = x <= y ? [x, y] : [y, x];
        expect(averageCpm(hi, b)).toBeGreaterThanOrEqual(averageCpm(lo, b));
      }),
      { numRuns: 2000 },
    );
  });

  it("impressions never fall as spend rises", () => {
    fc.assert(
      fc.property(spend, spend, (x, y) => {
        const [lo, hi] = x <= y ? [x, y] : [y, x];
        // To the last bits of a double: 1000·s/A(s) is monotone, its rounding need not be.
        expect(impressions(hi)).toBeGreaterThanOrEqual(impressions(lo) * (1 - 1e-12));
      }),
    );
  });

  it("the budget cap is the largest whole cent within the target: the closed form's cent, its marginal CPA within the target and one cent more's not", () => {
    fc.assert(
      fc.property(fc.double({ min: 0.7, max: 50, noNaN: true }), base, (ratio, b) => {
        const cap = budgetCap(ratio * b, b);
        expect(Number.isInteger(Math.round(cap * 100)) && Math.abs(cap * 100 - Math.round(cap * 100)) < 1e-6 * Math.max(1, cap)).toBe(true);
        if (cap > 0) expect(marginalCpa(cap, b)).toBeLessThanOrEqual(ratio * b);
        if (cap < 1e12) expect(marginalCpa(cap + 0.01, b)).toBeGreaterThan(ratio * b);
        // Within a cent of the inverse curve (DOMAIN §3's closed form), where it is in the power region.
        if (cap > a.floorSpend && cap < 1e12) expect(Math.abs(spendAtMarginalCpa(ratio * b, b, a) - cap)).toBeLessThan(0.01 + 1e-9 * cap);
      }),
    );
  });
});
