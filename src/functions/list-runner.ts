/*
 * Whole arguments and the list runner: lists read in full (a bad cell fails the call), aligned
 * lists computed row by row (CPMFIT, HOTNOTES, SWEEP), and single-cell arguments.
 */
import { DomainError, isBlank, isDomainError, ruleAccepts } from "../core";
import { Grid, MAX_CELLS, shapeOf, toGrid, usedExtent } from "./broadcast";
import { mapCells } from "./cell-runner";
import { isErrorValue } from "./excel-errors";
import { BLANK, CellValue, Param, readWhole } from "./read-cell";

/**
 * A range read as a list, cell by cell row by row: its items up to its last non-blank cell (the
 * used extent), and how many cells the range has. Every cell past the items is blank and reads as
 * `blank`, the parameter's fallback, so a whole column (A:A) is read only as far as its data.
 */
export interface List<T> {
  items: (T | undefined)[];
  /** Rows up to the last with a non-blank cell: the rest of the range is blank. */
  used: number;
  cells: number;
  blank: T | undefined;
}

/** Every cell of a range up to its used extent, read with `param`; a bad cell fails the call. */
export function readList<T>(argument: unknown, param: Param<T>): List<T> {
  const grid = toGrid(argument) ?? [[null]];
  const { used, cells } = usedExtent(grid);
  if (cells > MAX_CELLS) throw new DomainError("TOO_MANY_CELLS", { argument: param.name, value: cells, limit: MAX_CELLS });
  const items: (T | undefined)[] = [];
  const rule = param.rule;
  let filled = 0;
  for (let r = 0; r < used; r++) {
    const line = grid[r];
    for (let c = 0; c < line.length; c++) {
      const raw = line[c];
      // A plain number inside the parameter's declared range is taken as it is (as the vector runner does).
      items.push(rule !== undefined && typeof raw === "number" && ruleAccepts(rule, raw) ? (raw as T) : readWhole(raw, param));
      if (!isBlank(raw)) filled = items.length;
    }
  }
  items.length = filled;
  return { items, used, cells, blank: param.fallback };
}

/**
 * Checks that a list can be made `length` long, the length of the `partner` argument's list: a
 * longer one may only run on with blanks (a whole column passed); a shorter one, or one with more
 * data, does not match: SIZE_MISMATCH (#N/A) naming the shorter list and the longer, with their
 * lengths ("cpms has 2 values where spends has 3").
 */
export function fitLength(list: List<unknown>, length: number, name: string, partner: string): void {
  const mismatch = (short: string, count: number, long: string, longCount: number) =>
    new DomainError("SIZE_MISMATCH", { argument: short, count, reaching: { argument: long, count: longCount } });
  if (list.cells < length) throw mismatch(name, list.cells, partner, length);
  // "Runs on with blanks" is judged on the cells as given: the items end at the last non-blank one.
  if (list.items.length > length) throw mismatch(partner, length, name, list.items.length);
}

/** Item `i` of a list: past its last non-blank cell, a blank. */
function itemAt<T>(list: List<T>, i: number): T | undefined {
  return i < list.items.length ? list.items[i] : list.blank;
}

/**
 * A list argument — one row or one column — as a column, so lists given one as a row and one as
 * a column still pair item by item. A range both tall and wide is not a list (NOT_A_LIST).
 */
export function asColumn(argument: unknown, name: string): Grid | null {
  const grid = toGrid(argument);
  if (grid === null) return null;
  const rows = grid.length;
  const columns = usedExtent(grid).width;
  if (rows > 1 && columns > 1) throw new DomainError("NOT_A_LIST", { argument: name, rows, columns });
  return rows === 1 && columns > 1 ? grid[0].map((value) => [value]) : grid;
}

/** A single-cell argument (a 1×1 range or a plain value); omitted or blank gives the fallback. */
export function readOne<T>(argument: unknown, param: Param<T>): T | undefined {
  const grid = toGrid(argument);
  if (grid === null) return param.fallback;
  const { rows, columns } = shapeOf(grid);
  if (rows !== 1 || columns !== 1) throw new DomainError("NOT_ONE_CELL", { argument: param.name, rows, columns });
  return readWhole(grid[0][0], param);
}

/** One row of aligned lists: its computed value, or what its result row shows instead (a blank, an error). */
type Row<R> = { ok: true; value: R } | { ok: false; cell: CellValue };

/**
 * The result of the list runner: one row per item of the aligned lists, each computed or failed
 * on its own (a blank item gives a blank row, a refused one its error).
 */
export class ListRows<R> {
  constructor(private readonly items: readonly Row<R>[]) {}

  /** The values of the rows that computed, in order (what a threshold over the portfolio is taken from). */
  values(): R[] {
    return this.items.flatMap((item) => (item.ok ? [item.value] : []));
  }

  /** A second step on each computed row; a domain error it throws stays in that row. */
  then<S>(step: (value: R) => S): ListRows<S> {
    return new ListRows(
      this.items.map((item): Row<S> => {
        if (!item.ok) return item;
        try {
          return { ok: true, value: step(item.value) };
        } catch (error) {
          if (isDomainError(error)) return { ok: false, cell: error };
          throw error;
        }
      }),
    );
  }

  /** The rows as Excel's, `width` wide: a computed row by `format`, a failed one its blank or error across. */
  rows(width: number, format: (value: R) => unknown[]): unknown[][] {
    return this.items.map((item) => (item.ok ? format(item.value) : Array(width).fill(item.cell)));
  }
}

/**
 * The list runner: lists given as rows or columns, aligned item by item (a row and a column of
 * three notes are three notes, not a 3×3 grid), each item read with its parameter and `compute`d on
 * its own. A range both tall and wide is not a list (NOT_A_LIST); lists of different lengths give
 * #N/A in the rows only some reach.
 */
export function listRows<T extends unknown[], R>(params: { [K in keyof T]: Param<T[K]> }, args: readonly unknown[], compute: (values: T) => R): ListRows<R> {
  const lists = args.map((argument, i) => asColumn(argument, (params[i] as Param<unknown>).name) ?? [[null]]);
  const cells = mapCells(params, lists, compute).cells;
  return new ListRows(
    cells.map(([cell]): Row<R> => (cell === BLANK || isErrorValue(cell) ? { ok: false, cell: cell as CellValue } : { ok: true, value: cell as R })),
  );
}

/**
 * Lists read whole (a bad item fails the call) and aligned: as long as the shortest, a longer one
 * running on only with blanks (a whole column passed), else SIZE_MISMATCH. Each row holds one item
 * of every list, undefined where that item is blank; the rows past the last non-blank cell of
 * every list hold no data and are left out, so a whole column costs what its data costs.
 */
export function alignedLists<T extends unknown[]>(params: { [K in keyof T]: Param<T[K]> }, args: readonly unknown[]): { [K in keyof T]: T[K] | undefined }[] {
  const read = args.map((argument, i) => readList(argument, params[i] as Param<unknown>));
  const length = Math.min(...read.map((list) => list.cells));
  const shortest = (params[read.findIndex((list) => list.cells === length)] as Param<unknown>).name;
  read.forEach((list, i) => fitLength(list, length, (params[i] as Param<unknown>).name, shortest));
  const used = Math.max(...read.map((list) => list.items.length));
  return Array.from({ length: used }, (_, row) => read.map((list) => itemAt(list, row)) as { [K in keyof T]: T[K] | undefined });
}

/**
 * A per-line argument of ALLOCATE, REQUIREDBUDGET, SWEEP and FLIGHTPLAN, aligned to the `lines`
 * rows: one value for every line, or one per line (a longer list may run on only with blanks, else
 * SIZE_MISMATCH); blanks take the parameter's fallback. Where `named` tells which rows have a
 * name, a value on a row without one is LINE_UNNAMED: the line would otherwise be left out silently.
 */
export function alignedToLines(argument: unknown, param: Param<number>, lines: { count: number; argument: string }, named?: (row: number) => boolean): (number | undefined)[] {
  if (argument === null || argument === undefined) return Array(lines.count).fill(param.fallback);
  const list = readList(argument, param);
  if (list.cells === 1) return Array(lines.count).fill(list.items[0] ?? param.fallback);
  fitLength(list, lines.count, param.name, lines.argument);
  const column: (number | undefined)[] = new Array(lines.count);
  for (let i = 0; i < lines.count; i++) column[i] = itemAt(list, i) ?? param.fallback;
  if (named) {
    // Judged on the cells: a blank reads as the parameter's fallback, so the items cannot tell.
    const grid = toGrid(argument)!;
    const width = grid[0].length;
    for (let i = 0; i < lines.count; i++) {
      if (!named(i) && !isBlank(grid[Math.floor(i / width)]?.[i % width])) throw new DomainError("LINE_UNNAMED", { argument: param.name, rows: i + 1 });
    }
  }
  return column;
}
