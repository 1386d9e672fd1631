import type { Assumptions } from "../maths/assumptions";
import { AllocationLine, allocateBudget, LineAllocation, pricedLine } from "./allocate";
import { DomainError } from "../maths/errors";
import { MAX_MONEY, toCents } from "../maths/numbers";
import { COUNT, MONEY, NumberRule, PRICE } from "../maths/rules";
import { boundsInCents, lineCurve } from "./allocate";
import { lnCentConversions } from "./whole-cents";
import { curveInLogs, spendAtLogPrice } from "../maths/curve";
import { budgetRangeInCents, checkLines, checkSplit, largestWhere, leftMarginalCpa, lineCentsAtPrice, splitConversions, splitMarginalCpa, splitValue } from "./portfolio";
import type { TargetKind } from "../words/typed-words";
import { ARG } from "../words/arguments";

/**
 * What a target may be, by its kind: a number of conversions is a count (0 or more), a value
 * (Σ value × conversions) an amount of money (0 or more), a marginal CPA a price and a least
 * marginal ROI a ratio above 0. REQUIREDBUDGET's argument and the task pane's "What would it take?"
 * box both check with these.
 */
export const TARGET_RULES: Readonly<Record<TargetKind, NumberRule>> = { conversions: COUNT, "marginal-cpa": PRICE, value: MONEY, "marginal-roi": PRICE };

/** A budget with its optimal split (ALLOCATE's, to the cent) and what the split buys. */
export interface PortfolioPlan {
  budget: number;
  split: LineAllocation[];
  conversions: number;
  /** Σ value × conversions (splitValue): the conversions where no line has a value. */
  value: number;
  /**
   * The common marginal CPA of the split (see splitMarginalCpa); where lines have values, the
   * common marginal CPA ÷ value, the cost of the next unit of value (1 ÷ marginalRoi).
   */
  marginalCpa: number;
  /**
   * The common marginal ROI: the value the next yuan buys on every line the bounds leave free,
   * 1 ÷ marginalCpa (conversions per yuan at the margin where no line has a value).
   */
  marginalRoi: number;
}

/** ALLOCATE at a budget, checked, with its totals. */
export function planAt(budget: number, lines: readonly AllocationLine[], a: Assumptions, argument: string = ARG.budget): PortfolioPlan {
  const split = allocateBudget(budget, lines, a);
  checkSplit(budget, lines, split, a, argument);
  const spends = split.map((r) => r.spend);
  const marginalCpa = splitMarginalCpa(lines, spends, a);
  return { budget, split, conversions: splitConversions(split), value: splitValue(split), marginalCpa, marginalRoi: 1 / marginalCpa };
}

/**
 * The budget a target takes, with its optimal split (DOMAIN §7; §9 where lines carry values).
 * - `conversions`: the smallest budget in whole cents whose ALLOCATE split buys at least
 *   `target` conversions; one cent less buys fewer (or is below the lines' minimums).
 * - `value`: the same for the value the split buys, Σ value × conversions (splitValue).
 * - `marginal-cpa`: the largest budget in whole cents whose split keeps the common marginal CPA
 *   at most `target` (every line above its minimum bought its last cent at the target or below):
 *   at most each line's own largest cent within the price, summed (BUDGETCAP for a portfolio).
 *   Lines with values are priced per unit of value (pricedLine): the target is then the most a
 *   unit of value may cost at the margin, marginal CPA ÷ value.
 * - `marginal-roi`: the largest budget whose split keeps every line's marginal ROI (value ÷
 *   marginal CPA) at least `target`: every line above its minimum bought its last cent at marginal
 *   CPA ÷ value ≤ 1 ÷ target — `marginal-cpa` at 1 ÷ target.
 *
 * For conversions a continuous estimate from the price lands within a cent or two; ALLOCATE itself
 * then decides the cent, so the answer is ALLOCATE's to the cent. Bounds are read in whole cents by
 * their one rule (boundsInCents).
 *
 * @example requiredBudget(26111, "conversions", lines, a).budget // ≈ 1,000,000 for README's lines
 * @throws DomainError NEEDS_VALUE for a value or marginal-ROI target on a line without a value;
 *   MARGINAL_CPA_WITH_VALUE for a marginal-CPA target on valued lines;
 *   TARGET_UNREACHABLE when the bounds cap the total below the target, or the
 *   budget would pass 10 trillion; the lines' own refusals (checkLines); SELF_CHECK_FAILED
 */
export function requiredBudget(target: number, kind: TargetKind, lines: readonly AllocationLine[], a: Assumptions): PortfolioPlan {
  checkLines(lines);
  if (kind === "value" || kind === "marginal-roi") {
    // A value target counts value; without the lines' values it would count conversions as value.
    const unvalued = lines.find((line) => line.value === undefined);
    if (unvalued) throw new DomainError("NEEDS_VALUE", { argument: ARG.value, key: kind, line: unvalued.name });
  }
  // Valued lines share a marginal ROI, each its own marginal CPA: no one marginal CPA to hold to a target.
  if (kind === "marginal-cpa" && lines.some((line) => line.value !== undefined)) throw new DomainError("MARGINAL_CPA_WITH_VALUE", { argument: ARG.targetKind, key: kind });
  const { lowest, highest } = budgetRangeInCents(lines, MAX_MONEY);
  if (lowest > highest) throw new DomainError("INFEASIBLE_BOUNDS", { argument: ARG.minSpend, value: lowest / 100, limit: highest / 100 });
  switch (kind) {
    case "marginal-cpa":
      return budgetAtPrice(target, kind, target, lines, a, lowest, highest);
    case "marginal-roi":
      // 1 ÷ target widened by a few units in the last place: a target typed as the ROI a cell shows
      // (value ÷ marginal CPA, itself rounded) is reached, not missed by the rounding of 1 ÷ target.
      return budgetAtPrice((1 / target) * (1 + 4 * Number.EPSILON), kind, target, lines, a, lowest, highest);
    default:
      return budgetForTotal(target, kind, lines, a, lowest, highest);
  }
}

/**
 * The largest budget in whole cents whose ALLOCATE split keeps every line's last cent at or below
 * `price`. Each line's own largest cent within the price (lineCentsAtPrice) bounds it from above;
 * but ALLOCATE hands out cents by what they buy (lnCentConversions), not by the price at their end,
 * and a line's next cent past the price, cheaper on average than its end, may buy more than another
 * line's last cent within it. So the budget is the cents, up to each line's own, that buy more than
 * the best of the cents past the price: ALLOCATE hands those out first and stops short of every cent
 * past the price. ALLOCATE's split there, and one cent more, decide it (a search out from there
 * where ties or rounding moved it).
 */
function budgetAtPrice(
  price: number,
  kind: "marginal-cpa" | "marginal-roi",
  target: number,
  valued: readonly AllocationLine[],
  a: Assumptions,
  lowest: number,
  highest: number,
): PortfolioPlan {
  // The lines as ALLOCATE prices them, per unit of value: the price is one of their marginal CPAs.
  const lines = valued.map(pricedLine);
  const most = toCents(MAX_MONEY);
  const atPrice = lines.map((line) => lineCentsAtPrice(line, price, a, most + 1));
  const total = atPrice.reduce((sum, c) => sum + c, 0);
  if (!(total <= most)) throw new DomainError("TARGET_UNREACHABLE", { argument: ARG.target, key: kind, value: target, budget: MAX_MONEY });
  const bounds = lines.map(boundsInCents);
  const curves = lines.map((line) => curveInLogs(line.baseCpa, lineCurve(line, a)));
  let bestPast = -Infinity;
  atPrice.forEach((c, i) => {
    if (c < bounds[i].maxCents) bestPast = Math.max(bestPast, lnCentConversions(curves[i], c));
  });
  const buyingMore = atPrice.map((c, i) => {
    const { minCents } = bounds[i];
    return largestWhere((m) => m === minCents || lnCentConversions(curves[i], m - 1) > bestPast, c, minCents, c);
  });
  const plans = new Map<number, PortfolioPlan>();
  const planOf = (cents: number) => {
    let plan = plans.get(cents);
    if (!plan) plans.set(cents, (plan = planAt(cents / 100, valued, a, ARG.target)));
    return plan;
  };
  const fits = (cents: number) => planOf(cents).split.every((r, i) => toCents(r.spend) <= atPrice[i]);
  const guess = buyingMore.reduce((sum, c) => sum + c, 0);
  const plan = planOf(largestWhere(fits, guess, lowest, Math.min(highest, total)));
  // The promise: every line above its minimum bought its last cent at the target or below.
  plan.split.forEach((r, i) => {
    if (toCents(r.spend) > bounds[i].minCents && !(leftMarginalCpa(lines[i], r.spend, a) <= price)) {
      throw new DomainError("SELF_CHECK_FAILED", { argument: ARG.target, key: kind === "marginal-roi" ? "marginal ROI within the target" : "marginal CPA within the target" });
    }
  });
  return plan;
}

/**
 * The continuous budget that buys `target` conversions at the optimal split: bisection on the
 * common price (spend and conversions both rise with it), then a straight line across the last
 * bracket, where a line's spend may jump through its flat stretch below the floor. Each line's
 * constants are worked out once: this runs some sixty times over every line.
 */
function estimateBudget(target: number, lines: readonly AllocationLine[], a: Assumptions, highest: number): number {
  const priced = lines.map((line) => ({ line, curve: curveInLogs(line.baseCpa, lineCurve(line, a)) }));
  const at = (price: number) => {
    let spend = 0;
    let bought = 0;
    const logPrice = Math.log(price);
    for (const { line, curve } of priced) {
      // The curve's one inverse (spendAtLogPrice), capped beyond any budget so that conversions stay finite.
      const free = spendAtLogPrice(curve, logPrice);
      const s = Math.min(line.maxSpend, Math.max(line.minSpend, free), 10 * MAX_MONEY);
      spend += s;
      if (s > 0) bought += s / (line.baseCpa * Math.pow(Math.max(s, a.floorSpend) / a.refSpend, curve.k));
    }
    return { spend, bought };
  };
  // Bracket the price from the cheapest line's base CPA, by factors of 4 either way.
  // A loop, not Math.min(...lines): spreading 200,000 lines onto the stack overflows it (issue 22).
  let high = lines.reduce((cheapest, l) => Math.min(cheapest, l.baseCpa), Infinity);
  let atHigh = at(high);
  let low = high;
  let atLow = atHigh;
  for (let i = 0; i < 600 && atLow.bought >= target; i++) {
    high = low;
    atHigh = atLow;
    low /= 4;
    atLow = at(low);
  }
  if (atLow.bought >= target) return atLow.spend;
  for (let i = 0; i < 600 && atHigh.bought < target && atHigh.spend < highest; i++) {
    low = high;
    atLow = atHigh;
    high *= 4;
    atHigh = at(high);
  }
  if (atHigh.bought < target) return atHigh.spend;
  for (let i = 0; i < 200 && high / low - 1 > 1e-15; i++) {
    const middle = Math.sqrt(low) * Math.sqrt(high);
    if (!(middle > low && middle < high)) break;
    const atMiddle = at(middle);
    if (atMiddle.bought < target) {
      low = middle;
      atLow = atMiddle;
    } else {
      high = middle;
      atHigh = atMiddle;
    }
  }
  const gain = atHigh.bought - atLow.bought;
  return gain > 0 ? atLow.spend + ((target - atLow.bought) * (atHigh.spend - atLow.spend)) / gain : atHigh.spend;
}

/**
 * The smallest budget in whole cents whose ALLOCATE split buys at least `target` of `kind`: its
 * conversions, or its value (Σ value × conversions), both never falling as the budget grows.
 */
function budgetForTotal(target: number, kind: "conversions" | "value", lines: readonly AllocationLine[], a: Assumptions, lowest: number, highest: number): PortfolioPlan {
  const plans = new Map<number, PortfolioPlan>();
  const planOf = (cents: number) => {
    let plan = plans.get(cents);
    if (!plan) plans.set(cents, (plan = planAt(cents / 100, lines, a, ARG.target)));
    return plan;
  };
  const totalOf = (plan: PortfolioPlan) => (kind === "value" ? plan.value : plan.conversions);
  const reaches = (cents: number) => totalOf(planOf(cents)) >= target;
  const unreachable = () => {
    const most = planOf(highest);
    return new DomainError("TARGET_UNREACHABLE", { argument: ARG.target, key: kind, value: target, limit: totalOf(most), budget: highest / 100 });
  };
  // A first guess only (the search decides the cent): the lines priced per unit of value buy value as conversions.
  const estimate = toCents(estimateBudget(target, kind === "value" ? lines.map(pricedLine) : lines, a, highest / 100), "up");
  if (estimate <= lowest && reaches(lowest)) return planOf(lowest);
  const guess = Math.min(highest, Math.max(lowest + 1, estimate));
  // A bracket in cents: below it ALLOCATE's split misses the target, at its top it reaches it.
  let miss: number;
  let hit: number;
  if (reaches(guess)) {
    hit = guess;
    for (let step = 1; ; step *= 4) {
      const lower = Math.max(lowest, hit - step);
      if (!reaches(lower)) {
        miss = lower;
        break;
      }
      if (lower === lowest) return planOf(lowest);
      hit = lower;
    }
  } else {
    miss = guess;
    if (guess === highest) throw unreachable();
    for (let step = 1; ; step *= 4) {
      const higher = Math.min(highest, miss + step);
      if (reaches(higher)) {
        hit = higher;
        break;
      }
      if (higher === highest) throw unreachable();
      miss = higher;
    }
  }
  while (hit - miss > 1) {
    const middle = Math.floor((miss + hit) / 2);
    if (reaches(middle)) hit = middle;
    else miss = middle;
  }
  const plan = planOf(hit);
  // The promise: the target is met at this budget and missed one cent below it.
  if (!(totalOf(plan) >= target) || reaches(hit - 1)) throw new DomainError("SELF_CHECK_FAILED", { argument: ARG.target, key: "smallest budget that reaches the target" });
  return plan;
}
