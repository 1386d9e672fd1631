/*
 * The grid's reference rules, pure (no page, no engine): a reference typed into the Name Box, and
 * where Ctrl+arrow goes.
 */
import { columnIndex, parseA1, readAddress } from "../template/references-syntax";
import { EXCEL_LAST_COLUMN, EXCEL_LAST_ROW, MAX_COLUMNS, MAX_ROWS } from "../spreadsheet/limits";

/**
 * A reference typed into the Name Box, as Excel reads it: a cell or range (B7, a1:c3, $B$7), on the
 * sheet on screen or another (Growth!B7, 'CPM history'!B5:C28). Undefined for anything else.
 */
export function parseReference(typed: string, sheets: readonly string[]): { sheet?: string; from: { row: number; column: number }; to: { row: number; column: number } } | undefined {
  const read = readAddress(typed);
  const sheet = read && sheetNamed(read.sheet, sheets);
  if (!read || sheet === null) return undefined;
  const [first, last = first] = read.cells.split(":");
  const [a, b] = [parseA1(first), parseA1(last)];
  if (a.row < 0 || b.row < 0 || Math.max(a.column, b.column) > EXCEL_LAST_COLUMN || Math.max(a.row, b.row) > EXCEL_LAST_ROW) return undefined;
  return { sheet, from: { row: Math.min(a.row, b.row), column: Math.min(a.column, b.column) }, to: { row: Math.max(a.row, b.row), column: Math.max(a.column, b.column) } };
}

/** The sheet a reference names, as the workbook spells it (any case typed); undefined where it names none, null where the workbook has no such sheet. */
function sheetNamed(named: string | undefined, sheets: readonly string[]): string | undefined | null {
  return named === undefined ? undefined : (sheets.find((s) => s.toLowerCase() === named.toLowerCase()) ?? null);
}

/**
 * Whole columns or rows typed into the Name Box, as Excel reads them: C:C, $A:$C, 2:2, 3:5, on the
 * sheet on screen or another (Growth!B:B, 'CPM history'!3:5); zero-based, first to last, as far as
 * Excel's last column and row, starting within what a sheet here holds (40,000 rows). Undefined for anything else.
 */
export function parseWhole(typed: string, sheets: readonly string[]): { sheet?: string; kind: "columns" | "rows"; first: number; last: number } | undefined {
  const [, prefix, columnA, columnB, rowA, rowB] = /^(.*?)(?:\$?([A-Za-z]{1,3}):\$?([A-Za-z]{1,3})|\$?(\d{1,7}):\$?(\d{1,7}))\s*$/.exec(typed) ?? [];
  if (prefix === undefined || (prefix.trim() !== "" && !prefix.endsWith("!"))) return undefined;
  // The sheet part read as a cell's would be (a cell put after it): quoted, unquoted, or none.
  const read = readAddress(`${prefix}A1`);
  const sheet = read && sheetNamed(read.sheet, sheets);
  if (!read || sheet === null) return undefined;
  const [a, b] = columnA ? [columnIndex(columnA.toUpperCase()), columnIndex(columnB.toUpperCase())] : [Number(rowA) - 1, Number(rowB) - 1];
  const [first, last] = [Math.min(a, b), Math.max(a, b)];
  if (first < 0 || last > (columnA ? EXCEL_LAST_COLUMN : EXCEL_LAST_ROW)) return undefined;
  // Starting past what a sheet here holds (row 40,001 on): no row of it is here. Cut to the sheet it would be
  // row 40,000, which Delete would then clear unselected; starting inside (1:1048576), the caller cuts it.
  if (first > (columnA ? MAX_COLUMNS : MAX_ROWS) - 1) return undefined;
  return { sheet, kind: columnA ? "columns" : "rows", first, last };
}

/**
 * Where Ctrl+arrow goes from a cell, as in Excel: within a run of filled cells, to its last cell;
 * from an empty cell or a run's end, to the next filled cell — or to the edge of the sheet's data.
 */
export function dataEdge(filled: (row: number, column: number) => boolean, from: { row: number; column: number }, step: { row: number; column: number }, last: { row: number; column: number }): { row: number; column: number } {
  const inside = (p: { row: number; column: number }) => p.row >= 0 && p.column >= 0 && p.row <= last.row && p.column <= last.column;
  const next = (p: { row: number; column: number }) => ({ row: p.row + step.row, column: p.column + step.column });
  let at = from;
  if (!inside(next(at))) return at;
  if (filled(at.row, at.column) && filled(next(at).row, next(at).column)) {
    while (inside(next(at)) && filled(next(at).row, next(at).column)) at = next(at);
    return at;
  }
  at = next(at);
  while (inside(next(at)) && !filled(at.row, at.column)) at = next(at);
  return at;
}

/**
 * The current region round a cell, as Excel's Ctrl+A selects it: the block of filled cells joined to
 * it (across a corner too), grown until an empty row and column border it or the data's edge. Its
 * top-left and bottom-right cells; undefined where the cell is empty with nothing filled round it.
 */
export function currentRegion(filled: (row: number, column: number) => boolean, at: { row: number; column: number }, last: { row: number; column: number }): { from: { row: number; column: number }; to: { row: number; column: number } } | undefined {
  let [top, bottom, left, right] = [at.row, at.row, at.column, at.column];
  const anyInRow = (r: number) => {
    for (let c = Math.max(0, left - 1); c <= Math.min(last.column, right + 1); c++) if (filled(r, c)) return true;
    return false;
  };
  const anyInColumn = (c: number) => {
    for (let r = Math.max(0, top - 1); r <= Math.min(last.row, bottom + 1); r++) if (filled(r, c)) return true;
    return false;
  };
  for (let grown = true; grown; ) {
    grown = false;
    for (; top > 0 && anyInRow(top - 1); grown = true) top--;
    for (; bottom < last.row && anyInRow(bottom + 1); grown = true) bottom++;
    for (; left > 0 && anyInColumn(left - 1); grown = true) left--;
    for (; right < last.column && anyInColumn(right + 1); grown = true) right++;
  }
  if (top === bottom && left === right && !filled(top, left)) return undefined;
  return { from: { row: top, column: left }, to: { row: bottom, column: right } };
}
