import fc from "fast-check";
import { DEFAULT_ASSUMPTIONS, MAX_MONEY, roundHalfAway, spilloverShare, splitBudget, stagePosition, toCents } from "../../src/core";
import { excelCents } from "../support/excel-round";

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

const cents = (x: number) => Math.round(x * 100); // of amounts already in whole cents

describe("rounding to the cent as Excel's ROUND does (half a cent up, on the digits Excel shows)", () => {
  it("a budget of 1.005 is 1.01, split in full; a share landing on half a cent goes up", () => {
    const { spillover, closedLoop } = splitBudget(1.005, 0.5);
    expect(cents(spillover) + cents(closedLoop)).toBe(101); // Math.round(1.005 * 100) is 100
    expect(splitBudget(0.15, 0.7)).toEqual({ spillover: 0.11, closedLoop: 0.04 }); // 15 × 0.7 = 10.499999999999998 in binary
    expect(splitBudget(8473.755, 0.4)).toEqual({ spillover: 3389.5, closedLoop: 5084.26 });
  });

  // Amounts as a planner types or Excel shows them: up to 15 significant digits, any scale.
  const typed = fc
    .tuple(fc.bigInt({ min: BigInt(0), max: BigInt(999_999_999_999_999) }), fc.integer({ min: 0, max: 6 }))
    .map(([digits, places]) => Number(`${digits}e-${places}`))
    .filter((amount) => amount <= MAX_MONEY);
  const halves = fc.tuple(fc.integer({ min: 0, max: 1e9 }), fc.integer({ min: 0, max: 99 })).map(([whole, c]) => Number(`${whole}.${String(c).padStart(2, "0")}5`));

  it("toCents is ROUND(amount, 2) × 100 over the whole money range, halves drawn on purpose", () => {
    fc.assert(
      fc.property(fc.oneof(typed, halves), (amount) => {
        expect([amount, toCents(amount)]).toEqual([amount, excelCents(amount)]);
      }),
      { numRuns: 5000 },
    );
  });

  it("roundHalfAway is the exact decimal product rounded half away from zero, for cents × shares of up to 4 decimals", () => {
    fc.assert(
      fc.property(fc.bigInt({ min: BigInt(0), max: BigInt(100_000_000_000) }), fc.integer({ min: 0, max: 10_000 }), (c, share4) => {
        const exact = c * BigInt(share4); // the product × 10^4, in integers
        const rounded = Number(exact / BigInt(10_000) + (exact % BigInt(10_000) >= BigInt(5_000) ? BigInt(1) : BigInt(0)));
        expect([c, share4, roundHalfAway(Number(c) * (share4 / 10_000))]).toEqual([c, share4, rounded]);
        expect(roundHalfAway(-Number(c) * (share4 / 10_000))).toBe(rounded === 0 ? 0 : -rounded);
      }),
      { numRuns: 5000 },
    );
    // Every cent count to 5,000 at the shares whose halves binary misses (15 × 0.7 = 10.499999999999998).
    let missedByMathRound = 0;
    for (let c = 1; c <= 5000; c++) {
      for (const share4 of [1500, 3500, 4500, 5500, 6500, 7000, 8500, 9500]) {
        const exact = c * share4;
        const rounded = Math.floor(exact / 10_000) + (exact % 10_000 >= 5_000 ? 1 : 0);
        expect([c, share4, roundHalfAway(c * (share4 / 10_000))]).toEqual([c, share4, rounded]);
        if (Math.round(c * (share4 / 10_000)) !== rounded) missedByMathRound++;
      }
    }
    expect(missedByMathRound).toBeGreaterThan(100);
    expect(roundHalfAway(-2.5)).toBe(-3);
    expect(roundHalfAway(2.5)).toBe(3);
    expect(Object.is(roundHalfAway(-5e-324), 0)).toBe(true);
  });
});

describe("properties (fast-check)", () => {
  const budget = fc.double({ min: 0, max: 1e12, noNaN: true });
  const stage = fc.oneof(fc.constantFrom(1, 2, 3), fc.double({ min: 1, max: 3, noNaN: true }));

  it("splits add up to the budget exactly, in cents, and are never negative", () => {
    fc.assert(
      fc.property(budget, stage, (b, s) => {
        const { spillover, closedLoop } = splitBudget(b, spilloverShare(stagePosition(s)));
        expect(spillover).toBeGreaterThanOrEqual(0);
        expect(closedLoop).toBeGreaterThanOrEqual(0);
        expect(cents(spillover) + cents(closedLoop)).toBe(excelCents(b));
        expect(Number.isInteger(cents(spillover))).toBe(true);
        // As plain numbers, too: the sum is the cent-rounded budget to the last representable digit.
        expect(Math.abs(spillover + closedLoop - excelCents(b) / 100)).toBeLessThanOrEqual(Number.EPSILON * Math.max(1, b));
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
