/*
 * ALLOCATE's split in whole cents: what one cent buys on a line, the hand-out of the last cents to
 * the lines whose next cent buys the most, and the check of the promises every split keeps.
 */
import { CurveInLogs, lnConversionsAt } from "../maths/curve";
import { DomainError } from "../maths/errors";
import { ARG } from "../words/arguments";

/** What the hand-out of cents needs of a line: its curve in logs, its least cents and its cap. */
export interface CentLine {
  curve: CurveInLogs;
  minCents: number;
  capCents: number;
}

/**
 * ln of the conversions one cent buys on a line that has spent `cents`: the cent from cents to
 * cents + 1. Below the floor a cent buys 0.01 / flat CPA; on the power law C(s) = s / CPA(s) grows
 * as s^(1 − k), so the cent buys C(s) · ((1 + 0.01/s)^(1 − k) − 1), worked with expm1/log1p so
 * that two cents' conversions keep the digits that tell them apart (a difference of two totals
 * near 10^4 conversions would not); a cent across the floor is its two pieces. In logarithms, so
 * base CPAs from 5e-324 to 10 trillion neither overflow nor underflow.
 */
export function lnCentConversions(curve: CurveInLogs, cents: number): number {
  const { k, floorSpend: floor, lnFlat } = curve;
  const from = cents / 100;
  const lnPowerStep = (s: number, step: number) => lnConversionsAt(curve, s) + Math.log(Math.expm1((1 - k) * Math.log1p(step / s)));
  // The cent's part below the floor, in cents: from − floor in yuan would lose the cent's digits
  // on a floor near 10 trillion.
  const belowFloor = floor * 100 - cents;
  if (belowFloor >= 1) return Math.log(0.01) - lnFlat;
  if (from === 0 && floor === 0) return lnConversionsAt(curve, 0.01);
  if (belowFloor <= 0) return lnPowerStep(from, 0.01);
  const flatPart = Math.log(belowFloor / 100) - lnFlat;
  const powerPart = lnPowerStep(floor, (1 - belowFloor) / 100);
  const high = Math.max(flatPart, powerPart);
  return high + Math.log1p(Math.exp(Math.min(flatPart, powerPart) - high));
}

/**
 * Whole cents that add up to the budget in cents exactly, each within its line's bounds, and the
 * best such cents: no cent moved from one line to another buys more conversions. Conversions are
 * concave in spend (the floor's jump only makes the next cent dearer), so the best whole cents
 * lie at or above one cent below the continuous optimum on every line (Hochbaum's proximity for
 * a sum of concave functions), and from there handing out the remaining cents one at a time, each
 * to the line whose next cent buys the most, is exact. The continuous spends are within float
 * error of the budget, so the cents left to hand out are about one per line: a count far beyond
 * that means the search went wrong, and the call is refused rather than answered.
 */
export function wholeCents(budgetCents: number, spends: readonly number[], lines: readonly CentLine[]): number[] {
  const cents = spends.map((s, i) => Math.min(lines[i].capCents, Math.max(lines[i].minCents, Math.floor(s) - 1)));
  let left = budgetCents - cents.reduce((sum, c) => sum + c, 0);
  if (left < 0 || left > 2 * lines.length + 16) throw new DomainError("ALLOCATION_FAILED", { argument: ARG.budget });
  // A line's next cent never buys more than its last (concave), also where the difference is
  // below a double's digits (k near 0 on a huge spend): tied lines then take turns.
  const gain = (i: number, last = Infinity) => Math.min(last, lnCentConversions(lines[i].curve, cents[i]));
  // A max-heap of the lines that can take a cent, by what their next cent buys; among equals (a
  // flat stretch below the floor, tied lines) the line given fewer cents so far, then the first.
  const given = lines.map(() => 0);
  const before = (x: [number, number], y: [number, number]) =>
    x[0] > y[0] || (x[0] === y[0] && (given[x[1]] < given[y[1]] || (given[x[1]] === given[y[1]] && x[1] < y[1])));
  const heap: [number, number][] = [];
  const push = (entry: [number, number]) => {
    let at = heap.push(entry) - 1;
    while (at > 0 && before(heap[at], heap[(at - 1) >> 1])) {
      [heap[at], heap[(at - 1) >> 1]] = [heap[(at - 1) >> 1], heap[at]];
      at = (at - 1) >> 1;
    }
  };
  const pop = (): [number, number] => {
    const top = heap[0];
    const last = heap.pop() as [number, number];
    if (heap.length > 0) {
      heap[0] = last;
      for (let at = 0; ; ) {
        const [l, r] = [2 * at + 1, 2 * at + 2];
        let best = at;
        if (l < heap.length && before(heap[l], heap[best])) best = l;
        if (r < heap.length && before(heap[r], heap[best])) best = r;
        if (best === at) break;
        [heap[at], heap[best]] = [heap[best], heap[at]];
        at = best;
      }
    }
    return top;
  };
  if (left > 0) cents.forEach((c, i) => c < lines[i].capCents && push([gain(i), i]));
  for (; left > 0; left--) {
    if (heap.length === 0) throw new DomainError("ALLOCATION_FAILED", { argument: ARG.budget });
    const [last, i] = pop();
    cents[i] += 1;
    given[i] += 1;
    if (cents[i] < lines[i].capCents) push([gain(i, last), i]);
  }
  return cents;
}

/** How a broken promise is refused: ALLOCATE's ALLOCATION_FAILED, or a caller's own (checkSplit's SELF_CHECK_FAILED). */
export type Refusal = (what: string) => never;

const allocationFailed: Refusal = () => {
  throw new DomainError("ALLOCATION_FAILED", { argument: ARG.budget });
};

/**
 * The promises every split in whole cents keeps, the one rule ALLOCATE checks its own answer with
 * and checkSplit checks REQUIREDBUDGET's, SWEEP's and FLIGHTPLAN's with: one amount per line, each
 * whole cents and none negative (NaN for a spend that is not whole cents), each within its line's
 * bounds in cents, adding up to the budget in cents. A failed check is an error, never a wrong
 * number: `refuse` is told what broke (ALLOCATION_FAILED by default).
 *
 * @example checkAllocation(10000, [5000, 5000], [{ minCents: 0, maxCents: Infinity }, { minCents: 0, maxCents: 5000 }]) // passes
 * @throws DomainError ALLOCATION_FAILED, or what `refuse` throws
 */
export function checkAllocation(budgetCents: number, cents: readonly number[], lines: readonly { minCents: number; maxCents: number }[], refuse: Refusal = allocationFailed): void {
  if (cents.length !== lines.length) refuse("one spend per line");
  let sum = 0;
  cents.forEach((c, i) => {
    if (!Number.isSafeInteger(c) || c < 0) refuse("spends in whole cents");
    if (c < lines[i].minCents || c > lines[i].maxCents) refuse("bounds hold");
    sum += c;
  });
  if (sum !== budgetCents) refuse("spends add up to the budget");
}
