import type { Assumptions } from "./assumptions";
import { checkAssumption, checkElasticities } from "./assumptions";
import { boughtAt, CurveInLogs, curveInLogs, spendAtLogPrice } from "./curve";
import { DomainError } from "./errors";
import { toCents } from "./numbers";
import { checkNumber, checkRule, curveSaturates, MONEY, PRICE } from "./rules";

/** One line the planner buys (seeding notes, search ads, store live…), with its own curve and bounds. */
export interface AllocationLine {
  name: string;
  baseCpa: number;
  cpmElasticity: number;
  cvrElasticity: number;
  minSpend: number;
  /** Infinity when the line has no upper bound. */
  maxSpend: number;
}

/** What holds a line where ALLOCATE puts it; "" when nothing does (its marginal CPA is the common one). */
export type BoundLabel = "min" | "max" | "floor" | "";

export interface LineAllocation {
  spend: number;
  share: number;
  conversions: number;
  /** What the next conversion on this line costs at its spend. */
  marginalCpa: number;
  /**
   * What holds the line where it is: its minimum or maximum (its equal-return spend lies beyond
   * it), or `floor`: it waits at floor_spend, where its marginal CPA jumps past the common price.
   */
  bound: BoundLabel;
}

/** A line's own curve: the assumptions with its elasticities. */
export function lineCurve(line: AllocationLine, a: Assumptions): Assumptions {
  return { ...a, cpmElasticity: line.cpmElasticity, cvrElasticity: line.cvrElasticity };
}

/**
 * A line's bounds in whole cents, rounded inward on the digits Excel shows (toCents): a minimum up,
 * a maximum down, so that any spend in whole cents between them keeps both. A minimum of 100.005 is
 * 100.01 and one of 0.001 is 0.01; a maximum of 99,999.995 is 99,999.99; 200,000.00000000003 (the
 * residue of a subtraction in a sheet) is 200,000. The one cents rule for bounds: ALLOCATE,
 * REQUIREDBUDGET, SWEEP and FLIGHTPLAN all read a line's bounds through it.
 *
 * @example boundsInCents({ minSpend: 100.005, maxSpend: 99999.995 }) // { minCents: 10001, maxCents: 9999999 }
 */
export function boundsInCents(line: Pick<AllocationLine, "minSpend" | "maxSpend">): { minCents: number; maxCents: number } {
  return { minCents: toCents(line.minSpend, "up"), maxCents: toCents(line.maxSpend, "down") };
}

/** An amount of money from 0 to 10 trillion. @throws DomainError NOT_A_NUMBER, NEGATIVE, TOO_LARGE */
function spendBound(value: number, argument: string): number {
  return checkNumber(MONEY, value, argument);
}

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

/**
 * Checks one line with the rules the assumptions table uses (one rule for both doors) and the
 * line's own bounds, in whole cents; ALLOCATE and everything built on it (checkLines) alike.
 * @throws DomainError NOT_POSITIVE, ASSUMPTION_OUT_OF_RANGE, LINE_DOES_NOT_SATURATE, NEGATIVE, TOO_LARGE, MIN_ABOVE_MAX (naming the argument and the line)
 */
export function checkLine(line: AllocationLine): { minCents: number; maxCents: number } {
  const name = line.name;
  const { cpmElasticity: e, cvrElasticity: g } = line;
  checkRule(PRICE, line.baseCpa, "baseCPA");
  checkAssumption("cpm_elasticity", e, "cpmElasticity", name);
  checkAssumption("cvr_elasticity", g, "cvrElasticity", name);
  checkElasticities(e, g, "cvrElasticity", name);
  if (!curveSaturates(e, g)) throw new DomainError("LINE_DOES_NOT_SATURATE", { argument: "cpmElasticity", key: name });
  spendBound(line.minSpend, "minSpend");
  if (line.maxSpend !== Infinity) spendBound(line.maxSpend, "maxSpend");
  const { minCents, maxCents } = boundsInCents(line);
  if (minCents > maxCents) {
    throw new DomainError("MIN_ABOVE_MAX", { argument: "minSpend", key: name, value: line.minSpend, limit: line.maxSpend });
  }
  return { minCents, maxCents };
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
    return { curve: curveInLogs(line.baseCpa, own), minCents, maxCents, capCents: maxCents, own };
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
 * @example allocateBudget(100000, [lineA, lineB], DEFAULT_ASSUMPTIONS)
 * @throws DomainError INFEASIBLE_BOUNDS when the minimums exceed the budget or the maximums fall
 *   short of it (in whole cents); MIN_ABOVE_MAX for a line whose minimum is above its maximum;
 *   LINE_DOES_NOT_SATURATE for a line whose marginal CPA never rises; ASSUMPTION_OUT_OF_RANGE for
 *   elasticities the assumptions table would refuse; ALLOCATION_FAILED if the answer fails its check
 */
export function allocateBudget(budget: number, lines: readonly AllocationLine[], a: Assumptions): LineAllocation[] {
  spendBound(budget, "budget");
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
  if (totalMin > budgetCents) throw new DomainError("INFEASIBLE_BOUNDS", { argument: "minSpend", value: totalMin / 100, limit: budget });
  if (totalMax < budgetCents) throw new DomainError("INFEASIBLE_BOUNDS", { argument: "maxSpend", value: totalMax / 100, limit: budget });

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
      if (i > 200) throw new DomainError("ALLOCATION_FAILED", { argument: "budget" });
      high += step;
    }
    low = high;
    for (let step = 1, i = 0; at(low) >= budgetCents; step *= 2, i++) {
      if (i > 200) throw new DomainError("ALLOCATION_FAILED", { argument: "budget" });
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
    return {
      spend,
      share: budgetCents > 0 ? c / budgetCents : 0,
      ...boughtAt(spend, line.baseCpa, curve),
      bound,
    };
  });
  return { split, low, high };
}

/**
 * The two adjacent doubles `low` < `high` with at(low) < budget ≤ at(high), found from ln prices
 * near them (`guesses`): the bracket ALLOCATE's bisection ends on, since the total never falls as
 * the price rises. Regula falsi (Illinois) on the total, a halving whenever two steps of it did not
 * halve the bracket; undefined where the guesses do not bracket the budget within a few dozen steps.
 */
function crossing(at: (lnPrice: number) => number, budgetCents: number, guesses: readonly number[], lines: readonly PreparedLine[], reach: number): [number, number] | undefined {
  let low = -Infinity;
  let high = Infinity;
  let fLow = NaN;
  let fHigh = NaN;
  // Below is where the total does not reach the budget, as in ALLOCATE's bisection (NaN included).
  const look = (x: number) => {
    const total = at(x);
    const f = total - budgetCents;
    if (!(total >= budgetCents)) {
      if (x > low) [low, fLow] = [x, f];
      return -1;
    }
    if (x < high) [high, fHigh] = [x, f];
    return 1;
  };
  for (const x of guesses) if (Number.isFinite(x)) look(x);
  if (low === -Infinity && high === Infinity) return undefined;
  // Widen from the end that holds, by steps that grow fourfold.
  for (let step = reach, i = 0; low === -Infinity || high === Infinity; step *= 4, i++) {
    if (i > 40) return undefined;
    look(low === -Infinity ? high - step : low + step);
  }
  if (!(low < high)) return undefined;
  // The total jumps where a line's spend jumps from 0 to its floor, at its flat price (lnFlat), and
  // is continuous between: look at the jumps inside the bracket (halving their list), and at the
  // double below one that ends it, so that what is left is a continuous stretch or the answer.
  for (let i = 0; i < 64; i++) {
    const inside: number[] = [];
    for (const { curve } of lines) if (curve.lnFlat > low && curve.lnFlat < high) inside.push(curve.lnFlat);
    if (inside.length === 0) break;
    inside.sort((x, y) => x - y);
    look(inside[inside.length >> 1]);
  }
  if (lines.some(({ curve }) => curve.lnFlat === high)) look(nextDown(high));
  // A step of regula falsi keeps `gap` from either end: where the total is flat to a double's
  // digits the straight line puts the next price on the end it came from, a hair further each
  // time; the gap grows fourfold while the same end moves, so the other end comes in a few steps.
  let side = 0;
  let streak = 0;
  let width = high - low;
  for (let i = 0, slow = 0; i < 400; i++) {
    const middle = low + (high - low) / 2;
    if (!(middle > low && middle < high)) return [low, high];
    const gap = Math.max(Math.abs(low), Math.abs(high)) * Number.EPSILON * 4 ** streak;
    let x = slow >= 2 || high - low <= 4 * gap ? middle : low - (fLow * (high - low)) / (fHigh - fLow);
    x = Math.min(Math.max(x, low + gap), high - gap);
    if (!(x > low && x < high)) x = middle;
    const moved = look(x);
    if (moved === side) {
      // The same end moved twice running: Illinois halves the other end's value.
      if (side < 0) fHigh /= 2;
      else fLow /= 2;
      streak++;
    } else streak = 0;
    side = moved;
    if (x === middle || high - low <= width / 2) [slow, width] = [0, high - low];
    else slow++;
  }
  return undefined;
}

/**
 * The top of the stretch of ln prices, from `bottom` up, over which the lines take exactly the
 * budget: `fallback` (the bracket's lower end) when the total rises past the budget at once.
 */
function topOfStretch(at: (lnPrice: number) => number, bottom: number, budgetCents: number, fallback: number): number {
  if (at(bottom) !== budgetCents) return fallback;
  let low = bottom;
  let high = bottom;
  for (let step = 1, i = 0; at(high) <= budgetCents; step *= 2, i++) {
    if (i > 200) return low;
    low = high;
    high += step;
  }
  for (let i = 0; i < 2000; i++) {
    const middle = low + (high - low) / 2;
    if (!(middle > low && middle < high)) break;
    if (at(middle) <= budgetCents) low = middle;
    else high = middle;
  }
  return low;
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
  const lnBase = Math.log1p(-k) - curve.shift;
  const from = cents / 100;
  const lnConversions = (s: number) => (1 - k) * Math.log(s) + k * curve.lnRef - lnBase;
  const lnPowerStep = (s: number, step: number) => lnConversions(s) + Math.log(Math.expm1((1 - k) * Math.log1p(step / s)));
  // The cent's part below the floor, in cents: from − floor in yuan would lose the cent's digits
  // on a floor near 10 trillion.
  const belowFloor = floor * 100 - cents;
  if (belowFloor >= 1) return Math.log(0.01) - lnFlat;
  if (from === 0 && floor === 0) return lnConversions(0.01);
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
function wholeCents(budgetCents: number, spends: readonly number[], lines: readonly PreparedLine[]): number[] {
  const cents = spends.map((s, i) => Math.min(lines[i].capCents, Math.max(lines[i].minCents, Math.floor(s) - 1)));
  let left = budgetCents - cents.reduce((sum, c) => sum + c, 0);
  if (left < 0 || left > 2 * lines.length + 16) throw new DomainError("ALLOCATION_FAILED", { argument: "budget" });
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
    if (heap.length === 0) throw new DomainError("ALLOCATION_FAILED", { argument: "budget" });
    const [last, i] = pop();
    cents[i] += 1;
    given[i] += 1;
    if (cents[i] < lines[i].capCents) push([gain(i, last), i]);
  }
  return cents;
}

/**
 * ALLOCATE's promises, checked on its own answer: whole cents, none negative, each within its
 * line's bounds (in cents), adding up to the budget in cents. A failed check is an error, never a
 * wrong number.
 *
 * @example checkAllocation(10000, [5000, 5000], [{ minCents: 0, maxCents: Infinity }, { minCents: 0, maxCents: 5000 }]) // passes
 * @throws DomainError ALLOCATION_FAILED
 */
export function checkAllocation(budgetCents: number, cents: readonly number[], lines: readonly { minCents: number; maxCents: number }[]): void {
  if (cents.length !== lines.length) throw new DomainError("ALLOCATION_FAILED", { argument: "budget" });
  let sum = 0;
  cents.forEach((c, i) => {
    if (!Number.isSafeInteger(c) || c < 0 || c < lines[i].minCents || c > lines[i].maxCents) {
      throw new DomainError("ALLOCATION_FAILED", { argument: "budget" });
    }
    sum += c;
  });
  if (sum !== budgetCents) throw new DomainError("ALLOCATION_FAILED", { argument: "budget" });
}

const bits = new Float64Array(1);
const halves = new Uint32Array(bits.buffer);
const LOW = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1 ? 0 : 1;

/** The double just below a finite x: its bits one step towards −Infinity. */
function nextDown(x: number): number {
  if (x === 0) return -Number.MIN_VALUE;
  bits[0] = x;
  const [lo, hi] = [LOW, 1 - LOW];
  if (x > 0) {
    if (halves[lo] === 0) halves[hi] -= 1;
    halves[lo] -= 1;
  } else {
    if (halves[lo] === 0xffffffff) halves[hi] += 1;
    halves[lo] += 1;
  }
  return bits[0];
}
