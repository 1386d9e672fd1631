/*
 * What a user types into a cell, as Excel reads it, and a cell's constant as the formula bar shows
 * it. Numbers are read by the one rule CSV open reads them by (excel-number.ts), so a typed
 * "¥500,000" is the number 500000 that SUM adds and a RED function reads. Pure: no DOM, no engine.
 */
import { excelNumber, formulaLiterals, percentEntry } from "./excel-number";
import { formatKind, formatNumber } from "../spreadsheet/number-format";

/** A typed entry as the engine takes it, and the number format Excel gives it (none: the cell keeps its own). */
export interface Entry {
  content: string | number | null;
  format?: string;
}

/**
 * A constant as the formula bar shows it: text keeps its apostrophe only where it would otherwise read
 * as a number, a formula, TRUE or an apostrophe; a number as Excel's formula bar shows it in the
 * cell's format (`format`), so that F2+Enter changes nothing (numberText).
 */
export function entryText(raw: unknown, format?: string): string {
  if (raw === null || raw === undefined) return "";
  if (typeof raw === "number") return numberText(raw, format);
  const text = String(raw);
  if (!text.startsWith("'")) return text;
  const rest = text.slice(1);
  // Plain text only if typed back it is text again: not a formula, a number, TRUE/FALSE, an error or a text marker.
  return typeof parseEntry(rest) === "string" && !/^(=|true|false|#|')/i.test(rest.trim()) ? rest : text;
}

/**
 * What a typed entry means, as Excel reads a typed cell: a formula, a number with the format Excel
 * gives it ("50%" is 0.5 shown 0%, "(1,200)" is -1200 shown #,##0, 2026-11-30 a date), or text.
 * Typed into a cell in a percent format (`cellFormat`), a plain number is read by Excel's automatic
 * percent entry (60 is 60%, percentEntry); a paste gives no `cellFormat`, as Excel's paste reads a
 * number as it is. Typed into a Text cell (format @), anything is the text typed, a formula too, as in Excel
 * (00123 keeps its zeros).
 */
export function readEntry(text: string, cellFormat?: string): Entry {
  const trimmed = text.trim();
  if (trimmed === "") return { content: null };
  if (cellFormat?.trim() === "@") return { content: text.startsWith("'") ? text : `'${text}` };
  if (trimmed.startsWith("=")) return { content: formulaLiterals(trimmed) }; // its numbers as Excel keeps them
  const number = excelNumber(trimmed);
  if (number?.format === undefined && number && cellFormat && formatKind(cellFormat) === "percent") return { content: percentEntry(number.value, trimmed) };
  if (number) return number.format === undefined ? { content: number.value } : { content: number.value, format: number.format };
  // Text stays the text typed. The engine reads some text with digits by rules of its own (a date in
  // a form excel-date-time.ts leaves text): such text goes to it after the apostrophe that marks text. TRUE, FALSE
  // and an error (#N/A) go as typed, which the engine reads as Excel does; so does an entry typed
  // after an apostrophe, text already.
  return { content: /\d/.test(text) && !/^['#]/.test(text) ? `'${text}` : text };
}

/**
 * An entry that begins with = but is no formula ("= note", "=SUM("), as the engine's check
 * (`isFormula`) finds it: typed, Excel refuses it (formula-bar.ts); pasted, it is text (clipboard.ts).
 */
export function notAFormula(content: Entry["content"], isFormula: (text: string) => boolean): content is string {
  return typeof content === "string" && content.startsWith("=") && !isFormula(content);
}

/** What a typed entry means: a formula, a number, or text (readEntry without the format). */
export function parseEntry(text: string): string | number | null {
  return readEntry(text).content;
}

/**
 * A number written as Excel's formula bar writes it: in full below 10^21 (1E+20 typed is
 * 100000000000000000000 there), with Excel's capital E from there up and for the smallest (1E+21, 1E-12).
 */
function excelDigits(value: number): string {
  return String(value).replace("e", "E");
}

/** A year-first date format typed back as it is shown (yyyy-mm-dd, yyyy/m/d), which the formula bar keeps (a time after it aside). */
const TYPED_DATE = /^yyyy([-/])mm?\1dd?(?=$|\s)/i;

/**
 * A cell's number as Excel's formula bar shows it: a percent cell's 0.5 as 50%, a date as the date
 * (in the cell's own format where that is a year-first one Excel reads back, else yyyy-mm-dd: Excel
 * shows its locale's short date, which a browser page has no one of) and a time with it as h:mm:ss
 * (2026-11-30 12:30:00), a time of day as h:mm or h:mm:ss (with AM or PM where the cell shows it:
 * 9:30 PM), an elapsed time as [h]:mm:ss (36:00:00, where Excel shows the day 1900-01-01 12:00:00 it
 * is: both typed back are 1.5, and 36:00:00 is what the cell shows); money and
 * every other number plainly (¥500,000 is 500000). Only text that, typed back, is
 * the very same number is shown so; any other number is shown plainly. Plainly is in 15 significant
 * digits, as Excel's formula bar shows a number: 0.1+0.2 shows 0.3, 12:30 in a General cell
 * 0.520833333333333 (all 17 digits typed back would be rounded to 15 anyway, excel-number.ts).
 */
export function numberText(value: number, format: string | undefined): string {
  const rounded = Number(value.toPrecision(15));
  const plain = excelDigits(rounded);
  if (!format) return plain;
  const kind = formatKind(format);
  let shown: string | undefined;
  if (kind === "percent") shown = `${excelDigits(Number((value * 100).toPrecision(15)))}%`;
  else if (kind === "date" && value >= 0) {
    const date = TYPED_DATE.exec(format)?.[0] ?? "yyyy-mm-dd";
    shown = formatNumber(value, Number.isInteger(value) ? date : `${date} h:mm:ss`);
  } else if (kind === "time" && value >= 0) {
    const seconds = Math.round(value * 86_400) % 60;
    // A time of day in a cell that shows AM/PM with it (9:30 PM), as it was typed; Excel's bar shows 9:30:00 PM.
    const ofDay = `${seconds === 0 ? "h:mm" : "h:mm:ss"}${/AM\/PM/i.test(format) ? " AM/PM" : ""}`;
    shown = formatNumber(value, value < 1 ? ofDay : "[h]:mm:ss");
  }
  // The same number typed back: exactly, or to the 15 digits Excel keeps (0.1+0.2 in a 0% cell is 30%).
  // A percent cell always shows its percent, as Excel's bar does: typed back plainly, automatic percent
  // entry would take a number from 1 up for a percent (26.6 for 0.266).
  const back = shown === undefined ? undefined : excelNumber(shown)?.value;
  if (kind === "percent" && back !== undefined) return shown!;
  return back !== undefined && (back === value || back === rounded) ? shown! : plain;
}
