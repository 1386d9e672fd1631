/*
 * ALLOCATE's entry point over 50 and 1,000 lines costs at most 1.5× its core —
 * measured as the benchmark measures it (test/support/entry-cost.ts): the call on a sheet's
 * columns against allocateBudget on the same lines, in interleaved rounds, each side's fastest round
 * (other suites share the cores and only add time); taken again while over the limit (lowestOf). And SWEEP over 100 budgets costs clearly
 * less than 100 ALLOCATE calls: it shares work across its budgets (sweepOver); the benchmark
 * measures ≈ 0.5×, held here at 0.75×.
 */
import { allocateEntryCost, lowestOf, sweepCost } from "../support/entry-cost";

describe("ALLOCATE's entry point costs at most 1.5× its core", () => {
  for (const lines of [50, 1000]) {
    it(`over ${lines.toLocaleString("en-US")} lines`, () => {
      const cost = lowestOf(() => allocateEntryCost(lines, 21), 1.5);
      expect(cost.ratio).toBeLessThanOrEqual(1.5);
    }, 60_000);
  }
});

describe("SWEEP of 100 budgets × 20 lines costs clearly less than 100 ALLOCATE calls", () => {
  it("at most 0.75× (the benchmark measures ≈ 0.5×)", () => {
    const cost = lowestOf(() => sweepCost(21), 0.75);
    expect(cost.ratio).toBeLessThanOrEqual(0.75);
  }, 60_000);
});
