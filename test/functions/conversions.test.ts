/*
 * CONVERSIONS through its entry point: DOMAIN §3's reference values, one answer per cell, blank in
 * blank out, and the same count ALLOCATE gives a single line at that budget (one rule: core conversions).
 */
import { RED } from "../support/functions";
import { thrown } from "../support/cells";

describe("RED.CONVERSIONS", () => {
  it("buys base spend ÷ base CPA at the reference spend, and ×1.875 for ×2.5 spend (DOMAIN §3)", () => {
    const [[atRef], [atFive]] = RED.CONVERSIONS([[200_000], [500_000]], [[40]]);
    expect(atRef).toBeCloseTo(5_000, 9);
    expect((atFive as number) / (atRef as number)).toBeCloseTo(1.875, 9);
  });

  it("is flat-priced below the floor: 10,000 at base CPA 40 buys at the floor's CPA", () => {
    const [[below], [floor]] = RED.CONVERSIONS([[10_000], [20_000]], [[40]]);
    expect((below as number) * 2).toBeCloseTo(floor as number, 9);
    expect(RED.CONVERSIONS([[0]], [[40]])).toEqual([[0]]);
  });

  it("answers each cell: a blank budget is a blank result, a negative one its own #NUM!", () => {
    const out = RED.CONVERSIONS([[500_000], [""], [-1]], [[30]]);
    expect(out[0][0]).toBeCloseTo(500_000 / (30 * (2.5 ** (Math.log(1.4 / 1.05) / Math.log(2.5)))), 6);
    expect(out[1][0]).toBe("");
    expect((out[2][0] as { code: string }).code).toBe("#NUM!");
    expect(thrown(() => RED.CONVERSIONS([[500_000]], [["thirty"]])).code).toBe("#VALUE!");
  });

  it("agrees with ALLOCATE's conversions for one line at the same budget", () => {
    for (const budget of [20_000, 200_000, 547_755.92, 3_000_000]) {
      const [[, , , allocated]] = RED.ALLOCATE(budget, [["Seeding"]], [[30]]);
      expect(RED.CONVERSIONS([[budget]], [[30]])[0][0]).toBeCloseTo(allocated as number, 6);
    }
  });
});
