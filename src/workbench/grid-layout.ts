/*
 * The geometry of the sheet on screen (grid.ts draws it): how many rows and columns it has, where
 * each column starts and what the file freezes, which rows and columns the view shows and which to
 * draw round them, and the scroll that brings a cell into view.
 */
import { canvasMeasure } from "./cell-fit";
import { selectedRange } from "./selection";
import { sheetId, store } from "./store";

/** A row's height in pixels where no cell wraps, the column letters' included (workbench.css holds them to it). */
export const ROW_HEIGHT = 22;
/** A wrapped line's height: Calibri 11's 15 points (Excel's row of one line). */
export const LINE_HEIGHT = 20;
/** A cell's padding on each side (workbench.css): its text has its width less twice this and the right border. */
export const CELL_PADDING = 5;

/**
 * Rows taller than ROW_HEIGHT, by sheet: a row is as tall as its most wrapped cell, as Excel
 * autofits it. Measured when a row is drawn (only the rows in view are), so a sheet of 40,000
 * rows is never measured whole; a row not drawn yet counts as one line.
 */
const tallRows = new Map<string, Map<number, number>>();

/** Records the height a drawn row needs; says whether it changed (the layout must be drawn again). */
export function setRowHeight(sheet: string, row: number, height: number): boolean {
  let heights = tallRows.get(sheet);
  const before = heights?.get(row) ?? ROW_HEIGHT;
  if (before === height) return false;
  if (!heights) tallRows.set(sheet, (heights = new Map()));
  if (height === ROW_HEIGHT) heights.delete(row);
  else heights.set(row, height);
  return true;
}
/** The row numbers' least width in pixels; wider where the last row's number needs it (rowHeadWidth). */
const ROW_HEAD_WIDTH = 52;
/** A column the file gives no width: Excel's default of 8.43 characters. */
const DEFAULT_WIDTH = 64;
/** Rows and columns drawn beyond the edges of the view, so a short scroll needs no redraw. */
const MARGIN_ROWS = 30;
const MARGIN_COLUMNS = 6;

/** A column's width in pixels from the file's width in characters (Excel's: 7 pixels a character, 5 of padding). */
function columnPixels(sheet: string, column: number): number {
  const { state } = store;
  const characters = state?.fileLooks?.[sheet]?.widths[column] || state?.looks?.[sheet]?.widths[column];
  return characters ? Math.round(characters * 7 + 5) : DEFAULT_WIDTH;
}

/** The rows and columns the file freezes at the top and left of the sheet shown. */
function frozenOf(sheet: string): { rows: number; columns: number } {
  const { state } = store;
  return state?.fileLooks?.[sheet]?.frozen ?? state?.looks?.[sheet]?.frozen ?? { rows: 0, columns: 0 };
}

/** The sheet's layout on screen: how many rows and columns, where each column starts, what is frozen. */
export interface Layout {
  sheet: string;
  rows: number;
  columns: number;
  /** lefts[c]: column c's left edge in pixels from the first column's (lefts[columns] is the sheet's width). */
  lefts: number[];
  /** tops[r]: row r's top edge in pixels from the first row's (tops[rows] is the sheet's height). */
  tops: number[];
  frozen: { rows: number; columns: number };
  /** The row numbers' width in pixels. */
  head: number;
}

/** The rows [top, bottom) and columns [left, right) drawn now, besides the frozen ones. */
export interface Drawn {
  top: number;
  bottom: number;
  left: number;
  right: number;
}

export function layoutOf(): Layout {
  const state = store.state!;
  const { height, width } = state.hf.getSheetDimensions(sheetId());
  // Room past the data, and down and across to the selection wherever the keys took it.
  const { bottom, right } = selectedRange();
  const rows = Math.max(height + 3, 30, bottom + 2);
  const columns = Math.max(width + 1, 10, right + 2);
  const lefts = [0];
  for (let c = 0; c < columns; c++) lefts.push(lefts[c] + columnPixels(state.sheet, c));
  const heights = tallRows.get(state.sheet);
  const tops = [0];
  for (let r = 0; r < rows; r++) tops.push(tops[r] + (heights?.get(r) ?? ROW_HEIGHT));
  const frozen = frozenOf(state.sheet);
  return { sheet: state.sheet, rows, columns, lefts, tops, frozen: { rows: Math.min(frozen.rows, rows), columns: Math.min(frozen.columns, columns) }, head: rowHeadWidth(rows) };
}

/**
 * The row numbers as wide as the last row's number needs in the grid's font (its padding of 6 px a
 * side and border with it), as Excel widens them to the last row's digits: 39990 shows whole.
 */
function rowHeadWidth(rows: number): number {
  const grid = typeof document === "undefined" ? null : document.getElementById("grid");
  if (!grid) return ROW_HEAD_WIDTH;
  const { fontSize, fontFamily } = getComputedStyle(grid);
  const measure = canvasMeasure(`${fontSize} ${fontFamily}`);
  return Math.max(ROW_HEAD_WIDTH, measure ? Math.ceil(measure(String(rows))) + 15 : 0);
}

/** The first column (or row) whose far edge is past `x` pixels, given their near edges (from the first's). */
function columnAt(lefts: number[], x: number): number {
  let low = 0;
  let high = lefts.length - 2;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (lefts[middle + 1] <= x) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** The rows and columns the view shows (scrolled past the frozen ones). */
export function inView(grid: HTMLElement, at: Layout): Drawn {
  const { rows, columns, lefts, tops, frozen } = at;
  const frozenHeight = tops[frozen.rows];
  const top = Math.max(frozen.rows, columnAt(tops, grid.scrollTop + frozenHeight));
  const frozenWidth = lefts[frozen.columns];
  return {
    top: Math.min(top, rows),
    bottom: Math.min(rows, columnAt(tops, grid.scrollTop + frozenHeight + grid.clientHeight) + 1),
    left: columnAt(lefts, grid.scrollLeft + frozenWidth),
    right: Math.min(columns, columnAt(lefts, grid.scrollLeft + frozenWidth + grid.clientWidth) + 1),
  };
}

/** What to draw for a view: the rows and columns in it, with a margin round them. */
export function withMargin(at: Layout, view: Drawn): Drawn {
  return {
    top: Math.max(at.frozen.rows, view.top - MARGIN_ROWS),
    bottom: Math.min(at.rows, view.bottom + MARGIN_ROWS),
    left: Math.max(at.frozen.columns, view.left - MARGIN_COLUMNS),
    right: Math.min(at.columns, view.right + MARGIN_COLUMNS),
  };
}

/** Whether the view has come within half a margin of an edge of what is drawn (an edge of the sheet aside). */
export function nearsEdge(at: Layout, view: Drawn, now: Drawn | undefined): boolean {
  if (!now) return true;
  return (
    (now.top > at.frozen.rows && view.top - now.top < MARGIN_ROWS / 2) ||
    (now.bottom < at.rows && now.bottom - view.bottom < MARGIN_ROWS / 2) ||
    (now.left > at.frozen.columns && view.left - now.left < MARGIN_COLUMNS / 2) ||
    (now.right < at.columns && now.right - view.right < MARGIN_COLUMNS / 2)
  );
}

/**
 * The cell under a point of the grid's view (`x`, `y` in pixels from its top left corner): under the
 * frozen rows and columns where it is over them, else as scrolled; clamped to the sheet laid out, so
 * a point past an edge of the view gives the cell at that edge.
 */
export function cellAt(grid: HTMLElement, at: Layout, x: number, y: number): { row: number; column: number } {
  const { lefts, tops, frozen } = at;
  const across = Math.max(0, x - at.head);
  const down = Math.max(0, y - ROW_HEIGHT);
  return {
    row: columnAt(tops, down < tops[frozen.rows] ? down : down + grid.scrollTop),
    column: columnAt(lefts, across < lefts[frozen.columns] ? across : across + grid.scrollLeft),
  };
}

/** Scrolls the grid so that the cell is in view, clear of the column letters, row numbers and frozen panes; whether the view moved. */
export function scrollToCell(grid: HTMLElement, at: Layout, row: number, column: number): boolean {
  const { lefts, tops, frozen } = at;
  const before = [grid.scrollTop, grid.scrollLeft];
  if (row >= frozen.rows) {
    const top = tops[row] - tops[frozen.rows]; // the scroll position that shows it first under the frozen rows
    const bottom = tops[row + 1] - tops[frozen.rows];
    const shown = grid.clientHeight - ROW_HEIGHT - tops[frozen.rows]; // room under the letters and frozen rows
    if (grid.scrollTop > top) grid.scrollTop = top;
    else if (grid.scrollTop + shown < bottom) grid.scrollTop = Math.min(top, bottom - Math.max(bottom - top, Math.floor(shown / ROW_HEIGHT) * ROW_HEIGHT));
  }
  if (column >= frozen.columns) {
    const left = lefts[column] - lefts[frozen.columns];
    const right = lefts[column + 1] - lefts[frozen.columns];
    const shown = grid.clientWidth - at.head - lefts[frozen.columns];
    if (grid.scrollLeft > left) grid.scrollLeft = left;
    else if (grid.scrollLeft + shown < right) grid.scrollLeft = Math.min(left, right - shown);
  }
  return grid.scrollTop !== before[0] || grid.scrollLeft !== before[1];
}
