/*
 * Issue 24, item 4 (core): budget by value. Lines carrying a value per conversion are split to
 * maximise Σ value × conversions; the split is ALLOCATE's with base CPAs divided by the values, to
 * the cent (drawn from the whole accepted range); no cent moved between two lines raises the value
 * (brute force, with the tests' own cent formula); absent values change nothing; a value of 0 or
 * less is refused naming `value`; and REQUIREDBUDGET, SWEEP and FLIGHTPLAN agree with it.
 */
import fc from "fast-check";
import {
  AllocationLine,
  allocateBudget,
  Assumptions,
  DEFAULT_ASSUMPTIONS,
  describe as describeError,
  DomainError,
  flightPlan,
  LineAllocation,
  MAX_MONEY,
  requiredBudget,
  sweepLines,
  sweepOver,
  sweepPoint,
} from "../../../src/core";
import { bestMove, conversionsOf, feasibleInstances, thrownBy } from "../../support/cent-conversions";

const a = DEFAULT_ASSUMPTIONS;

/** A line on the default curve unless said, with a value where one is given. */
const line = (name: string, baseCpa: number, value?: number, e = a.cpmElasticity, g = a.cvrElasticity, minSpend = 0, maxSpend = Infinity): AllocationLine =>
  value === undefined ? { name, baseCpa, cpmElasticity: e, cvrElasticity: g, minSpend, maxSpend } : { name, baseCpa, cpmElasticity: e, cvrElasticity: g, minSpend, maxSpend, value };
const readmeLines = [line("Seeding notes", 40), line("Search ads", 25), line("Store live", 60)];
/** The same lines with values: a live fed by group chats wins dearer customers (DOMAIN §9). */
const valued = [line("Seeding notes", 40, 180), line("Search ads", 25, 120), line("Store live", 60, 600)];
/** The test's own scaling, written out: base CPA ÷ value, no value. */
const scaled = (lines: readonly AllocationLine[]) => lines.map((l) => ({ name: l.name, baseCpa: l.baseCpa / (l.value ?? 1), cpmElasticity: l.cpmElasticity, cvrElasticity: l.cvrElasticity, minSpend: l.minSpend, maxSpend: l.maxSpend }));

/** The spends and labels of a call, or the code it was refused with. */
function outcome(call: () => LineAllocation[]): { spends: number[]; bounds: string[] } | { refused: string } {
  try {
    const split = call();
    return { spends: split.map((r) => r.spend), bounds: split.map((r) => r.bound) };
  } catch (error) {
    if (error instanceof DomainError) return { refused: error.code };
    throw error;
  }
}


/** The value a split buys, counted independently: Σ value × spend / CPA(spend) (conversionsOf). */
const valueOf = (lines: readonly AllocationLine[], spends: readonly number[], c: Assumptions) => spends.reduce((sum, s, i) => sum + (lines[i].value ?? 1) * conversionsOf(lines[i], s, c), 0);

const TOLERANCE = 1e-12;

describe("ALLOCATE by value", () => {
  test("absent values change nothing: README's cents, and value 1 is the same split to the cent", () => {
    expect(allocateBudget(1_000_000, readmeLines, a).map((r) => r.spend)).toEqual([174_120.85, 778_017.7, 47_861.45]);
    const ones = readmeLines.map((l) => ({ ...l, value: 1 }));
    const explicitUndefined = readmeLines.map((l) => ({ ...l, value: undefined }));
    for (const budget of [0, 250_000, 1_000_000, 12_345_678.91]) {
      const plain = allocateBudget(budget, readmeLines, a);
      expect(allocateBudget(budget, ones, a)).toEqual(plain);
      expect(allocateBudget(budget, explicitUndefined, a)).toEqual(plain);
      for (const r of plain) expect([r.value, r.marginalRoi]).toEqual([1, 1 / r.marginalCpa]);
    }
    const plan = requiredBudget(26_111, "conversions", readmeLines, a);
    expect(requiredBudget(26_111, "conversions", ones, a)).toEqual(plan);
    expect(requiredBudget(26_111, "value", ones, a).budget).toBe(plan.budget);
    // Without values a value target would count conversions as value: refused, naming the line.
    expect(() => requiredBudget(26_111, "value", readmeLines, a)).toThrow(expect.objectContaining({ code: "NEEDS_VALUE", details: expect.objectContaining({ argument: "value", line: readmeLines[0].name }) }));
    expect(() => requiredBudget(2, "marginal-roi", readmeLines, a)).toThrow(expect.objectContaining({ code: "NEEDS_VALUE" }));
    expect(plan.value).toBe(plan.conversions);
    expect(plan.marginalRoi).toBe(1 / plan.marginalCpa);
  });

  test("a worked example: the live line, worth 600 a conversion, takes more than its conversions alone would give it", () => {
    const plain = allocateBudget(1_000_000, readmeLines, a);
    const split = allocateBudget(1_000_000, valued, a);
    expect(split[2].spend).toBeGreaterThan(plain[2].spend);
    expect(split.map((r) => r.spend)).toEqual(allocateBudget(1_000_000, scaled(valued), a).map((r) => r.spend));
    // Equal marginal ROI off the bounds (no line here is held): value ÷ marginal CPA.
    const rois = split.map((r) => r.marginalRoi);
    for (const roi of rois) expect(Math.abs(roi / rois[0] - 1)).toBeLessThan(1e-4);
    split.forEach((r, i) => expect(r.marginalRoi).toBe(valued[i].value! / r.marginalCpa));
    // Each row keeps the line's own conversions and marginal CPA (not the priced ones).
    split.forEach((r, i) => expect(Math.abs(r.conversions / conversionsOf(valued[i], r.spend, a) - 1)).toBeLessThan(1e-12));
    // The value split buys more value and fewer conversions than the plain one.
    expect(valueOf(valued, split.map((r) => r.spend), a)).toBeGreaterThan(valueOf(valued, plain.map((r) => r.spend), a));
    expect(split.reduce((s, r) => s + r.conversions, 0)).toBeLessThan(plain.reduce((s, r) => s + r.conversions, 0));
  });

  test("identical to ALLOCATE with base CPAs divided by the values, to the cent, over the whole accepted range (property)", () => {
    const positive = fc.oneof(fc.double({ min: Number.MIN_VALUE, max: MAX_MONEY, noNaN: true }), fc.double({ min: 0.01, max: 10_000, noNaN: true }), fc.constantFrom(MAX_MONEY, 1, 5e-324));
    const lineArb = fc.record({
      baseCpa: positive,
      value: fc.option(positive, { nil: undefined }),
      e: fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }),
      g: fc.double({ min: -1, max: 1, minExcluded: true, maxExcluded: true, noNaN: true }),
      min: fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 5_000_000 }).map((x) => x / 100)),
      max: fc.oneof(fc.constant(Infinity), fc.integer({ min: 0, max: 1e12 }).map((x) => x / 100)),
    });
    const budget = fc.oneof(fc.integer({ min: 0, max: 1e9 }), fc.integer({ min: 0, max: MAX_MONEY * 100 })).map((c) => c / 100);
    const floor = fc.constantFrom(a.floorSpend, 0, 1_000, 1e6);
    let compared = 0;
    fc.assert(
      fc.property(budget, fc.array(lineArb, { minLength: 1, maxLength: 6 }), floor, (b, specs, floorSpend) => {
        const c = { ...a, floorSpend };
        const lines = specs.map((s, i) => line(`L${i}`, s.baseCpa, s.value, s.e, s.g, Math.min(s.min, s.max), s.max));
        const plain = scaled(lines);
        // Where a base CPA ÷ value leaves what ALLOCATE accepts as a base CPA, there is no plain call to compare.
        if (!plain.every((l) => l.baseCpa > 0 && l.baseCpa <= MAX_MONEY)) return;
        const byValue = outcome(() => allocateBudget(b, lines, c));
        expect(byValue).toEqual(outcome(() => allocateBudget(b, plain, c)));
        if ("spends" in byValue) compared++;
      }),
      { numRuns: 1500, seed: 240405 },
    );
    expect(compared).toBeGreaterThan(150);
  });

  test("no cent moved from one line to another raises Σ value × conversions (brute force over every pair)", () => {
    const value = fc.option(fc.double({ min: 0.01, max: 100_000, noNaN: true }), { nil: undefined });
    fc.assert(
      fc.property(feasibleInstances(value), ({ budget, lines, c }) => {
        expect(bestMove(budget, lines, c)).toBeLessThanOrEqual(TOLERANCE);
      }),
      { numRuns: 400, seed: 24124 },
    );
  });

  test("a value of 0 or less is refused naming value, in both languages; so is one that takes base CPA ÷ value out of the doubles", () => {
    for (const bad of [0, -5]) {
      const error = thrownBy(() => allocateBudget(1000, [line("A", 30, bad)], a));
      expect(error).toMatchObject({ code: "NOT_POSITIVE", details: { argument: "value", value: bad } });
      expect(describeError(error, "en")).toBe(`value: ${bad} must be greater than 0.`);
      expect(describeError(error, "zh")).toBe(`value：${bad} 必须大于 0。`);
    }
    expect(thrownBy(() => allocateBudget(1000, [line("A", 30, NaN)], a)).details.argument).toBe("value");
    expect(thrownBy(() => allocateBudget(1000, [line("A", 30, MAX_MONEY * 2)], a))).toMatchObject({ code: "TOO_LARGE", details: { argument: "value" } });
    const beyond = thrownBy(() => allocateBudget(1000, [line("Live", 1e13, 1e-300)], a));
    expect(beyond).toMatchObject({ code: "ASSUMPTION_OUT_OF_RANGE", details: { argument: "value", key: "value", line: "Live" } });
    expect(describeError(beyond, "en")).toMatch(/^value: line "Live": value = 1e-300 is not allowed/);
    expect(describeError(beyond, "zh")).toMatch(/^value：投放线 "Live"：value = 1e-300 不可用/);
    // The smallest and largest values a realistic base CPA allows are accepted.
    expect(() => allocateBudget(1000, [line("A", 30, MAX_MONEY), line("B", 30, 1e-9)], a)).not.toThrow();
  });
});

describe("REQUIREDBUDGET, SWEEP and FLIGHTPLAN by value agree with ALLOCATE by value", () => {
  test("a value target: the smallest budget in cents whose value split reaches it, ALLOCATE's split there", () => {
    const plan = requiredBudget(10_000_000, "value", valued, a);
    expect(plan.split.map((r) => r.spend)).toEqual(allocateBudget(plan.budget, valued, a).map((r) => r.spend));
    expect(plan.value).toBeGreaterThanOrEqual(10_000_000);
    expect(Math.abs(plan.value / valueOf(valued, plan.split.map((r) => r.spend), a) - 1)).toBeLessThan(1e-12);
    const below = allocateBudget(plan.budget - 0.01, valued, a);
    expect(below.reduce((s, r) => s + r.value * r.conversions, 0)).toBeLessThan(10_000_000);
    // Within a cent of the conversions target on the lines priced per unit of value.
    expect(Math.abs(plan.budget - requiredBudget(10_000_000, "conversions", scaled(valued), a).budget)).toBeLessThanOrEqual(0.01);
  });

  test("a least marginal ROI: the largest budget whose every free line keeps value ÷ marginal CPA at or above it", () => {
    const plan = requiredBudget(2, "marginal-roi", valued, a);
    expect(plan.split.map((r) => r.spend)).toEqual(allocateBudget(plan.budget, valued, a).map((r) => r.spend));
    expect(plan.marginalRoi).toBeGreaterThanOrEqual(2 * (1 - 1e-12));
    // One cent more and some line's marginal ROI falls below the target.
    const more = allocateBudget(plan.budget + 0.01, valued, a);
    expect(Math.min(...more.map((r) => r.marginalRoi))).toBeLessThan(2);
    // The same budget as a marginal-cpa target of 1 ÷ 2 on the lines priced per unit of value.
    expect(plan.budget).toBe(requiredBudget(0.5, "marginal-cpa", scaled(valued), a).budget);
    const far = thrownBy(() => requiredBudget(1e-12, "marginal-roi", valued, a));
    expect(far).toMatchObject({ code: "TARGET_UNREACHABLE", details: { key: "marginal-roi" } });
    expect(describeError(far, "en")).toMatch(/least marginal ROI/);
    expect(describeError(far, "zh")).toMatch(/最低边际 ROI/);
  });

  test("an unreachable value target names the value in both languages", () => {
    const capped = valued.map((l) => ({ ...l, maxSpend: 1000 }));
    const error = thrownBy(() => requiredBudget(1e12, "value", capped, a));
    expect(error).toMatchObject({ code: "TARGET_UNREACHABLE", details: { key: "value" } });
    expect(describeError(error, "en")).toMatch(/a value of 1,000,000,000,000(\.00)? is out of reach/);
    expect(describeError(error, "zh")).toMatch(/无法达到价值/);
  });

  test("SWEEP's points are ALLOCATE's value splits, with the value and the marginal ROI", () => {
    const at = sweepOver(sweepLines(valued), a);
    for (const budget of [0, 50_000, 400_000, 1_000_000, 3_000_000]) {
      const point = at(budget);
      const split = allocateBudget(budget, valued, a);
      expect(point.spends).toEqual(split.map((r) => r.spend));
      expect(point).toEqual(sweepPoint(budget, valued, a));
      expect(point.value).toBeCloseTo(split.reduce((s, r) => s + r.value * r.conversions, 0), 6);
      expect(point.marginalRoi).toBe(1 / point.marginalCpa);
    }
  });

  test("FLIGHTPLAN's grid is ALLOCATE's value split over the cells, each cell keeping its line's value", () => {
    const multipliers = [1, 0.85, 1.1];
    const bounds = () => ({ minSpend: 0, maxSpend: Infinity });
    const plan = flightPlan(2_400_000, valued, multipliers, bounds, a);
    const cells = valued.flatMap((l) => multipliers.map((m, j) => ({ ...l, name: `${l.name} · ${j + 1}`, baseCpa: l.baseCpa * m })));
    const split = allocateBudget(2_400_000, cells, a);
    expect(plan.spends.flat()).toEqual(split.map((r) => r.spend));
    expect(plan.value).toBeCloseTo(split.reduce((s, r) => s + r.value * r.conversions, 0), 6);
    // With no values, the same as today's flight plan over the plain lines.
    expect(flightPlan(2_400_000, readmeLines, multipliers, bounds, a).spends.flat()).toEqual(allocateBudget(2_400_000, cells.map(({ value: _v, ...rest }) => rest), a).map((r) => r.spend));
  });
});
