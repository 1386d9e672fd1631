/*
 * The per-cell runner: a function evaluated cell by cell over its broadcast arguments, each cell's
 * failure kept in its own result cell.
 */
import { isDomainError } from "../core";
import { broadcastArguments, cellAt, Grid, MISSING, Shape, sizeMismatch } from "./broadcast";
import { isErrorValue } from "./excel-errors";
import { BLANK, BLANK_INPUT, CellValue, Param, readCell } from "./read-cell";

/**
 * Evaluates a function cell by cell over its broadcast arguments. Each input cell is read once
 * (a single cell that broadcasts is not read again for every result cell); `compute` receives
 * the read values in parameter order. A blank required cell gives a blank result, and a cell
 * that is rejected — by its reader or by the core — gives its error in its own result cell.
 */
export function mapCells<T extends unknown[], R, C = undefined>(
  params: { [K in keyof T]: Param<T[K]> },
  args: readonly unknown[],
  compute: (values: T, context: C) => R,
  context?: C,
): { shape: Shape; cells: (R | CellValue)[][] } {
  const { grids, shapes, shape } = broadcastArguments(params as readonly Param<unknown>[], args);
  const count = params.length;
  // A grid smaller than the result repeats its cells: read those once. Full-size grids are read
  // as they are reached, each cell once, without an intermediate copy.
  const cached = grids.map((grid, i) => {
    const param = params[i] as Param<unknown>;
    if (grid === null) return [[readCell(param, null)]];
    const { rows, columns } = shapes[i];
    if (rows >= shape.rows && columns >= shape.columns) return null;
    // Only the part that reaches the result: a whole column beside a row is not read to its end.
    const whole = rows === 1 && columns === 1;
    return grid.slice(0, Math.min(rows, shape.rows)).map((line) => line.slice(0, Math.min(columns, shape.columns)).map((raw) => readCell(param, raw, whole)));
  });
  const mismatch = shapes.map((_, i) => sizeMismatch(params as readonly Param<unknown>[], shapes, shape, i));
  const values = new Array(count) as T;
  const cells: (R | CellValue)[][] = new Array(shape.rows);
  for (let row = 0; row < shape.rows; row++) {
    const line: (R | CellValue)[] = new Array(shape.columns);
    for (let column = 0; column < shape.columns; column++) {
      let result: R | CellValue | undefined;
      for (let i = 0; i < count && result === undefined; i++) {
        const readGrid = cached[i];
        let value = cellAt(readGrid ?? (grids[i] as Grid), row, column);
        if (value !== MISSING && readGrid === null) value = readCell(params[i] as Param<unknown>, value, shapes[i].rows === 1 && shapes[i].columns === 1);
        if (value === MISSING) result = mismatch[i];
        else if (value === BLANK_INPUT) result = BLANK;
        else if (isErrorValue(value)) result = value;
        else values[i] = value;
      }
      if (result === undefined) {
        try {
          result = compute(values, context as C);
        } catch (error) {
          if (!isDomainError(error)) throw error;
          result = error;
        }
      }
      line[column] = result;
    }
    cells[row] = line;
  }
  return { shape, cells };
}
/**
 * Applies a second step to each computed cell of a result (blanks and errors pass through), with a
 * domain error in one cell staying in that cell.
 */
export function mapResults<R, S>(cells: readonly (R | CellValue)[], step: (value: R) => S): (S | CellValue)[] {
  return cells.map((cell) => {
    if (cell === BLANK || isErrorValue(cell)) return cell as CellValue;
    try {
      return step(cell as R);
    } catch (error) {
      if (isDomainError(error)) return error;
      throw error;
    }
  });
}
