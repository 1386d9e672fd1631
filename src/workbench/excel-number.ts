/*
 * The one rule by which the workbench reads a number written as text — a CSV field when a CSV file
 * is opened, an entry typed into a cell, a cell of a block pasted from elsewhere — as Excel reads
 * them (issue 25): "1,200", "(1,200)", "¥1,234.50", "50%", a written-out date (2026-11-30,
 * 2026/11/30, 2026年11月30日, 11/30/2026, 3/4 of this year), a time (12:30, 9:30 PM, 36:00) and a date
 * with a time (2026-11-30 12:30) become numbers with the format Excel gives them, which shows them as
 * written (excel-date-time.ts); so do their full-width forms (１２３, ５０％), as a Chinese input method
 * types them. Only text that is one of those as Excel in en-US reads it is converted: "50万",
 * "30/11/2026" (no month 30), "2026-03", "1,2,3" or a note stay the text they are. As in Excel,
 * digits with leading zeros ("00123") are a number (123): the test says so, as a choice made. Unlike
 * Excel, a whole number of more than 15 significant digits (an order ID) stays text rather than lose
 * digits; a fraction of more (35.300000000000004, as scripts write) is rounded to 15, as Excel stores it.
 * Hand-written rather than numfmt's parseValue: that one also turns "TRUE" into a boolean, and
 * reads no full-width ￥, so the gate below would be needed anyway.
 */

import { halfWidth } from "../core";
import { excelDate, excelDateTime, excelTime } from "./excel-date-time";

/** A number with the format Excel gives it as it reads it (none: General). */
export interface ExcelNumber {
  value: number;
  format?: string;
}

/** Digits, with thousands separators only in whole groups of three, and decimals ("5." is 5, as Excel reads it). */
const DIGITS = String.raw`(\d+|\d{1,3}(?:,\d{3})+)(?:\.(\d*))?|\.(\d+)`;
const AMOUNT = new RegExp(String.raw`^([+-]?)([$¥￥]?)([+-]?)(?:${DIGITS})(%?)$`);
const SCIENTIFIC = /^[+-]?(\d+\.?\d*|\.\d+)e[+-]?\d+%?$/i;
/** The significant digits a cell's number keeps, as Excel does. */
const SIGNIFICANT_DIGITS = 15;

/** An amount: digits with or without thousands separators, a currency sign, a percent sign, a minus or parentheses. */
function excelAmount(text: string): ExcelNumber | undefined {
  const bracketed = /^\((.*)\)$/.exec(text);
  const inner = bracketed ? bracketed[1] : text;
  const match = AMOUNT.exec(inner);
  if (!match) return undefined;
  const [, signBefore, currency, signAfter, whole, decimals, onlyDecimals, percent] = match;
  // One sign at most, and none inside parentheses ("(-5)" is no number Excel reads).
  if ((signBefore && signAfter) || (bracketed && (signBefore || signAfter)) || (signAfter && !currency)) return undefined;
  if (currency && percent) return undefined;
  const digits = whole !== undefined ? `${whole.replace(/,/g, "")}.${decimals ?? ""}` : `0.${onlyDecimals}`;
  // A whole number of more than 15 significant digits (an order or note ID) is more than a cell's
  // number keeps: Excel would round it (…789 to …800); kept as the text it is, so no digit of it is
  // lost. A fraction of as many digits is a number a script wrote (35.300000000000004): rounded to
  // 15 significant digits, as Excel stores it.
  const fractional = (decimals ?? onlyDecimals ?? "").replace(/0+$/, "") !== "";
  const significant = digits.replace(".", "").replace(/^0+/, "").replace(/0+$/, "").length;
  if (significant > SIGNIFICANT_DIGITS && !fractional) return undefined;
  const negative = bracketed !== null || signBefore === "-" || signAfter === "-";
  const exact = significant > SIGNIFICANT_DIGITS ? Number(Number(digits).toPrecision(SIGNIFICANT_DIGITS)) : Number(digits);
  const magnitude = percent ? hundredth(exact) : exact;
  const value = negative ? -magnitude : magnitude;
  const places = (decimals ?? onlyDecimals ?? "").length;
  const fraction = places > 0 ? `.${"0".repeat(places)}` : "";
  if (percent) return { value, format: `0${fraction}%` };
  const grouped = whole?.includes(",") ?? false;
  if (currency) return { value, format: `"${currency}"#,##0${fraction}` };
  if (grouped || bracketed) return { value, format: `#,##0${fraction}` };
  return { value };
}

/** A hundredth of a number, to the 15 significant digits a cell keeps (1.1% is 0.011, not 0.011000000000000001). */
export function hundredth(value: number): number {
  return Number((value / 100).toPrecision(SIGNIFICANT_DIGITS));
}

/**
 * A plain number typed into a percent cell, as Excel's automatic percent entry (on by default) reads
 * it, by Microsoft's table (KB 215203): the percent typed (60 is 0.6, shown 60%; 0.32 is 0.32% and
 * -0.5 is -0.5%, the zero typed says so), except a fraction typed without its zero, which is the
 * fraction it is (.32 is 0.32, shown 32%; -.1 is -10%). Typing only: a pasted or opened number is
 * the number it is.
 */
export function percentEntry(value: number, typed: string): number {
  return Math.abs(value) < 1 && /^[+-]?\./.test(halfWidth(typed).trim()) ? value : hundredth(value);
}

/**
 * Text (a CSV field, a typed entry, a pasted cell) as the number Excel makes of it, or undefined
 * where it stays text. Full-width forms (１２３, ５０％, ２０２６-１１-３０), as a Chinese input method
 * types them, are read as their half-width letters, by the rule the core reads numbers with.
 */
export function excelNumber(field: string): ExcelNumber | undefined {
  const text = halfWidth(field).trim();
  if (text === "") return undefined;
  if (SCIENTIFIC.test(text)) {
    // 1E+23% as the formula bar shows a percent cell's large number: a hundredth of it, in percent.
    const percent = text.endsWith("%");
    const value = Number(percent ? text.slice(0, -1) : text);
    if (!Number.isFinite(value)) return undefined;
    return percent ? { value: hundredth(value), format: "0%" } : { value };
  }
  const found = excelDate(text) ?? excelTime(text) ?? excelDateTime(text) ?? excelAmount(text);
  return found && Number.isFinite(found.value) ? found : undefined;
}

/** The smallest normal double: Excel keeps no number nearer 0 than it (=1E-320 is 0 there). */
const SMALLEST_NORMAL = 2.2250738585072014e-308;

/**
 * A typed formula's number literals as Excel keeps them when it is entered: to 15 significant digits
 * (=123456789012345678 is =123456789012346000, as LibreOffice writes it too), and 0 for one too near 0
 * for a normal number (=1E-320). Only literals: never inside text ("…") or a quoted sheet name, nor
 * a reference's digits (A1, $B$2, 2:2, a sheet 2026!). A literal Excel keeps as it is stays as typed.
 */
export function formulaLiterals(formula: string): string {
  return formula
    .split(/("(?:[^"]|"")*"?|'(?:[^']|'')*'?)/)
    .map((part, i) =>
      i % 2 === 1
        ? part
        : part.replace(/(^|[^A-Za-z0-9_.$:!])((?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?)(?![A-Za-z0-9_.:!$(])/g, (whole, before: string, literal: string) => {
            const value = Number(literal);
            if (!Number.isFinite(value)) return whole;
            if (value !== 0 && value < SMALLEST_NORMAL) return `${before}0`;
            const significant = literal.replace(/[eE].*/, "").replace(".", "").replace(/^0+/, "").replace(/0+$/, "").length;
            return significant <= SIGNIFICANT_DIGITS ? whole : `${before}${String(Number(value.toPrecision(SIGNIFICANT_DIGITS)))}`;
          }),
    )
    .join("");
}
