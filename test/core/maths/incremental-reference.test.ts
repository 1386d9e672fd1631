/*
 * Issue 22 items 7 and 12: INCREMENTALCPM against a reference worked to 60 decimal places in
 * integers (test/support/high-precision.ts, straight from DOMAIN §3's definitions), over the whole
 * accepted range of every input. The README's promises: "INCREMENTALCPM is a price: positive, or
 * #NUM!" (no digits lost below a large floor, never negative with a tiny ref_spend), and with
 * floor_spend 0 "a spend buys no impressions" at 0, "so a step from 0 costs the average CPM at its far end".
 */
import fc from "fast-check";
import { DEFAULT_ASSUMPTIONS, incrementalCpm, MAX_MONEY } from "../../../src/core";
import { RED } from "../../support/functions";
import { isExcelError, oneCell } from "../../support/cells";
import { lnIncrementalCpm, lnOf, toNumber } from "../../support/high-precision";

const E = DEFAULT_ASSUMPTIONS.cpmElasticity;
const curve = (refSpend: number, floorSpend: number, cpmElasticity: number) => ({ ...DEFAULT_ASSUMPTIONS, refSpend, floorSpend, cpmElasticity });
/** |ln actual − ln reference|: the relative error, for small errors. */
const relativeError = (actual: number, lnReference: bigint) => Math.abs(toNumber(lnOf(actual) - lnReference));
/** Within the doubles with room to spare: ln of the smallest normal double and of the largest. */
const [LN_SMALLEST, LN_LARGEST] = [Math.log(2 ** -1022), Math.log(Number.MAX_VALUE)];

/**
 * A price the doubles hold is finite, positive and the reference's to 1e-12 (the worst seen over
 * seeds is about 2e-13: a logarithm near 700 carries 1e-13 of its own); beyond the doubles it is no
 * number (NaN or Infinity, #NUM! at the boundary); within 1e-9 of their edge either is right.
 */
function expectReferencePrice(got: number, lnReference: bigint): void {
  const ln = toNumber(lnReference);
  if (ln > LN_LARGEST + 1e-9 || ln < LN_SMALLEST - 1e-9) expect(Number.isFinite(got)).toBe(false);
  else if (ln < LN_LARGEST - 1e-9 && ln > LN_SMALLEST + 1e-9) {
    expect(got).toBeGreaterThan(0);
    expect(Number.isFinite(got)).toBe(true);
    expect(relativeError(got, lnReference)).toBeLessThan(1e-12);
  }
}

describe("the reference itself", () => {
  it("gives DOMAIN's incremental CPM of the 200k → 500k step, 21/11 exactly (×2.5 spend, ×1.4 CPM)", () => {
    expect(Math.abs(toNumber(lnIncrementalCpm(200_000, 500_000, 1, 200_000, 20_000, E)) - Math.log(21 / 11))).toBeLessThan(1e-15);
  });
  it("gives the flat price below the floor and A(to) from 0 with no floor", () => {
    expect(Math.exp(toNumber(lnIncrementalCpm(1_000, 2_000, 80, 200_000, 20_000, E)))).toBeCloseTo(80 * Math.pow(0.1, E), 10);
    expect(Math.exp(toNumber(lnIncrementalCpm(0, 500_000, 80, 200_000, 0, E)))).toBeCloseTo(112, 10);
  });
});

describe("INCREMENTALCPM keeps its digits and its sign", () => {
  it("9,999,999,999,999.99 → 10¹³ with floor_spend 10¹³ is the flat price there, 671.66 (was 714.29)", () => {
    const a = curve(200_000, 1e13, E);
    expect(incrementalCpm(9_999_999_999_999.99, 1e13, 1, a).toFixed(2)).toBe("671.66");
    const [[cell]] = RED.INCREMENTALCPM([[9_999_999_999_999.99]], [[1e13]], [[1]], [["floor_spend", 1e13]]);
    expect((cell as number).toFixed(2)).toBe("671.66");
  });

  it("is positive with ref_spend 1e-300 (was −4.4e128 where the far end's quotient overflowed), and the reference's", () => {
    const a = curve(1e-300, 20_000, E);
    for (const [from, to] of [[10_000, 1e9], [10_000, 1e13], [1e9, 1e13], [0, 1e13]]) {
      const price = incrementalCpm(from, to, 80, a);
      expect(price).toBeGreaterThan(0);
      expect(relativeError(price, lnIncrementalCpm(Math.min(from, to), Math.max(from, to), 80, 1e-300, 20_000, E))).toBeLessThan(1e-12);
    }
    const [[cell]] = RED.INCREMENTALCPM([[10_000]], [[1e9]], [[80]], [["ref_spend", 1e-300]]);
    expect(cell).toBeGreaterThan(0);
  });

  it("property: over every accepted input the price is finite, positive and the reference's to 1e-12 — or, beyond the doubles, no number (#NUM!)", () => {
    const logUniform = (min: number, max: number) => fc.double({ min: Math.log(min), max: Math.log(max), noNaN: true }).map(Math.exp).filter((x) => x >= min && x <= max);
    const money = fc.oneof(
      fc.constantFrom(0, 0.01, 1, 20_000, 200_000, MAX_MONEY - 0.01, MAX_MONEY),
      fc.double({ min: 0, max: MAX_MONEY, noNaN: true }),
      logUniform(Number.MIN_VALUE, MAX_MONEY),
      fc.integer({ min: 0, max: MAX_MONEY * 100 }).map((cents) => cents / 100),
    );
    const price = fc.oneof(fc.constantFrom(Number.MIN_VALUE, 1e-300, 1, 80, MAX_MONEY), logUniform(Number.MIN_VALUE, MAX_MONEY));
    const elasticity = fc.oneof(fc.constantFrom(0, E, 0.5, 0.99, 1 - 1e-9), fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }));
    // Steps near the floor and small steps on large spends, where digits were lost.
    const nearby = fc.tuple(money, fc.constantFrom(0.01, -0.01, 1e-6, 1)).map(([s, d]) => [s, Math.min(MAX_MONEY, Math.max(0, s + d))]);
    const step = fc.oneof(fc.tuple(money, money), nearby);
    fc.assert(
      fc.property(step, price, price, money, elasticity, ([from, to], base, ref, floor, e) => {
        fc.pre(from !== to);
        const got = incrementalCpm(from, to, base, curve(ref, floor, e));
        // Through the function, the same price or #NUM!, never a negative number, 0 or NaN.
        const cell = oneCell(() => RED.INCREMENTALCPM([[from]], [[to]], [[base]], [["ref_spend", ref], ["floor_spend", floor], ["cpm_elasticity", e]]));
        if (isExcelError(cell)) expect([cell.code, Number.isFinite(got)]).toEqual(["#NUM!", false]);
        else expect(cell).toBe(got);
        expectReferencePrice(got, lnIncrementalCpm(Math.min(from, to), Math.max(from, to), base, ref, floor, e));
      }),
      { numRuns: 3000 },
    );
  });
});

describe("floor_spend 0: the curve's limit at spend 0", () => {
  const noFloor = [["floor_spend", 0]];

  it("IMPRESSIONS(0, 80, {floor_spend 0}) is 0 (was #NUM!): I(s) = 1000 · s^(1−e) · ref^e / base goes to 0 with s", () => {
    expect(RED.IMPRESSIONS([[0]], [[80]], noFloor)).toEqual([[0]]);
    const [[tiny]] = RED.IMPRESSIONS([[1e-30]], [[80]], noFloor);
    expect(tiny).toBeGreaterThan(0);
    expect(tiny).toBeLessThan(1e-15);
  });

  it("INCREMENTALCPM(0, 500000, 80, {floor_spend 0}) answers A(500000) = 112, as the reverse step does (was #NUM!)", () => {
    const [[forward]] = RED.INCREMENTALCPM([[0]], [[500_000]], [[80]], noFloor);
    const [[reverse]] = RED.INCREMENTALCPM([[500_000]], [[0]], [[80]], noFloor);
    expect(forward).toBeCloseTo(112, 9);
    expect(reverse).toBe(forward);
  });

  it("property: with no floor a step from 0 costs the average CPM at its far end, the reference's to 1e-12", () => {
    fc.assert(
      fc.property(fc.double({ min: Number.MIN_VALUE, max: MAX_MONEY, noNaN: true }), fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }), (to, e) => {
        expectReferencePrice(incrementalCpm(0, to, 80, curve(200_000, 0, e)), lnIncrementalCpm(0, to, 80, 200_000, 0, e));
      }),
    );
  });
});
