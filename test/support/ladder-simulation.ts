/*
 * Issue 24: the test's own simulation of DOMAIN §9, shaped differently from the product's step —
 * people move along an explicit table of flows (from layer, to layer or out, the share's key), each
 * layer keeps what the table does not move out of it, and orders are counted from the flows that
 * make them — and generators of stocks and rates over the whole accepted range. The core's test
 * (test/core/asset-ladder.test.ts) holds assetLadder and ltv to it; the function's
 * (test/functions/asset-ladder.test.ts) holds RED.ASSETLADDER and RED.LTV to it.
 */
import fc from "fast-check";
import { LadderRates, LadderStocks, MAX_MONEY } from "../../src/core";

// ---- The test's own simulation -----------------------------------------------------------------

/** Rates by their assumption keys (DOMAIN §9's table), as a planner types them. */
export type Keyed = Record<string, number>;

export const AWARE = 0;
export const INTERESTED = 1;
export const NEW = 2;
export const RETURNING = 3;
export const LOYAL = 4;
export const OUT = -1;

/** Every monthly move of people, DOMAIN §9: [from, to (OUT: leaves the ladder), key of its share]. */
export const FLOW_TABLE: readonly [number, number, string][] = [
  [AWARE, INTERESTED, "aware_to_interest"],
  [AWARE, OUT, "aware_forget"],
  [INTERESTED, NEW, "interest_to_buy"],
  [INTERESTED, OUT, "interest_forget"],
  [NEW, RETURNING, "new_repeat"],
  [NEW, OUT, "new_lapse"],
  [RETURNING, LOYAL, "returning_to_loyal"],
  [RETURNING, OUT, "returning_lapse"],
  [LOYAL, OUT, "loyal_lapse"],
];

export interface SimMonth {
  stocks: number[];
  orders: number;
  gmv: number;
  spill: number;
  closed: number;
  /** People who left through a forget or lapse share this month. */
  left: number;
  /** Repeat orders of all kinds (what LTV counts). */
  repeat: number;
  /** GMV of the loyal customers' orders. */
  loyalGmv: number;
  /** First orders: people who became customers this month. */
  first: number;
}

export function simulate(start: readonly number[], reach: readonly number[], direct: readonly number[], aov: number, k: Keyed): SimMonth[] {
  let stocks = [...start];
  const out: SimMonth[] = [];
  for (let t = 0; t < reach.length; t++) {
    // What leaves each layer, as the sum of the table's shares out of it: the layer keeps the rest.
    const leavingShare = [0, 0, 0, 0, 0];
    for (const [from, , key] of FLOW_TABLE) leavingShare[from] += k[key];
    const next = stocks.map((s, layer) => (1 - leavingShare[layer]) * s);
    let left = 0;
    const moved: Record<string, number> = {};
    for (const [from, to, key] of FLOW_TABLE) {
      const people = k[key] * stocks[from];
      moved[key] = people;
      if (to === OUT) left += people;
      else next[to] += people;
    }
    next[AWARE] += reach[t];
    next[NEW] += direct[t];
    const first = moved.interest_to_buy + direct[t];
    const repeatNewReturning = moved.new_repeat + k.returning_order_rate * stocks[RETURNING];
    const loyalOrders = k.loyal_order_multiple * k.returning_order_rate * stocks[LOYAL];
    const orders = first + repeatNewReturning + loyalOrders;
    out.push({
      stocks: next,
      orders,
      gmv: aov * orders,
      spill: aov * (k.first_order_spill * first + k.repeat_order_spill * repeatNewReturning + k.loyal_order_spill * loyalOrders),
      closed: aov * ((1 - k.first_order_spill) * first + (1 - k.repeat_order_spill) * repeatNewReturning + (1 - k.loyal_order_spill) * loyalOrders),
      left,
      repeat: repeatNewReturning + loyalOrders,
      loyalGmv: aov * loyalOrders,
      first,
    });
    stocks = next;
  }
  return out;
}

/** The keyed rates as the core's fields, mapped by hand (not through LADDER_RATE_KEYS). */
export function ratesOf(k: Keyed): LadderRates {
  return {
    awareToInterest: k.aware_to_interest,
    awareForget: k.aware_forget,
    interestToBuy: k.interest_to_buy,
    interestForget: k.interest_forget,
    newRepeat: k.new_repeat,
    newLapse: k.new_lapse,
    returningOrderRate: k.returning_order_rate,
    returningToLoyal: k.returning_to_loyal,
    returningLapse: k.returning_lapse,
    loyalOrderMultiple: k.loyal_order_multiple,
    loyalLapse: k.loyal_lapse,
    firstOrderSpill: k.first_order_spill,
    repeatOrderSpill: k.repeat_order_spill,
    loyalOrderSpill: k.loyal_order_spill,
  };
}

export const stocksOf = ([aware, interested, newCustomers, returning, loyal]: readonly number[]): LadderStocks => ({ aware, interested, newCustomers, returning, loyal });
export const stockList = (m: LadderStocks) => [m.aware, m.interested, m.newCustomers, m.returning, m.loyal];

export const ZERO_RATES: Keyed = Object.fromEntries(FLOW_TABLE.map(([, , key]) => [key, 0]).concat([
  ["returning_order_rate", 0],
  ["loyal_order_multiple", 0],
  ["first_order_spill", 0],
  ["repeat_order_spill", 0],
  ["loyal_order_spill", 0],
]));

/** A plausible brand: DOMAIN §9's facts (μ 5.1, s1 0.7) and its stated example spills, other rates ours. */
export const EXAMPLE: Keyed = {
  aware_to_interest: 0.1,
  aware_forget: 0.2,
  interest_to_buy: 0.05,
  interest_forget: 0.1,
  new_repeat: 0.2,
  new_lapse: 0.3,
  returning_order_rate: 0.4,
  returning_to_loyal: 0.1,
  returning_lapse: 0.2,
  loyal_order_multiple: 5.1,
  loyal_lapse: 0.05,
  first_order_spill: 0.7,
  repeat_order_spill: 0.7,
  loyal_order_spill: 0,
};

/** Within 1e-9 of `scale` (the value itself unless said); subnormal doubles (aov 5e-323) carry no relative precision, hence 1e-300. */
export function expectClose(actual: number, expected: number, scale = Math.abs(expected)): void {
  expect(Math.abs(actual - expected)).toBeLessThanOrEqual(1e-9 * scale + 1e-300);
}


// ---- Generators over the whole accepted range ----------------------------------------------------

export const share = fc.oneof(fc.constantFrom(0, 1, 0.5), fc.double({ min: 0, max: 1, noNaN: true }));
/** An up share and an out share of one stock, adding to at most 1 (exactly 1 drawn often). */
export const pair = fc.oneof(
  fc.tuple(share, share).map(([up, v]) => [up, v * (1 - up)]),
  fc.integer({ min: 0, max: 100 }).map((i) => [i / 100, (100 - i) / 100]),
).filter(([up, out]) => up + out <= 1);
/** An order rate or multiple: 0 or more, up to the rule's 10 trillion. */
export const orderRate = fc.oneof(fc.constantFrom(0, 1, 5.1), fc.double({ min: 0, max: 10, noNaN: true }), fc.double({ min: 0, max: MAX_MONEY, noNaN: true }));
export const count = fc.oneof(fc.constantFrom(0, 1, 1e12, MAX_MONEY), fc.double({ min: 0, max: 1e6, noNaN: true }), fc.double({ min: 0, max: MAX_MONEY, noNaN: true }));

export const keyed: fc.Arbitrary<Keyed> = fc
  .record({ aware: pair, interest: pair, newc: pair, returning: pair, rR: orderRate, mu: orderRate, chiL: share, s1: share, sR: share, sL: share })
  .map((r) => ({
    aware_to_interest: r.aware[0],
    aware_forget: r.aware[1],
    interest_to_buy: r.interest[0],
    interest_forget: r.interest[1],
    new_repeat: r.newc[0],
    new_lapse: r.newc[1],
    returning_order_rate: r.rR,
    returning_to_loyal: r.returning[0],
    returning_lapse: r.returning[1],
    loyal_order_multiple: r.mu,
    loyal_lapse: r.chiL,
    first_order_spill: r.s1,
    repeat_order_spill: r.sR,
    loyal_order_spill: r.sL,
  }));

export const scenario = fc.record({
  start: fc.array(count, { minLength: 5, maxLength: 5 }),
  months: fc.array(fc.tuple(count, count), { minLength: 0, maxLength: 36 }),
  aov: fc.oneof(fc.constantFrom(0, 0.01, 199), fc.double({ min: 0, max: MAX_MONEY, noNaN: true })),
  k: keyed,
  withDirect: fc.boolean(),
});
