import type { Assumptions } from "../maths/assumptions";
import { AllocationLine, boundsInCents, checkLine, LineAllocation, lineCurve, pricedLine } from "./allocate";
import { costPerConversion, curveInLogs, marginalCpa, spendAtLogPrice } from "../maths/curve";
import { DomainError } from "../maths/errors";
import { largestWhere, toCents } from "../maths/numbers";
import { checkAllocation } from "./whole-cents";
import { ARG } from "../words/arguments";

export { largestWhere } from "../maths/numbers";

/*
 * What REQUIREDBUDGET, SWEEP and FLIGHTPLAN share on top of ALLOCATE (DOMAIN §7): the lines
 * checked once, the spend each line takes at a common marginal price, the price of a split, and
 * the check every answer passes before it is returned.
 */

/**
 * Refuses lines no split can be found for, by ALLOCATE's own rules (checkLine): a base CPA of 0 or
 * less, elasticities the assumptions table would refuse (1 − e + g must stay positive), a curve
 * that never gets dearer (k = e − g ≤ 0), bounds that are not money, or a minimum above its maximum
 * in whole cents.
 * @throws DomainError NOT_POSITIVE, ASSUMPTION_OUT_OF_RANGE, LINE_DOES_NOT_SATURATE, NEGATIVE, TOO_LARGE, MIN_ABOVE_MAX (naming the line)
 */
export function checkLines(lines: readonly AllocationLine[]): void {
  for (const line of lines) checkLine(line);
}

/**
 * The cents a line takes when the next conversion may cost up to `price`: the largest whole cent
 * within its bounds (boundsInCents, capped at `limit`) whose last yuan cost at most `price` (the
 * marginal CPA from the left, as BUDGETCAP judges it), or its minimum when even the first cent above
 * that costs more. Below the floor the marginal CPA is flat and it jumps at the floor, so the line
 * sits at the floor for a whole range of prices. The curve's one inverse (spendAtLogPrice, in
 * logarithms: with k near 0 the power 1/k is huge) gives a first guess, off by rounding amplified
 * by 1/k — a few cents at trillions; the marginal CPA itself then decides the cent, searching out
 * from the guess, so a cap that is a whole cent (a floor of 20,100.01, a maximum of 10,000.05) is
 * that cent, never one short.
 */
export function lineCentsAtPrice(line: AllocationLine, price: number, a: Assumptions, limit: number): number {
  const { minCents, maxCents } = boundsInCents(line);
  const free = spendAtLogPrice(curveInLogs(line.baseCpa, lineCurve(line, a)), Math.log(price));
  const top = Math.min(maxCents, limit);
  const guess = Math.min(toCents(free, "down"), top);
  return largestWhere((cents) => cents === minCents || leftMarginalCpa(line, cents / 100, a) <= price, guess, minCents, top);
}

/**
 * What a caller may already know of each line (a sweep's lines in logs): its bounds in cents
 * (boundsInCents) and its own curve (lineCurve) — the same numbers, not worked out again.
 */
export type KnownLines = readonly { minCents: number; maxCents: number; own: Assumptions }[];

/** The marginal CPA of the last yuan a line spent: flat up to the floor, the power law above it. */
export function leftMarginalCpa(line: AllocationLine, spend: number, a: Assumptions, curve = lineCurve(line, a)): number {
  return spend <= a.floorSpend ? costPerConversion(a.floorSpend, line.baseCpa, curve) : marginalCpa(spend, line.baseCpa, curve);
}

/**
 * The common marginal CPA of a split: what the dearest yuan chosen above the minimums bought
 * (every line not held there sits at this price or below it, at a bound or the floor's jump).
 * When every line rests on its minimum, what the next conversion would cost on the cheapest line
 * that can take more; when every line is also at its maximum, the dearest line's marginal CPA.
 * Lines with a value are read as the optimiser prices them (pricedLine): the price is then the
 * marginal cost of one unit of value, marginal CPA ÷ value, whose inverse is the common marginal
 * ROI; with no values it is the marginal CPA itself.
 */
export function splitMarginalCpa(lines: readonly AllocationLine[], spends: readonly number[], a: Assumptions, known?: KnownLines, split?: readonly LineAllocation[]): number {
  let chosen = -Infinity;
  let next = Infinity;
  let pinned = 0;
  lines.forEach((valued, i) => {
    const line = pricedLine(valued);
    const s = spends[i];
    // Above or below a bound in whole cents, by the bounds' one rule (boundsInCents): a minimum of
    // 100.005 is 100.01, so a line at 100.01 rests on it and its marginal CPA is not a chosen one.
    const { minCents, maxCents } = known?.[i] ?? boundsInCents(line);
    const curve = known?.[i].own ?? lineCurve(line, a);
    const c = toCents(s);
    // The split's own marginal CPA at the spend, where the split is at hand: the same number.
    const right = (valued.value === undefined ? split?.[i].marginalCpa : undefined) ?? marginalCpa(s, line.baseCpa, curve);
    // Above the floor the last yuan's marginal CPA is the one at the spend.
    if (c > minCents) chosen = Math.max(chosen, s > a.floorSpend ? right : leftMarginalCpa(line, s, a, curve));
    if (c < maxCents) next = Math.min(next, right);
    pinned = Math.max(pinned, right);
  });
  return chosen > -Infinity ? chosen : next < Infinity ? next : pinned;
}

/**
 * The smallest and largest budgets, in cents, that the bounds allow (the largest capped at `cap`),
 * by the bounds' one rule (boundsInCents), so that ALLOCATE can split every budget in between.
 */
export function budgetRangeInCents(lines: readonly AllocationLine[], cap: number): { lowest: number; highest: number } {
  let lowest = 0;
  let highest = 0;
  for (const line of lines) {
    const { minCents, maxCents } = boundsInCents(line);
    lowest += minCents;
    highest += maxCents;
  }
  return { lowest, highest: Math.min(highest, toCents(cap)) };
}

/**
 * How far the dearest cent a line could give back may lie above the cheapest cent another could
 * take before a split is refused as not optimal: the marginal CPAs are doubles computed by two paths
 * (left and right of a cent), so they may differ by a few units in the last place when equal in exact
 * arithmetic; one part in a billion is far above that and far below a cent's effect on any price.
 */
const OPTIMALITY_SLACK = 1e-9;

function refuse(argument: string, what: string): never {
  throw new DomainError("SELF_CHECK_FAILED", { argument, key: what });
}

/**
 * The promises of every split returned (the lines' bounds and curves from `known` where given): one spend per line, each in whole cents, within its
 * bounds (to the cent), adding up to the budget in cents exactly (ALLOCATE's own check, checkAllocation), with finite conversions and
 * marginal CPAs — and optimal to the cent: no cent moved from one line to another buys more.
 * Each spend is within a cent of the optimum at the common price λ, so the last cent a line could
 * give back cost at most λ and the next cent any line could take costs at least λ.
 * Lines with a value are judged as the optimiser priced them (pricedLine): per unit of value.
 * Anything else is refused rather than shown.
 * @throws DomainError SELF_CHECK_FAILED naming what broke
 */
export function checkSplit(budget: number, lines: readonly AllocationLine[], split: readonly LineAllocation[], a: Assumptions, argument: string = ARG.budget, known?: KnownLines): void {
  const bounds = lines.map((line, i) => known?.[i] ?? boundsInCents(pricedLine(line)));
  // Whole cents, bounds and sum: ALLOCATE's own check (checkAllocation), a spend not in whole cents as NaN.
  const cents = split.map((r) => (r.spend >= 0 && toCents(r.spend) / 100 === r.spend ? toCents(r.spend) : NaN));
  checkAllocation(toCents(budget), cents, bounds, (what) => refuse(argument, what));
  let dearestGivenBack = 0;
  let cheapestTaken = Infinity;
  split.forEach((r, i) => {
    const line = pricedLine(lines[i]);
    const c = cents[i];
    const { minCents, maxCents } = bounds[i];
    const curve = known?.[i].own ?? lineCurve(line, a);
    if (!(r.conversions >= 0 && r.conversions < Infinity && r.marginalCpa >= 0 && r.marginalCpa < Infinity && r.marginalRoi >= 0)) refuse(argument, "finite results");
    if (c - 1 >= minCents) dearestGivenBack = Math.max(dearestGivenBack, leftMarginalCpa(line, (c - 1) / 100, a, curve));
    if (c + 1 <= maxCents) cheapestTaken = Math.min(cheapestTaken, marginalCpa((c + 1) / 100, line.baseCpa, curve));
  });
  if (!(dearestGivenBack <= cheapestTaken * (1 + OPTIMALITY_SLACK))) refuse(argument, "equal marginal CPA");
}

/** Conversions of a split: the sum over its lines, as ALLOCATE's conversions column shows them. */
export function splitConversions(split: readonly LineAllocation[]): number {
  return split.reduce((sum, r) => sum + r.conversions, 0);
}

/**
 * The value a split buys: Σ value × conversions over its lines (each line's value per conversion,
 * 1 where it has none, so with no values it is the conversions).
 */
export function splitValue(split: readonly LineAllocation[]): number {
  return split.reduce((sum, r) => sum + r.valueWon, 0);
}
