/*
 * ALLOCATE keeps its promises (issue 14, item 2): on every answered call the spends add up to the
 * budget to the cent, lie within the bounds and are never negative, and no cent could be moved
 * from one line to another for a cheaper conversion (equal marginal CPA off the bounds); every
 * refusal is one the inputs call for. Arguments are drawn from the whole accepted range — budgets
 * and bounds from 0 to 10 trillion and sub-cent, base CPAs from 5e-324 to 10 trillion, every
 * elasticity the assumptions table accepts (k = e − g down to 1e-300, the k → 0 limit), one line,
 * tied lines, no floor — and from just outside it. The regression tests are the examples.
 */
import fc from "fast-check";
import { AllocationLine, allocateBudget, Assumptions, checkAllocation, checkSplit, DEFAULT_ASSUMPTIONS, isDomainError, MAX_MONEY } from "../../../src/core";
import { RED } from "../../support/functions";
import { thrown } from "../../support/cells";
import { excelBoundCents, excelCents } from "../../support/excel-round";

const a = DEFAULT_ASSUMPTIONS;

// ---------------------------------------------------------------------------------------------
// The curve, written out again from DOMAIN §3/§7 so the checks do not lean on the code they check.

/** Marginal CPA of the last yuan that reached `spend` (flat up to and at the floor). */
function price(line: AllocationLine, spend: number, c: Assumptions): number {
  const k = line.cpmElasticity - line.cvrElasticity;
  if (spend <= c.floorSpend) return line.baseCpa * Math.pow(c.floorSpend / c.refSpend, k);
  return (line.baseCpa / (1 - k)) * Math.pow(spend / c.refSpend, k);
}

function conversionsOf(line: AllocationLine, spend: number, c: Assumptions): number {
  const k = line.cpmElasticity - line.cvrElasticity;
  return spend === 0 ? 0 : spend / (line.baseCpa * Math.pow(Math.max(spend, c.floorSpend) / c.refSpend, k));
}

/**
 * A bound in whole cents, inward, as the README promises (a minimum up, a maximum down), judged on
 * the digits Excel shows (issue 22: the one cents rule for bounds, shared by every function).
 */
function inward(amount: number, up: boolean): number {
  return excelBoundCents(amount, up);
}

/** Why the inputs must be refused, if they must: the rules stated in the README. */
function mustRefuse(budget: number, lines: AllocationLine[]): string | undefined {
  for (const l of lines) {
    const { cpmElasticity: e, cvrElasticity: g } = l;
    if (!(e >= 0 && e < 1) || !(g > -1 && g < 1) || !(1 - e + g > 0)) return "ASSUMPTION_OUT_OF_RANGE";
    if (!(e - g > 0)) return "LINE_DOES_NOT_SATURATE";
    if (inward(l.minSpend, true) > inward(l.maxSpend, false)) return "MIN_ABOVE_MAX";
  }
  const cents = excelCents(budget);
  if (lines.reduce((s, l) => s + inward(l.minSpend, true), 0) > cents) return "INFEASIBLE_BOUNDS";
  if (lines.reduce((s, l) => s + inward(l.maxSpend, false), 0) < cents) return "INFEASIBLE_BOUNDS";
  return undefined;
}

/** Every promise of an answered call; `tied` lists groups of identical lines. */
function checkPromises(budget: number, lines: AllocationLine[], c: Assumptions, tied: number[][] = []): void {
  const result = allocateBudget(budget, lines, c);
  expect(result).toHaveLength(lines.length);
  const cents = result.map((r) => r.spend * 100);
  cents.forEach((x) => expect(Math.abs(x - Math.round(x))).toBeLessThan(1e-6 * Math.max(1, x)));
  const whole = cents.map(Math.round);
  expect(whole.reduce((s, x) => s + x, 0)).toBe(excelCents(budget));
  result.forEach((r, i) => {
    expect(r.spend).toBeGreaterThanOrEqual(0);
    expect(whole[i]).toBeGreaterThanOrEqual(inward(lines[i].minSpend, true));
    expect(whole[i]).toBeLessThanOrEqual(inward(lines[i].maxSpend, false));
    for (const v of [r.spend, r.share, r.marginalCpa]) expect(Number.isFinite(v)).toBe(true);
    // Conversions overflow a double only where spend / base CPA does (a base CPA of 5e-324): the
    // boundary shows #NUM! there.
    expect(Number.isFinite(r.conversions) || r.spend / lines[i].baseCpa > 1e300).toBe(true);
  });
  // Optimality to the cent: the next cent on any line that may grow costs at least what the last
  // cent on any line that may shrink cost — so moving a cent never buys a cheaper conversion.
  const next = whole.map((x, i) => (x < inward(lines[i].maxSpend, false) ? price(lines[i], (x + 1) / 100, c) : Infinity));
  const last = whole.map((x, i) => (x > inward(lines[i].minSpend, true) ? price(lines[i], (x - 1) / 100, c) : -Infinity));
  for (let i = 0; i < lines.length; i++) {
    for (let j = 0; j < lines.length; j++) {
      if (i !== j && next[i] < Infinity && last[j] > -Infinity) expect(next[i]).toBeGreaterThanOrEqual(last[j] * (1 - 1e-9) - 1e-300); // 1e-300: denormal prices carry no digits
    }
  }
  // Tied lines share alike: within a cent of each other.
  for (const group of tied) {
    const spends = group.map((i) => whole[i]);
    expect(Math.max(...spends) - Math.min(...spends)).toBeLessThanOrEqual(1);
  }
}

// ---------------------------------------------------------------------------------------------
// The examples, through the entry point Excel calls.

describe("ALLOCATE's promises, on the reported examples", () => {
  const sumCents = (rows: unknown[][]) => rows.reduce((s, r) => s + Math.round((r[1] as number) * 100), 0);

  it("(a) per-line elasticities go through the assumptions table's own rule: cpm 0.9 with cvr −0.5 is refused", () => {
    expect(thrown(() => RED.ALLOCATE(100_000, [["A"], ["B"]], [[40], [30]], [[0.9], [0.3]], [[-0.5], [0.05]])).code).toBe("#VALUE!");
    // The same pair in the assumptions table is refused the same way.
    expect(thrown(() => RED.ALLOCATE(100_000, [["A"]], [[40]], null as never, null as never, null as never, null as never, [["cpm_elasticity", 0.9], ["cvr_elasticity", -0.5]])).code).toBe("#VALUE!");
  });

  it("(b) a line whose cpm elasticity is within 0.008 of its cvr elasticity: the spends add up, and the marginal CPAs meet", () => {
    const bounded = RED.ALLOCATE(1_000_000, [["A"], ["B"]], [[40], [20]], [[""], [0.055]], null as never, [[""], [100_000]]);
    expect(sumCents(bounded)).toBe(100_000_000);
    const free = RED.ALLOCATE(1_000_000, [["A"], ["B"]], [[40], [60]], [[""], [0.058]]);
    expect(sumCents(free)).toBe(100_000_000);
    const [ma, mb] = free.map((r) => r[4] as number);
    expect(Math.abs(ma / mb - 1)).toBeLessThan(1e-6);
  });

  it("(c) a minimum above the maximum is refused with a message naming the line", () => {
    const error = thrown(() => RED.ALLOCATE(1_000_000, [["A"], ["B"]], [[40], [60]], null as never, null as never, [[600_000], [0]], [[500_000], [""]]));
    expect(error.code).toBe("#VALUE!");
    expect(error.message).toBe('minSpend: line "A" must spend at least 600,000 and at most 500,000; no amount in whole cents does both.');
  });

  it("(d) sub-cent bounds are rounded inward to cents: maximums of 50.005 and 49.995 cannot hold 100", () => {
    expect(thrown(() => RED.ALLOCATE(100, [["A"], ["B"]], [[40], [60]], null as never, null as never, null as never, [[50.005], [49.995]])).code).toBe("#NUM!");
    const fits = RED.ALLOCATE(100, [["A"], ["B"]], [[40], [60]], null as never, null as never, null as never, [[50.01], [49.995]]);
    expect(fits.map((r) => r[1])).toEqual([50.01, 49.99]);
  });
});

// ---------------------------------------------------------------------------------------------
// The campaign

/** Log-uniform over [min, max], edges included. */
const magnitude = (min: number, max: number) =>
  fc.oneof(
    { weight: 4, arbitrary: fc.double({ min: Math.log(min), max: Math.log(max), noNaN: true }).map((x) => Math.min(max, Math.max(min, Math.exp(x)))) },
    { weight: 1, arbitrary: fc.constantFrom(min, max) },
  );

const money = fc.oneof(
  { weight: 4, arbitrary: magnitude(0.01, MAX_MONEY) },
  { weight: 1, arbitrary: fc.constantFrom(0, 0.005, 0.01, 20_000, 200_000, MAX_MONEY) },
  { weight: 1, arbitrary: fc.integer({ min: 0, max: 10_000_000 }).map((c) => c / 1000) }, // sub-cent amounts
);

/** Elasticities: mostly what the table accepts, k from 1e-300 up; sometimes just outside. */
const elasticities: fc.Arbitrary<readonly [number, number]> = fc.oneof(
  {
    weight: 8,
    arbitrary: fc
      .tuple(fc.oneof(fc.double({ min: 0, max: 0.999999, noNaN: true }), fc.constantFrom(0, a.cpmElasticity, 0.999999)), fc.oneof(magnitude(1e-300, 0.999), magnitude(1e-12, 1e-2)))
      .map(([e, k]) => [e, e - k] as const),
  },
  { weight: 1, arbitrary: fc.tuple(fc.double({ min: -1.5, max: 1.5, noNaN: true }), fc.double({ min: -1.5, max: 1.5, noNaN: true })) },
  { weight: 1, arbitrary: fc.constantFrom<readonly [number, number]>([0.9, -0.5], [0.3, 0.3], [1, 0], [0.5, -1], [0.055, a.cvrElasticity]) },
);

const lineArb = fc
  .record({
    baseCpa: fc.oneof(magnitude(1e-9, MAX_MONEY), fc.constantFrom(5e-324, 1, 40)),
    curve: elasticities,
    minSpend: fc.oneof({ weight: 3, arbitrary: fc.constant(0) }, { weight: 1, arbitrary: money }),
    maxSpend: fc.oneof({ weight: 3, arbitrary: fc.constant(Infinity) }, { weight: 1, arbitrary: money }),
  })
  .map(({ baseCpa, curve: [e, g], minSpend, maxSpend }, i = 0): AllocationLine => ({ name: `L${i}`, baseCpa, cpmElasticity: e, cvrElasticity: g, minSpend, maxSpend }));

const assumptionsArb: fc.Arbitrary<Assumptions> = fc
  .record({ floor: fc.oneof(fc.constantFrom(0, 20_000), magnitude(0.01, MAX_MONEY)), ref: fc.oneof(fc.constant(200_000), magnitude(0.01, MAX_MONEY)) })
  .map(({ floor, ref }) => ({ ...a, floorSpend: floor, refSpend: ref }));

const instance = fc.record({
  budget: money,
  lines: fc.oneof(
    fc.array(lineArb, { minLength: 1, maxLength: 8 }),
    lineArb.chain((l) => fc.integer({ min: 1, max: 5 }).map((n) => Array.from({ length: n }, () => ({ ...l })))), // tied lines
  ),
  assumptions: fc.oneof(fc.constant(a), assumptionsArb),
});

describe("ALLOCATE's promises over its whole accepted domain (fast-check)", () => {
  it("answers with spends that add up to the budget to the cent, within bounds, never negative and optimal — or refuses exactly what must be refused", () => {
    let answered = 0;
    fc.assert(
      fc.property(instance, ({ budget, lines, assumptions }) => {
        const named = lines.map((l, i) => ({ ...l, name: `L${i}` }));
        const why = mustRefuse(budget, named);
        let refused: string | undefined;
        try {
          allocateBudget(budget, named, assumptions);
        } catch (error) {
          if (!isDomainError(error)) throw error;
          refused = error.code;
        }
        expect(refused).toBe(why);
        if (refused) return;
        answered++;
        const tied = lines.every((l) => JSON.stringify(l) === JSON.stringify(lines[0])) && lines.length > 1 ? [lines.map((_, i) => i)] : [];
        checkPromises(budget, named, assumptions, tied);
      }),
      { numRuns: 6000 },
    );
    expect(answered).toBeGreaterThan(1000);
  });

  it("one line takes the whole budget (within its bounds)", () => {
    fc.assert(
      fc.property(money, lineArb, (budget, line) => {
        const free = { ...line, minSpend: 0, maxSpend: Infinity };
        if (mustRefuse(budget, [free])) return;
        expect(Math.round(allocateBudget(budget, [free], a)[0].spend * 100)).toBe(excelCents(budget));
      }),
      { numRuns: 1000 },
    );
  });

  it("agrees with an exhaustive search over every split in cents of two lines, k → 0 included", () => {
    // A small market (floor 1,000, reference 2,000) so budgets up to 2,000 cross the kink.
    const small = { ...a, floorSpend: 1_000, refSpend: 2_000 };
    const pair = fc.tuple(
      fc.integer({ min: 1, max: 200_000 }),
      fc.array(
        fc.record({
          baseCpa: magnitude(0.5, 50),
          e: fc.double({ min: 0, max: 0.9, noNaN: true }),
          k: fc.oneof(magnitude(1e-300, 0.9), magnitude(1e-12, 1e-3)),
        }),
        { minLength: 2, maxLength: 2 },
      ),
    );
    fc.assert(
      fc.property(pair, ([budgetCents, specs]) => {
        const lines = specs.map((s, i): AllocationLine => ({ name: `L${i}`, baseCpa: s.baseCpa, cpmElasticity: s.e, cvrElasticity: s.e - s.k, minSpend: 0, maxSpend: Infinity }));
        if (mustRefuse(budgetCents / 100, lines)) return;
        const ours = allocateBudget(budgetCents / 100, lines, small);
        const total = (c0: number) => conversionsOf(lines[0], c0 / 100, small) + conversionsOf(lines[1], (budgetCents - c0) / 100, small);
        let best = -Infinity;
        for (let c0 = 0; c0 <= budgetCents; c0++) best = Math.max(best, total(c0));
        expect(total(Math.round(ours[0].spend * 100))).toBeGreaterThanOrEqual(best * (1 - 1e-12));
      }),
      { numRuns: 30 },
    );
  });
});

describe("checkAllocation, the check ALLOCATE runs on its own answer", () => {
  const free = { minCents: 0, maxCents: Infinity };
  const check = (budget: number, cents: number[], lines = cents.map(() => free)) => {
    try {
      checkAllocation(budget, cents, lines);
      return "kept";
    } catch (error) {
      return isDomainError(error) ? error.code : "threw something else";
    }
  };

  it("passes an answer that keeps every promise", () => {
    expect(check(10_000, [5_000, 5_000], [free, { minCents: 0, maxCents: 5_000 }])).toBe("kept");
    expect(check(0, [0])).toBe("kept");
  });

  it.each([
    ["a cent short of the budget", 10_000, [5_000, 4_999]],
    ["a cent over the budget", 10_000, [5_000, 5_001]],
    ["a negative spend", 10_000, [10_001, -1]],
    ["a fraction of a cent", 10_000, [5_000.5, 4_999.5]],
    ["NaN", 10_000, [NaN, 10_000]],
    ["a line missing", 10_000, [10_000]],
  ])("refuses %s as ALLOCATION_FAILED", (_, budget, cents) => {
    expect(check(budget as number, cents as number[], [free, free])).toBe("ALLOCATION_FAILED");
  });

  it("refuses a spend outside its line's bounds", () => {
    expect(check(10_000, [6_000, 4_000], [{ minCents: 0, maxCents: 5_000 }, free])).toBe("ALLOCATION_FAILED");
    expect(check(10_000, [9_000, 1_000], [free, { minCents: 2_000, maxCents: Infinity }])).toBe("ALLOCATION_FAILED");
  });

  it("is the rule checkSplit (REQUIREDBUDGET, SWEEP, FLIGHTPLAN) refuses a split by, as SELF_CHECK_FAILED naming what broke", () => {
    const lines: AllocationLine[] = [
      { name: "A", baseCpa: 40, cpmElasticity: 0.35, cvrElasticity: 0, minSpend: 0, maxSpend: Infinity },
      { name: "B", baseCpa: 60, cpmElasticity: 0.35, cvrElasticity: 0, minSpend: 0, maxSpend: 50_000 },
    ];
    const split = allocateBudget(100_000, lines, a);
    // Changes made in cents, so that a spend meant to stay whole cents does.
    const broken = (change: (cents: number[]) => number[], budget = 100_000) => {
      const spends = change(split.map((r) => Math.round(r.spend * 100))).map((c) => c / 100);
      try {
        checkSplit(budget, lines, spends.map((spend, i) => ({ ...split[i], spend })), a, "target");
        return "kept";
      } catch (error) {
        return isDomainError(error) ? [error.code, error.details.argument, error.details.key] : "threw something else";
      }
    };
    expect(broken((s) => s)).toBe("kept");
    expect(broken(([x, y]) => [x + 0.5, y - 0.5])).toEqual(["SELF_CHECK_FAILED", "target", "spends in whole cents"]);
    expect(broken(([x, y]) => [x + y + 1, -1])).toEqual(["SELF_CHECK_FAILED", "target", "spends in whole cents"]);
    expect(broken(([x, y]) => [x - 1, y])).toEqual(["SELF_CHECK_FAILED", "target", "spends add up to the budget"]);
    expect(broken(([x, y]) => [x - 3_000_000, y + 3_000_000])).toEqual(["SELF_CHECK_FAILED", "target", "bounds hold"]);
    expect(broken(([x]) => [x])).toEqual(["SELF_CHECK_FAILED", "target", "one spend per line"]);
  });
});
