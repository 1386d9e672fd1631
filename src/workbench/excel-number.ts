/*
 * The one rule by which the workbench reads a number written as text — a CSV field when a CSV file
 * is opened, an entry typed into a cell, a cell of a block pasted from elsewhere — as Excel reads
 * them (issue 25): "1,200", "(1,200)", "¥1,234.50", "50%", a written-out date (2026-11-30,
 * 2026/11/30) and a time (12:30) become numbers with the format Excel gives them, which shows them
 * as written. Only text that is unambiguously one of those is converted: "50万", "3/4" (a date or a
 * fraction?), "2026-03", "1,2,3" or a note stay the text they are. As in Excel,
 * digits with leading zeros ("00123") are a number (123): the test says so, as a choice made. Unlike
 * Excel, a whole number of more than 15 significant digits (an order ID) stays text rather than lose
 * digits; a fraction of more (35.300000000000004, as scripts write) is rounded to 15, as Excel stores it.
 * Hand-written rather than numfmt's parseValue: that one also turns "3/4" into a date
 * and "TRUE" into a boolean, and reads no full-width ￥, so the gate below would be needed anyway.
 */

/** A number with the format Excel gives it as it reads it (none: General). */
export interface ExcelNumber {
  value: number;
  format?: string;
}

/** Digits, with thousands separators only in whole groups of three, and decimals ("5." is 5, as Excel reads it). */
const DIGITS = String.raw`(\d+|\d{1,3}(?:,\d{3})+)(?:\.(\d*))?|\.(\d+)`;
const AMOUNT = new RegExp(String.raw`^([+-]?)([$¥￥]?)([+-]?)(?:${DIGITS})(%?)$`);
const SCIENTIFIC = /^[+-]?(\d+\.?\d*|\.\d+)e[+-]?\d+$/i;
const DATE = /^(\d{4})([-/])(\d{1,2})\2(\d{1,2})$/;
const TIME = /^(\d{1,2}):(\d{2})(?::(\d{2}))?$/;
/** The significant digits a cell's number keeps, as Excel does. */
const SIGNIFICANT_DIGITS = 15;

/** Days from Excel's 1900 epoch to a calendar date (1 March 1900 on: day 0 is 30 December 1899). */
function serialOf(year: number, month: number, day: number): number | undefined {
  const at = Date.UTC(year, month - 1, day);
  const back = new Date(at);
  if (back.getUTCFullYear() !== year || back.getUTCMonth() !== month - 1 || back.getUTCDate() !== day || year < 1901) return undefined;
  return Math.round((at - Date.UTC(1899, 11, 30)) / 86_400_000);
}

/** A date written year first (2026-11-30, 2026/11/30) as its serial, shown as it was written. */
function excelDate(text: string): ExcelNumber | undefined {
  const match = DATE.exec(text);
  if (!match) return undefined;
  const [, year, separator, month, day] = match;
  const value = serialOf(Number(year), Number(month), Number(day));
  if (value === undefined) return undefined;
  const part = (digits: string, token: string) => (digits.length === 2 ? token + token : token);
  return { value, format: ["yyyy", part(month, "m"), part(day, "d")].join(separator) };
}

/** A time of day (12:30, 9:05:30) as the fraction of a day it is, shown as written (h:mm, h:mm:ss). */
function excelTime(text: string): ExcelNumber | undefined {
  const match = TIME.exec(text);
  if (!match) return undefined;
  const [hours, minutes, seconds] = [match[1], match[2], match[3] ?? "0"].map(Number);
  if (hours > 23 || minutes > 59 || seconds > 59) return undefined;
  return { value: (hours * 3600 + minutes * 60 + seconds) / 86_400, format: match[3] === undefined ? "h:mm" : "h:mm:ss" };
}

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
  const magnitude = exact / (percent ? 100 : 1);
  const value = negative ? -magnitude : magnitude;
  const places = (decimals ?? onlyDecimals ?? "").length;
  const fraction = places > 0 ? `.${"0".repeat(places)}` : "";
  if (percent) return { value, format: `0${fraction}%` };
  const grouped = whole?.includes(",") ?? false;
  if (currency) return { value, format: `"${currency}"#,##0${fraction}` };
  if (grouped || bracketed) return { value, format: `#,##0${fraction}` };
  return { value };
}

/** Text (a CSV field, a typed entry, a pasted cell) as the number Excel makes of it, or undefined where it stays text. */
export function excelNumber(field: string): ExcelNumber | undefined {
  const text = field.trim();
  if (text === "") return undefined;
  if (SCIENTIFIC.test(text)) {
    const value = Number(text);
    return Number.isFinite(value) ? { value } : undefined;
  }
  const found = excelDate(text) ?? excelTime(text) ?? excelAmount(text);
  return found && Number.isFinite(found.value) ? found : undefined;
}
