/*
 * Excel's keys that move or widen the selection on the grid, or go to another sheet: where each
 * takes the selection (grid-events.ts applies it). Reads the open workbook; draws nothing.
 */
import { layoutOf } from "./grid-layout";
import { currentRegion, dataEdge } from "./references";
import { selectedRange } from "./selection";
import { sheetId, store } from "./store";

type Cell = { row: number; column: number };

/** Where each arrow key moves the selection: [rows, columns] (Ctrl with it: to the data's edge that way). */
export const ARROWS: Readonly<Record<string, [number, number]>> = { ArrowUp: [-1, 0], ArrowDown: [1, 0], ArrowLeft: [0, -1], ArrowRight: [0, 1] };

/** Rows a PageUp or PageDown moves: about a screen of the grid. */
const PAGE_ROWS = 20;

/** A selection from its active cell to its far corner (none when they are the same cell). */
function span(selected: Cell, far: Cell = selected): { selected: Cell; extent: Cell | undefined } {
  return { selected, extent: far.row !== selected.row || far.column !== selected.column ? far : undefined };
}

/** The sheet's used range's last row and column (0 and 0 on an empty sheet). */
function usedCorner(): Cell {
  const { height, width } = store.state!.hf.getSheetDimensions(sheetId());
  return { row: Math.max(0, height - 1), column: Math.max(0, width - 1) };
}

/** Whole columns, `from` to `to`, as Ctrl+Space and a click on the column letters select them: down the used rows (to `row` at least). */
export function wholeColumns(from: number, to = from, row = 0): { selected: Cell; extent: Cell | undefined } {
  return span({ row: 0, column: from }, { row: Math.max(usedCorner().row, row), column: to });
}

/** Whole rows, `from` to `to`, as Shift+Space and a click on the row numbers select them: across the used columns (to `column` at least). */
export function wholeRows(from: number, to = from, column = 0): { selected: Cell; extent: Cell | undefined } {
  return span({ row: from, column: 0 }, { row: to, column: Math.max(usedCorner().column, column) });
}

/** The whole sheet, as a click on the corner above the row numbers selects it: its used range (as Ctrl+A's second press). */
export function wholeSheet(): { selected: Cell; extent: Cell | undefined } {
  return span({ row: 0, column: 0 }, usedCorner());
}

/**
 * The selection a key makes, as in Excel; undefined for other keys. PageUp/PageDown a screen;
 * Ctrl+Home the first cell not frozen (the view back at the top left), Ctrl+End the last used cell;
 * Ctrl+arrow to the edge of the data, Ctrl+Shift+arrow the selection widened to it; Ctrl+A (and
 * Ctrl+Shift+Space) the current region, then the used range; Shift+Space the row, Ctrl+Space the column, across the used range.
 */
export function selectionFor(event: KeyboardEvent): { selected: Cell; extent: Cell | undefined } | undefined {
  const { state } = store;
  if (!state) return undefined;
  const { selected } = state;
  const { row, column } = selected;
  const id = sheetId();
  const used = usedCorner();
  const command = event.ctrlKey || event.metaKey;
  const key = event.key.length === 1 ? event.key.toLowerCase() : event.key;
  if (!command && key === "PageDown") return span({ row: row + PAGE_ROWS, column });
  if (!command && key === "PageUp") return span({ row: Math.max(0, row - PAGE_ROWS), column });
  if (command && key === "Home") {
    const { frozen } = layoutOf();
    return span({ row: frozen.rows, column: frozen.columns });
  }
  if (command && key === "End") return span(used);
  const filled = (r: number, c: number) => state.hf.getCellValue({ sheet: id, row: r, col: c }) !== null;
  if ((command && key === "a" && !event.shiftKey && !event.altKey) || (command && event.shiftKey && key === " ")) {
    // The current region first; pressed again (or on a cell with nothing round it), the used range.
    const region = currentRegion(filled, selected, used);
    const now = selectedRange();
    const sameAsNow = region && now.top === region.from.row && now.left === region.from.column && now.bottom === region.to.row && now.right === region.to.column;
    return region && !sameAsNow ? span(region.from, region.to) : wholeSheet();
  }
  if (key === " " && event.shiftKey && !command) return wholeRows(row, row, column);
  if (key === " " && command && !event.shiftKey) return wholeColumns(column, column, row);
  const step = ARROWS[key];
  if (!command || !step || event.altKey) return undefined;
  const from = event.shiftKey ? (state.extent ?? selected) : selected;
  const edge = dataEdge(filled, from, { row: step[0], column: step[1] }, { row: Math.max(from.row, used.row), column: Math.max(from.column, used.column) });
  return event.shiftKey ? span(selected, edge) : span(edge);
}

/** The sheet Ctrl+PageDown or Ctrl+PageUp goes to: the next or the one before, stopping at the ends as Excel does. */
export function sheetFor(event: KeyboardEvent): string | undefined {
  const { state } = store;
  if (!state || !(event.ctrlKey || event.metaKey) || event.shiftKey || (event.key !== "PageDown" && event.key !== "PageUp")) return undefined;
  const names = state.hf.getSheetNames();
  const here = names.indexOf(state.sheet);
  return names[Math.min(names.length - 1, Math.max(0, here + (event.key === "PageDown" ? 1 : -1)))];
}
