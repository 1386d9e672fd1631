import { DomainError } from "./errors";

/**
 * Largest amount of money we accept: 10 trillion. In fen/cents that is 1e15, still an exact
 * integer in a double (2^53 ≈ 9.007e15), so splits stay exact up to here.
 */
export const MAX_MONEY = 1e13;

/** Blank as spreadsheets mean it: an empty cell (null/undefined), or empty or all-space text. */
export function isBlank(value: unknown): boolean {
  return value === null || value === undefined || (typeof value === "string" && value.trim() === "");
}

// Digits with optional thousands separators (half- or full-width commas), decimals and exponent.
const NUMERIC_TEXT = /^[+-]?(\d{1,3}([,，]\d{3})+|\d*)(\.\d*)?([eE][+-]?\d+)?$/;

/**
 * Reads a cell value as a number, the way Excel's arithmetic reads numeric text ("500,000" and
 * " 1.5e5 " are numbers). Booleans are refused: TRUE as a budget is a mistake, not 1.
 *
 * @example readNumber("500,000", "budget") // 500000
 * @throws DomainError NOT_A_NUMBER
 */
export function readNumber(value: unknown, argument: string): number {
  if (typeof value === "number") {
    if (Number.isFinite(value)) return value;
    throw new DomainError("NOT_A_NUMBER", { argument, value });
  }
  if (typeof value === "string") {
    const text = value.trim();
    if (text !== "" && text !== "." && NUMERIC_TEXT.test(text)) {
      const parsed = Number(text.replace(/[,，]/g, ""));
      if (Number.isFinite(parsed)) return parsed;
    }
  }
  throw new DomainError("NOT_A_NUMBER", { argument, value });
}
