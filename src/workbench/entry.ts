/*
 * What a user types into a cell, as Excel reads it, and a cell's constant as the formula bar shows
 * it. Numbers are read by the one rule CSV open reads them by (excel-number.ts), so a typed
 * "¥500,000" is the number 500000 that SUM adds and a RED function reads. Pure: no DOM, no engine.
 */
import { excelNumber } from "./excel-number";
import { formatKind, formatNumber } from "./number-format";

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
 */
export function readEntry(text: string): Entry {
  const trimmed = text.trim();
  if (trimmed === "") return { content: null };
  if (trimmed.startsWith("=")) return { content: trimmed };
  const number = excelNumber(trimmed);
  if (number) return number.format === undefined ? { content: number.value } : { content: number.value, format: number.format };
  // Text stays the text typed. The engine reads some text with digits by rules of its own (30/11/2026
  // as a date): such text goes to it after the apostrophe that marks text. TRUE, FALSE
  // and an error (#N/A) go as typed, which the engine reads as Excel does; so does an entry typed
  // after an apostrophe, text already.
  return { content: /\d/.test(text) && !/^['#]/.test(text) ? `'${text}` : text };
}

/** What a typed entry means: a formula, a number, or text (readEntry without the format). */
export function parseEntry(text: string): string | number | null {
  return readEntry(text).content;
}

/** A year-first date format typed back as it is shown (yyyy-mm-dd, yyyy/m/d), which the formula bar keeps. */
const TYPED_DATE = /^yyyy([-/])mm?\1dd?$/i;

/**
 * A cell's number as Excel's formula bar shows it: a percent cell's 0.5 as 50%, a date as the date
 * (in the cell's own format where that is a year-first one Excel reads back, else yyyy-mm-dd: Excel
 * shows its locale's short date, which a browser page has no one of), a time of day as h:mm or
 * h:mm:ss; money and every other number plainly (¥500,000 is 500000). Only text that, typed back, is
 * the very same number is shown so; any other number is shown plainly. Plainly is in 15 significant
 * digits, as Excel's formula bar shows a number: 0.1+0.2 shows 0.3, 12:30 in a General cell
 * 0.520833333333333 (all 17 digits typed back would be rounded to 15 anyway, excel-number.ts).
 */
export function numberText(value: number, format: string | undefined): string {
  const rounded = Number(value.toPrecision(15));
  const plain = String(rounded);
  if (!format) return plain;
  const kind = formatKind(format);
  let shown: string | undefined;
  if (kind === "percent") shown = `${Number((value * 100).toPrecision(15))}%`;
  else if (kind === "date" && Number.isInteger(value)) shown = formatNumber(value, TYPED_DATE.test(format) ? format : "yyyy-mm-dd");
  else if (kind === "time" && value >= 0 && value < 1) {
    const seconds = Math.round(value * 86_400) % 60;
    shown = formatNumber(value, seconds === 0 ? "h:mm" : "h:mm:ss");
  }
  // The same number typed back: exactly, or to the 15 digits Excel keeps (0.1+0.2 in a 0% cell is 30%).
  const back = shown === undefined ? undefined : excelNumber(shown)?.value;
  return back !== undefined && (back === value || back === rounded) ? shown! : plain;
}
