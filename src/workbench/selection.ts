/*
 * The selected cell or range: its address and moving it (grid.ts shows it, in the grid, the Name
 * Box and the formula bar).
 */
import { columnLetter } from "../template/planner";
import { store } from "./store";

type Cell = { row: number; column: number };
type CellRange = { top: number; left: number; bottom: number; right: number };

export function address(row: number, column: number): string {
  return `${columnLetter(column)}${row + 1}`;
}

export function move(rows: number, columns: number, extend = false): void {
  const { state } = store;
  if (!state) return;
  if (extend) {
    const from = state.extent ?? state.selected;
    state.extent = { row: Math.max(0, from.row + rows), column: Math.max(0, from.column + columns) };
  } else {
    state.selected = { row: Math.max(0, state.selected.row + rows), column: Math.max(0, state.selected.column + columns) };
    state.extent = undefined;
  }
}

/**
 * A run of Tabs: the column its first Tab left and the cell its last Tab reached (the very cell
 * `selected` it left, so that any other move — an arrow key, even one that comes back to the same
 * cell or stays at the sheet's edge, a click, the Name Box — ends the run, as in Excel). Enter from
 * that cell goes to the next row in the run's first column, as in Excel (typing A1, Tab, B1, Tab,
 * C1, Enter goes to A2).
 */
let tabRun: { column: number; at: Cell } | undefined;

export function endTabRun(): void {
  tabRun = undefined;
}

/**
 * A range whose active cell Enter or Tab moved inside it, as Excel moves it: the range's corners,
 * while the selection is the very one the move made (`active` and `extent` the state's own; any
 * other selection made since ends it).
 */
let inRange: { active: Cell; extent: Cell | undefined; range: CellRange } | undefined;

/** The cell after `at` in `range`, as Enter (down each column, then the next) or Tab (along each row, then the next) goes; `back` the other way, wrapping at either end. */
export function nextInRange(range: CellRange, at: Cell, key: "Tab" | "Enter", back: boolean): Cell {
  const height = range.bottom - range.top + 1;
  const width = range.right - range.left + 1;
  const [r, c] = [at.row - range.top, at.column - range.left];
  // The cells in the order the key visits them, numbered: by column for Enter, by row for Tab.
  const index = key === "Enter" ? c * height + r : r * width + c;
  const next = (index + (back ? -1 : 1) + height * width) % (height * width);
  return key === "Enter"
    ? { row: range.top + (next % height), column: range.left + Math.floor(next / height) }
    : { row: range.top + Math.floor(next / width), column: range.left + (next % width) };
}

/**
 * Tab or Enter (with Shift: back), on the grid or entering an entry: the next cell, as in Excel. In
 * a range of several cells the active cell moves inside it and the range stays selected.
 */
export function step(key: "Tab" | "Enter", back: boolean): void {
  const { state } = store;
  if (!state) return;
  const here = state.selected;
  const run = tabRun && tabRun.at === here ? tabRun : undefined;
  tabRun = undefined;
  const range = selectedRange();
  if (range.bottom > range.top || range.right > range.left) {
    state.selected = nextInRange(range, here, key, back);
    inRange = { active: state.selected, extent: state.extent, range };
  } else if (key === "Tab") {
    move(0, back ? -1 : 1);
    tabRun = { column: run?.column ?? here.column, at: state.selected };
  } else if (run && !back) {
    state.selected = { row: here.row + 1, column: run.column };
    state.extent = undefined;
  } else move(back ? -1 : 1, 0);
}

export function selectionAddress(): string {
  const { selected, extent } = store.state!;
  if (!extent) return address(selected.row, selected.column);
  const { top, left, bottom, right } = selectedRange();
  return `${address(top, left)}:${address(bottom, right)}`;
}

/** The block of cells between an active cell and a range's far corner (the cell alone without one), zero-based and inclusive. */
export function rangeBetween(selected: Cell, extent: Cell | undefined): CellRange {
  const far = extent ?? selected;
  return { top: Math.min(selected.row, far.row), left: Math.min(selected.column, far.column), bottom: Math.max(selected.row, far.row), right: Math.max(selected.column, far.column) };
}

/** The selection as a block of cells, zero-based and inclusive (the range Enter or Tab moved the active cell in, while it is selected). */
export function selectedRange(): CellRange {
  const { selected, extent } = store.state!;
  if (inRange && inRange.active === selected && inRange.extent === extent) return { ...inRange.range };
  return rangeBetween(selected, extent);
}
