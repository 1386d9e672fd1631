/* ALLOCATE's bound column when the budget equals the lines' minimums or maximums (review finding: blank). */
import { allocateBudget, DEFAULT_ASSUMPTIONS } from "../../../src/core";

const line = (name: string, baseCpa: number, minSpend = 0, maxSpend = Infinity) => ({
  name, baseCpa, cpmElasticity: DEFAULT_ASSUMPTIONS.cpmElasticity, cvrElasticity: DEFAULT_ASSUMPTIONS.cvrElasticity, minSpend, maxSpend,
});

describe("ALLOCATE pinned to its bounds", () => {
  it("says max for every line when the budget is the sum of the maximums (README: 900,000 over three lines of 300,000)", () => {
    const split = allocateBudget(900_000, [line("Seeding", 40, 0, 300_000), line("Sales", 25, 0, 300_000), line("Search", 60, 0, 300_000)], DEFAULT_ASSUMPTIONS);
    expect(split.map((l) => [l.spend, l.bound])).toEqual([[300_000, "max"], [300_000, "max"], [300_000, "max"]]);
    // Their marginal CPAs differ: only the bounds can explain that, and the column now says so.
    expect(new Set(split.map((l) => l.marginalCpa.toFixed(6))).size).toBe(3);
  });

  it("says min for every line when the budget is the sum of the minimums", () => {
    const split = allocateBudget(100, [line("Seeding", 40, 50), line("Sales", 25, 50), line("Search", 60, 0)], DEFAULT_ASSUMPTIONS);
    expect(split.map((l) => [l.spend, l.bound])).toEqual([[50, "min"], [50, "min"], [0, "min"]]);
  });

  it("still leaves free lines unmarked when the budget is inside the bounds", () => {
    const split = allocateBudget(800_000, [line("Seeding", 40, 0, 300_000), line("Sales", 25, 0, 300_000), line("Search", 60, 0, 300_000)], DEFAULT_ASSUMPTIONS);
    expect(split.filter((l) => l.bound === "").length).toBeGreaterThan(0);
  });
});
