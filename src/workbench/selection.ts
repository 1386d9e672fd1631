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
 * Ranges whose active cell is inside them rather than at a corner, as Excel keeps one: Enter or Tab
 * moved it there, or the file or the kept copy had it so. By the selection's very active cell, with
 * the far corner it was made with: any other selection made since (a sheet's own, even) ends it.
 */
const within = new WeakMap<Cell, { extent: Cell | undefined; range: CellRange }>();

/** The cell after `at` in `range`, as Enter (down each column, then the next) or Tab (along each row, then the next) goes; `back` the other way, wrapping at either end. */
function nextInRange(range: CellRange, at: Cell, key: "Tab" | "Enter", back: boolean): Cell {
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
    within.set(state.selected, { extent: state.extent, range });
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
function rangeBetween(selected: Cell, extent: Cell | undefined): CellRange {
  const far = extent ?? selected;
  return { top: Math.min(selected.row, far.row), left: Math.min(selected.column, far.column), bottom: Math.max(selected.row, far.row), right: Math.max(selected.column, far.column) };
}

/** A selection (any sheet's: its active cell and far corner) as a block of cells, zero-based and inclusive: the range its active cell moved inside, else the one between the two. */
export function rangeOf(selected: Cell, extent: Cell | undefined): CellRange {
  const inside = within.get(selected);
  if (inside && inside.extent === extent) return { ...inside.range };
  return rangeBetween(selected, extent);
}

/** The selection on screen as a block of cells (rangeOf). */
export function selectedRange(): CellRange {
  const { selected, extent } = store.state!;
  return rangeOf(selected, extent);
}

/** The selection from `selected` to `extent` holding `range` (as rangeOf gives it back): the range is kept for it where it is not the one between the two. */
export function placeWithin(selected: Cell, extent: Cell | undefined, range: CellRange): { selected: Cell; extent: Cell | undefined } {
  const place = { selected: { row: selected.row, column: selected.column }, extent: extent && { row: extent.row, column: extent.column } };
  const between = rangeBetween(place.selected, place.extent);
  if (between.top !== range.top || between.left !== range.left || between.bottom !== range.bottom || between.right !== range.right) {
    within.set(place.selected, { extent: place.extent, range: { top: range.top, left: range.left, bottom: range.bottom, right: range.right } });
  }
  return place;
}

/** The selection of `range` around the active cell `at` (a cell of it), as a file gives one: the far corner opposite `at`, else (`at` no corner) the range's last cell, or its first. */
export function selectionIn(range: CellRange, at: Cell): { selected: Cell; extent: Cell | undefined } {
  const opposite = (here: number, low: number, high: number) => (here === low ? high : here === high ? low : undefined);
  const row = opposite(at.row, range.top, range.bottom);
  const column = opposite(at.column, range.left, range.right);
  const last = at.row === range.bottom && at.column === range.right;
  const far = row !== undefined && column !== undefined ? { row, column } : last ? { row: range.top, column: range.left } : { row: range.bottom, column: range.right };
  return placeWithin(at, far.row === at.row && far.column === at.column ? undefined : far, range);
}
