/*
 * REQUIREDBUDGET, SWEEP and FLIGHTPLAN in the core, against computations of this file's own: a
 * golden-section search for the best split of two lines, each line's BUDGETCAP summed for the
 * portfolio cap, the optimality conditions checked cent by cent, and ALLOCATE itself at every
 * budget an answer names.
 */
import fc from "fast-check";
import {
  AllocationLine,
  allocateBudget,
  Assumptions,
  budgetCap,
  conversions,
  costPerConversion,
  DEFAULT_ASSUMPTIONS,
  DomainError,
  flightPlan,
  marginalCpa,
  MAX_MONEY,
  requiredBudget,
  sweepPoint,
} from "../../../src/core";
import { excelBoundCents } from "../../support/excel-round";

const curve = (l: AllocationLine, a: Assumptions) => ({ ...a, cpmElasticity: l.cpmElasticity, cvrElasticity: l.cvrElasticity });
const bought = (l: AllocationLine, s: number, a: Assumptions) => conversions(s, l.baseCpa, curve(l, a));
const flat = (l: AllocationLine, a: Assumptions) => costPerConversion(a.floorSpend, l.baseCpa, curve(l, a));
/** The price of the cent just below a spend, and of the cent just above it. */
const below = (l: AllocationLine, s: number, a: Assumptions) => (s - 0.01 <= a.floorSpend ? flat(l, a) : marginalCpa(s - 0.01, l.baseCpa, curve(l, a)));
const above = (l: AllocationLine, s: number, a: Assumptions) => marginalCpa(s + 0.01, l.baseCpa, curve(l, a));

/**
 * The optimality conditions to the cent: no cent moved between lines buys more. The dearest cent
 * any line could give back costs no more than the cheapest cent any line could take.
 */
function expectOptimal(lines: AllocationLine[], spends: number[], a: Assumptions): void {
  let givenBack = 0;
  let taken = Infinity;
  lines.forEach((l, i) => {
    if (spends[i] - 0.01 >= l.minSpend) givenBack = Math.max(givenBack, below(l, spends[i], a));
    if (spends[i] + 0.01 <= l.maxSpend) taken = Math.min(taken, above(l, spends[i], a));
  });
  expect(givenBack).toBeLessThanOrEqual(taken * (1 + 1e-9));
}

function expectAddsUp(budget: number, lines: AllocationLine[], spends: number[]): void {
  expect(spends.reduce((sum, s) => sum + Math.round(s * 100), 0)).toBe(Math.round(budget * 100));
  spends.forEach((s, i) => {
    expect(Math.round(s * 100) / 100).toBe(s);
    expect(s).toBeGreaterThanOrEqual(lines[i].minSpend - 0.005);
    expect(s).toBeLessThanOrEqual(lines[i].maxSpend + 0.005);
  });
}

const totalOf = (budget: number, lines: AllocationLine[], a: Assumptions) => allocateBudget(budget, lines, a).reduce((sum, r) => sum + r.conversions, 0);

/** What a call gave: its value, or the code of the DomainError it threw. */
function attempt<T>(call: () => T): { value: T } | { refused: string } {
  try {
    return { value: call() };
  } catch (error) {
    if (error instanceof DomainError) return { refused: error.code };
    throw error;
  }
}

/* Slopes k = e − g over the whole open interval (0, 1), the edges and k → 0 included. */
const kArb = fc.oneof(
  { weight: 6, arbitrary: fc.double({ min: 0.02, max: 0.95, noNaN: true }) },
  { weight: 1, arbitrary: fc.double({ min: 1e-7, max: 0.02, noNaN: true }) },
  { weight: 1, arbitrary: fc.constantFrom(1e-9, 0.005, 0.98, 0.999) },
);

const lineArb = fc
  .record({ baseCpa: fc.oneof(fc.double({ min: 0.5, max: 5_000, noNaN: true }), fc.constantFrom(0.01, 1, 40, 1e5)), k: kArb, g: fc.double({ min: -0.5, max: 0.3, noNaN: true }) })
  .map(({ baseCpa, k, g }): AllocationLine => {
    // cpm_elasticity stays within the assumptions' 0 ≤ e < 1, cvr_elasticity within −1 < g < 1.
    const cvr = Math.max(-k, Math.min(g, 0.999 - k));
    return { name: "line", baseCpa, cpmElasticity: cvr + k, cvrElasticity: cvr, minSpend: 0, maxSpend: Infinity };
  });

const assumptionsArb = fc.constantFrom(0, 20_000, 300_000).map((floorSpend): Assumptions => ({ ...DEFAULT_ASSUMPTIONS, floorSpend }));

/** Lines with bounds in whole cents (a few minimums, a few maximums) and a scale of budget. */
const portfolioArb = (maxLines: number, minLines = 1) =>
  fc
    .record({
      lines: fc.array(lineArb, { minLength: minLines, maxLength: maxLines }),
      scale: fc.oneof(fc.integer({ min: 1_000, max: 5_000_000 }), fc.constantFrom(20_000, 1e9)),
      mins: fc.array(fc.oneof({ weight: 3, arbitrary: fc.constant(0) }, { weight: 1, arbitrary: fc.double({ min: 0, max: 0.3, noNaN: true }) }), { minLength: maxLines, maxLength: maxLines }),
      maxes: fc.array(fc.oneof({ weight: 3, arbitrary: fc.constant(Infinity) }, { weight: 1, arbitrary: fc.double({ min: 0.3, max: 2, noNaN: true }) }), { minLength: maxLines, maxLength: maxLines }),
      a: assumptionsArb,
    })
    .map(({ lines, scale, mins, maxes, a }) => ({
      a,
      scale,
      lines: lines.map((l, i) => {
        const minSpend = Math.round(mins[i] * scale * 100) / 100;
        const maxSpend = maxes[i] === Infinity ? Infinity : Math.max(minSpend, Math.round(maxes[i] * scale * 100) / 100);
        return { ...l, name: `L${i}`, minSpend, maxSpend };
      }),
    }));

const minimums = (lines: AllocationLine[]) => lines.reduce((sum, l) => sum + Math.round(l.minSpend * 100), 0) / 100;
const maximums = (lines: AllocationLine[]) => Math.min(MAX_MONEY, lines.reduce((sum, l) => sum + l.maxSpend, 0));

describe("requiredBudget: conversions", () => {
  it("is ALLOCATE's split at the smallest budget in cents that reaches the target: one cent less misses", () => {
    let answered = 0;
    fc.assert(
      fc.property(portfolioArb(6), fc.double({ min: 0, max: 1.2, noNaN: true }), ({ lines, scale, a }, share) => {
        const budget = Math.min(maximums(lines), minimums(lines) + scale);
        const reference = attempt(() => totalOf(budget, lines, a));
        if (!("value" in reference)) return;
        const target = reference.value * share;
        const outcome = attempt(() => requiredBudget(target, "conversions", lines, a));
        if ("refused" in outcome) {
          if (outcome.refused === "TARGET_UNREACHABLE") expect(totalOf(maximums(lines), lines, a)).toBeLessThan(target);
          else throw new Error(`refused: ${outcome.refused}`);
          return;
        }
        answered++;
        const plan = outcome.value;
        const spends = plan.split.map((r) => r.spend);
        expect(spends).toEqual(allocateBudget(plan.budget, lines, a).map((r) => r.spend));
        expectAddsUp(plan.budget, lines, spends);
        expectOptimal(lines, spends, a);
        expect(plan.conversions).toBeGreaterThanOrEqual(target);
        if (plan.budget > minimums(lines)) expect(totalOf(Math.round(plan.budget * 100 - 1) / 100, lines, a)).toBeLessThan(target);
      }),
      { numRuns: 300, seed: 16 },
    );
    expect(answered).toBeGreaterThan(150);
  });

  it("agrees to the cent with a golden-section search over every split of two lines", () => {
    let checked = 0;
    fc.assert(
      fc.property(portfolioArb(2, 2), fc.double({ min: 0.05, max: 1, noNaN: true }), ({ lines, scale, a }, share) => {
        checked++;
        const most = maximums(lines);
        const target = bestOfTwo(Math.min(most, minimums(lines) + scale), lines, a) * share;
        const plan = attempt(() => requiredBudget(target, "conversions", lines, a));
        const exact = requiredByBisection(target, lines, a);
        if (!("value" in plan)) return expect(plan).toEqual({ refused: "TARGET_UNREACHABLE" });
        expect(Math.abs(plan.value.budget - exact)).toBeLessThanOrEqual(0.02 + 1e-9 * exact);
      }),
      { numRuns: 300, seed: 1016 },
    );
    expect(checked).toBeGreaterThan(40);
  });

  it("for one line is the smallest cent whose conversions reach the target", () => {
    const a = DEFAULT_ASSUMPTIONS;
    const line: AllocationLine = { name: "search", baseCpa: 25, cpmElasticity: a.cpmElasticity, cvrElasticity: a.cvrElasticity, minSpend: 0, maxSpend: Infinity };
    for (const target of [0, 1e-6, 1, 799.99, 800, 801, 5_000, 26_111.6, 1e6]) {
      const plan = requiredBudget(target, "conversions", [line], a);
      let low = -1; // cents that miss
      let high = Math.round(MAX_MONEY * 100);
      if (target === 0) high = 0;
      while (high - low > 1) {
        const middle = Math.floor((low + high) / 2);
        if (conversions(middle / 100, 25, a) >= target) high = middle;
        else low = middle;
      }
      expect(plan.budget).toBe(high / 100);
    }
  });

  it("starts from the minimums: a target they already reach needs exactly them", () => {
    const a = DEFAULT_ASSUMPTIONS;
    const lines: AllocationLine[] = [
      { name: "a", baseCpa: 30, cpmElasticity: 0.3, cvrElasticity: 0.05, minSpend: 100_000, maxSpend: Infinity },
      { name: "b", baseCpa: 50, cpmElasticity: 0.3, cvrElasticity: 0.05, minSpend: 50_000.5, maxSpend: Infinity },
    ];
    expect(requiredBudget(10, "conversions", lines, a).budget).toBe(150_000.5);
    expect(requiredBudget(0, "conversions", lines, a).split.map((r) => r.spend)).toEqual([100_000, 50_000.5]);
  });

  it("refuses a target the bounds or 10 trillion cannot reach, with the most they buy", () => {
    const a = DEFAULT_ASSUMPTIONS;
    const capped: AllocationLine[] = [{ name: "a", baseCpa: 30, cpmElasticity: 0.3, cvrElasticity: 0.05, minSpend: 0, maxSpend: 200_000 }];
    const error = (() => {
      try {
        requiredBudget(10_000, "conversions", capped, a);
      } catch (e) {
        return e as DomainError;
      }
    })();
    expect(error?.code).toBe("TARGET_UNREACHABLE");
    expect(error?.details).toMatchObject({ budget: 200_000 });
    expect(error?.details.limit).toBeCloseTo(200_000 / 30, 6);
    expect(attempt(() => requiredBudget(1e14, "conversions", [{ ...capped[0], maxSpend: Infinity }], a))).toEqual({ refused: "TARGET_UNREACHABLE" });
  });
});

describe("requiredBudget: marginal CPA", () => {
  /** The price of the last yuan a line spent (flat up to the floor), as BUDGETCAP judges a spend. */
  const lastYuan = (l: AllocationLine, s: number, a: Assumptions) => (s <= a.floorSpend ? flat(l, a) : marginalCpa(s, l.baseCpa, curve(l, a)));
  /** True when every line above its minimum bought its last cent at the target or below. */
  const within = (lines: AllocationLine[], spends: number[], target: number, a: Assumptions) =>
    spends.every((s, i) => Math.round(s * 100) <= excelBoundCents(lines[i].minSpend, true) || lastYuan(lines[i], s, a) <= target);

  it("is the largest budget in cents whose ALLOCATE split keeps every line's last cent within the target; one cent more does not", () => {
    fc.assert(
      fc.property(portfolioArb(6), fc.double({ min: 0.01, max: 20, noNaN: true }), ({ lines, a }, factor) => {
        const target = Math.min(...lines.map((l) => l.baseCpa)) * factor;
        const cap = lines.reduce((sum, l) => {
          let free: number;
          try {
            free = budgetCap(target, l.baseCpa, curve(l, a));
          } catch {
            free = Infinity;
          }
          return sum + Math.min(l.maxSpend, Math.max(l.minSpend, free));
        }, 0);
        const outcome = attempt(() => requiredBudget(target, "marginal-cpa", lines, a));
        if ("refused" in outcome) {
          if (outcome.refused === "TARGET_UNREACHABLE") expect(cap).toBeGreaterThan(MAX_MONEY * (1 - 1e-9));
          else throw new Error(`refused: ${outcome.refused}`);
          return;
        }
        const { budget, split } = outcome.value;
        const spends = split.map((r) => r.spend);
        expect(spends).toEqual(allocateBudget(budget, lines, a).map((r) => r.spend));
        // Each line's BUDGETCAP bounds it (to the double's last digits, as BUDGETCAP steps back).
        expect(budget).toBeLessThanOrEqual(cap * (1 + 1e-12) + 0.01 * lines.length);
        expectAddsUp(budget, lines, spends);
        expect(within(lines, spends, target, a)).toBe(true);
        // One cent more: ALLOCATE's split passes the target on some line (or the bounds allow no more).
        const highest = lines.reduce((sum, l) => sum + excelBoundCents(l.maxSpend, false), 0);
        const next = Math.round(budget * 100) + 1;
        if (next <= Math.min(highest, MAX_MONEY * 100)) {
          expect(within(lines, allocateBudget(next / 100, lines, a).map((r) => r.spend), target, a)).toBe(false);
        }
      }),
      { numRuns: 300, seed: 4745 },
    );
  });

  it("for one line is BUDGETCAP, the same cent (DOMAIN §3: target 2 × baseCPA → ≈ 547,756): one figure, one answer", () => {
    const a = DEFAULT_ASSUMPTIONS;
    const line: AllocationLine = { name: "x", baseCpa: 30, cpmElasticity: a.cpmElasticity, cvrElasticity: a.cvrElasticity, minSpend: 0, maxSpend: Infinity };
    for (const target of [60, 31, 30, 29.99, 10, 200]) {
      expect(requiredBudget(target, "marginal-cpa", [line], a).budget).toBe(budgetCap(target, 30, a));
    }
    expect(requiredBudget(60, "marginal-cpa", [line], a).budget).toBe(547_755.91);
    fc.assert(
      fc.property(fc.double({ min: 0.5, max: 1e4, noNaN: true }), fc.double({ min: 0.1, max: 1e3, noNaN: true }), (ratio, base) => {
        const one = { ...line, baseCpa: base };
        const target = ratio * base;
        let cap: number;
        try {
          cap = budgetCap(target, base, a);
        } catch {
          return; // beyond any budget: both refuse
        }
        expect(requiredBudget(target, "marginal-cpa", [one], a).budget).toBe(cap);
      }),
      { numRuns: 200 },
    );
  });
});

describe("sweepPoint", () => {
  it("is ALLOCATE at every budget; sorted, conversions and marginal CPA never fall", () => {
    let ran = 0;
    fc.assert(
      fc.property(
        portfolioArb(5),
        fc.array(fc.oneof(fc.double({ min: 0, max: 1, noNaN: true }), fc.constantFrom(0, 1, 0.5)), { minLength: 1, maxLength: 12 }),
        ({ lines, scale, a }, shares) => {
          ran++;
          const low = minimums(lines);
          const high = Math.min(maximums(lines), low + 2 * scale);
          const budgets = shares.map((s) => Math.round((low + s * (high - low)) * 100) / 100).sort((x, y) => x - y);
          const points = budgets.map((b) => sweepPoint(b, lines, a));
          points.forEach((p, i) => {
            expect(p.spends).toEqual(allocateBudget(budgets[i], lines, a).map((r) => r.spend));
            expect(p.budget).toBe(budgets[i]);
            if (i === 0) return;
            const before = points[i - 1];
            expect(p.conversions).toBeGreaterThanOrEqual(before.conversions * (1 - 1e-12));
            // What one cent on any line moves the marginal CPA by: the spends are rounded to cents.
            // (Lines at the floor's jump are left out: there two cents differ by the whole jump.)
            const offKink = lines.flatMap((l, j) => (Math.abs(p.spends[j] - a.floorSpend) > 0.02 ? [above(l, p.spends[j], a) - below(l, p.spends[j], a)] : []));
            const cent = Math.max(0, ...offKink);
            expect(p.marginalCpa).toBeGreaterThanOrEqual(before.marginalCpa - cent - 1e-9 * before.marginalCpa);
          });
        },
      ),
      { numRuns: 150, seed: 5940 },
    );
    expect(ran).toBeGreaterThan(30);
  });

  it("with one line is its response curve: conversions, average CPA and marginal CPA of the curve", () => {
    const a = DEFAULT_ASSUMPTIONS;
    const line: AllocationLine = { name: "x", baseCpa: 30, cpmElasticity: a.cpmElasticity, cvrElasticity: a.cvrElasticity, minSpend: 0, maxSpend: Infinity };
    for (const budget of [1, 10_000, 19_999.99, 20_000.01, 200_000, 500_000, 3e6]) {
      const p = sweepPoint(budget, [line], a);
      expect(p.conversions).toBeCloseTo(conversions(budget, 30, a), 9);
      expect(p.averageCpa as number).toBeCloseTo(budget / conversions(budget, 30, a), 9);
      expect(p.marginalCpa).toBeCloseTo(marginalCpa(budget, 30, a), 9);
    }
    expect(sweepPoint(500_000, [line], a).marginalCpa / 30).toBeCloseTo(1.9435, 4);
    expect(sweepPoint(0, [line], a).averageCpa).toBeInstanceOf(DomainError);
  });
});

describe("flightPlan", () => {
  const monthsArb = fc.array(fc.oneof(fc.double({ min: 0.5, max: 1.5, noNaN: true }), fc.constant(1)), { minLength: 1, maxLength: 12 });

  it("is ALLOCATE over the lines × months cells, each with base CPA × the month's multiplier", () => {
    let ran = 0;
    fc.assert(
      fc.property(portfolioArb(4), monthsArb, fc.double({ min: 0, max: 1, noNaN: true }), ({ lines, scale, a }, multipliers, share) => {
          ran++;
        const months = multipliers.length;
        // The lines' bounds as monthly bounds of every cell; the budget between what they allow.
        const bounds = (i: number) => ({ minSpend: lines[i].minSpend / months, maxSpend: lines[i].maxSpend });
        const low = lines.reduce((sum, l, i) => sum + Math.ceil(bounds(i).minSpend * 100 - 1e-6) * months, 0) / 100;
        const high = Math.min(MAX_MONEY, lines.reduce((sum, l) => sum + l.maxSpend * months, 0));
        const budget = Math.round(Math.min(high, low + share * scale * months) * 100) / 100;
        const cells = lines.flatMap((l, i) => multipliers.map((m) => ({ ...l, baseCpa: l.baseCpa * m, ...bounds(i) })));
        const plan = flightPlan(budget, lines, multipliers, (i) => bounds(i), a);
        const spends = plan.spends.flat();
        expect(spends).toEqual(allocateBudget(budget, cells, a).map((r) => r.spend));
        expectAddsUp(budget, cells, spends);
        expectOptimal(cells, spends, a);
      }),
      { numRuns: 150, seed: 618 },
    );
    expect(ran).toBeGreaterThan(30);
  });

  it("with every multiplier 1 spreads each line evenly across months: ALLOCATE's monthly split, to the cent", () => {
    let ran = 0;
    fc.assert(
      fc.property(portfolioArb(4), fc.integer({ min: 1, max: 12 }), ({ lines, scale, a }, months) => {
          ran++;
        const free = lines.map((l) => ({ ...l, minSpend: 0, maxSpend: Infinity }));
        const budget = Math.round(scale * months * 100) / 100;
        const plan = flightPlan(budget, free, Array(months).fill(1), () => ({ minSpend: 0, maxSpend: Infinity }), a);
        const monthly = allocateBudget(budget / months, free, a).map((r) => r.spend);
        plan.spends.forEach((row, i) => {
          expect(Math.max(...row) - Math.min(...row)).toBeLessThanOrEqual(0.01 + 1e-9);
          for (const s of row) expect(Math.abs(s - monthly[i])).toBeLessThanOrEqual(0.02);
        });
      }),
      { numRuns: 200, seed: 1111 },
    );
    expect(ran).toBeGreaterThan(30);
  });

  it("puts more into the cheaper month (双11 at 0.85)", () => {
    const a = DEFAULT_ASSUMPTIONS;
    const line: AllocationLine = { name: "feed", baseCpa: 30, cpmElasticity: a.cpmElasticity, cvrElasticity: a.cvrElasticity, minSpend: 0, maxSpend: Infinity };
    const plan = flightPlan(1_200_000, [line], [1, 1, 0.85], () => ({ minSpend: 0, maxSpend: Infinity }), a);
    const [normal, , cheap] = plan.spends[0];
    // Equal marginal CPA: (s/ref)^k · base · m equal, so spend scales as m^(−1/k).
    const k = a.cpmElasticity - a.cvrElasticity;
    expect(cheap / normal).toBeCloseTo(Math.pow(0.85, -1 / k), 5);
  });
});

/** The best conversions two lines buy with a budget, by golden-section search over the split. */
function bestOfTwo(budget: number, [x, y]: AllocationLine[], a: Assumptions): number {
  let lo = Math.max(x.minSpend, budget - y.maxSpend);
  let hi = Math.min(x.maxSpend, budget - y.minSpend);
  const total = (s: number) => bought(x, s, a) + bought(y, budget - s, a);
  const ratio = (Math.sqrt(5) - 1) / 2;
  for (let i = 0; i < 200 && hi - lo > 1e-9 * budget; i++) {
    const left = hi - ratio * (hi - lo);
    const right = lo + ratio * (hi - lo);
    if (total(left) < total(right)) lo = left;
    else hi = right;
  }
  return Math.max(total(lo), total(hi));
}

/** The continuous budget where the best two-line split reaches a target, by bisection. */
function requiredByBisection(target: number, lines: AllocationLine[], a: Assumptions): number {
  let low = minimums(lines);
  let high = maximums(lines);
  if (bestOfTwo(low, lines, a) >= target) return low;
  for (let i = 0; i < 200 && high - low > 1e-7; i++) {
    const middle = (low + high) / 2;
    if (bestOfTwo(middle, lines, a) >= target) high = middle;
    else low = middle;
  }
  return high;
}
