/*
 * SWEEP shares work across its budgets (sweepOver: the lines in logs once, each budget's price
 * search started from its neighbours' brackets), and still answers at every budget exactly what
 * ALLOCATE answers for that budget alone (sweepPoint): the same cents on every line, the same
 * totals, or the same refusal — in whatever order the budgets come, repeated or not.
 */
import fc from "fast-check";
import { AllocationLine, Assumptions, DEFAULT_ASSUMPTIONS, isDomainError, MAX_MONEY, sweepLines, sweepOver, sweepPoint, SweepPoint } from "../../../src/core";

/** Log-uniform from `min` to `max`, the ends themselves now and then. */
const spread = (min: number, max: number) =>
  fc.oneof(
    { weight: 5, arbitrary: fc.double({ min: Math.log(min), max: Math.log(max), noNaN: true }).map((x) => Math.min(max, Math.max(min, Math.exp(x)))) },
    { weight: 1, arbitrary: fc.constantFrom(min, max) },
  );

/** cpm elasticity e and k = e − cvr elasticity over the range the table accepts (k from 1e-300 to just under 1). */
const curveArb = fc
  .tuple(fc.oneof(fc.double({ min: 0, max: 0.999999, noNaN: true }), fc.constantFrom(0, DEFAULT_ASSUMPTIONS.cpmElasticity, 0.999999)), fc.oneof(spread(1e-300, 0.999), spread(1e-6, 0.9)))
  .map(([e, k]) => [e, e - k] as const);

const boundArb = fc.oneof(
  { weight: 4, arbitrary: spread(0.01, 1e9) },
  { weight: 1, arbitrary: fc.constantFrom(0, 0.004, 0.005, 20_000, 200_000, MAX_MONEY) },
  { weight: 1, arbitrary: fc.integer({ min: 0, max: 100_000_000 }).map((c) => c / 1000) },
);

const lineArb = fc
  .record({
    baseCpa: fc.oneof(spread(1e-6, 1e9), fc.constantFrom(5e-324, 1, 40, MAX_MONEY)),
    curve: curveArb,
    minSpend: fc.oneof({ weight: 3, arbitrary: fc.constant(0) }, { weight: 1, arbitrary: boundArb }),
    maxSpend: fc.oneof({ weight: 3, arbitrary: fc.constant(Infinity) }, { weight: 1, arbitrary: boundArb }),
  })
  .map(({ baseCpa, curve: [e, g], minSpend, maxSpend }): Omit<AllocationLine, "name"> => ({ baseCpa, cpmElasticity: e, cvrElasticity: g, minSpend, maxSpend }));

const assumptionsArb: fc.Arbitrary<Assumptions> = fc.oneof(
  fc.constant(DEFAULT_ASSUMPTIONS),
  fc
    .record({ floorSpend: fc.oneof(fc.constantFrom(0, 20_000), spread(0.01, 1e9)), refSpend: fc.oneof(fc.constant(200_000), spread(0.01, 1e9)) })
    .map((curve) => ({ ...DEFAULT_ASSUMPTIONS, ...curve })),
);

/** What one budget gives: its point, or the code it is refused with. */
function outcome(run: () => SweepPoint): SweepPoint | string {
  try {
    return run();
  } catch (error) {
    if (!isDomainError(error)) throw error;
    return error.code;
  }
}

/** The point as compared: every number to the bit, the average CPA's refusal by its code. */
const plain = (p: SweepPoint | string) =>
  typeof p === "string" ? p : { ...p, averageCpa: isDomainError(p.averageCpa) ? p.averageCpa.code : p.averageCpa };

describe("sweepOver is sweepPoint at every budget, to the cent", () => {
  it("random lines (bounds, floors, elasticities across the accepted range) and unsorted budgets with repeats, 0 and the extremes", () => {
    let compared = 0;
    fc.assert(
      fc.property(
        fc.oneof(fc.array(lineArb, { minLength: 1, maxLength: 7 }), lineArb.chain((l) => fc.integer({ min: 2, max: 4 }).map((n) => Array(n).fill(l)))),
        assumptionsArb,
        fc.array(fc.oneof(fc.double({ min: 0, max: 1, noNaN: true }), fc.constantFrom(0, 1)), { minLength: 1, maxLength: 14 }),
        fc.array(fc.oneof(boundArb, fc.constantFrom(0, MAX_MONEY, 0.004, -0.01)), { maxLength: 4 }),
        fc.boolean(),
        (drawn, a, shares, extremes, reverse) => {
          const lines: AllocationLine[] = drawn.map((l, i) => ({ ...l, name: `L${i}` }));
          try {
            sweepLines(lines);
          } catch (error) {
            if (isDomainError(error)) return; // lines SWEEP refuses before any budget
            throw error;
          }
          // Budgets between the minimums and the maximums (capped), beside 0, 10 trillion and any others.
          const low = lines.reduce((sum, l) => sum + l.minSpend, 0);
          const high = Math.min(MAX_MONEY, lines.reduce((sum, l) => sum + l.maxSpend, 0));
          const inside = shares.map((s) => (s * (high - low) + low));
          const budgets = [...inside, ...extremes, ...inside.slice(0, 3), 0, MAX_MONEY, low, high];
          if (reverse) budgets.reverse();
          const alone = new Map(budgets.map((budget) => [budget, plain(outcome(() => sweepPoint(budget, lines, a)))]));
          // As drawn, and sorted up as a sheet's column of budgets usually is (each budget then
          // guessed from the two below it).
          for (const order of [budgets, [...budgets].sort((x, y) => x - y)]) {
            const at = sweepOver(lines, a);
            for (const budget of order) {
              expect(plain(outcome(() => at(budget)))).toEqual(alone.get(budget));
              if (typeof alone.get(budget) !== "string") compared++;
            }
          }
        },
      ),
      { numRuns: 400, seed: 27 },
    );
    expect(compared).toBeGreaterThan(1000);
  });

  it("the README's three lines over a sheet's column of budgets, in a shuffled order with repeats", () => {
    const a = DEFAULT_ASSUMPTIONS;
    const lines: AllocationLine[] = [
      { name: "seeding", baseCpa: 40, cpmElasticity: 0.35, cvrElasticity: 0.02, minSpend: 50_000, maxSpend: Infinity },
      { name: "search", baseCpa: 25, cpmElasticity: 0.6, cvrElasticity: 0, minSpend: 0, maxSpend: 300_000 },
      { name: "live", baseCpa: 60, cpmElasticity: 0.2, cvrElasticity: 0.05, minSpend: 0, maxSpend: Infinity },
    ];
    const budgets = Array.from({ length: 60 }, (_, i) => 50_000 + ((i * 37) % 60) * 41_666.67);
    const at = sweepOver(lines, a);
    for (const budget of [...budgets, ...budgets.slice(0, 10), 50_000, 50_000.01]) {
      expect(plain(at(budget))).toEqual(plain(sweepPoint(budget, lines, a)));
    }
  });
});
