import { DomainError } from "./errors";
import { readNumericText } from "./numeric-text";

/**
 * Largest amount of money we accept: 10 trillion. In fen/cents that is 1e15, still an exact
 * integer in a double (2^53 ≈ 9.007e15), so splits stay exact up to here.
 */
export const MAX_MONEY = 1e13;

/**
 * A number as Excel shows it: its 15 significant digits, exactly, as `digits × 10^exponent` with
 * `digits` a whole number below 10^15 (no trailing zeros) and the sign apart. 1.005 is the double
 * 1.00499999999999989…, but Excel shows 1.005, and so this gives { digits: 1005, exponent: −3 };
 * 200000.00000000003 (binary residue of a subtraction) shows as 200000.
 *
 * @example shownDecimal(225000000.05) // { negative: false, digits: 22500000005, exponent: -2 }
 */
export function shownDecimal(x: number): { negative: boolean; digits: number; exponent: number } {
  if (x === 0) return { negative: false, digits: 0, exponent: 0 };
  const magnitude = Math.abs(x);
  // Short decimals (0.7, 1.0025, 500000.05) directly: when magnitude × 10^k is a whole number below
  // 10^15, it lies within one rounding (2^-53 of itself) of magnitude × 10^k, far inside half a unit
  // of the 15th digit, so it is the decimal toExponential(14) would show.
  for (let k = 0, scale = 1; k <= 22; k++, scale *= 10) {
    const whole = magnitude * scale;
    if (whole >= 1e15) break;
    if (Number.isInteger(whole)) return strippedDecimal(x < 0, whole, -k);
  }
  const text = magnitude.toExponential(14); // "d.dddddddddddddde±x", correctly rounded
  const e = text.indexOf("e");
  // 15 digits, an exact integer in a double
  return strippedDecimal(x < 0, Number(text[0] + text.slice(2, e)), Number(text.slice(e + 1)) - 14);
}

function strippedDecimal(negative: boolean, digits: number, exponent: number): { negative: boolean; digits: number; exponent: number } {
  while (digits % 10 === 0 && digits > 0) {
    digits /= 10;
    exponent++;
  }
  return { negative, digits, exponent };
}

/*
 * How far a double may lie from the decimal Excel shows for it, relative to its size: half a unit
 * of the 15th significant digit is at most 5 × 10^-15 of the number, and one product of doubles adds
 * 2^-53. A result computed in doubles that lies farther than this from where the rounding changes
 * (a half for ROUND, a whole cent for a bound) is the exact decimal answer; only values nearer go
 * the exact way, in whole numbers. (A shortcut for speed, never a tolerance: near the edge the
 * answer is always the exact one.)
 */
const SHOWN_ERROR = 6e-15;

/** How an amount goes to whole cents: Excel's ROUND (half a cent away from 0), or up or down to the cent. */
export type CentRounding = "half-up" | "up" | "down";

/**
 * An amount in whole fen/cents, worked on the decimal digits Excel shows (shownDecimal) with whole
 * numbers only, so it is exact for every amount up to 10 trillion and beyond:
 * - `"half-up"`, Excel's ROUND(amount, 2): half a cent goes away from 0. A budget of 1.005 is 101
 *   cents, where Math.round(1.005 * 100) gives 100 (1.005 × 100 is 100.49999999999999 in binary).
 * - `"up"` and `"down"`: to the cent above or below (toward +∞ or −∞), for bounds, which keep their
 *   promise in whole cents (a minimum of 100.005 is 100.01, a maximum of 99,999.995 is 99,999.99;
 *   200,000.00000000003, the residue of a subtraction, shows as 200,000 and is 20,000,000 cents).
 * Infinity (a maximum with no limit) stays Infinity, NaN stays NaN.
 *
 * @example toCents(1.005) // 101
 * @example toCents(99999.995, "down") // 9999999
 */
export function toCents(amount: number, rounding: CentRounding = "half-up"): number {
  if (!Number.isFinite(amount)) return amount; // Infinity (no maximum) stays; NaN stays NaN
  const scaled = amount * 100;
  const nearest = Math.round(scaled);
  const margin = Math.abs(scaled) * SHOWN_ERROR;
  if (rounding === "half-up" ? Math.abs(Math.abs(scaled - nearest) - 0.5) > margin : Math.abs(scaled - nearest) > margin) {
    const cents = rounding === "half-up" ? Math.sign(scaled) * Math.round(Math.abs(scaled)) : rounding === "up" ? Math.ceil(scaled) : Math.floor(scaled);
    return cents === 0 ? 0 : cents;
  }
  const { negative, digits, exponent } = shownDecimal(amount);
  const sign = negative ? -1 : 1;
  const shift = exponent + 2; // cents = digits × 10^shift
  if (shift >= 0) return sign * digits * 10 ** shift;
  // digits = whole × unit + rest, all exact: digits < 10^15, and above 10^22 a unit leaves no whole.
  const unit = -shift > 22 ? Infinity : 10 ** -shift;
  const rest = unit === Infinity ? digits : digits % unit;
  const whole = unit === Infinity ? 0 : (digits - rest) / unit;
  const away = rounding === "half-up" ? rest * 2 >= unit : rest > 0 && (rounding === "up") !== negative;
  const cents = whole + (away ? 1 : 0);
  return cents === 0 ? 0 : sign * cents;
}

/**
 * A share of an amount in whole cents, rounded to the cent as Excel's ROUND(cents × share, 0): the
 * product worked exactly, in integers (BigInt), of the cents and the share as Excel shows it (15
 * significant digits, shownDecimal), half a cent away from 0. 15 cents × 0.7 is 10.5 and gives 11
 * (the binary 15 × 0.7 is 10.499999999999998); 22,500,000,005 cents × 0.7 is 15,750,000,003.5 and
 * gives 15,750,000,004 at any size, where a product of doubles falls on either side of the half.
 *
 * @example shareOfCents(15, 0.7) // 11
 * @example shareOfCents(22500000005, 0.7) // 15750000004
 */
export function shareOfCents(cents: number, share: number): number {
  // A vectorised kernel runs over every cell, decided ones too (NaN): NaN in, NaN out, never a throw.
  if (!Number.isSafeInteger(cents) || !Number.isFinite(share)) return NaN;
  const product = cents * share;
  const magnitude = Math.abs(product);
  if (Math.abs(Math.abs(product - Math.round(product)) - 0.5) > magnitude * SHOWN_ERROR) {
    const rounded = Math.round(magnitude);
    return rounded === 0 ? 0 : Math.sign(product) * rounded;
  }
  const { negative, digits, exponent } = shownDecimal(share);
  const result = wholeOfExact(BigInt(Math.abs(cents)) * BigInt(digits), exponent);
  return result === 0 || negative === (cents < 0) ? result : -result;
}

/** exact × 10^shift (exact ≥ 0) rounded to a whole number, half up: the last step of an exact decimal product. */
function wholeOfExact(exact: bigint, shift: number): number {
  const ten = BigInt(10);
  if (shift >= 0) return Number(exact * ten ** BigInt(shift));
  const unit = ten ** BigInt(-shift);
  const whole = exact / unit;
  return Number((exact % unit) * BigInt(2) >= unit ? whole + BigInt(1) : whole);
}

/**
 * A share of an amount, in whole cents, as Excel's ROUND(amount × share, 2): the amount and the
 * share as Excel shows them (shownDecimal) multiplied exactly, half a cent away from 0. An amount in
 * whole cents is shareOfCents; one with more decimals (an annual budget ÷ 12, 59,674.394) is not
 * rounded to the cent before the share is taken — 59,674.394 at 70% is 41,772.0758, so 41,772.08,
 * where the share of 59,674.39 would be 41,772.07.
 *
 * @example shareOfAmount(59674.394, 0.7) // 4177208
 * @example shareOfAmount(1.005, 0.7) // 70 (0.7035)
 */
export function shareOfAmount(amount: number, share: number): number {
  const cents = toCents(amount);
  if (!Number.isSafeInteger(cents) || !Number.isFinite(share)) return NaN;
  const a = shownDecimal(amount);
  if (a.exponent >= -2) return shareOfCents(cents, share);
  const s = shownDecimal(share);
  // amount × share = digits × 10^(a.exponent + s.exponent), in cents × 10^(… + 2).
  const magnitude = wholeOfExact(BigInt(a.digits) * BigInt(s.digits), a.exponent + s.exponent + 2);
  return magnitude === 0 || a.negative === s.negative ? magnitude : -magnitude;
}

/**
 * The straight line through (start, from) and (start + 1, to) at `position`, worked in exact
 * decimals on the numbers as Excel shows them and read back as the nearest double: a stage between
 * two presets gets the share a planner works out by hand. In doubles 0.69 + (0.01 − 0.69) × (2.933 − 2)
 * is 0.05555999999999994, whose 15 digits (0.0555599999999999) round a large budget a cent the
 * wrong way; here it is 0.05556.
 *
 * @example decimalBetween(0.7, 0.5, 1.0025, 1) // 0.6995
 */
export function decimalBetween(from: number, to: number, position: number, start: number): number {
  if (![from, to, position, start].every(Number.isFinite)) return NaN;
  if (position === start) return from;
  if (position === start + 1) return to;
  const last = lastBetween;
  if (last.from === from && last.to === to && last.position === position && last.start === start) return last.result;
  const [a, b, p, s] = [from, to, position, start].map(shownDecimal);
  // Whole numbers over 10^low (the line's ends) and 10^tLow (the step): from × 10^−tLow + (to − from) × t.
  const low = Math.min(a.exponent, b.exponent);
  const tLow = Math.min(p.exponent, s.exponent, 0);
  type Shown = { negative: boolean; digits: number; exponent: number };
  // In doubles while every whole number stays exact (short shares and stages), else in BigInt.
  const at = (d: Shown, exponent: number) => (d.negative ? -d.digits : d.digits) * 10 ** (d.exponent - exponent);
  const [A, B, P, S] = [at(a, low), at(b, low), at(p, tLow), at(s, tLow)];
  const [head, step] = [A * 10 ** -tLow, (B - A) * (P - S)];
  let result: number;
  if ([A, B, P, S, B - A, P - S, head, step, head + step].every(Number.isSafeInteger) && low + tLow >= -22) {
    result = (head + step) / 10 ** -(low + tLow); // one correctly rounded division: the nearest double
  } else {
    const ten = BigInt(10);
    const big = (d: Shown, exponent: number) => BigInt(d.negative ? -d.digits : d.digits) * ten ** BigInt(d.exponent - exponent);
    const total = big(a, low) * ten ** BigInt(-tLow) + (big(b, low) - big(a, low)) * (big(p, tLow) - big(s, tLow));
    result = Number(`${total}e${low + tLow}`);
  }
  lastBetween = { from, to, position, start, result };
  return result;
}

// The last line worked out: a column of cells at one stage asks for the same share again and again.
let lastBetween = { from: NaN, to: NaN, position: NaN, start: NaN, result: NaN };

/** Blank as spreadsheets mean it: an empty cell (null/undefined), or empty or all-space text. */
export function isBlank(value: unknown): boolean {
  // The empty string first: Excel passes most blank cells of a whole column as "" or null.
  return value === null || value === undefined || value === "" || (typeof value === "string" && value.trim() === "");
}

/**
 * Reads a cell value as a number: numeric text as Excel's arithmetic reads it ("500,000" and
 * " 1.5e5 " are numbers) and as Chinese planners type it (50万, 1.2亿, ¥500,000, 500,000元, ５００;
 * core/maths/numeric-text.ts). Booleans are refused: TRUE as a budget is a mistake, not 1.
 *
 * @example readNumber("500,000", "budget") // 500000
 * @example readNumber("50万", "budget") // 500000
 * @throws DomainError NOT_A_NUMBER, or NUMBER_FORMAT for digits in a form that is not read (5k, 1,5)
 */
export function readNumber(value: unknown, argument: string): number {
  if (typeof value === "number") {
    if (Number.isFinite(value)) return value;
    throw new DomainError("NOT_A_NUMBER", { argument, value });
  }
  if (typeof value === "string") {
    const read = readNumericText(value);
    if (read && "value" in read) return read.value;
    if (read) throw new DomainError("NUMBER_FORMAT", { argument, value, key: read.hint });
  }
  throw new DomainError("NOT_A_NUMBER", { argument, value });
}

/**
 * The largest whole number from `lowest` to `highest` where a test that holds up to some point and
 * fails beyond it still holds (`lowest` when it never does), searched out from a guess by doubling
 * steps and then bisection: a few dozen tests from a guess near the answer, at any size.
 *
 * @example largestWhere((c) => c * c <= 200, 10, 0, 100) // 14
 */
export function largestWhere(holds: (n: number) => boolean, guess: number, lowest: number, highest: number): number {
  const start = Math.min(highest, Math.max(lowest, guess));
  let lo: number;
  let hi: number;
  if (holds(start)) {
    lo = start;
    hi = Infinity;
    for (let step = 1; lo < highest; step *= 2) {
      const next = Math.min(highest, lo + step);
      if (!holds(next)) {
        hi = next;
        break;
      }
      lo = next;
    }
    if (hi === Infinity) return lo;
  } else {
    hi = start;
    lo = NaN;
    for (let step = 1; hi > lowest; step *= 2) {
      const next = Math.max(lowest, hi - step);
      if (holds(next)) {
        lo = next;
        break;
      }
      hi = next;
    }
    if (Number.isNaN(lo)) return lowest;
  }
  while (hi - lo > 1) {
    const middle = Math.floor((lo + hi) / 2);
    if (holds(middle)) lo = middle;
    else hi = middle;
  }
  return lo;
}
