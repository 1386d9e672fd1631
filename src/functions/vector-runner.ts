/*
 * The vector runner: functions of numbers read every input cell into a typed array and run one
 * kernel loop of their own over every result cell, building rows already in Excel's form.
 */
import { DomainError, isDomainError } from "../core";
import { broadcastArguments, cellAt, Grid, MISSING, Shape, sizeMismatch } from "./broadcast";
import { excelError, toExcelCell } from "./excel-errors";
import { ExcelRow, ready } from "./excel-function";
import { BLANK, BLANK_INPUT, CellValue, Param, readCell } from "./read-cell";

/**
 * A vectorised kernel: one Float64Array per parameter in, one per result out (most functions have
 * one), all of one length: a loop of the function's own calling its core once per slot. The runner
 * hands it only the cells it has not already decided (a blank or refused input cell never reaches
 * it), and a DomainError the core throws for one cell is that cell's error: the kernel need not
 * catch. A kernel whose core rejects many cells (BUDGETCAP) may catch and hand the error to `fail`
 * with the slot's index, which saves the runner going back over the call cell by cell.
 */
export type Kernel<C> = (inputs: readonly Float64Array[], outs: readonly Float64Array[], context: C, fail: CellFailure) => void;

/** Records that the core rejected result cell `cell`; anything but a DomainError is a bug and is thrown. */
export type CellFailure = (cell: number, error: unknown) => void;

const OK = 0;
const SKIP = 1;

/** One input cell of a vectorised call, decided before the kernel runs: computed, or not (and why). */
interface Decided {
  /** OK, or SKIP when the cell's result is already known (a blank, an error). */
  state: Uint8Array;
  /** The result of each skipped cell. */
  outcome: (CellValue | undefined)[];
}

/**
 * Reads one argument of a vectorised call into a typed array, one slot per result cell. A plain
 * number inside the parameter's declared range is taken as it is; anything else goes to its reader,
 * and a cell it rejects is decided (blank or error) in `decided`. Top-level, not a closure made per
 * call, so the engine keeps one optimised copy of the loop between calls.
 */
function readNumbers(param: Param<number>, grid: Grid | null, shape: Shape, result: Shape, decided: Decided, short: () => DomainError): Float64Array {
  const { rows, columns } = result;
  const values = new Float64Array(rows * columns);
  const single = grid === null || (shape.rows === 1 && shape.columns === 1);
  const once = single ? readCell(param, grid === null ? null : grid[0][0]) : undefined;
  if (typeof once === "number") {
    values.fill(once); // one number for every cell: nothing to decide per cell
    return values;
  }
  const { state, outcome } = decided;
  const full = !single && shape.rows >= rows && shape.columns >= columns;
  // The declared range, hoisted: a plain number inside it is taken as it is.
  const rule = param.rule;
  const min = rule ? rule.min : NaN;
  const max = rule ? rule.max : NaN;
  const minIncluded = rule ? rule.minIncluded : false;
  const maxIncluded = rule ? rule.maxIncluded : false;
  let mismatch: DomainError | undefined;
  for (let row = 0, k = 0; row < rows; row++) {
    const line = full ? (grid as Grid)[row] : undefined;
    for (let column = 0; column < columns; column++, k++) {
      if (state[k] !== OK) continue; // an earlier argument already decided this cell
      let value: unknown;
      if (single) value = once;
      else {
        const raw = line ? line[column] : cellAt(grid as Grid, row, column);
        if (typeof raw === "number" && (minIncluded ? raw >= min : raw > min) && (maxIncluded ? raw <= max : raw < max)) {
          values[k] = raw;
          continue;
        }
        if (raw === MISSING) {
          mismatch ??= short();
          value = mismatch;
        } else value = readCell(param, raw, false);
      }
      if (typeof value === "number") values[k] = value;
      else {
        state[k] = SKIP;
        outcome[k] = value === BLANK_INPUT ? BLANK : (value as CellValue);
      }
    }
  }
  return values;
}

/** A result cell as Excel takes it: the kernel's number if finite, else the decided blank or error. */
function resultCell(out: Float64Array, decided: Decided, k: number): number | string | CustomFunctions.Error {
  if (decided.state[k] !== OK) return toExcelCell(decided.outcome[k]) as number | string | CustomFunctions.Error;
  const value = out[k];
  return value - value === 0 ? value : excelError("#NUM!"); // NaN and ±Infinity are not finite
}

/** One result of the kernel as Excel's rows, in the shape of the result: already in the form excelFunction passes on. */
function resultRows(out: Float64Array, decided: Decided, result: Shape): ExcelRow[] {
  const { rows, columns } = result;
  const { state } = decided;
  const cells: ExcelRow[] = [];
  if (columns === 1) {
    // The common column of months: one literal per row, which engines store as plain doubles.
    for (let row = 0; row < rows; row++) {
      const value = out[row];
      cells.push(state[row] === OK && value - value === 0 ? [value] : [resultCell(out, decided, row)]);
    }
  } else {
    for (let row = 0, k = 0; row < rows; row++) {
      const line: ExcelRow = new Array(columns);
      for (let column = 0; column < columns; column++, k++) line[column] = resultCell(out, decided, k);
      cells.push(line);
    }
  }
  return cells;
}

/** What computeNumbers hands on: the result's shape, the kernel's outputs, and the cells decided before it ran. */
interface Computed {
  shape: Shape;
  outs: Float64Array[];
  decided: Decided;
}

/**
 * Reads every argument into typed arrays (a number in the declared range directly, anything else
 * through its reader), then runs the kernel once over every result cell, filling `outputs` arrays.
 */
function computeNumbers<C>(params: readonly Param<number>[], args: readonly unknown[], kernel: Kernel<C>, context: C, outputs: number): Computed {
  const { grids, shapes, shape } = broadcastArguments(params, args);
  const size = shape.rows * shape.columns;
  const decided: Decided = { state: new Uint8Array(size), outcome: [] };
  const inputs: Float64Array[] = [];
  for (let i = 0; i < params.length; i++) inputs.push(readNumbers(params[i], grids[i], shapes[i], shape, decided, () => sizeMismatch(params, shapes, shape, i)));
  const outs: Float64Array[] = [];
  for (let i = 0; i < outputs; i++) outs.push(new Float64Array(size));
  runKernel(kernel, context, inputs, outs, decided);
  return { shape, outs, decided };
}

/**
 * Runs the kernel over the cells still open: all of them as they are, or (when the inputs decided
 * some) a compact copy of the open ones, whose results are put back in place. A DomainError that
 * escapes the kernel sends the runner over the open cells one at a time, so it lands in its cell.
 */
function runKernel<C>(kernel: Kernel<C>, context: C, inputs: Float64Array[], outs: Float64Array[], decided: Decided): void {
  const { state, outcome } = decided;
  const size = state.length;
  let open = 0;
  for (let k = 0; k < size; k++) if (state[k] === OK) open++;
  // Where slot i of what the kernel sees lies among the result cells (null: the same place).
  let place: Uint32Array | null = null;
  let ins = inputs;
  let results = outs;
  if (open < size) {
    place = new Uint32Array(open);
    for (let k = 0, i = 0; k < size; k++) if (state[k] === OK) place[i++] = k;
    ins = inputs.map((values) => gather(values, place as Uint32Array));
    results = outs.map(() => new Float64Array(open));
  }
  const where = place;
  const fail: CellFailure = (i, error) => {
    if (!isDomainError(error)) throw error;
    const k = where === null ? i : where[i];
    state[k] = SKIP;
    outcome[k] = error;
  };
  if (open > 0) {
    try {
      kernel(ins, results, context, fail);
    } catch (error) {
      if (!isDomainError(error)) throw error;
      cellByCell(kernel, context, ins, results, fail);
    }
  }
  if (where !== null) {
    for (let o = 0; o < outs.length; o++) {
      const out = outs[o];
      const result = results[o];
      for (let i = 0; i < open; i++) out[where[i]] = result[i];
    }
  }
}

/** The values at `place`, in order. */
function gather(values: Float64Array, place: Uint32Array): Float64Array {
  const open = new Float64Array(place.length);
  for (let i = 0; i < place.length; i++) open[i] = values[place[i]];
  return open;
}

/** The kernel once per cell, on one-slot copies: each cell's DomainError is that cell's. */
function cellByCell<C>(kernel: Kernel<C>, context: C, inputs: readonly Float64Array[], outs: readonly Float64Array[], fail: CellFailure): void {
  const ins = inputs.map(() => new Float64Array(1));
  const results = outs.map(() => new Float64Array(1));
  let cell = 0;
  const failHere: CellFailure = (_slot, error) => fail(cell, error);
  const length = outs[0].length;
  for (; cell < length; cell++) {
    for (let j = 0; j < ins.length; j++) ins[j][0] = inputs[j][cell];
    try {
      kernel(ins, results, context, failHere);
      for (let o = 0; o < outs.length; o++) outs[o][cell] = results[o][0];
    } catch (error) {
      // Only the core's refusal is a cell's error; anything else is a bug, and the call's.
      if (!isDomainError(error)) throw error;
      fail(cell, error);
    }
  }
}

/**
 * mapCells for functions of numbers: every input cell is read into a
 * typed array, then one kernel computes every result cell in a loop of its own — so the engine
 * can inline the core call, which a loop shared by all functions cannot. Blanks and errors follow
 * mapCells' rules. Kernels should be module-level functions: a closure made per call would be
 * optimised afresh every time.
 */
export function mapNumbers<C>(params: readonly Param<number>[], args: readonly unknown[], kernel: Kernel<C>, context: C): ExcelRow[] {
  const { shape, outs, decided } = computeNumbers(params, args, kernel, context, 1);
  return ready(resultRows(outs[0], decided, shape));
}

/**
 * mapNumbers for a function with two results per cell (spillover and closed loop), laid out as a
 * planner expects: one cell gives a row of its two results, a column two columns, a row two rows.
 * `pick` (0 or 1) asks for one result instead, in the input's own shape. A range both tall and wide
 * has nowhere to put two results: it fails with `tooWide(shape)`.
 */
export function mapNumberPairs<C>(
  params: readonly Param<number>[],
  args: readonly unknown[],
  kernel: Kernel<C>,
  context: C,
  pick: 0 | 1 | undefined,
  tooWide: (shape: Shape) => DomainError,
): ExcelRow[] {
  const { shape, outs, decided } = computeNumbers(params, args, kernel, context, 2);
  if (pick !== undefined) return ready(resultRows(outs[pick], decided, shape));
  const { rows, columns } = shape;
  const [first, second] = outs;
  // One cell whose inputs gave an error: that error is the whole result (Excel shows it in one cell).
  if (rows === 1 && columns === 1 && decided.state[0] !== OK && decided.outcome[0] !== BLANK) return ready([[resultCell(first, decided, 0)]]);
  const cells: ExcelRow[] = [];
  if (columns === 1) {
    for (let row = 0; row < rows; row++) {
      const a = first[row];
      const b = second[row];
      // The common pair of finite numbers, as one literal of doubles; else each cell as Excel takes it.
      cells.push(decided.state[row] === OK && a - a === 0 && b - b === 0 ? [a, b] : [resultCell(first, decided, row), resultCell(second, decided, row)]);
    }
  } else if (rows === 1) {
    for (const out of outs) {
      const line: ExcelRow = new Array(columns);
      for (let column = 0; column < columns; column++) line[column] = resultCell(out, decided, column);
      cells.push(line);
    }
  } else throw tooWide(shape);
  return ready(cells);
}
