import type { Assumptions } from "./assumptions";
import { AllocationLine, checkLine, LineAllocation } from "./allocate";
import { costPerConversion, marginalCpa } from "./curve";
import { DomainError } from "./errors";
import { toCents } from "./numbers";

/*
 * What REQUIREDBUDGET, SWEEP and FLIGHTPLAN share on top of ALLOCATE (DOMAIN §7): the lines
 * checked once, the spend each line takes at a common marginal price, the price of a split, and
 * the check every answer passes before it is returned.
 */

/** A line's own curve: the assumptions with its elasticities. */
export function lineCurve(line: AllocationLine, a: Assumptions): Assumptions {
  return { ...a, cpmElasticity: line.cpmElasticity, cvrElasticity: line.cvrElasticity };
}

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
 * The spend a line takes when the next conversion may cost up to `price`: the largest spend whose
 * marginal CPA (from the left) is ≤ price, within its bounds. Below the floor the marginal CPA is
 * flat, and it jumps at the floor, so the line sits at the floor for a whole range of prices.
 * Worked in logarithms: with k near 0 the power 1/k is huge, and a·b^(1/k) computed in two
 * parts underflows to 0 × ∞.
 */
export function lineSpendAtPrice(line: AllocationLine, price: number, a: Assumptions): number {
  const k = line.cpmElasticity - line.cvrElasticity;
  const flat = costPerConversion(a.floorSpend, line.baseCpa, lineCurve(line, a));
  let free: number;
  if (price < flat) free = 0;
  else {
    const power = a.refSpend * Math.exp((Math.log(price) + Math.log1p(-k) - Math.log(line.baseCpa)) / k);
    free = power > a.floorSpend ? power : a.floorSpend;
  }
  return Math.min(line.maxSpend, Math.max(line.minSpend, free));
}

/** The marginal CPA of the last yuan a line spent: flat up to the floor, the power law above it. */
export function leftMarginalCpa(line: AllocationLine, spend: number, a: Assumptions): number {
  const curve = lineCurve(line, a);
  return spend <= a.floorSpend ? costPerConversion(a.floorSpend, line.baseCpa, curve) : marginalCpa(spend, line.baseCpa, curve);
}

/**
 * The common marginal CPA of a split: what the dearest yuan chosen above the minimums bought
 * (every line not held there sits at this price or below it, at a bound or the floor's jump).
 * When every line rests on its minimum, what the next conversion would cost on the cheapest line
 * that can take more; when every line is also at its maximum, the dearest line's marginal CPA.
 */
export function splitMarginalCpa(lines: readonly AllocationLine[], spends: readonly number[], a: Assumptions): number {
  let chosen = -Infinity;
  let next = Infinity;
  let pinned = 0;
  lines.forEach((line, i) => {
    const s = spends[i];
    if (s > line.minSpend + 0.005) chosen = Math.max(chosen, leftMarginalCpa(line, s, a));
    const right = marginalCpa(s, line.baseCpa, lineCurve(line, a));
    if (s < line.maxSpend - 0.005) next = Math.min(next, right);
    pinned = Math.max(pinned, right);
  });
  return chosen > -Infinity ? chosen : next < Infinity ? next : pinned;
}

/** The smallest and largest budgets, in cents, that the bounds allow (the largest capped at `cap`). */
export function budgetRangeInCents(lines: readonly AllocationLine[], cap: number): { lowest: number; highest: number } {
  let lowest = 0;
  let highest = 0;
  for (const line of lines) {
    lowest += Math.ceil(line.minSpend * 100 - 1e-6);
    highest += Number.isFinite(line.maxSpend) ? Math.floor(line.maxSpend * 100 + 1e-6) : Infinity;
  }
  return { lowest, highest: Math.min(highest, Math.round(cap * 100)) };
}

function refuse(argument: string, what: string): never {
  throw new DomainError("SELF_CHECK_FAILED", { argument, key: what });
}

/**
 * The promises of every split returned: one spend per line, each in whole cents, within its
 * bounds (to the cent), adding up to the budget in cents exactly, with finite conversions and
 * marginal CPAs — and optimal to the cent: no cent moved from one line to another buys more.
 * Each spend is within a cent of the optimum at the common price λ, so the last cent a line could
 * give back cost at most λ and the next cent any line could take costs at least λ.
 * Anything else is refused rather than shown.
 * @throws DomainError SELF_CHECK_FAILED naming what broke
 */
export function checkSplit(budget: number, lines: readonly AllocationLine[], split: readonly LineAllocation[], a: Assumptions, argument = "budget"): void {
  if (split.length !== lines.length) refuse(argument, "one spend per line");
  let cents = 0;
  let dearestGivenBack = 0;
  let cheapestTaken = Infinity;
  split.forEach((r, i) => {
    const s = r.spend;
    const line = lines[i];
    if (!(s >= 0) || Math.round(s * 100) / 100 !== s) refuse(argument, "spends in whole cents");
    if (s < line.minSpend - 0.005 || s > line.maxSpend + 0.005) refuse(argument, "bounds hold");
    if (!(r.conversions >= 0 && r.conversions < Infinity && r.marginalCpa >= 0 && r.marginalCpa < Infinity)) refuse(argument, "finite results");
    cents += Math.round(s * 100);
    if (s - 0.01 >= line.minSpend) dearestGivenBack = Math.max(dearestGivenBack, leftMarginalCpa(line, s - 0.01, a));
    if (s + 0.01 <= line.maxSpend) cheapestTaken = Math.min(cheapestTaken, marginalCpa(s + 0.01, line.baseCpa, lineCurve(line, a)));
  });
  if (cents !== toCents(budget)) refuse(argument, "spends add up to the budget");
  if (!(dearestGivenBack <= cheapestTaken * (1 + 1e-9))) refuse(argument, "equal marginal CPA");
}

/** Conversions of a split: the sum over its lines, as ALLOCATE's conversions column shows them. */
export function splitConversions(split: readonly LineAllocation[]): number {
  return split.reduce((sum, r) => sum + r.conversions, 0);
}
