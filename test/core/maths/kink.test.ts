/*
 * The kink at floor_spend (issue 14, item 6): one definition of the marginal price there — the
 * price of the last yuan that reached the spend, so at floor_spend itself the flat price — used by
 * MARGINALCPM, MARGINALCPA and BUDGETCAP alike. With it BUDGETCAP's answer keeps its promise:
 * MARGINALCPA(BUDGETCAP(t)) ≤ t over the whole accepted range of every argument.
 */
import fc from "fast-check";
import { Assumptions, budgetCap, costPerConversion, DEFAULT_ASSUMPTIONS, isDomainError, marginalCpa, marginalCpm, averageCpm, MAX_MONEY } from "../../../src/core";
import { RED } from "../../support/functions";

const a = DEFAULT_ASSUMPTIONS;
const flat = costPerConversion(a.floorSpend, 1, a); // ≈ 0.485: the CPA below the floor, per unit of base
const kink = flat / (1 - a.cpmElasticity + a.cvrElasticity); // ≈ 0.707: the marginal CPA just above it

describe("BUDGETCAP and MARGINALCPA agree at the floor", () => {
  it("for a target between the flat CPA and the price just above the floor, the cap is the floor and its marginal CPA meets the target", () => {
    expect(flat).toBeLessThan(0.6);
    expect(kink).toBeGreaterThan(0.6);
    expect(RED.BUDGETCAP([[0.6]], [[1]])).toEqual([[20_000]]);
    const [[atCap]] = RED.MARGINALCPA([[20_000]], [[1]]) as number[][];
    expect(atCap).toBeLessThanOrEqual(0.6);
    expect(atCap).toBe(flat);
  });

  it("the marginal price at floor_spend is the flat one; a cent above it, the power law's", () => {
    expect(marginalCpa(20_000, 1)).toBe(costPerConversion(20_000, 1));
    expect(marginalCpa(20_000.01, 1)).toBeCloseTo(kink, 6);
    expect(marginalCpm(20_000)).toBe(averageCpm(20_000));
    expect(marginalCpm(20_000.01)).toBeCloseTo(averageCpm(20_000) / (1 - a.cpmElasticity), 6);
  });
});

/** Log-uniform over (0, max]: every order of magnitude is drawn, the edges included. */
const magnitude = (min: number, max: number) =>
  fc.oneof(
    fc.double({ min: Math.log(min), max: Math.log(max), noNaN: true }).map((x) => Math.min(max, Math.max(min, Math.exp(x)))),
    fc.constantFrom(min, max, 1, 20_000, 200_000),
  );

/** Any curve the assumptions table accepts that saturates: 0 ≤ e < 1, −1 < g < 1, 1 − e + g > 0, e > g; k down to 1e-15. */
const curve: fc.Arbitrary<Assumptions> = fc
  .record({
    e: fc.oneof(fc.double({ min: 0, max: 0.999999, noNaN: true }), fc.constantFrom(0, 0.3672, 0.999)),
    k: fc.oneof(fc.double({ min: 1e-15, max: 0.999, noNaN: true }), magnitude(1e-15, 0.5)),
    floor: fc.oneof(fc.constantFrom(0, 20_000, MAX_MONEY), magnitude(1e-2, MAX_MONEY)),
    ref: magnitude(1e-2, MAX_MONEY),
  })
  .map(({ e, k, floor, ref }) => ({ ...a, cpmElasticity: e, cvrElasticity: e - k, floorSpend: floor, refSpend: ref }))
  .filter((c) => c.cvrElasticity > -1 && 1 - c.cpmElasticity + c.cvrElasticity > 0 && c.cpmElasticity - c.cvrElasticity > 0);

describe("MARGINALCPA(BUDGETCAP(t)) ≤ t across the whole range (fast-check)", () => {
  it("holds for every target, base and curve; a cap of 0 means even the first yuan costs more; the cap is the largest such spend", () => {
    fc.assert(
      fc.property(magnitude(1e-9, MAX_MONEY), magnitude(1e-9, MAX_MONEY), curve, (target, base, c) => {
        let cap: number;
        try {
          cap = budgetCap(target, base, c);
        } catch (error) {
          if (isDomainError(error) && error.code === "CAP_TOO_LARGE") return;
          throw error;
        }
        expect(Number.isFinite(cap)).toBe(true);
        expect(cap).toBeGreaterThanOrEqual(0);
        if (cap === 0 && c.floorSpend >= 0 && marginalCpa(0, base, c) > target) return;
        expect(marginalCpa(cap, base, c)).toBeLessThanOrEqual(target);
        const k = c.cpmElasticity - c.cvrElasticity;
        // The largest: a little more spend costs more than the target (where the curve is steep
        // enough for doubles to tell the difference).
        if (k > 1e-6 && cap * 1.001 <= MAX_MONEY) expect(marginalCpa(cap * 1.001 + 0.01, base, c)).toBeGreaterThan(target);
      }),
      { numRuns: 20_000 },
    );
  });

  it("holds through the entry points with the default assumptions", () => {
    fc.assert(
      fc.property(magnitude(1e-6, 1e6), magnitude(1e-6, 1e6), (target, base) => {
        // Two cells, so that a cap beyond 10 trillion is an error cell rather than a thrown error.
        const [[cap]] = RED.BUDGETCAP([[target], [1]], [[base], [1]]) as unknown[][];
        if (typeof cap !== "number") return;
        const [[price]] = RED.MARGINALCPA([[cap]], [[base]]) as number[][];
        if (cap > 0) expect(price).toBeLessThanOrEqual(target);
        else expect(price).toBeGreaterThan(target);
      }),
      { numRuns: 3000 },
    );
  });
});
