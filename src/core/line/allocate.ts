/*
 * ALLOCATE (DOMAIN §7): the split of a budget across lines at one common marginal price, found by a
 * monotone search on the price and handed out in whole cents. The lines themselves, their checks
 * and their pricing by value live in allocation-lines.ts (re-exported here).
 */
import type { Assumptions } from "../maths/assumptions";
import { AllocationLine, BoundLabel, checkLine, LineAllocation, lineCurve, pricedBaseCpa, spendBound } from "./allocation-lines";
import { boughtAt, CurveInLogs, curveInLogs, spendAtLogPrice } from "../maths/curve";
import { DomainError } from "../maths/errors";
import { toCents } from "../maths/numbers";
import { crossing, topOfStretch } from "./price-search";
import { checkAllocation, wholeCents } from "./whole-cents";
import { ARG } from "../words/arguments";

export * from "./allocation-lines";

/** A line checked and put in the form the search uses: logarithms of its curve, bounds in cents. */
interface PreparedLine {
  curve: CurveInLogs;
  minCents: number;
  maxCents: number;
  /** maxCents, or the budget when that is less: no line takes more than all of it (set for each budget). */
  capCents: number;
  /** The line's own curve (lineCurve). */
  own: Assumptions;
}

/** A line checked (checkLine) and put in the form the search uses: its curve, in logarithms, and bounds in cents. */
export type LineInLogs = PreparedLine;

/**
 * The lines checked (checkLine, in order) and put in the form ALLOCATE's search uses: worked out
 * once for every budget of a sweep.
 * @throws as checkLine
 */
export function linesInLogs(lines: readonly AllocationLine[], a: Assumptions): LineInLogs[] {
  return lines.map((line) => {
    const { minCents, maxCents } = checkLine(line);
    const own = lineCurve(line, a);
    // Priced per unit of value (pricedBaseCpa): the one change a value makes to the search.
    return { curve: curveInLogs(pricedBaseCpa(line), own), minCents, maxCents, capCents: maxCents, own };
  });
}

/**
 * The most a line would spend, in cents, if the next conversion may cost up to e^lnPrice: the
 * curve's own inverse (spendAtLogPrice, the kink rule of inPowerRegion), so a line whose k is tiny
 * gives 0, its floor or an enormous spend — the k → 0 limit is a step at its base CPA — never NaN.
 */
function freeCents(line: PreparedLine, lnPrice: number): number {
  return spendAtLogPrice(line.curve, lnPrice) * 100;
}

function clampedCents(line: PreparedLine, free: number): number {
  return free < line.minCents ? line.minCents : free > line.capCents ? line.capCents : free;
}

/** Total cents all lines take at a price (each within its bounds). */
function totalCents(lines: readonly PreparedLine[], lnPrice: number): number {
  let sum = 0;
  for (const line of lines) sum += clampedCents(line, freeCents(line, lnPrice));
  return sum;
}

/**
 * Splits a budget across lines so that the next yuan buys the same on every line: each line's
 * marginal CPA equals one price λ, except where a line's bound holds it (DOMAIN §7). λ is found by
 * bisection on ln λ — the spend each line takes at a price never falls as the price rises — to the
 * last bit of a double; lines whose spend jumps between the two ends of the bracket (a flat stretch
 * below the floor, a nearly flat curve) share what is left in proportion to their jumps. The
 * spends are then handed out in whole cents that add up to the budget in cents, and the answer is
 * checked — sum, bounds, never negative — before it is returned.
 *
 * Bounds are kept in whole cents, rounded inward: a minimum of 50.005 is 50.01, a maximum of
 * 49.995 is 49.99, so the cents always meet both bounds and the budget, or the call is refused.
 *
 * Budget by value (DOMAIN §9): where lines carry a `value` per conversion the split maximises
 * Σ value × conversions instead, and is ALLOCATE's split of the same lines with base CPA ÷ value
 * (pricedLine) to the cent — one optimiser, not two: every line off its bounds then has the same
 * marginal ROI (value ÷ marginal CPA). Each row still shows the line's own conversions and marginal
 * CPA, with its value and marginal ROI beside them. A line without a value counts 1.
 *
 * @example allocateBudget(100000, [lineA, lineB], DEFAULT_ASSUMPTIONS)
 * @example allocateBudget(100000, [{ ...lineA, value: 600 }, { ...lineB, value: 200 }], a) // = allocateBudget(100000, [pricedLine(…), pricedLine(…)], a) in spends
 * @throws DomainError INFEASIBLE_BOUNDS when the minimums exceed the budget or the maximums fall
 *   short of it (in whole cents); MIN_ABOVE_MAX for a line whose minimum is above its maximum;
 *   LINE_DOES_NOT_SATURATE for a line whose marginal CPA never rises; ASSUMPTION_OUT_OF_RANGE for
 *   elasticities the assumptions table would refuse; NOT_POSITIVE, TOO_LARGE for a value out of
 *   its rule; ALLOCATION_FAILED if the answer fails its check
 */
export function allocateBudget(budget: number, lines: readonly AllocationLine[], a: Assumptions): LineAllocation[] {
  spendBound(budget, ARG.budget);
  return allocateInLogs(budget, lines, a, linesInLogs(lines, a)).split;
}

/**
 * ALLOCATE (allocateBudget) over lines already checked and in logs (linesInLogs), with the bracket
 * of ln prices its search ended on. `guesses`, ln prices near the common one (a neighbouring
 * budget's bracket), start a quicker search; it ends on the same bracket as the bisection from
 * ALLOCATE's own start — the two adjacent doubles across which the total the lines take (never
 * falling as the price rises) reaches the budget — so the split is ALLOCATE's to the cent whatever
 * the guesses (and `reach`, the first step out from them when they lie on one side); where they do not lead there, ALLOCATE's own search runs. With `labels` false every
 * line's bound is left "" (not worked out): a caller that shows none (SWEEP) is spared the search
 * for the top of a stretch of prices that only the labels read.
 * @throws DomainError as allocateBudget, but for the checks of the budget and lines
 */
export function allocateInLogs(
  budget: number,
  lines: readonly AllocationLine[],
  a: Assumptions,
  inLogs: LineInLogs[],
  guesses: readonly number[] = [],
  labels = true,
  reach = 1 / 64,
): { split: LineAllocation[]; low: number; high: number } {
  const budgetCents = toCents(budget);
  // Each budget sets the lines' caps (the lines in logs are the caller's, one budget at a time).
  const prepared = inLogs;
  for (const l of prepared) l.capCents = Math.min(l.maxCents, budgetCents);
  let totalMin = 0;
  let totalMax = 0;
  for (const l of prepared) {
    totalMin += l.minCents;
    totalMax += l.maxCents;
  }
  if (totalMin > budgetCents) throw new DomainError("INFEASIBLE_BOUNDS", { argument: ARG.minSpend, value: totalMin / 100, limit: budget });
  if (totalMax < budgetCents) throw new DomainError("INFEASIBLE_BOUNDS", { argument: ARG.maxSpend, value: totalMax / 100, limit: budget });

  const at = (lnPrice: number) => totalCents(prepared, lnPrice);
  // Bracket ln λ: below it the lines take less than the budget, at the top all of it.
  // A loop, not Math.max(...lines): spreading 126,000 lines onto the stack overflows it (issue 22).
  let high = prepared.reduce((top, { curve }) => Math.max(top, curve.lnFlat > -Infinity ? curve.lnFlat : -curve.shift), -Infinity);
  let low = high;
  const pinned = totalMin === budgetCents || totalMax === budgetCents;
  const warm = pinned || guesses.length === 0 ? undefined : crossing(at, budgetCents, guesses, prepared, reach);
  if (warm) [low, high] = warm;
  else if (!pinned) {
    for (let step = 1, i = 0; at(high) < budgetCents; step *= 2, i++) {
      if (i > 200) throw new DomainError("ALLOCATION_FAILED", { argument: ARG.budget });
      high += step;
    }
    low = high;
    for (let step = 1, i = 0; at(low) >= budgetCents; step *= 2, i++) {
      if (i > 200) throw new DomainError("ALLOCATION_FAILED", { argument: ARG.budget });
      low -= step;
    }
    for (let i = 0; i < 2000; i++) {
      const middle = low + (high - low) / 2;
      if (!(middle > low && middle < high)) break;
      if (at(middle) >= budgetCents) high = middle;
      else low = middle;
    }
  }
  const freeLow = prepared.map((l) => freeCents(l, low));
  const freeHigh = prepared.map((l) => freeCents(l, high));
  // A line at its maximum is held there when some price that gives this split would have it take
  // more. Where every line rests on a bound or the floor the total stays at the budget over a
  // stretch of prices, and the bisection stops at its bottom: look at its top.
  // One price for every line (worked out once: inside the map it cost a pass over all lines per line).
  // Only the labels read the top of the stretch: a caller that shows no labels is spared its search.
  const top = pinned || !labels ? low : topOfStretch(at, high, budgetCents, low);
  const freeTop = pinned || top === low ? freeLow : prepared.map((l) => freeCents(l, top));
  let continuous: number[];
  if (totalMin === budgetCents) continuous = prepared.map((l) => l.minCents);
  else if (totalMax === budgetCents) continuous = prepared.map((l) => l.maxCents);
  else {
    const below = prepared.map((l, i) => clampedCents(l, freeLow[i]));
    const above = prepared.map((l, i) => clampedCents(l, freeHigh[i]));
    const sumBelow = below.reduce((sum, c) => sum + c, 0);
    const sumAbove = above.reduce((sum, c) => sum + c, 0);
    const t = sumAbove > sumBelow ? (budgetCents - sumBelow) / (sumAbove - sumBelow) : 1;
    continuous = below.map((c, i) => c + (above[i] - c) * t);
  }
  const cents = wholeCents(budgetCents, continuous, prepared);
  checkAllocation(budgetCents, cents, prepared);

  const split = lines.map((line, i): LineAllocation => {
    const c = cents[i];
    const spend = c / 100;
    const curve = prepared[i].own;
    const l = prepared[i];
    // A budget equal to the minimums (or maximums) leaves nothing to share: every line sits at that
    // bound, and the bracket prices say nothing. Otherwise a bound holds a line whose equal-return
    // spend lies beyond it.
    // A line waits at the floor when the common price lies inside its jump at both ends of the
    // bracket (spendAtLogPrice gives the floor itself only there).
    const floorCents = a.floorSpend * 100;
    const bound: BoundLabel =
      !labels ? ""
      : totalMin === budgetCents ? "min"
      : totalMax === budgetCents ? "max"
      : c === l.minCents && freeHigh[i] < l.minCents ? "min"
      : c === l.maxCents && freeTop[i] > l.maxCents ? "max"
      : floorCents > 0 && freeLow[i] === floorCents && freeHigh[i] === floorCents ? "floor"
      : "";
    const bought = boughtAt(spend, line.baseCpa, curve);
    const value = line.value ?? 1;
    return {
      spend,
      share: budgetCents > 0 ? c / budgetCents : 0,
      ...bought,
      value,
      valueWon: value * bought.conversions,
      marginalRoi: value / bought.marginalCpa,
      bound,
    };
  });
  return { split, low, high };
}
