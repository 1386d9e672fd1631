/*
 * ALLOCATE's search for the common price, beyond its own bisection: the bracket found again from a
 * neighbouring budget's (crossing, SWEEP's shared work) and the top of a stretch of prices over which
 * the lines take exactly the budget (topOfStretch, for the bound labels).
 */
import type { CurveInLogs } from "../maths/curve";

/**
 * The two adjacent doubles `low` < `high` with at(low) < budget ≤ at(high), found from ln prices
 * near them (`guesses`): the bracket ALLOCATE's bisection ends on, since the total never falls as
 * the price rises. Regula falsi (Illinois) on the total, a halving whenever two steps of it did not
 * halve the bracket; undefined where the guesses do not bracket the budget within a few dozen steps.
 */
export function crossing(at: (lnPrice: number) => number, budgetCents: number, guesses: readonly number[], lines: readonly { curve: CurveInLogs }[], reach: number): [number, number] | undefined {
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
export function topOfStretch(at: (lnPrice: number) => number, bottom: number, budgetCents: number, fallback: number): number {
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
