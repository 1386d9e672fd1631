import { DomainError } from "./errors";
import { readNumericText } from "./numeric-text";

/**
 * Largest amount of money we accept: 10 trillion. In fen/cents that is 1e15, still an exact
 * integer in a double (2^53 ≈ 9.007e15), so splits stay exact up to here.
 */
export const MAX_MONEY = 1e13;

/**
 * Rounds to a whole number as Excel's ROUND(x, 0) does: halves away from zero, judged on the 15
 * significant digits Excel shows rather than on the binary double. 15 × 0.7 is 10.499999999999998
 * in binary, which Math.round takes to 10; Excel shows 10.5 and rounds to 11, and so do we.
 *
 * @example roundHalfAway(10.499999999999998) // 11
 * @example roundHalfAway(-2.5) // -3
 */
export function roundHalfAway(x: number): number {
  const magnitude = Math.abs(x);
  let whole = Math.round(magnitude);
  // Only a value within a hair of a half can round differently on its decimal digits.
  if (Math.abs(magnitude - Math.floor(magnitude) - 0.5) < 1e-6) whole = Math.round(Number(magnitude.toPrecision(15)));
  return x < 0 && whole !== 0 ? -whole : whole;
}

/**
 * An amount in whole fen/cents, rounded as Excel's ROUND(amount, 2): on the 15 digits Excel shows,
 * half a cent up. A budget of 1.005 is 101 cents, where Math.round(1.005 * 100) gives 100 (1.005 ×
 * 100 is 100.49999999999999 in binary).
 *
 * @example toCents(1.005) // 101
 */
export function toCents(amount: number): number {
  const magnitude = Math.abs(amount);
  const scaled = magnitude * 100;
  const below = Math.floor(scaled);
  let cents = Math.round(scaled);
  // Within a hair of half a cent the binary product may fall either side of the decimal Excel
  // shows: compare the amount's shown digits with the half itself, both as their nearest doubles
  // (distinct decimals of 15 digits are distinct doubles, so the comparison is the decimal one).
  if (Math.abs(scaled - below - 0.5) <= Math.max(1e-6, scaled * 2.3e-16)) {
    cents = Number(magnitude.toPrecision(15)) >= (below + 0.5) / 100 ? below + 1 : below;
  }
  return amount < 0 && cents !== 0 ? -cents : cents;
}

/** Blank as spreadsheets mean it: an empty cell (null/undefined), or empty or all-space text. */
export function isBlank(value: unknown): boolean {
  return value === null || value === undefined || (typeof value === "string" && value.trim() === "");
}

/**
 * Reads a cell value as a number: numeric text as Excel's arithmetic reads it ("500,000" and
 * " 1.5e5 " are numbers) and as Chinese planners type it (50万, 1.2亿, ¥500,000, 500,000元, ５００;
 * core/numeric-text.ts). Booleans are refused: TRUE as a budget is a mistake, not 1.
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
