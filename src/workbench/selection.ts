/*
 * The selected cell or range: its address and moving it (grid.ts shows it, in the grid, the Name
 * Box and the formula bar).
 */
import { columnLetter } from "../template/planner";
import { store } from "./store";

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
 * A run of Tabs: the column its first Tab left and the cell its last Tab reached. Enter from that
 * cell goes to the next row in the run's first column, as in Excel (typing A1, Tab, B1, Tab, C1,
 * Enter goes to A2); the selection moved any other way ends the run.
 */
let tabRun: { column: number; at: { row: number; column: number } } | undefined;

export function endTabRun(): void {
  tabRun = undefined;
}

/** Tab or Enter (with Shift: back), on the grid or entering an entry: the next cell, as in Excel. */
export function step(key: "Tab" | "Enter", back: boolean): void {
  const { state } = store;
  if (!state) return;
  const here = state.selected;
  const run = tabRun && tabRun.at.row === here.row && tabRun.at.column === here.column ? tabRun : undefined;
  tabRun = undefined;
  if (key === "Tab") {
    move(0, back ? -1 : 1);
    tabRun = { column: run?.column ?? here.column, at: { ...state.selected } };
  } else if (run && !back) {
    state.selected = { row: here.row + 1, column: run.column };
    state.extent = undefined;
  } else move(back ? -1 : 1, 0);
}

export function selectionAddress(): string {
  const { selected, extent } = store.state!;
  if (!extent) return address(selected.row, selected.column);
  const top = Math.min(selected.row, extent.row);
  const left = Math.min(selected.column, extent.column);
  return `${address(top, left)}:${address(Math.max(selected.row, extent.row), Math.max(selected.column, extent.column))}`;
}

/** The selection as a block of cells, zero-based and inclusive. */
export function selectedRange(): { top: number; left: number; bottom: number; right: number } {
  const { selected, extent } = store.state!;
  const far = extent ?? selected;
  return { top: Math.min(selected.row, far.row), left: Math.min(selected.column, far.column), bottom: Math.max(selected.row, far.row), right: Math.max(selected.column, far.column) };
}
