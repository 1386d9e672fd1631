/*
 * Whole arguments: lists read in full (a bad cell fails the call), lists paired item by item, and
 * single-cell arguments.
 */
import { DomainError } from "../core";
import { Grid, MAX_CELLS, shapeOf, toGrid } from "./broadcast";
import { Param, readWhole } from "./read-cell";

/** Every cell of a range, row by row, read with `param`; blanks are `undefined`. */
export function readList<T>(argument: unknown, param: Param<T>): (T | undefined)[] {
  const grid = toGrid(argument) ?? [[null]];
  const size = grid.reduce((sum, row) => sum + row.length, 0);
  if (size > MAX_CELLS) throw new DomainError("TOO_MANY_CELLS", { argument: param.name, value: size, limit: MAX_CELLS });
  return grid.flatMap((row) => row.map((raw) => readWhole(raw, param)));
}

/**
 * A list read from a range, made `length` long: a longer one may only run on with blanks (a whole
 * column passed); a shorter one, or one with more data, does not match its partner range: #N/A.
 */
export function fitLength<T>(values: (T | undefined)[], length: number, argument: unknown, name: string): (T | undefined)[] {
  if (values.length < length || values.slice(length).some((v) => v !== undefined)) {
    const grid = toGrid(argument) ?? [[]];
    throw new DomainError("SIZE_MISMATCH", { argument: name, rows: grid.length, columns: grid[0].length });
  }
  return values.slice(0, length);
}

/**
 * A list argument — one row or one column — as a column, so lists given one as a row and one as
 * a column still pair item by item. A range both tall and wide is not a list (NOT_A_LIST).
 */
export function asColumn(argument: unknown, name: string): Grid | null {
  const grid = toGrid(argument);
  if (grid === null) return null;
  const { rows, columns } = shapeOf(grid);
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
