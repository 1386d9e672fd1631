/**
 * Numbers as messages, verdicts and charts show them. English and Chinese group digits alike
 * (1,234,567.89), so full amounts format the same in both; only short chart amounts differ.
 */
import type { Language } from "./language";
import { CORE_WORDS } from "./words";

/** An amount of money or a count: digit groups, at most `decimals` decimals. */
export function formatAmount(x: number, decimals = 0): string {
  let format = AMOUNT_FORMATS.get(decimals);
  if (!format) AMOUNT_FORMATS.set(decimals, (format = new Intl.NumberFormat("en-US", { maximumFractionDigits: decimals })));
  return format.format(x);
}

// Number formats are costly to make (about 20 ms for the first, most of loading the functions) and
// cheap to use: one per precision, made when first used, never at load.
const AMOUNT_FORMATS = new Map<number, Intl.NumberFormat>();
let priceFormat: Intl.NumberFormat | undefined;

/** A price such as a CPM or a CPA: always two decimals. */
export function formatPrice(x: number): string {
  priceFormat ??= new Intl.NumberFormat("en-US", { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  return priceFormat.format(x);
}

/**
 * An amount short enough for a chart's axis: 1.3M and 548k in English; in Chinese, as planners say
 * it, 万 (ten thousand) and 亿 (a hundred million): 54.8万, 2.5亿. One decimal below 100 of the unit,
 * whole units from there; the largest unit the amount rounds to at least one of.
 */
export function formatShortAmount(x: number, language: Language): string {
  for (const [size, unit] of CORE_WORDS[language].shortUnits) {
    const value = x / size;
    const rounded = Number(value.toFixed(value < 100 ? 1 : 0));
    if (rounded >= 1) return `${rounded}${unit}`;
  }
  return formatAmount(x);
}
