/*
 * What every sheet of the planner template is made of: the cell and sheet definitions the writers
 * read (the template build, Office.js's insert, the workbench), the number formats, the one month
 * list, and the A1 helpers the sheets and their readers share.
 */
import { inAllLanguages, PORTFOLIO_WORDS } from "../core/words/column-words";
import { columnLetter, parseA1 } from "./references-syntax";
import type { CellStyle } from "./styles";

export { abs, columnLetter, parseA1 } from "./references-syntax";

export type { CellStyle } from "./styles";

export interface CellDefinition {
  value?: string | number;
  /** A formula without the leading "=". */
  formula?: string;
  format?: string;
  style?: CellStyle;
}

export interface SheetDefinition {
  name: string;
  /** Column widths in characters, from column A. */
  widths: number[];
  /** Rows and columns kept in view when scrolling. */
  frozen: { rows: number; columns: number };
  cells: Record<string, CellDefinition>;
  /** The last row printed, where the sheet holds more rows than a plan needs on paper (the Notes table's room); else every row. */
  printRows?: number;
  /** Ranges merged into one cell ("C7:I7"): a long note wrapped across the columns beside it, so it neither runs off the printed page nor widens it. */
  merges?: string[];
  /** Row heights in points, by row number, where a row needs more than one line (a wrapped note). */
  rowHeights?: Record<number, number>;
  /** Rows (1-based) a printed page ends after, so a block (a chart) starts a page rather than break across two. */
  pageBreaks?: number[];
}

/** The label of a total row or column (a scenario's year, the Lines blocks): the Summary finds a scenario's totals on its row. */
export const TOTAL_LABEL = inAllLanguages(PORTFOLIO_WORDS.total);

/**
 * The labels that stand on more than one sheet, each written once: the pane finds a scenario's and the
 * CPM history's rows by some of them (SCENARIO_LABELS, HISTORY_LABELS), so two sheets cannot drift apart.
 */
export const SHARED_LABELS = {
  /** ALLOCATE's first column, the lines' names (ALLOCATION_HEADER). */
  line: inAllLanguages(PORTFOLIO_WORDS.line),
  baseCpa: "Base CPA 基准 CPA",
  baseCpmAtRef: "Base CPM at reference spend 参考预算下的 CPM",
  targetMarginalCpa: "Target marginal CPA 目标边际 CPA",
  avgCpm: "Avg CPM 平均 CPM",
  /** The header of a key | value table (the assumptions, the fit's results). */
  key: "key 键",
  value: "value 值",
};

/** A row holding headers is two lines tall: the bilingual headers wrap, and a single-line row would let them overlap the first data row. */
export const HEADER_ROW_HEIGHT = 30;

/** Every row height a sheet sets, by row number: two lines for a row of headers, and the sheet's own. */
export function rowHeightsOf(sheet: Pick<SheetDefinition, "cells" | "rowHeights">): Record<number, number> {
  const heights: Record<number, number> = {};
  for (const [a1, cell] of Object.entries(sheet.cells)) if (cell.style === "header") heights[parseA1(a1).row + 1] = HEADER_ROW_HEIGHT;
  return { ...heights, ...sheet.rowHeights };
}

/**
 * How every sheet of the template prints: landscape A4, one page wide (at most two tall), the
 * rows frozen at the top repeated on every page as print titles, and the sheet's name with the page
 * number in the footer (Excel's &A, &P and &N codes).
 */
export const PRINT = {
  orientation: "landscape" as const,
  /** A4, Excel's paper size 9. */
  paperSize: 9,
  fitToWidth: 1,
  /**
   * At most two pages tall (a sheet with page breaks: fitToHeightOf). One page wide alone printed Read me
   * and Notes on three pages in Calibri's metrics (Excel's; LibreOffice's with Carlito), fewer only in a
   * wider fallback font. A sheet shorter than two pages prints at its width's scale, as before.
   */
  fitToHeight: 2,
  footer: "&A  ·  Page 第 &P / &N 页",
};

/**
 * How many pages tall a sheet is fitted to: PRINT's two, or 0 (as tall as it needs, one page wide) for a
 * sheet with page breaks, which a height to fit would override (Excel and LibreOffice then ignore them).
 */
export function fitToHeightOf(sheet: Pick<SheetDefinition, "pageBreaks">): number {
  return sheet.pageBreaks?.length ? 0 : PRINT.fitToHeight;
}

/** The rows a sheet repeats at the top of each printed page ("1:9"): its frozen rows, or none. */
export function printTitleRows(sheet: Pick<SheetDefinition, "frozen">): string | undefined {
  return sheet.frozen.rows > 0 ? `1:${sheet.frozen.rows}` : undefined;
}

/**
 * The range a sheet prints ("$A$1:$J$101"): the columns it sets widths for, down to its last row or
 * its printRows. Text running past the last column (a long label) stays off the page rather than
 * shrinking the whole sheet to fit it.
 */
export function printArea(sheet: Pick<SheetDefinition, "printRows" | "widths" | "cells">): string {
  const lastRow = sheet.printRows ?? Math.max(1, ...Object.keys(sheet.cells).map((a1) => parseA1(a1).row + 1));
  return `$A$1:$${columnLetter(sheet.widths.length - 1)}$${lastRow}`;
}

/** The line under a sheet's title that says which cells to type in, and the currency, once for every sheet that has inputs. */
export const INPUTS_NOTE = "Inputs in blue cells; example figures — replace them with yours. Amounts in yuan (元). 蓝色单元格为输入项；示例数字，请替换为你的数据。金额单位：元。";

export const FORMATS = {
  money: "#,##0.00",
  price: "#,##0.00",
  count: "#,##0",
  share: "0.0%",
  rate: "0.00%",
  number: "0.0000",
};

/** The template's months, one list for every sheet that labels them (scenarios, history, flight plan). */
export const MONTHS = ["Jan 1月", "Feb 2月", "Mar 3月", "Apr 4月", "May 5月", "Jun 6月", "Jul 7月", "Aug 8月", "Sep 9月", "Oct 10月", "Nov 11月", "Dec 12月"];

/** The header above a list of months in column A (scenarios and CPM history), by which the task pane finds them. */
export const MONTH_HEADER = "Month 月份";

/** A sheet as rows of values and "=formula" strings, the form spreadsheet engines load. */
export function sheetAsRows(sheet: SheetDefinition): (string | number | null)[][] {
  const rows: (string | number | null)[][] = [];
  for (const [a1, cell] of Object.entries(sheet.cells)) {
    const { row, column } = parseA1(a1);
    while (rows.length <= row) rows.push([]);
    const line = rows[row];
    while (line.length < column) line.push(null);
    line[column] = cell.formula !== undefined ? `=${cell.formula}` : (cell.value ?? null);
  }
  return rows.map((line) => line.map((v) => (v === undefined ? null : v)));
}
