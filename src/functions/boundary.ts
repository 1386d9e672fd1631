/*
 * The one boundary between Excel and the core. Every custom function runs through here:
 * arguments are read cell by cell with a reader per parameter, ranges broadcast like Excel's own
 * array maths, blank cells give blank results, and every failure — a domain error, NaN, Infinity,
 * an unexpected exception — leaves as a CustomFunctions.Error. Only this module catches.
 */
import { DomainError, ErrorCode, describe, isBlank, isDomainError, Language, languageOf, quote } from "../core";

/** Largest result we compute: a whole column of Excel (1,048,576 rows) by two. */
export const MAX_CELLS = 2_097_152;

/** A blank result cell: Excel shows nothing. */
export const BLANK = "";

/** An error value that arrived in an input cell; it travels on to the result cell unchanged. */
class PassedError {
  constructor(readonly code: string) {}
}

/** What one result cell holds before it is handed to Excel. */
export type CellValue = number | string | DomainError | PassedError;

type ExcelKind = "#VALUE!" | "#NUM!" | "#N/A" | "#DIV/0!";

const EXCEL_KIND: Record<ErrorCode, ExcelKind> = {
  NOT_A_NUMBER: "#VALUE!",
  NOT_A_FLAG: "#VALUE!",
  UNEXPECTED: "#VALUE!",
  UNKNOWN_STAGE: "#VALUE!",
  UNKNOWN_PART: "#VALUE!",
  NEEDS_PART: "#VALUE!",
  UNKNOWN_ASSUMPTION: "#VALUE!",
  UNKNOWN_LANGUAGE: "#VALUE!",
  NEGATIVE: "#NUM!",
  NOT_POSITIVE: "#NUM!",
  TOO_LARGE: "#NUM!",
  STAGE_OUT_OF_RANGE: "#NUM!",
  ASSUMPTION_OUT_OF_RANGE: "#NUM!",
  NO_BUDGET_CAP: "#NUM!",
  CAP_TOO_LARGE: "#NUM!",
  TOO_MANY_CELLS: "#NUM!",
  SIZE_MISMATCH: "#N/A",
  NOT_ENOUGH_POINTS: "#NUM!",
  CONFIDENCE_OUT_OF_RANGE: "#NUM!",
  // Refusals a planner must read to act on: #VALUE!, the codes that show a message.
  FIT_ILL_CONDITIONED: "#VALUE!",
  NOT_A_LIST: "#VALUE!",
  DUPLICATE_ASSUMPTION: "#VALUE!",
  ZERO_READS: "#DIV/0!",
  NOT_ONE_CELL: "#VALUE!",
  DATA_TYPE: "#VALUE!",
  INFEASIBLE_BOUNDS: "#NUM!",
  // #VALUE!, so that Excel shows the message naming the line.
  MIN_ABOVE_MAX: "#VALUE!",
  // As Excel's IRR when it finds no answer: #NUM!.
  ALLOCATION_FAILED: "#NUM!",
  LINE_DOES_NOT_SATURATE: "#NUM!",
  TARGET_UNREACHABLE: "#NUM!",
  UNKNOWN_TARGET_KIND: "#VALUE!",
  NO_CONVERSIONS: "#DIV/0!",
  // As ALLOCATION_FAILED: an answer that fails its own check is #NUM!, as Excel's IRR finding none.
  SELF_CHECK_FAILED: "#NUM!",
};

// Excel shows a custom message only with #VALUE! and #N/A, and returns only these codes.
const WITH_MESSAGE = new Set(["#VALUE!", "#N/A"]);
const RETURNABLE = new Set(["#VALUE!", "#N/A", "#NUM!", "#DIV/0!", "#NULL!"]);

let language: Language | undefined;

/** Messages follow Office's display language (zh-* → Chinese); tests and hosts may set it. */
export function setLanguage(next: Language | undefined): void {
  language = next;
}

export function currentLanguage(): Language {
  if (language) return language;
  const office = (globalThis as { Office?: { context?: { displayLanguage?: string } } }).Office;
  return languageOf(office?.context?.displayLanguage ?? "");
}

let wordEveryError = false;

/**
 * A host that shows a message on every error (the browser workbench) may ask for every error
 * worded — why a REQUIREDBUDGET target is #NUM!, with its figures. Excel shows words only on
 * #VALUE! and #N/A, so in Excel they stay unworded.
 */
export function setWordEveryError(on: boolean): void {
  wordEveryError = on;
}

function excelError(code: string, message?: string): CustomFunctions.Error {
  const returnable = RETURNABLE.has(code) ? code : "#VALUE!";
  const ErrorClass = CustomFunctions.Error;
  return (WITH_MESSAGE.has(returnable) || wordEveryError) && message
    ? new ErrorClass(returnable as CustomFunctions.ErrorCode, message)
    : new ErrorClass(returnable as CustomFunctions.ErrorCode);
}

function toExcelError(error: DomainError | PassedError): CustomFunctions.Error {
  if (error instanceof PassedError) return excelError(error.code);
  const kind = EXCEL_KIND[error.code];
  // Worded only where Excel shows the words: a column of #NUM! cells costs no messages.
  return WITH_MESSAGE.has(kind) || wordEveryError ? excelError(kind, describe(error, currentLanguage())) : excelError(kind);
}

/** An Excel error object arriving in a range (e.g. #N/A from a lookup). */
function passedError(value: unknown): PassedError | undefined {
  if (typeof value !== "object" || value === null) return undefined;
  const code = (value as { code?: unknown }).code;
  return typeof code === "string" && code.startsWith("#") ? new PassedError(code) : undefined;
}

// ---------------------------------------------------------------------------------------------
// Arguments

/** Reads one cell of an argument into what the core takes; throws DomainError when it cannot. */
export type Reader<T> = (value: unknown, argument: string) => T;

export interface Param<T> {
  name: string;
  read: Reader<T>;
  /** Optional parameters: used when the argument is omitted or its cell is blank. */
  fallback?: T;
  /**
   * For number parameters: the range `read` accepts, declared so a plain number in range can be
   * taken without calling `read` (the fast path of mapNumbers). Anything else still goes to `read`.
   */
  accepts?: { min: number; max: number; minIncluded: boolean };
}

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

function shapeOf(grid: Grid): Shape {
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

const MISSING = Symbol("missing");

/** The cell of `grid` that lands at (row, column): a single row repeats down, a single column across. */
function cellAt(grid: Grid, row: number, column: number): unknown {
  const r = grid.length === 1 ? 0 : row;
  const line = grid[r];
  if (!line) return MISSING;
  const c = line.length === 1 ? 0 : column;
  return c < line.length ? line[c] : MISSING;
}

/**
 * A cell holding a data type, as the value a planner sees in it. functions.json sets
 * allowCustomDataForDataTypeAny, so current Excel hands such a cell as an Excel.CellValue object
 * (@types/office-js): a number, formatted number, text or boolean gives its `basicValue`, an empty
 * one a blank, an error its error code (passed on like any error from another cell). An entity, a
 * linked entity, an image, an array, a function or a reference is not one value: DATA_TYPE, which
 * is #VALUE! naming the argument. Anything else (plain values, Excel's own error objects) passes.
 */
export function basicValueOf(raw: unknown, argument: string): unknown {
  if (typeof raw !== "object" || raw === null || Array.isArray(raw)) return raw;
  const type = (raw as { type?: unknown }).type;
  if (typeof type !== "string") return raw;
  const basic = (raw as { basicValue?: unknown }).basicValue;
  switch (type) {
    case "Double":
    case "FormattedNumber":
    case "String":
    case "Boolean":
      return basic;
    case "Empty":
      return null;
    case "Error":
      return { code: typeof basic === "string" && basic.startsWith("#") ? basic : "#VALUE!" };
    default:
      return new DomainError("DATA_TYPE", { argument, value: type });
  }
}

/**
 * The assumptions range with its data-type cells read by their basicValue. What is still an object
 * after that (an error value, an entity) becomes its quoted form ("#N/A", "[Entity]"), so the
 * assumptions reader refuses it by what the planner sees rather than as "[object Object]".
 */
export function assumptionsGrid(argument: unknown): Grid | null {
  const grid = toGrid(argument);
  if (grid === null || !grid.some((line) => line.some((value) => typeof value === "object" && value !== null))) return grid;
  return grid.map((line) =>
    line.map((value) => {
      const plain = basicValueOf(value, "assumptions");
      return typeof plain === "object" && plain !== null ? quote(isDomainError(plain) ? value : plain) : plain;
    }),
  );
}

/** A blank cell of a required argument, as read: its result cell is blank. */
const BLANK_INPUT = Symbol("blank");

type ReadCell = unknown;

/**
 * Reads one cell of an argument: its value, the optional's fallback for a blank, BLANK_INPUT, or
 * the error the cell carries (passed in, or the reader's).
 */
function readCell<T>(param: Param<T>, cell: unknown): ReadCell {
  const raw = basicValueOf(cell, param.name);
  if (isDomainError(raw)) return raw;
  const passed = passedError(raw);
  if (passed) return passed;
  if (isBlank(raw)) return param.fallback === undefined ? BLANK_INPUT : param.fallback;
  try {
    return param.read(raw, param.name);
  } catch (error) {
    if (isDomainError(error)) return error.forArgument(param.name);
    throw error;
  }
}

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
    return grid.slice(0, Math.min(rows, shape.rows)).map((line) => line.slice(0, Math.min(columns, shape.columns)).map((raw) => readCell(param, raw)));
  });
  const mismatch = shapes.map(
    ({ rows, columns }, i) => new DomainError("SIZE_MISMATCH", { argument: (params[i] as Param<unknown>).name, rows, columns }),
  );
  const values = new Array(count) as T;
  const cells: (R | CellValue)[][] = new Array(shape.rows);
  for (let row = 0; row < shape.rows; row++) {
    const line: (R | CellValue)[] = new Array(shape.columns);
    for (let column = 0; column < shape.columns; column++) {
      let result: R | CellValue | undefined;
      for (let i = 0; i < count && result === undefined; i++) {
        const readGrid = cached[i];
        let value = cellAt(readGrid ?? (grids[i] as Grid), row, column);
        if (value !== MISSING && readGrid === null) value = readCell(params[i] as Param<unknown>, value);
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


type ExcelRow = (number | string | boolean | CustomFunctions.Error)[];

/** Results already in Excel's form (built by mapNumbers), which excelFunction passes on as they are. */
const READY = new WeakSet<object>();

/**
 * A vectorised kernel: one Float64Array per parameter in, one per result out (most functions have
 * one), each with one slot per result cell. A kernel whose core may reject a cell catches the
 * DomainError and hands it to `fail` with the cell's index: that cell shows the error.
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
function readNumbers(param: Param<number>, grid: Grid | null, shape: Shape, result: Shape, decided: Decided): Float64Array {
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
  const accepts = param.accepts;
  const min = accepts ? accepts.min : NaN;
  const max = accepts ? accepts.max : NaN;
  const minIncluded = accepts ? accepts.minIncluded : false;
  let mismatch: DomainError | undefined;
  for (let row = 0, k = 0; row < rows; row++) {
    const line = full ? (grid as Grid)[row] : undefined;
    for (let column = 0; column < columns; column++, k++) {
      if (state[k] !== OK) continue; // an earlier argument already decided this cell
      let value: unknown;
      if (single) value = once;
      else {
        const raw = line ? line[column] : cellAt(grid as Grid, row, column);
        if (typeof raw === "number" && (minIncluded ? raw >= min : raw > min) && raw <= max) {
          values[k] = raw;
          continue;
        }
        if (raw === MISSING) {
          mismatch ??= new DomainError("SIZE_MISMATCH", { argument: param.name, rows: shape.rows, columns: shape.columns });
          value = mismatch;
        } else value = readCell(param, raw);
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
  for (let i = 0; i < params.length; i++) inputs.push(readNumbers(params[i], grids[i], shapes[i], shape, decided));
  const outs: Float64Array[] = [];
  for (let i = 0; i < outputs; i++) outs.push(new Float64Array(size));
  const fail: CellFailure = (k, error) => {
    if (!isDomainError(error)) throw error;
    // A cell already decided (a blank or an error in its inputs) keeps that result.
    if (decided.state[k] !== OK) return;
    decided.state[k] = SKIP;
    decided.outcome[k] = error;
  };
  kernel(inputs, outs, context, fail);
  return { shape, outs, decided };
}

function ready(cells: ExcelRow[]): ExcelRow[] {
  READY.add(cells);
  return cells;
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

/** Reads one cell of a whole argument; a bad value fails the whole call. */
function readWhole<T>(cell: unknown, param: Param<T>): T | undefined {
  const raw = basicValueOf(cell, param.name);
  if (isDomainError(raw)) throw raw;
  const passed = passedError(raw);
  if (passed) throw passed;
  if (isBlank(raw)) return param.fallback;
  try {
    return param.read(raw, param.name);
  } catch (error) {
    throw isDomainError(error) ? error.forArgument(param.name) : error;
  }
}

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
  // "Runs on with blanks" is judged on the cells as given: a blank past the end reads as its
  // parameter's default, which is no data.
  const cells = (toGrid(argument) ?? []).flat();
  if (values.length < length || cells.slice(length).some((cell) => !isBlank(cell))) {
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

// ---------------------------------------------------------------------------------------------
// Results

function isErrorValue(value: unknown): value is DomainError | PassedError {
  return value instanceof DomainError || value instanceof PassedError;
}

/** One result cell as Excel takes it: numbers must be finite, errors become CustomFunctions.Error. */
function toExcelCell(value: unknown): number | string | boolean | CustomFunctions.Error {
  if (isErrorValue(value)) return toExcelError(value);
  if (typeof value === "number") return Number.isFinite(value) ? value : excelError("#NUM!");
  if (typeof value === "string" || typeof value === "boolean") return value;
  return excelError("#VALUE!");
}

/**
 * Runs a custom function's body and hands Excel its result: a matrix of finite numbers, text,
 * blanks and per-cell errors. A failure of the whole call (or of its only cell) is thrown as one
 * CustomFunctions.Error; an unexpected exception becomes #VALUE! rather than escaping.
 */
export function excelFunction(body: () => readonly (readonly unknown[])[]): (number | string | boolean | CustomFunctions.Error)[][] {
  let result: readonly (readonly unknown[])[];
  try {
    result = body();
  } catch (error) {
    if (isDomainError(error) || error instanceof PassedError) throw toExcelError(error);
    throw toExcelError(new DomainError("UNEXPECTED"));
  }
  const single = result.length === 1 && result[0].length === 1 ? result[0][0] : undefined;
  if (isErrorValue(single)) throw toExcelError(single);
  if (READY.has(result)) {
    if (single instanceof CustomFunctions.Error) throw single;
    return result as ExcelRow[];
  }
  // Rows that are already all numbers and text go to Excel as they are.
  const rows = result.length;
  const excel: (number | string | boolean | CustomFunctions.Error)[][] = new Array(rows);
  for (let r = 0; r < rows; r++) excel[r] = toExcelRow(result[r]);
  return excel;
}

function isReady(value: unknown): boolean {
  return typeof value === "number" ? Number.isFinite(value) : typeof value === "string" || typeof value === "boolean";
}

/** A result row as Excel takes it; a row that is already all finite numbers and text is used as it is. */
function toExcelRow(row: readonly unknown[]): (number | string | boolean | CustomFunctions.Error)[] {
  for (let i = 0; i < row.length; i++) {
    if (!isReady(row[i])) return row.map(toExcelCell);
  }
  return row as (number | string | boolean)[];
}
