/* INCREMENTALCPM keeps its digits for small steps on large spends (review finding: 57% high at 1e13). */
import fc from "fast-check";
import { DEFAULT_ASSUMPTIONS, incrementalCpm, marginalCpm, MAX_MONEY } from "../../../src/core";

describe("incrementalCpm precision", () => {
  it.each([
    [MAX_MONEY - 0.01, MAX_MONEY],
    [MAX_MONEY - 1, MAX_MONEY],
    [1e12, 1e12 + 1],
    [5e8, 5e8 + 0.01],
  ])("a step from %p to %p costs the marginal CPM there", (from, to) => {
    // A step this small relative to the spend prices at the marginal CPM of its middle.
    const reference = marginalCpm((from + to) / 2);
    expect(Math.abs(incrementalCpm(from, to) - reference) / reference).toBeLessThan(1e-9);
  });

  it("agrees with the plain difference where that has its digits, on both sides of the floor", () => {
    const a = { ...DEFAULT_ASSUMPTIONS, floorSpend: 20_000 };
    fc.assert(
      fc.property(fc.double({ min: 0, max: 5e6, noNaN: true }), fc.double({ min: 1000, max: 5e6, noNaN: true }), (from, delta) => {
        const to = from + delta;
        const plain = (1000 * (to - from)) / ((1000 * to) / (Math.pow(Math.max(to, a.floorSpend) / a.refSpend, a.cpmElasticity)) - (1000 * from) / Math.pow(Math.max(from, a.floorSpend) / a.refSpend, a.cpmElasticity));
        expect(Math.abs(incrementalCpm(from, to, 1, a) - plain) / plain).toBeLessThan(1e-9);
      }),
      { numRuns: 2000 },
    );
  });
});
