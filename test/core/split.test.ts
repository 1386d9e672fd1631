import fc from "fast-check";
import { DEFAULT_ASSUMPTIONS, spilloverShare, splitBudget, stagePosition } from "../../src/core";

describe("spilloverShare", () => {
  it("gives the presets at whole stages and interpolates between them", () => {
    expect(spilloverShare(1)).toBe(0.7);
    expect(spilloverShare(2)).toBe(0.5);
    expect(spilloverShare(3)).toBe(0.4);
    expect(spilloverShare(1.5)).toBeCloseTo(0.6, 15);
    expect(spilloverShare(2.5)).toBeCloseTo(0.45, 15);
  });

  it("uses edited presets", () => {
    expect(spilloverShare(2, { ...DEFAULT_ASSUMPTIONS, spillGrowth: 0.55 })).toBe(0.55);
  });
});

describe("splitBudget", () => {
  it("works in cents: parts add up to the budget and are rounded to the cent", () => {
    expect(splitBudget(100.01, 0.5)).toEqual({ spillover: 50.01, closedLoop: 50 });
    expect(splitBudget(0.01, 0.5)).toEqual({ spillover: 0.01, closedLoop: 0 });
    expect(splitBudget(0, 0.7)).toEqual({ spillover: 0, closedLoop: 0 });
    expect(splitBudget(333.33, 0.7)).toEqual({ spillover: 233.33, closedLoop: 100 });
  });

  it("rounds a budget with fractions of a cent to the cent first", () => {
    expect(splitBudget(100.004, 0.5)).toEqual({ spillover: 50, closedLoop: 50 });
  });

  it("does not mutate or depend on anything but its inputs", () => {
    const first = splitBudget(123.45, 0.6);
    expect(splitBudget(123.45, 0.6)).toEqual(first);
  });
});

describe("properties (fast-check)", () => {
  const budget = fc.double({ min: 0, max: 1e12, noNaN: true });
  const stage = fc.oneof(fc.constantFrom(1, 2, 3), fc.double({ min: 1, max: 3, noNaN: true }));
  const cents = (x: number) => Math.round(x * 100);

  it("splits add up to the budget exactly, in cents, and are never negative", () => {
    fc.assert(
      fc.property(budget, stage, (b, s) => {
        const { spillover, closedLoop } = splitBudget(b, spilloverShare(stagePosition(s)));
        expect(spillover).toBeGreaterThanOrEqual(0);
        expect(closedLoop).toBeGreaterThanOrEqual(0);
        expect(cents(spillover) + cents(closedLoop)).toBe(cents(b));
        expect(Number.isInteger(cents(spillover))).toBe(true);
        // As plain numbers, too: the sum is the cent-rounded budget to the last representable digit.
        expect(Math.abs(spillover + closedLoop - cents(b) / 100)).toBeLessThanOrEqual(Number.EPSILON * Math.max(1, b));
      }),
      { numRuns: 2000 },
    );
  });

  it("whole-cent budgets add up exactly as numbers", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e14 }), stage, (c, s) => {
        const b = c / 100;
        const { spillover, closedLoop } = splitBudget(b, spilloverShare(stagePosition(s)));
        expect(cents(spillover) + cents(closedLoop)).toBe(c);
      }),
      { numRuns: 2000 },
    );
  });

  it("spillover share moves monotonically from cold start to mature", () => {
    fc.assert(
      fc.property(stage, stage, (a, b) => {
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        expect(spilloverShare(hi)).toBeLessThanOrEqual(spilloverShare(lo) + 1e-15);
      }),
    );
  });
});
