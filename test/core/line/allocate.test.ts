/*
 * ALLOCATE's maths: the optimality conditions (equal marginal CPA off the bounds, the right
 * inequality on them) and agreement with a brute-force grid search on random instances.
 */
import fc from "fast-check";
import { AllocationLine, allocateBudget, conversions, costPerConversion, DEFAULT_ASSUMPTIONS, describe as describeError, DomainError, marginalCpa } from "../../../src/core";

const a = DEFAULT_ASSUMPTIONS;
const curve = (l: AllocationLine) => ({ ...a, cpmElasticity: l.cpmElasticity, cvrElasticity: l.cvrElasticity });
const totalConversions = (lines: AllocationLine[], spends: number[]) => spends.reduce((sum, s, i) => sum + conversions(s, lines[i].baseCpa, curve(lines[i])), 0);

/**
 * Marginal CPA just below and just above a spend (they differ only at the floor's kink, where
 * marginalCpa itself gives the price just below: the last yuan's).
 */
function marginalRange(line: AllocationLine, spend: number): [number, number] {
  const c = curve(line);
  const left = marginalCpa(spend, line.baseCpa, c);
  const right = spend === a.floorSpend ? marginalCpa(spend + 1e-6, line.baseCpa, c) : left;
  return [spend > 0 && spend <= a.floorSpend ? marginalCpa(0, line.baseCpa, c) : left, right];
}

const lineArb = fc.record({
  name: fc.constant("line"),
  baseCpa: fc.double({ min: 5, max: 200, noNaN: true }),
  cpmElasticity: fc.double({ min: 0.15, max: 0.7, noNaN: true }),
  cvrElasticity: fc.double({ min: 0, max: 0.1, noNaN: true }),
  minSpend: fc.constant(0),
  maxSpend: fc.constant(Infinity),
});

function withBounds(lines: AllocationLine[], budget: number, mins: number[], maxes: number[]): AllocationLine[] {
  return lines.map((l, i) => ({ ...l, name: `L${i}`, minSpend: Math.round(mins[i] * budget) / 100, maxSpend: maxes[i] >= 0.9 ? Infinity : Math.round(maxes[i] * budget * 100) / 100 }));
}

const instance = fc
  .integer({ min: 2, max: 6 })
  .chain((n) =>
    fc.record({
      budget: fc.integer({ min: 50_000, max: 3_000_000 }),
      lines: fc.array(lineArb, { minLength: n, maxLength: n }),
      mins: fc.array(fc.double({ min: 0, max: 100 / n / 2, noNaN: true }), { minLength: n, maxLength: n }),
      maxes: fc.array(fc.double({ min: 0.3, max: 1, noNaN: true }), { minLength: n, maxLength: n }),
    }),
  )
  .map(({ budget, lines, mins, maxes }) => ({ budget, lines: withBounds(lines, budget, mins.map((m) => m / 100), maxes) }))
  .filter(({ budget, lines }) => lines.reduce((s, l) => s + l.maxSpend, 0) >= budget);

describe("allocateBudget", () => {
  it("spends add up to the budget exactly, in cents, within the bounds", () => {
    fc.assert(
      fc.property(instance, ({ budget, lines }) => {
        const result = allocateBudget(budget, lines, a);
        const cents = result.reduce((sum, r) => sum + Math.round(r.spend * 100), 0);
        expect(cents).toBe(Math.round(budget * 100));
        result.forEach((r, i) => {
          expect(r.spend).toBeGreaterThanOrEqual(lines[i].minSpend - 1e-9);
          expect(r.spend).toBeLessThanOrEqual(lines[i].maxSpend + 1e-9);
        });
      }),
      { numRuns: 200, seed: 20261122 },
    );
  });

  it("meets the optimality conditions: equal marginal CPA off the bounds, the right inequality on them", () => {
    fc.assert(
      fc.property(instance, ({ budget, lines }) => {
        const result = allocateBudget(budget, lines, a);
        const ranges = result.map((r, i) => marginalRange(lines[i], r.spend));
        const free = result.flatMap((r, i) => (r.bound === "" && r.spend > lines[i].minSpend + 0.01 ? [i] : []));
        // The common price: inside every free line's [left, right] marginal range (to cent rounding).
        const lambda = Math.max(...free.map((i) => ranges[i][0]));
        for (const i of free) {
          expect(lambda).toBeLessThanOrEqual(ranges[i][1] * (1 + 1e-6));
          expect(lambda).toBeGreaterThanOrEqual(ranges[i][0] * (1 - 1e-6));
        }
        expect(free.length).toBeGreaterThan(0);
        result.forEach((r, i) => {
          // Held at its maximum: the next yuan there would still be cheaper than λ (left marginal ≤ λ).
          if (r.bound === "max") expect(ranges[i][0]).toBeLessThanOrEqual(lambda * (1 + 1e-6));
          // Held at its minimum (or at 0): the next yuan there costs at least λ.
          if (r.bound === "min" || r.spend <= lines[i].minSpend + 0.01) expect(ranges[i][1]).toBeGreaterThanOrEqual(lambda * (1 - 1e-6));
        });
      }),
      { numRuns: 200, seed: 7 },
    );
  });

  it("agrees with a brute-force grid search to 0.1% of conversions, on random instances of 2–6 lines", () => {
    fc.assert(
      fc.property(instance, ({ budget, lines }) => {
        const result = allocateBudget(budget, lines, a);
        const ours = totalConversions(lines, result.map((r) => r.spend));
        const best = gridBest(budget, lines);
        expect(best).toBeGreaterThan(0);
        expect(ours).toBeGreaterThanOrEqual(best * (1 - 1e-3));
      }),
      { numRuns: 25, seed: 42 },
    );
  });

  it("labels lines held by their bounds", () => {
    const cheap: AllocationLine = { name: "cheap", baseCpa: 10, cpmElasticity: 0.3, cvrElasticity: 0.05, minSpend: 0, maxSpend: 50_000 };
    const dear: AllocationLine = { name: "dear", baseCpa: 100, cpmElasticity: 0.3, cvrElasticity: 0.05, minSpend: 120_000, maxSpend: Infinity };
    const result = allocateBudget(300_000, [cheap, dear], a);
    expect(result.map((r) => r.bound)).toEqual(["max", ""]);
    expect(result[0].spend).toBe(50_000);
    const pinned = allocateBudget(300_000, [{ ...cheap, maxSpend: Infinity }, { ...dear, minSpend: 100_000 }], a);
    expect(pinned[1]).toMatchObject({ spend: 100_000, bound: "min" });
  });

  it("refuses bounds that cannot hold the budget, with the figures", () => {
    const line: AllocationLine = { name: "x", baseCpa: 10, cpmElasticity: 0.3, cvrElasticity: 0.05, minSpend: 80_000, maxSpend: 90_000 };
    expect(() => allocateBudget(100_000, [line], a)).toThrow(DomainError);
    expect(() => allocateBudget(70_000, [line], a)).toThrow(DomainError);
    const refusal = (budget: number, lines: AllocationLine[]) => {
      try {
        allocateBudget(budget, lines, a);
      } catch (error) {
        return { en: describeError(error as DomainError, "en"), zh: describeError(error as DomainError, "zh") };
      }
      throw new Error("allocateBudget accepted bounds that cannot hold the budget");
    };
    expect(refusal(100_000, [line, line])).toEqual({
      en: "minSpend: the lines' minimums add up to 160,000, more than the budget of 100,000.",
      zh: "minSpend：各投放线的下限合计 160,000，超过预算 100,000。",
    });
    expect(refusal(200_000.5, [line, line])).toEqual({
      en: "maxSpend: the lines' maximums add up to 180,000, less than the budget of 200,000.5.",
      zh: "maxSpend：各投放线的上限合计 180,000，不足预算 200,000.5。",
    });
  });

  it("handles a zero budget, and minimums that take the whole budget", () => {
    const line: AllocationLine = { name: "x", baseCpa: 10, cpmElasticity: 0.3, cvrElasticity: 0.05, minSpend: 0, maxSpend: Infinity };
    expect(allocateBudget(0, [line, line], a).map((r) => r.spend)).toEqual([0, 0]);
    const pinned = allocateBudget(100_000, [{ ...line, minSpend: 60_000 }, { ...line, minSpend: 40_000 }], a);
    expect(pinned.map((r) => r.spend)).toEqual([60_000, 40_000]);
  });

  it("refuses a line whose marginal CPA never rises", () => {
    const flat: AllocationLine = { name: "flat", baseCpa: 10, cpmElasticity: 0.05, cvrElasticity: 0.05, minSpend: 0, maxSpend: Infinity };
    expect(() => allocateBudget(100_000, [flat], a)).toThrow(DomainError);
  });

  it("answers where floor_spend / ref_spend leaves the doubles (ref_spend 1e-300, a floor of 1e10), from the curve in logs", () => {
    // The flat price's logarithm was ln base + k · ln(floor / ref): 1e10 / 1e-300 is Infinity, every
    // line's flat price was read as infinite and the call refused as ALLOCATION_FAILED.
    const c = { ...a, refSpend: 1e-300, floorSpend: 1e10 };
    const line = (name: string, baseCpa: number): AllocationLine => ({ name, baseCpa, cpmElasticity: 0.35, cvrElasticity: 0, minSpend: 0, maxSpend: Infinity });
    const lines = [line("A", 1e-300), line("B", 2e-300)];
    const split = allocateBudget(2e10, lines, c);
    // A's last yuan at the whole budget still costs less than B's first: all of it goes to A.
    expect(marginalCpa(2e10, 1e-300, { ...c, cpmElasticity: 0.35, cvrElasticity: 0 })).toBeLessThan(costPerConversion(0, 2e-300, { ...c, cpmElasticity: 0.35, cvrElasticity: 0 }));
    expect(split.map((r) => r.spend)).toEqual([2e10, 0]);
    expect(split[0].conversions).toBeGreaterThan(0);
  });
});

/** The best allocation on a grid of the budget (steps of budget/G), within the bounds. */
function gridBest(budget: number, lines: AllocationLine[]): number {
  const n = lines.length;
  const steps = [2000, 2000, 200, 60, 30, 20][n - 1];
  const unit = budget / steps;
  let best = -Infinity;
  const spends = new Array(n).fill(0);
  const walk = (i: number, left: number) => {
    if (i === n - 1) {
      const s = left * unit;
      if (s < lines[i].minSpend - 1e-6 || s > lines[i].maxSpend + 1e-6) return;
      spends[i] = s;
      best = Math.max(best, totalConversions(lines, spends));
      return;
    }
    for (let k = 0; k <= left; k++) {
      const s = k * unit;
      if (s < lines[i].minSpend - 1e-6) continue;
      if (s > lines[i].maxSpend + 1e-6) break;
      spends[i] = s;
      walk(i + 1, left - k);
    }
  };
  walk(0, steps);
  // Bounds that fall between grid points: fall back to the bounds themselves as the grid's edge.
  return best === -Infinity ? 0 : best;
}
