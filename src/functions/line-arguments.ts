/*
 * The arguments REQUIREDBUDGET, SWEEP and FLIGHTPLAN share with ALLOCATE (parameters.ts) — lines, base CPAs,
 * elasticities, bounds — read the way ALLOCATE reads them, and the labels of their results.
 */
import { ALLOCATION_HEADER, ALLOCATION_VALUE_HEADER, AllocationLine, Assumptions, BOUND_WORDS, DomainError, FlightPlan, PORTFOLIO_WORDS, isBlank, LineAllocation, MAX_HORIZON_MONTHS, readNumber, toCents } from "../core";
import { alignedToLines, asColumn, BLANK, currentLanguage, Grid, Param, readList, toGrid } from "./boundary";
import type { ArgumentOf } from "./custom-function";
import { BASE_CPA, CPM_ELASTICITY, CVR_ELASTICITY, LINES, MAX_SPEND, MIN_SPEND, VALUE } from "./parameters";

/** The lines of a call: every row of `lines` (blank rows kept, to stay blank), and the named ones. */
export interface Portfolio {
  /** One entry per row of `lines`, up to the last named one; undefined where the row is blank. */
  names: (string | undefined)[];
  /** The named rows, in order, with their row in `names`. */
  named: { name: string; row: number }[];
  /** The named rows' lines, as the core takes them. */
  lines: AllocationLine[];
  /**
   * Whether `value` is given (a reference, blank or not): the results then add value and marginal
   * ROI, the columns the declaration reserves (allocationColumns) whatever the cells hold.
   */
  valued: boolean;
  /** Whether the lines have values: false where `value` is omitted or wholly blank (those columns blank). */
  priced: boolean;
}

const LINE_NAMES: Param<string> = { name: LINES.name, read: (value) => String(value).trim() };
const BASE_CPA_READ = BASE_CPA.read as Param<number>;
const MIN_SPEND_READ = MIN_SPEND.read as Param<number>;
const MAX_SPEND_READ = MAX_SPEND.read as Param<number>;
const VALUE_READ = VALUE.read as Param<number>;

/**
 * The body over the call's lines (readPortfolio); one blank cell where no line is named, decided
 * here for every function of lines (ALLOCATE, REQUIREDBUDGET, SWEEP, FLIGHTPLAN), never in a module.
 */
export function overLines(argument: ArgumentOf, a: Assumptions, body: (portfolio: Portfolio) => readonly (readonly unknown[])[], withBounds = true): readonly (readonly unknown[])[] {
  const portfolio = readPortfolio(argument, a, withBounds);
  return portfolio.lines.length === 0 ? [[BLANK]] : body(portfolio);
}

/**
 * Reads the lines as ALLOCATE does, from the call's arguments of the shared parameters
 * (parameters.ts): names trimmed, a whole column ending at its last name, blank rows kept blank;
 * per-line columns of one value or one per row. Without `withBounds` (FLIGHTPLAN reads its own per
 * cell) the bounds are 0 and no limit.
 */
export function readPortfolio(argument: ArgumentOf, a: Assumptions, withBounds = true): Portfolio {
  const args = {
    lines: argument(LINES),
    baseCPA: argument(BASE_CPA),
    cpmElasticity: argument(CPM_ELASTICITY),
    cvrElasticity: argument(CVR_ELASTICITY),
    minSpend: withBounds ? argument(MIN_SPEND) : undefined,
    maxSpend: withBounds ? argument(MAX_SPEND) : undefined,
    value: argument(VALUE),
  };
  const listed = readList(args.lines, LINE_NAMES).items;
  const names = listed.slice(0, listed.reduce((last, name, i) => (name === undefined ? last : i + 1), 0));
  const named = names.flatMap((name, row) => (name === undefined ? [] : [{ name, row }]));
  const valued = args.value !== null && args.value !== undefined;
  if (named.length === 0) return { names, named, lines: [], valued, priced: false };
  const n = { count: names.length, argument: LINES.name };
  const hasName = (row: number) => names[row] !== undefined;
  const columns = {
    baseCpa: alignedToLines(args.baseCPA, BASE_CPA_READ, n, hasName),
    // Checked by the core with the assumptions table's own rules, naming the line (as ALLOCATE).
    cpm: alignedToLines(args.cpmElasticity, { name: CPM_ELASTICITY.name, read: readNumber, fallback: a.cpmElasticity }, n, hasName),
    cvr: alignedToLines(args.cvrElasticity, { name: CVR_ELASTICITY.name, read: readNumber, fallback: a.cvrElasticity }, n, hasName),
    min: alignedToLines(args.minSpend, MIN_SPEND_READ, n, hasName),
    max: alignedToLines(args.maxSpend, MAX_SPEND_READ, n, hasName),
    value: alignedToLines(args.value, VALUE_READ, n, hasName),
  };
  // A value for every named line, or none at all (a wholly blank range): a blank beside a named line
  // would price it at 1 among values in yuan, a wrong split, so it is refused as a blank base CPA is.
  const priced = named.some(({ row }) => columns.value[row] !== undefined);
  const lines = named.map(({ name, row }): AllocationLine => {
    const baseCpa = columns.baseCpa[row];
    if (baseCpa === undefined) throw new DomainError("LINE_INPUT_MISSING", { argument: BASE_CPA.name, line: name });
    if (priced && columns.value[row] === undefined) throw new DomainError("LINE_INPUT_MISSING", { argument: VALUE.name, line: name });
    return {
      name,
      baseCpa,
      cpmElasticity: columns.cpm[row] as number,
      cvrElasticity: columns.cvr[row] as number,
      minSpend: columns.min[row] as number,
      maxSpend: columns.max[row] as number,
      ...(columns.value[row] === undefined ? {} : { value: columns.value[row] }),
    };
  });
  return { names, named, lines, valued, priced };
}

/**
 * A bound of FLIGHTPLAN, one number per (line, month) cell, broadcast as Excel does: one cell for
 * every cell, a column (one per line, every month), a row (one per month, every line), or a lines ×
 * months grid. Rows and columns past the lines or months may only be blank (a whole column passed).
 */
export function readCellGrid(argument: unknown, param: Param<number>, lines: number, months: { count: number; argument: string }): (line: number, month: number) => number {
  const grid: Grid | null = toGrid(argument);
  if (grid === null) return () => param.fallback as number;
  const rows = grid.length;
  const columns = grid[0].length;
  const { items: values, used } = readList(grid, param);
  // Named beside the list it must match: a row per line of `lines`, a column per month of `seasonality`.
  const mismatch = (byRows: boolean, count: number) =>
    new DomainError("SIZE_MISMATCH", {
      argument: param.name,
      key: byRows ? "rows" : "columns",
      count,
      reaching: byRows ? { argument: LINES.name, count: lines } : { argument: months.argument, count: months.count },
    });
  if (rows > 1 && rows < lines) throw mismatch(true, rows);
  if (columns > 1 && columns < months.count) throw mismatch(false, columns);
  // Past the last line or month only blanks may follow; judged on the cells, as a blank reads as
  // the default, and only within the used extent (every cell past it is blank). Positions are
  // counted cell by cell as `values` is, `columns` to a row.
  let lastRow = 0;
  let lastColumn = 0;
  for (let r = 0, at = 0; r < used; r++) {
    for (const cell of grid[r]) {
      if (!isBlank(cell)) {
        lastRow = Math.max(lastRow, Math.floor(at / columns) + 1);
        lastColumn = Math.max(lastColumn, (at % columns) + 1);
      }
      at++;
    }
  }
  if (rows > 1 && lastRow > lines) throw mismatch(true, lastRow);
  if (columns > 1 && lastColumn > months.count) throw mismatch(false, lastColumn);
  return (line, month) => values[(rows === 1 ? 0 : line) * columns + (columns === 1 ? 0 : month)] ?? (param.fallback as number);
}

/** ALLOCATE's and REQUIREDBUDGET's columns: 6, and value | marginal ROI where `value` is given. */
export const allocationColumns = (valued: boolean) => ALLOCATION_HEADER.length + (valued ? ALLOCATION_VALUE_HEADER.length : 0);

/**
 * A marginal ROI as a cell: blank where it is not finite (a marginal CPA of 0, a line held at a spend
 * of 0 with floor_spend 0: the next yuan's ROI has no number), never Infinity.
 */
export const roiCell = (roi: number): string | number => (Number.isFinite(roi) ? roi : BLANK);

/**
 * The value | marginal ROI cells of a result where `value` is given: none where it is omitted, blank
 * where it is wholly blank (blank in, blank out), the numbers where the lines have values. The value
 * is what the conversions are worth (value per conversion × conversions), so that the column adds up
 * to the Total row's, as the spend and conversions columns do.
 */
export const valueCells = (portfolio: Portfolio, value: number, roi: number): (string | number)[] =>
  !portfolio.valued ? [] : portfolio.priced ? [value, roiCell(roi)] : [BLANK, BLANK];

/**
 * ALLOCATE's rows: line | spend | share | conversions | marginal CPA | bound, blank rows blank; the
 * bound in the planner's language (min/下限, max/上限, floor/门槛); where `value` is given, then
 * value (value × conversions) | marginal ROI (valueCells).
 */
export function allocationRows(portfolio: Portfolio, split: readonly LineAllocation[]): (string | number)[][] {
  const width = allocationColumns(portfolio.valued);
  const rows: (string | number)[][] = portfolio.names.map(() => Array(width).fill(BLANK));
  const language = currentLanguage();
  portfolio.named.forEach(({ name, row }, i) => {
    const r = split[i];
    const cells = [name, r.spend, r.share, r.conversions, r.marginalCpa, r.bound === "" ? "" : BOUND_WORDS[r.bound][language]];
    rows[row] = [...cells, ...valueCells(portfolio, r.valueWon, r.marginalRoi)];
  });
  return rows;
}

/** A list of months as read: each month's number (undefined where blank) and the months given. */
export interface Months {
  months: (number | undefined)[];
  used: number[];
}

/**
 * FLIGHTPLAN's and ASSETLADDER's months: the seasonality or reach list (a row or a column) up to its
 * last month given, and the months used — a blank month gets a blank column (a blank row).
 */
export function readMonths(seasonality: unknown, param: Param<number>): Months {
  const column = asColumn(seasonality, param.name);
  const listed = readList(column, param).items;
  // A range of months keeps its blank months at the end, so that what follows the months in a row
  // (FLIGHTPLAN's value | marginal ROI, its line totals) stays under its own header. A range of more
  // than MAX_HORIZON_MONTHS cells is taken as a whole row or column and ends at its last month, as
  // readList ends it (its blank tail would spill thousands of empty columns): there, what follows the
  // months comes right after the last month given.
  const size = column === null ? 0 : column.length === 1 ? column[0].length : column.length;
  const months = size > MAX_HORIZON_MONTHS ? listed : [...listed, ...Array<undefined>(Math.max(0, size - listed.length)).fill(undefined)];
  return { months, used: months.flatMap((m, j) => (m === undefined ? [] : [j])) };
}

/**
 * The body over the call's months (readMonths); one blank cell where every month is blank (a blank
 * column or row per month), decided here for every function of months (FLIGHTPLAN, ASSETLADDER),
 * never in a module.
 */
export function overMonths(months: Months, body: (months: Months) => readonly (readonly unknown[])[]): readonly (readonly unknown[])[] {
  return months.used.length === 0 ? [[BLANK]] : body(months);
}

/**
 * FLIGHTPLAN's rows: spend per line (a row of `lines`) and month, blank rows and months blank; with
 * labels, the line names, a total column and a total row, added in cents as the spends are. Where
 * `value` is given, each line then ends in value | marginal ROI (valueCells: Σ value × conversions over
 * its months, and its best month's marginal ROI, FlightPlan.lineRoi) and the total row in the lines'
 * values added | the common marginal ROI.
 */
export function flightRows(portfolio: Portfolio, months: readonly (number | undefined)[], used: readonly number[], plan: FlightPlan, withLabels: boolean): (string | number)[][] {
  const grid: (string | number)[][] = portfolio.names.map(() => months.map(() => BLANK));
  portfolio.named.forEach(({ row }, i) => used.forEach((j, k) => (grid[row][j] = plan.spends[i][k])));
  const values: (string | number)[][] = portfolio.names.map(() => (portfolio.valued ? [BLANK, BLANK] : []));
  portfolio.named.forEach(({ row }, i) => (values[row] = valueCells(portfolio, plan.lineValue[i], plan.lineRoi[i])));
  if (!withLabels) return grid.map((line, row) => [...line, ...values[row]]);
  const sum = (cells: (string | number)[]) => cells.reduce((cents: number, v) => cents + (typeof v === "number" ? toCents(v) : 0), 0) / 100;
  const body = grid.map((line, row) => [portfolio.names[row] ?? BLANK, ...line, portfolio.names[row] === undefined ? BLANK : sum(line), ...values[row]]);
  const columnTotals = months.map((m, j) => (m === undefined ? BLANK : sum(grid.map((line) => line[j]))));
  const totals = valueCells(portfolio, plan.value, plan.marginalRoi);
  return [...body, [PORTFOLIO_WORDS.total[currentLanguage()], ...columnTotals, sum(grid.flat()), ...totals]];
}
