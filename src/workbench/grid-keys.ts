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
  const { height, width } = state.hf.getSheetDimensions(id);
  const used = { row: Math.max(0, height - 1), column: Math.max(0, width - 1) };
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
    return region && !sameAsNow ? span(region.from, region.to) : span({ row: 0, column: 0 }, used);
  }
  if (key === " " && event.shiftKey && !command) return span({ row, column: 0 }, { row, column: Math.max(used.column, column) });
  if (key === " " && command && !event.shiftKey) return span({ row: 0, column }, { row: Math.max(used.row, row), column });
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
