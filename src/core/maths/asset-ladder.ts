/*
 * The five-layer user-asset ladder of DOMAIN §9 (NPL, [004]): aware → interested → new customer →
 * returning → loyal, month by month, and the LTV of one new customer from the same recurrences. One
 * month's step (ladderStep) is the only place the recurrences are written; assetLadder and ltv both
 * run it, so GMV = LTV × users holds by construction, not by two formulas agreeing.
 */
import { DomainError } from "./errors";
import { checkNumber, COUNT, HORIZON_MONTHS, MARGIN, MONEY, NumberRule, ruleAccepts, ruleText, SHARE } from "./rules";
import { ARG } from "../words/arguments";

/** People in each layer at the end of a month (DOMAIN §9: A, I, N, R, L). */
export interface LadderStocks {
  /** A, 了解: people who know the brand. */
  aware: number;
  /** I, 兴趣: people interested in it. */
  interested: number;
  /** N, 新客: customers who have bought once. */
  newCustomers: number;
  /** R, 老客: customers who have bought again. */
  returning: number;
  /** L, 亲密: loyal customers (group-chat members, say). */
  loyal: number;
}

/** The ladder's monthly rates, one field per assumption key of DOMAIN §9 (LADDER_RATE_KEYS). */
export interface LadderRates {
  /** α: aware → interested. */
  awareToInterest: number;
  /** φA: aware who forget. */
  awareForget: number;
  /** β: interested → first purchase. */
  interestToBuy: number;
  /** φI: interested who lose interest. */
  interestForget: number;
  /** ρN: new customers who buy again (→ returning). */
  newRepeat: number;
  /** χN: new customers who lapse. */
  newLapse: number;
  /** ρR: returning customers' orders per person per month (they stay returning). */
  returningOrderRate: number;
  /** κ: returning customers who become loyal (join a group chat). */
  returningToLoyal: number;
  /** χR: returning customers who lapse. */
  returningLapse: number;
  /** μ: loyal customers' order rate ÷ returning customers' (5.1, fact [004]). */
  loyalOrderMultiple: number;
  /** χL: loyal customers who lapse. */
  loyalLapse: number;
  /** s1: share of first orders that land off-platform (0.7, fact [000]). */
  firstOrderSpill: number;
  /** sR: spillover share of repeat orders. */
  repeatOrderSpill: number;
  /** sL: spillover share of loyal customers' orders. */
  loyalOrderSpill: number;
}

/**
 * The assumption key of each rate (DOMAIN §9's table), the rule its value keeps and its value on the
 * assumptions table, in the table's order. `fact` marks the two values the sources state
 * (loyal_order_multiple 5.1 [004], first_order_spill 0.7 [000]); every other value is an example
 * of ours, which the table's meaning tells the planner to replace with the brand's own asset report.
 */
export const LADDER_RATE_KEYS = [
  { key: "aware_to_interest", field: "awareToInterest", rule: SHARE, value: 0.1, fact: false },
  { key: "aware_forget", field: "awareForget", rule: SHARE, value: 0.3, fact: false },
  { key: "interest_to_buy", field: "interestToBuy", rule: SHARE, value: 0.05, fact: false },
  { key: "interest_forget", field: "interestForget", rule: SHARE, value: 0.2, fact: false },
  { key: "new_repeat", field: "newRepeat", rule: SHARE, value: 0.15, fact: false },
  { key: "new_lapse", field: "newLapse", rule: SHARE, value: 0.1, fact: false },
  // An order rate, not a share: orders per person per month, 0 or more (a rate's rule, COUNT).
  { key: "returning_order_rate", field: "returningOrderRate", rule: COUNT, value: 0.15, fact: false },
  { key: "returning_to_loyal", field: "returningToLoyal", rule: SHARE, value: 0.05, fact: false },
  { key: "returning_lapse", field: "returningLapse", rule: SHARE, value: 0.05, fact: false },
  { key: "loyal_order_multiple", field: "loyalOrderMultiple", rule: COUNT, value: 5.1, fact: true },
  { key: "loyal_lapse", field: "loyalLapse", rule: SHARE, value: 0.03, fact: false },
  { key: "first_order_spill", field: "firstOrderSpill", rule: SHARE, value: 0.7, fact: true },
  // DOMAIN §9's own suggestions, still assumptions: repeat orders spill like first ones; group-chat
  // members buy in the RED store.
  { key: "repeat_order_spill", field: "repeatOrderSpill", rule: SHARE, value: 0.7, fact: false },
  { key: "loyal_order_spill", field: "loyalOrderSpill", rule: SHARE, value: 0, fact: false },
] as const satisfies readonly { key: string; field: keyof LadderRates; rule: NumberRule; value: number; fact: boolean }[];

/** An assumption key of the ladder (DOMAIN §9's table): what the assumptions table will know it by. */
export type LadderRateKey = (typeof LADDER_RATE_KEYS)[number]["key"];

/**
 * The shares that leave one stock each month, which together may be at most all of it: the first
 * moves up the ladder, the second leaves it (DOMAIN §9: α + φA, β + φI, ρN + χN, κ + χR ≤ 1).
 * Judged on the sum of the doubles, with no tolerance: two typed decimals that add to 1 add to at
 * most 1 in binary (each lies within half a unit in the last place of itself, together less than
 * half a unit of 1), so 0.3 + 0.7 is accepted and 1 + 10⁻¹² refused.
 */
const OUTFLOWS: readonly [up: keyof LadderRates, out: keyof LadderRates][] = [
  ["awareToInterest", "awareForget"],
  ["interestToBuy", "interestForget"],
  ["newRepeat", "newLapse"],
  ["returningToLoyal", "returningLapse"],
];

const KEY_OF = new Map<keyof LadderRates, LadderRateKey>(LADDER_RATE_KEYS.map((entry) => [entry.field, entry.key]));

/**
 * The rates if every one keeps its rule and no stock loses more than all of itself in a month.
 *
 * @example checkLadderRates({ ...rates, awareForget: 0.8, awareToInterest: 0.3 }) // throws: aware_forget must be x ≤ 1 − aware_to_interest
 * @throws DomainError ASSUMPTION_OUT_OF_RANGE naming the key (and, for a stock's outflows, the other key in the limit)
 */
export function checkLadderRates(rates: LadderRates, argument: string = ARG.assumptions): LadderRates {
  for (const { key, field, rule } of LADDER_RATE_KEYS) {
    const value = rates[field];
    if (!ruleAccepts(rule, value)) throw new DomainError("ASSUMPTION_OUT_OF_RANGE", { argument, key, value, limit: ruleText(rule) });
  }
  for (const [up, out] of OUTFLOWS) {
    if (rates[up] + rates[out] > 1) {
      throw new DomainError("ASSUMPTION_OUT_OF_RANGE", { argument, key: KEY_OF.get(out), value: rates[out], limit: `x ≤ 1 − ${KEY_OF.get(up)}` });
    }
  }
  return rates;
}

/** One month of the ladder: the stocks at its end and its orders by kind (their spillover shares differ). */
interface LadderStep {
  stocks: LadderStocks;
  /** β·I + d: first purchases, from the interest pool and won directly. */
  firstOrders: number;
  /** ρN·N + ρR·R: repeat orders of new and returning customers. */
  repeatOrders: number;
  /** μ·ρR·L: loyal customers' orders. */
  loyalOrders: number;
}

/**
 * DOMAIN §9's recurrences, the one place they are written: every flow of the month is a share of
 * the stock at the end of the month before. What stays is 1 − (up + out), never below 0 because
 * checkLadderRates refused up + out > 1 on the same sum.
 */
function ladderStep(before: LadderStocks, reach: number, firstBuyers: number, r: LadderRates): LadderStep {
  const { aware: A, interested: I, newCustomers: N, returning: R, loyal: L } = before;
  const interestBuys = r.interestToBuy * I;
  const newRepeats = r.newRepeat * N;
  const toLoyal = r.returningToLoyal * R;
  return {
    stocks: {
      aware: (1 - (r.awareToInterest + r.awareForget)) * A + reach,
      interested: (1 - (r.interestToBuy + r.interestForget)) * I + r.awareToInterest * A,
      newCustomers: (1 - (r.newRepeat + r.newLapse)) * N + interestBuys + firstBuyers,
      returning: (1 - (r.returningToLoyal + r.returningLapse)) * R + newRepeats,
      loyal: (1 - r.loyalLapse) * L + toLoyal,
    },
    firstOrders: interestBuys + firstBuyers,
    repeatOrders: newRepeats + r.returningOrderRate * R,
    loyalOrders: r.loyalOrderMultiple * r.returningOrderRate * L,
  };
}

/** A count of people, 0 to 10 trillion. @throws DomainError NOT_A_NUMBER, NEGATIVE, TOO_LARGE */
const people = (value: number, argument: string) => checkNumber(COUNT, value, argument);

/** One month of ASSETLADDER: the five stocks at its end, its orders and their GMV. */
export interface LadderMonth extends LadderStocks {
  orders: number;
  gmv: number;
  /** GMV landing off-platform (Tmall, Taobao, JD). */
  spilloverGmv: number;
  /** GMV completed inside RED: gmv − spilloverGmv. */
  closedLoopGmv: number;
  /** The loyal customers' part of the GMV: aov × μ·ρR·L of the month before (minefield 6's share). */
  loyalGmv: number;
  /** People who bought for the first time this month, β·I + d: the new customers the month won (GMV = LTV × users). */
  newCustomersWon: number;
}

/**
 * The user-asset ladder month by month (DOMAIN §9): from the start stocks, each month t adds
 * `reach[t]` people newly aware and `firstBuyers[t]` first buyers won directly, and moves people up
 * the ladder or out of it by the rates' shares of the stocks a month before. Returns one row per
 * month of `reach`: the stocks at its end, orders, GMV = aov × orders, its spillover part (each kind
 * of order at its spillover share) and the closed-loop rest. GMV is left unrounded; rounding to
 * cents is the function layer's. People are conserved: what leaves one layer arrives in the next or
 * leaves through a forget or lapse share. `rates` is the planner's Assumptions (readAssumptions: an
 * Assumptions is a LadderRates), so the assumptions table edits the ladder.
 *
 * @example
 * assetLadder({ aware: 0, interested: 0, newCustomers: 0, returning: 0, loyal: 0 }, [10_000, 10_000], 150, readAssumptions(table))
 * // month 1: aware 10,000 and nothing else yet; month 2: interested α × 10,000, …
 * @throws DomainError NOT_A_NUMBER, NEGATIVE, TOO_LARGE (start, reach, firstBuyers, aov); SIZE_MISMATCH when firstBuyers is not one per month; ASSUMPTION_OUT_OF_RANGE (checkLadderRates)
 */
export function assetLadder(
  start: LadderStocks,
  reach: readonly number[],
  aov: number,
  rates: LadderRates,
  firstBuyers?: readonly (number | undefined)[],
): LadderMonth[] {
  let stocks: LadderStocks = {
    aware: people(start.aware, ARG.start),
    interested: people(start.interested, ARG.start),
    newCustomers: people(start.newCustomers, ARG.start),
    returning: people(start.returning, ARG.start),
    loyal: people(start.loyal, ARG.start),
  };
  checkNumber(MONEY, aov, ARG.aov);
  checkLadderRates(rates);
  if (firstBuyers && firstBuyers.length !== reach.length) {
    throw new DomainError("SIZE_MISMATCH", { argument: ARG.firstBuyers, count: firstBuyers.length, reaching: { argument: ARG.reach, count: reach.length } });
  }
  const months: LadderMonth[] = [];
  for (let t = 0; t < reach.length; t++) {
    const direct = firstBuyers?.[t];
    const step = ladderStep(stocks, people(reach[t], ARG.reach), direct === undefined ? 0 : people(direct, ARG.firstBuyers), rates);
    stocks = step.stocks;
    const orders = step.firstOrders + step.repeatOrders + step.loyalOrders;
    const gmv = aov * orders;
    const spilloverGmv = aov * (rates.firstOrderSpill * step.firstOrders + rates.repeatOrderSpill * step.repeatOrders + rates.loyalOrderSpill * step.loyalOrders);
    months.push({ ...stocks, orders, gmv, spilloverGmv, closedLoopGmv: gmv - spilloverGmv, loyalGmv: aov * step.loyalOrders, newCustomersWon: step.firstOrders });
  }
  return months;
}

/**
 * The lifetime value of one new customer over `months` months (DOMAIN §9), from the ladder's own
 * step: start with N0 = 1 and nothing else, no reach, no first buyers; LTV = aov · margin ·
 * (1 + Σ_{t=1..H} repeat_t / (1 + monthlyDiscount)^t), the 1 being the first order that made them
 * a customer and repeat_t = ρN·N + ρR·R + μ·ρR·L of the month before. A cohort of n new customers
 * left alone earns n × LTV (margin 1, no discount): GMV = LTV × users. A fraction of a month is
 * dropped, as Excel drops it from a whole-number argument. `rates`: the planner's Assumptions, as
 * for assetLadder.
 *
 * @example ltv(200, 12, 1, 0, rates) // 200 × (1 + the repeat orders of 12 months)
 * @example ltv(200, 0, 0.4, 0.01, rates) // 80: the first order alone
 * @throws DomainError NOT_A_NUMBER; NEGATIVE, TOO_LARGE (aov, months, margin, monthlyDiscount); ASSUMPTION_OUT_OF_RANGE (checkLadderRates)
 */
export function ltv(aov: number, months: number, margin: number, monthlyDiscount: number, rates: LadderRates): number {
  checkNumber(MONEY, aov, ARG.aov);
  const horizon = Math.floor(checkNumber(HORIZON_MONTHS, months, ARG.months));
  checkNumber(MARGIN, margin, ARG.margin);
  // A monthly rate, 0 or more: the rule of a count or a rate.
  checkNumber(COUNT, monthlyDiscount, ARG.monthlyDiscount);
  checkLadderRates(rates);
  let stocks: LadderStocks = { aware: 0, interested: 0, newCustomers: 1, returning: 0, loyal: 0 };
  let orders = 1;
  let discount = 1;
  for (let t = 1; t <= horizon; t++) {
    const step = ladderStep(stocks, 0, 0, rates);
    stocks = step.stocks;
    discount /= 1 + monthlyDiscount;
    orders += (step.repeatOrders + step.loyalOrders) * discount;
  }
  return aov * margin * orders;
}
