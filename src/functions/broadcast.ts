/*
 * Ranges as Excel's array maths lines them up: a lone value is a 1×1 range, a single row repeats
 * down, a single column across, and a result stops where the data stops.
 */
import { DomainError, isBlank } from "../core";

/** Largest result we compute: a whole column of Excel (1,048,576 rows) by two. */
export const MAX_CELLS = 2_097_152;

export type Grid = readonly (readonly unknown[])[];

/** Excel hands a matrix parameter as any[][]; an omitted one as null. A lone value is a 1×1 range. */
export function toGrid(argument: unknown): Grid | null {
  if (argument === null || argument === undefined) return null;
  if (Array.isArray(argument)) {
    if (argument.length === 0) return [[null]];
    return Array.isArray(argument[0]) ? (argument as unknown[][]) : [argument];
  }
  return [[argument]];
}

/** Excel hands rectangles; anything ragged (a hand-made array) is padded with blanks to its widest row. */
function rectangular(grid: Grid): Grid {
  // One plain loop: this runs on every call, over every row of a whole column.
  let width = grid[0].length;
  let ragged = false;
  for (let r = 1; r < grid.length; r++) {
    const length = grid[r].length;
    if (length !== width) {
      ragged = true;
      if (length > width) width = length;
    }
  }
  if (!ragged) return grid;
  return grid.map((line) => (line.length === width ? line : Array.from({ length: width }, (_, c) => (c < line.length ? line[c] : null))));
}

/** True when row `row` of `grid` holds no data (or the grid does not reach it). */
function rowIsBlank(grid: Grid, row: number): boolean {
  const line = grid[row];
  if (!line) return true;
  for (let c = 0; c < line.length; c++) if (!isBlank(line[c])) return false;
  return true;
}

/** True when column `column` of `grid`, within its first `rows` rows, holds no data. */
function columnIsBlank(grid: Grid, column: number, rows: number): boolean {
  const height = Math.min(grid.length, rows);
  for (let r = 0; r < height; r++) {
    const line = grid[r];
    if (column < line.length && !isBlank(line[column])) return false;
  }
  return true;
}

export interface Shape {
  rows: number;
  columns: number;
}

export function shapeOf(grid: Grid): Shape {
  return { rows: grid.length, columns: grid.reduce((widest, row) => Math.max(widest, row.length), 0) };
}

/** A call's arguments as ranges, ready to broadcast. */
export interface Broadcast {
  /** Each argument as given (made rectangular), or null where it was omitted. */
  grids: (Grid | null)[];
  /** Each argument's own shape; an omitted one counts as one cell. */
  shapes: Shape[];
  /**
   * Excel's array broadcasting: the result is as tall as the tallest and as wide as the widest,
   * less the trailing rows (and columns) that hold no data in any argument.
   */
  shape: Shape;
}

/**
 * The arguments of a call, aligned and broadcast; a result beyond MAX_CELLS is refused (#NUM!).
 *
 * A whole column passed as A:A should cost what its data costs and stop where the data stops, so
 * trailing rows are dropped — but only rows blank in every argument that has rows of its own (a
 * single row repeats down and has none), after aligning the arguments; columns likewise. A range
 * is never shrunk on its own: one blank in some rows gives blank results in exactly those rows.
 */
export function broadcastArguments(params: readonly { name: string }[], args: readonly unknown[]): Broadcast {
  const grids = args.map((argument) => {
    const grid = toGrid(argument);
    return grid === null ? null : rectangular(grid);
  });
  const shapes = grids.map((grid) => (grid === null ? { rows: 1, columns: 1 } : { rows: grid.length, columns: grid[0].length }));
  let rows = Math.max(...shapes.map((s) => s.rows));
  let columns = Math.max(...shapes.map((s) => s.columns));
  const tall = grids.filter((grid, i): grid is Grid => grid !== null && shapes[i].rows > 1);
  while (rows > 1 && tall.every((grid) => rowIsBlank(grid, rows - 1))) rows--;
  const wide = grids.filter((grid, i): grid is Grid => grid !== null && shapes[i].columns > 1);
  while (columns > 1 && wide.every((grid) => columnIsBlank(grid, columns - 1, rows))) columns--;
  const size = rows * columns;
  if (size > MAX_CELLS) throw new DomainError("TOO_MANY_CELLS", { argument: params[0].name, value: size, limit: MAX_CELLS });
  return { grids, shapes, shape: { rows, columns } };
}

export const MISSING = Symbol("missing");

/** The cell of `grid` that lands at (row, column): a single row repeats down, a single column across. */
export function cellAt(grid: Grid, row: number, column: number): unknown {
  const r = grid.length === 1 ? 0 : row;
  const line = grid[r];
  if (!line) return MISSING;
  const c = line.length === 1 ? 0 : column;
  return c < line.length ? line[c] : MISSING;
}

/**
 * The SIZE_MISMATCH of the cells argument `i`'s range does not reach, naming the argument whose
 * range does reach them (the longest in the direction `i` falls short; of equal reach within the
 * result, the smaller range, so a whole column passed beside it is not the one named) with both
 * sizes: as counts where both are lists along that direction, else as rows × columns.
 */
export function sizeMismatch(params: readonly { name: string }[], shapes: readonly Shape[], result: Shape, i: number): DomainError {
  const own = shapes[i];
  const down = own.rows !== 1 && own.rows < result.rows; // falls short of the result's rows, else of its columns
  const along = (s: Shape) => (down ? s.rows : s.columns);
  const reach = (s: Shape) => Math.min(along(s), down ? result.rows : result.columns);
  let other = -1;
  for (let j = 0; j < shapes.length; j++) {
    if (j === i) continue;
    const better = other < 0 || reach(shapes[j]) > reach(shapes[other]) || (reach(shapes[j]) === reach(shapes[other]) && along(shapes[j]) < along(shapes[other]));
    if (better) other = j;
  }
  const details = { argument: params[i].name, rows: own.rows, columns: own.columns };
  if (other < 0) return new DomainError("SIZE_MISMATCH", details);
  const them = shapes[other];
  const lists = down ? own.columns === 1 && them.columns === 1 : own.rows === 1 && them.rows === 1;
  const reaching = { argument: params[other].name, rows: them.rows, columns: them.columns, ...(lists ? { count: reach(them) } : {}) };
  return new DomainError("SIZE_MISMATCH", { ...details, ...(lists ? { count: along(own) } : {}), reaching });
}
