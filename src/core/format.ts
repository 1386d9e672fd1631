/**
 * Numbers as messages and verdicts quote them. English and Chinese write numbers alike (1,234,567.89),
 * so one set of formatters serves both languages.
 */

/** An amount of money or a count: digit groups, at most `decimals` decimals. */
export function formatAmount(x: number, decimals = 0): string {
  return x.toLocaleString("en-US", { maximumFractionDigits: decimals });
}

/** A price such as a CPM or a CPA: always two decimals. */
export function formatPrice(x: number): string {
  return x.toLocaleString("en-US", { minimumFractionDigits: 2, maximumFractionDigits: 2 });
}
