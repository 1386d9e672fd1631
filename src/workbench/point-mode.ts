/*
 * Excel's Point mode: while a formula is being typed, a click on a cell puts that cell's reference
 * into the formula where the caret is, and a drag puts the range dragged over (=SUM( then a drag over
 * B10:B12 gives =SUM(B10:B12). It applies where a reference can stand: right after =, an opening
 * parenthesis, a comma or an operator, or in place of the reference a click has just put there (a
 * second click replaces it, as in Excel). Anywhere else a click enters the entry and selects the cell,
 * as before. The references are to the sheet shown; a click on another sheet's tab does not point.
 */
import { parseA1 } from "../template/planner";
import { address } from "./selection";

/** Where a reference can be typed: after these, spaces aside. */
const BEFORE_REFERENCE = /[=(,;+\-*/^&<>:]\s*$/;

/** The reference a click or drag has put into the entry: where it is, and the text it put there. */
let pointed: { start: number; text: string } | undefined;

/** The part of the entry a click on a cell replaces, or undefined where a click does not point. */
function target(bar: HTMLTextAreaElement): { start: number; end: number } | undefined {
  const text = bar.value;
  if (!text.startsWith("=")) return undefined;
  const { selectionStart: start, selectionEnd: end } = bar;
  if (pointed && end === pointed.start + pointed.text.length && start <= end && text.slice(pointed.start, end) === pointed.text) return { start: pointed.start, end };
  pointed = undefined;
  return BEFORE_REFERENCE.test(text.slice(0, start)) ? { start, end } : undefined;
}

/** A new entry begins (typing over a cell, F2, the formula bar taking the focus): nothing in it was pointed at yet. */
export function endPointing(): void {
  pointed = undefined;
}

/** A1 of one cell, or the range between two cells (top-left:bottom-right, whichever way it was dragged). */
function reference(from: string, to: string): string {
  if (from === to) return from;
  const [a, b] = [parseA1(from), parseA1(to)];
  return `${address(Math.min(a.row, b.row), Math.min(a.column, b.column))}:${address(Math.max(a.row, b.row), Math.max(a.column, b.column))}`;
}

/** Puts `text` in place of `at` in the entry, the caret after it, and remembers it as pointed. */
function put(bar: HTMLTextAreaElement, at: { start: number; end: number }, text: string): void {
  bar.setRangeText(text, at.start, at.end, "end");
  pointed = { start: at.start, text };
  bar.dispatchEvent(new Event("input"));
}

/** The cell of the grid under an event, by its A1 address. */
function cellOf(event: Event): string | undefined {
  const cell = (event.target as HTMLElement | null)?.closest?.("#grid td[data-cell]") as HTMLElement | null;
  return cell?.dataset.cell;
}

/**
 * A mouse press on the grid while the formula bar holds a formula at a place a reference can go:
 * puts the cell's reference there and follows a drag until the button is released. True when it
 * pointed (the caller keeps the focus and the selection where they are).
 */
export function pointAt(event: MouseEvent, bar: HTMLTextAreaElement): boolean {
  if (event.button !== 0 || document.activeElement !== bar) return false;
  const from = cellOf(event);
  const at = from === undefined ? undefined : target(bar);
  if (from === undefined || at === undefined) return false;
  put(bar, at, from);
  const over = (move: MouseEvent) => {
    const to = cellOf(move);
    if (to === undefined || !pointed) return;
    put(bar, { start: pointed.start, end: pointed.start + pointed.text.length }, reference(from, to));
  };
  const done = () => {
    document.removeEventListener("mouseover", over, true);
    document.removeEventListener("mouseup", done, true);
  };
  document.addEventListener("mouseover", over, true);
  document.addEventListener("mouseup", done, true);
  return true;
}
