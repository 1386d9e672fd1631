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
