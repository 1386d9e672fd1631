/* Minefield 2's pane checks at the edge of what the functions accept (found by review: the pane went blank). */
import { checkBudgetStep, MAX_MONEY, whatItTakes } from "../../../src/core";

describe("minefield 2 at the largest budgets", () => {
  it.each([7.9e12, 8.1e12, 9e12, MAX_MONEY])("What would it take? draws its curve for a proposal of %p, never past the limit", (proposed) => {
    const result = whatItTakes({ baseCpa: 30, target: 1_186_560_726, kind: "conversions", thisMonth: 300_000, proposed });
    expect(result.upTo).toBeLessThanOrEqual(MAX_MONEY);
    expect(result.curve.every((p) => Number.isFinite(p.conversions))).toBe(true);
  });

  it.each([9e12, MAX_MONEY])("checkBudgetStep answers for a proposal of %p", (proposed) => {
    const check = checkBudgetStep({ thisMonth: 300_000, proposed, baseCpm: 80, baseCpa: 30, targetCpa: 60 });
    expect(check.status).toBe("risk");
  });
});

describe("minefield 2 past the limit", () => {
  it("a proposal above 10 trillion is refused as a domain error or answered, never a crash of another kind", () => {
    for (const proposed of [2e13, 1e300]) {
      for (const run of [
        () => checkBudgetStep({ thisMonth: 300_000, proposed, baseCpm: 80, baseCpa: 30, targetCpa: 60 }),
        () => whatItTakes({ baseCpa: 30, target: 1000, kind: "conversions", thisMonth: 300_000, proposed }),
      ]) {
        try {
          run();
        } catch (error) {
          expect((error as Error).name).toBe("DomainError");
        }
      }
    }
  });
});
