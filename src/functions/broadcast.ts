/*
 * Ranges as Excel's array maths lines them up: a lone value is a 1×1 range, a single row repeats
 * down, a single column across, and a result stops where the data stops.
 */
import { DomainError } from "../core";
// Imported from its own module, not through core/index: CommonJS (jest, ts-node) reaches a
// re-export through a getter, which in scanExtent's loop over a whole column costs twice the look.
import { isBlank } from "../core/maths/numbers";

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

/**
 * The used extent of a range: where its data ends. Every cell past the last non-blank one is blank,
 * reads as its parameter's fallback and can fail nothing, so the readers stop there — a whole
 * column (A:A) costs one look at each of its cells, not a read of each. One pass from the end.
 */
export interface Extent {
  /** Rows up to and including the last row with a non-blank cell (0 when all are blank). */
  used: number;
  /** The widest row. */
  width: number;
  /** Cells in all rows (rows × width unless the range is ragged, as a hand-made array can be). */
  cells: number;
}

// The extents of the current call's arguments, each found once however many readers ask for it;
// excelFunction forgets them when a call starts, so a range changed between calls is looked at again.
let extents = new WeakMap<Grid, Extent>();

export function forgetExtents(): void {
  extents = new WeakMap();
}

export function usedExtent(grid: Grid): Extent {
  let extent = extents.get(grid);
  if (extent === undefined) extents.set(grid, (extent = scanExtent(grid)));
  return extent;
}

function scanExtent(grid: Grid): Extent {
  let used = 0;
  let width = 0;
  let cells = 0;
  let r = grid.length - 1;
  // From the end up to the last used row, looking at each cell; above it, only the rows' lengths.
  for (; r >= 0 && used === 0; r--) {
    const line = grid[r];
    const length = line.length;
    cells += length;
    if (length > width) width = length;
    for (let c = 0; c < length; c++) {
      if (!isBlank(line[c])) {
        used = r + 1;
        break;
      }
    }
  }
  for (; r >= 0; r--) {
    const length = grid[r].length;
    cells += length;
    if (length > width) width = length;
  }
  return { used, width, cells };
}

/** Excel hands rectangles; anything ragged (a hand-made array) is padded with blanks to its widest row. */
function rectangular(grid: Grid, { width, cells }: Extent): Grid {
  if (cells === grid.length * width) return grid;
  return grid.map((line) => (line.length === width ? line : Array.from({ length: width }, (_, c) => (c < line.length ? line[c] : null))));
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
  const grids: (Grid | null)[] = [];
  const shapes: Shape[] = [];
  // Trailing rows blank in every argument with rows of its own: those past the last used row of each.
  let rows = 1;
  for (const argument of args) {
    const given = toGrid(argument);
    const extent = given === null ? null : usedExtent(given);
    const grid = given === null ? null : rectangular(given, extent as Extent);
    grids.push(grid);
    shapes.push(grid === null ? { rows: 1, columns: 1 } : { rows: grid.length, columns: (extent as Extent).width });
    if (grid !== null && grid.length > 1) rows = Math.max(rows, (extent as Extent).used);
  }
  let columns = Math.max(...shapes.map((s) => s.columns));
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
