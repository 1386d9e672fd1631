/*
 * The selected cell or range: its address, moving it, and showing it in the grid, the name box and
 * the formula bar.
 */
import { columnLetter, parseA1 } from "../template/planner";
import { entryText } from "./entry";
import { keepSoon } from "./kept-workbook";
import { $ } from "./page";
import { sheetId, store } from "./store";

export function address(row: number, column: number): string {
  return `${columnLetter(column)}${row + 1}`;
}

export function showSelection(): void {
  const { state } = store;
  if (!state) return;
  const { row, column } = state.selected;
  const where = { sheet: sheetId(), row, col: column };
  state.selection = selectionAddress();
  keepSoon(); // the sheet and cells selected come back after a reload
  ($("address") as HTMLInputElement).value = state.selection;
  const formula = state.hf.getCellFormula(where);
  const raw = state.hf.getCellSerialized(where);
  ($("formula") as HTMLInputElement).value = formula ?? entryText(raw);
  document.querySelectorAll(".grid td.selected, .grid td.in-range").forEach((td) => td.classList.remove("selected", "in-range"));
  const active = document.querySelector(`.grid td[data-cell="${address(row, column)}"]`);
  active?.classList.add("selected");
  // The selected cell stays in view as the keys move it, as in Excel.
  active?.scrollIntoView?.({ block: "nearest", inline: "nearest" });
  if (state.extent) {
    const [start, end] = selectionAddress().split(":").map(parseA1);
    for (let r = start.row; r <= end.row; r++) {
      for (let c = start.column; c <= end.column; c++) document.querySelector(`.grid td[data-cell="${address(r, c)}"]`)?.classList.add("in-range");
    }
  }
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
  showSelection();
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
