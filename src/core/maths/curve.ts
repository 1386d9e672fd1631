import type { Assumptions } from "./assumptions";
import { DEFAULT_ASSUMPTIONS } from "./assumptions";
import { DomainError } from "./errors";
import { largestWhere, MAX_MONEY, toCents } from "./numbers";
import { elasticityMargin } from "./rules";
import { ARG } from "../words/arguments";

/*
 * The diminishing-returns curve of DOMAIN §3. Average CPM follows a power law of monthly spend,
 * A(s) = base · (s / ref)^e, flat below the floor spend. Every function takes a `base` (the
 * user's CPM or CPA measured at the reference spend); base 1 gives an index.
 * Inputs are validated at the function boundary: spends ≥ 0, bases > 0.
 */

/** The two elasticities a curve is made of: an Assumptions, or a line's own pair. */
export type Elasticities = Pick<Assumptions, "cpmElasticity" | "cvrElasticity">;

/**
 * k = cpm_elasticity − cvr_elasticity, the exponent of the cost per conversion: CPA(s) = base ·
 * (s / ref)^k, and conversions grow as s^(1 − k). The one definition every use of k reads.
 * @example cpaExponent({ cpmElasticity: 0.35, cvrElasticity: 0 }) // 0.35
 */
export function cpaExponent(a: Elasticities): number {
  return a.cpmElasticity - a.cvrElasticity;
}

/**
 * A curve that gets dearer as it grows, k = e − g > 0: what ALLOCATE's lines and BUDGETCAP need (with
 * k ≤ 0 the marginal CPA never rises). The sign of a difference of two doubles is exact, so this
 * needs no margin: equal typed elasticities are equal doubles.
 */
export function curveSaturates(a: Elasticities): boolean {
  return cpaExponent(a) > 0;
}

/** The spend that sets the price: below the floor, prices stay at their floor value. */
function pricedSpend(spend: number, a: Assumptions): number {
  return Math.max(spend, a.floorSpend);
}

/**
 * True where the marginal price follows the power law: strictly above the floor. This is the one
 * definition of the kink at floor_spend, shared by marginalCpm, marginalCpa and budgetCap: the
 * marginal price at a spend is the price of the last yuan that reached it, so at floor_spend itself
 * it is still the flat price, and just above it jumps to flat / (1 − e) (CPM) or flat / (1 − e + g)
 * (CPA). With it the marginal price never falls and is continuous from the left, so the largest
 * spend within a target always exists and MARGINALCPA(BUDGETCAP(t)) ≤ t.
 */
export function inPowerRegion(spend: number, a: Assumptions): boolean {
  return spend > a.floorSpend;
}

/** The smallest double with all its digits: below it a result is subnormal and has lost some. */
const SMALLEST_NORMAL = 2 ** -1022;

/** A number a double holds with all its digits: positive, finite and not subnormal. */
function isNormal(x: number): boolean {
  return x >= SMALLEST_NORMAL && x < Infinity;
}

/**
 * base · (spend / ref)^exponent. The quotient or the power leaves the doubles long before the
 * price does (ref_spend 1e-300 and a spend of 1e13 make 1e313, Infinity): then it is worked in
 * logarithms, exp(ln base + exponent · (ln spend − ln ref)). A spend of 0 gives base · 0^exponent,
 * the power law's own value there (0, or base when the exponent is 0).
 */
function basePower(base: number, spend: number, ref: number, exponent: number): number {
  if (spend === 0) return base * Math.pow(0, exponent);
  const ratio = spend / ref;
  const power = isNormal(ratio) ? Math.pow(ratio, exponent) : NaN;
  if (isNormal(power)) return base * power;
  return Math.exp(lnBasePower(Math.log(base), Math.log(spend), Math.log(ref), exponent));
}

/**
 * The power law in logarithms, ln(base · (spend / ref)^exponent) = ln base + exponent · (ln spend −
 * ln ref): the one log form of the curve, for prices and counts whose quotient or power would leave
 * the doubles (basePower, incrementalCpm, lnConversionsAt).
 */
function lnBasePower(lnBase: number, lnSpend: number, lnRef: number, exponent: number): number {
  return lnBase + exponent * (lnSpend - lnRef);
}

/**
 * Average CPM at a monthly spend.
 * @example averageCpm(500000) // 1.4 (index: 40% above the CPM at 200,000)
 */
export function averageCpm(spend: number, base = 1, a: Assumptions = DEFAULT_ASSUMPTIONS): number {
  return basePower(base, pricedSpend(spend, a), a.refSpend, a.cpmElasticity);
}

/**
 * Impressions a monthly spend buys: 1000 · spend / average CPM. A spend of 0 buys none, with or
 * without a floor: with floor_spend 0 the average CPM at 0 is itself 0 (the power law prices the
 * first yuan at nothing) and 0 / 0 has no value, but I(s) = 1000 · s^(1−e) · ref^e / base goes to 0
 * as s does (e < 1), and that limit is the answer.
 * @example impressions(200000, 80) // 2,500,000
 * @example impressions(0, 80, { ...DEFAULT_ASSUMPTIONS, floorSpend: 0 }) // 0
 */
export function impressions(spend: number, base = 1, a: Assumptions = DEFAULT_ASSUMPTIONS): number {
  return spend === 0 ? 0 : (1000 * spend) / averageCpm(spend, base, a);
}

/**
 * Marginal CPM: what the next thousand impressions cost, 1000 · ds/dI = A(s) / (1 − e).
 * @example marginalCpm(500000) // 2.2124…
 */
export function marginalCpm(spend: number, base = 1, a: Assumptions = DEFAULT_ASSUMPTIONS): number {
  const average = averageCpm(spend, base, a);
  return inPowerRegion(spend, a) ? average / (1 - a.cpmElasticity) : average;
}

/** ln(e^p + e^q), without leaving the doubles on the way. */
function lnSumOfExps(p: number, q: number): number {
  const [high, low] = p > q ? [p, q] : [q, p];
  return high === -Infinity ? -Infinity : high + Math.log1p(Math.exp(low - high));
}

/**
 * Incremental CPM of a step from one monthly spend to another: the extra money over the extra
 * impressions it buys, the same either way round. A step of zero gives the marginal CPM, its limit.
 *
 * Never a difference of two impression counts, which loses the digits of a small step on a large
 * spend (0.01 below a floor of 1e13 came out 714.29 for 671.66). The step is priced from where it
 * meets the power law, start = max(from, floor): in units of 1000 / A(start) impressions, the part
 * below the floor buys min(to, start) − from and the part above start · ((to / start)^(1−e) − 1),
 * worked with expm1/log1p; the price is A(start) · step over their sum. With no floor a step from
 * 0 buys I(to) (I(0) = 0), so its price is A(to).
 * Where a factor leaves the doubles (ref_spend 1e-300, a floor of 1e-320, e near 1) the product is
 * taken in logarithms. A price is positive or no number: one beyond the doubles is NaN or Infinity,
 * which the boundary shows as #NUM!.
 *
 * @example incrementalCpm(200000, 500000) // 1.9091… (21/11)
 * @example incrementalCpm(0, 500000, 80, { ...DEFAULT_ASSUMPTIONS, floorSpend: 0 }) // 112, A(500000)
 */
export function incrementalCpm(fromSpend: number, toSpend: number, base = 1, a: Assumptions = DEFAULT_ASSUMPTIONS): number {
  if (fromSpend === toSpend) return marginalCpm(fromSpend, base, a);
  const low = Math.min(fromSpend, toSpend);
  const high = Math.max(fromSpend, toSpend);
  const start = Math.max(low, a.floorSpend);
  // The price is A(anchor) · ratio: A(start) · step / bought, or A(high) from 0 with no floor.
  let anchor = high;
  let bought = high - low;
  let lnBought = Math.log(bought);
  if (start > 0) {
    const flat = Math.min(high, start) - low; // exact: a difference of doubles this close is
    let power = 0;
    let lnGrowth = -Infinity;
    if (high > start) {
      const growth = (high - start) / start;
      const x = (1 - a.cpmElasticity) * (growth < Infinity ? Math.log1p(growth) : Math.log(high) - Math.log(start));
      const grown = Math.expm1(x);
      power = start * grown;
      lnGrowth = grown < Infinity ? Math.log(grown) : x; // past e^709, ln(e^x − 1) is x to the last digit
    }
    anchor = start;
    bought = flat + power;
    lnBought = lnSumOfExps(Math.log(flat), Math.log(start) + lnGrowth);
  }
  const ratio = (high - low) / bought;
  if (isNormal(bought) && isNormal(ratio)) {
    const average = averageCpm(anchor, base, a);
    const price = average * ratio;
    if (isNormal(average) && isNormal(price)) return price;
  }
  const lnPrice = lnBasePower(Math.log(base), Math.log(anchor), Math.log(a.refSpend), a.cpmElasticity) + Math.log(high - low) - lnBought;
  const viaLogs = Math.exp(lnPrice);
  return viaLogs >= SMALLEST_NORMAL ? viaLogs : NaN;
}

/**
 * Cost per conversion at a monthly spend: baseCPA · (s / ref)^(e − g).
 * @example costPerConversion(500000, 1) // 1.3333…
 */
export function costPerConversion(spend: number, baseCpa: number, a: Assumptions = DEFAULT_ASSUMPTIONS): number {
  return basePower(baseCpa, pricedSpend(spend, a), a.refSpend, cpaExponent(a));
}

/**
 * Marginal CPA: what the next conversion costs, CPA(s) / (1 − e + g).
 * @example marginalCpa(500000, 1) // 1.9435…
 */
export function marginalCpa(spend: number, baseCpa: number, a: Assumptions = DEFAULT_ASSUMPTIONS): number {
  return marginalOfAverage(costPerConversion(spend, baseCpa, a), spend, a);
}

/** The marginal CPA at a spend from its CPA there (marginalCpa's rule). */
function marginalOfAverage(average: number, spend: number, a: Assumptions): number {
  return inPowerRegion(spend, a) ? average / elasticityMargin(a.cpmElasticity, a.cvrElasticity) : average;
}

/**
 * conversions and marginalCpa at one spend, from one CPA worked out once: the same two numbers.
 * @example boughtAt(500000, 1) // { conversions: conversions(500000, 1), marginalCpa: marginalCpa(500000, 1) }
 */
export function boughtAt(spend: number, baseCpa: number, a: Assumptions = DEFAULT_ASSUMPTIONS): { conversions: number; marginalCpa: number } {
  const average = costPerConversion(spend, baseCpa, a);
  return { conversions: spend === 0 ? 0 : spend / average, marginalCpa: marginalOfAverage(average, spend, a) };
}

/**
 * Budget cap: the largest monthly spend in whole cents whose marginal CPA is at most the target; 0
 * if even the first yuan costs more. Below the floor (and at it: see inPowerRegion) the marginal CPA is flat,
 * so a target that the flat part meets but the power law does not gives the floor spend itself.
 *
 * @example budgetCap(2, 1) // ≈ 547,756
 * @example budgetCap(0.6, 1) // 20,000: marginalCpa(20000, 1) ≈ 0.485 ≤ 0.6 < its price just above
 * @throws DomainError NO_BUDGET_CAP when e ≤ g: the marginal CPA never rises, no spend is too much;
 *   CAP_TOO_LARGE when the cap is beyond any budget (above 10 trillion)
 */
export function budgetCap(targetCpa: number, baseCpa: number, a: Assumptions = DEFAULT_ASSUMPTIONS): number {
  if (!curveSaturates(a)) throw new DomainError("NO_BUDGET_CAP", { argument: ARG.assumptions });
  const cap = spendAtMarginalCpa(targetCpa, baseCpa, a);
  if (!(cap <= MAX_MONEY)) throw new DomainError("CAP_TOO_LARGE", { argument: ARG.targetCPA, limit: MAX_MONEY });
  // A spend is whole cents: the largest cent within the target, as REQUIREDBUDGET finds a line's
  // (the inverse is a guess; the marginal CPA itself decides the cent). A cap shown to the cent
  // and typed back as a budget is then within it.
  const within = (cents: number) => marginalCpa(cents / 100, baseCpa, a) <= targetCpa;
  if (!within(0)) return 0;
  return largestWhere(within, toCents(cap, "down"), 0, toCents(MAX_MONEY)) / 100;
}

/** One curve's inverse marginal CPA, in logarithms (see spendAtLogPrice). */
export interface CurveInLogs {
  /** ln of the flat price, at and below the floor (−Infinity with no floor). */
  lnFlat: number;
  /** ln baseCpa. */
  lnBase: number;
  /** ln(1 − k) − ln baseCpa. */
  shift: number;
  /** k = cpm_elasticity − cvr_elasticity, in (0, 1). */
  k: number;
  lnRef: number;
  floorSpend: number;
}

export function curveInLogs(baseCpa: number, a: Assumptions): CurveInLogs {
  const k = cpaExponent(a);
  const lnBase = Math.log(baseCpa);
  const lnRef = Math.log(a.refSpend);
  return {
    lnFlat: lnBasePower(lnBase, Math.log(a.floorSpend), lnRef, k),
    lnBase,
    shift: Math.log1p(-k) - lnBase,
    k,
    lnRef,
    floorSpend: a.floorSpend,
  };
}

/**
 * The largest spend whose marginal CPA is at most e^lnPrice, by the kink rule of inPowerRegion:
 * 0 below the flat price; the floor itself from the flat price up to the price just above it (the
 * jump); above that the power law, ln s = ln ref + (ln price + ln(1 − k) − ln base) / k. Worked in
 * logarithms: ((price · (1 − k)) / base)^(1/k) underflows or overflows long before k → 0, where the
 * answer is simply the floor or Infinity — never NaN from an underflow times an overflow.
 */
export function spendAtLogPrice(curve: CurveInLogs, lnPrice: number): number {
  if (lnPrice < curve.lnFlat) return 0;
  const spend = Math.exp(curve.lnRef + (lnPrice + curve.shift) / curve.k);
  return spend > curve.floorSpend ? spend : curve.floorSpend;
}

/**
 * The inverse of the marginal CPA: the largest spend whose next conversion costs at most `price`
 * (may be Infinity), so that marginalCpa(result) ≤ price; 0 when even the first yuan costs more.
 * Needs a curve that saturates (0 < cpm_elasticity − cvr_elasticity < 1).
 */
export function spendAtMarginalCpa(price: number, baseCpa: number, a: Assumptions): number {
  if (!(price >= costPerConversion(a.floorSpend, baseCpa, a))) return 0;
  let spend = spendAtLogPrice(curveInLogs(baseCpa, a), Math.log(price));
  if (!(spend > a.floorSpend)) return a.floorSpend;
  // Rounding in exp/log (amplified by 1/k) may land a hair past the price: step back until the
  // promise holds, in steps that double so that even a tiny k takes a few dozen at most.
  for (let step = Number.EPSILON; spend < Infinity && marginalCpa(spend, baseCpa, a) > price; step *= 2) {
    spend *= 1 - Math.min(step, 0.5);
    if (spend <= a.floorSpend) return a.floorSpend;
  }
  return spend;
}

/**
 * Conversions a monthly spend buys: spend / CPA(spend).
 * @example conversions(200000, 40) // 5000
 */
export function conversions(spend: number, baseCpa: number, a: Assumptions = DEFAULT_ASSUMPTIONS): number {
  return spend === 0 ? 0 : spend / costPerConversion(spend, baseCpa, a);
}

/**
 * ln of the conversions a spend buys on a curve in logs, above the floor: C(s) = s / CPA(s), so
 * ln C(s) = ln s − (ln base + k · (ln s − ln ref)) — the power law's one log form (lnBasePower),
 * which neither overflows nor underflows for base CPAs from 5e-324 to 10 trillion.
 */
export function lnConversionsAt(curve: CurveInLogs, spend: number): number {
  const lnSpend = Math.log(spend);
  return lnSpend - lnBasePower(curve.lnBase, lnSpend, curve.lnRef, curve.k);
}
