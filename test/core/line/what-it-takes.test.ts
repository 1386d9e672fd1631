/* Minefield 2's "What would it take?": REQUIREDBUDGET and SWEEP over the scenario's one line. */
import { budgetCap, DEFAULT_ASSUMPTIONS, DomainError, requiredBudget, sweepPoint, whatItTakes } from "../../../src/core";

const line = { name: "scenario", baseCpa: 30, cpmElasticity: DEFAULT_ASSUMPTIONS.cpmElasticity, cvrElasticity: DEFAULT_ASSUMPTIONS.cvrElasticity, minSpend: 0, maxSpend: Infinity };

describe("whatItTakes", () => {
  it("gives REQUIREDBUDGET's answer and SWEEP's curve over the scenario's line", () => {
    const result = whatItTakes({ baseCpa: 30, target: 20_000, kind: "conversions", thisMonth: 500_000, proposed: 600_000, cap: 547_756 });
    const required = requiredBudget(20_000, "conversions", [line], DEFAULT_ASSUMPTIONS);
    expect(result.required).toEqual(required);
    expect(result.curve).toHaveLength(40);
    for (const point of result.curve) expect(point).toEqual(sweepPoint(point.budget, [line], DEFAULT_ASSUMPTIONS));
    // The curve reaches past every mark, the required budget included.
    expect(result.upTo).toBeCloseTo(Math.max(600_000, required.budget) * 1.25, 6);
    expect(result.curve[39].budget).toBeCloseTo(result.upTo, 2);
  });

  it("a marginal-CPA target is BUDGETCAP to the cent", () => {
    const result = whatItTakes({ baseCpa: 30, target: 60, kind: "marginal-cpa" });
    expect((result.required as { budget: number }).budget).toBe(Math.floor(budgetCap(60, 30) * 100) / 100);
  });

  it("an unreachable target is the reason, not a number; the curve is still drawn", () => {
    const result = whatItTakes({ baseCpa: 30, target: 1e13, kind: "conversions", proposed: 100_000 });
    expect(result.required).toBeInstanceOf(DomainError);
    expect((result.required as DomainError).code).toBe("TARGET_UNREACHABLE");
    expect(result.upTo).toBe(125_000);
  });
});
