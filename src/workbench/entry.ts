/*
 * What a user types into a cell, as Excel reads it, and a cell's constant as the formula bar shows
 * it. Numbers are read by the one rule CSV open reads them by (excel-number.ts), so a typed
 * "¥500,000" is the number 500000 that SUM adds and a RED function reads. Pure: no DOM, no engine.
 */
import { excelNumber } from "./excel-number";

/** A typed entry as the engine takes it, and the number format Excel gives it (none: the cell keeps its own). */
export interface Entry {
  content: string | number | null;
  format?: string;
}

/** A constant as the formula bar shows it: text keeps its apostrophe only where it would otherwise read as a number, a formula, TRUE or an apostrophe. */
export function entryText(raw: unknown): string {
  if (raw === null || raw === undefined) return "";
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
