/*
 * Whole columns (A:A) in every argument position of every list function, as Excel passes them: a
 * row array for each of the sheet's 1,048,576 rows, the data in the first rows and blank cells
 * after. Shared by `npm run bench` (scripts/bench.ts) and test/functions/whole-columns-cost.test.ts,
 * so the figure printed is the one the test holds.
 */
import { RED } from "./functions";

export const EXCEL_ROWS = 1_048_576;

/** A range as Excel passes its whole columns: `range`'s rows, then blank rows to the sheet's end. */
export function wholeColumn(range: readonly (readonly unknown[])[], blank: unknown = null): unknown[][] {
  const width = range[0].length;
  const rows: unknown[][] = range.map((row) => [...row]);
  while (rows.length < EXCEL_ROWS) rows.push(width === 1 ? [blank] : range[0].map(() => blank));
  return rows;
}

export interface ListCall {
  id: string;
  call: (args: unknown[]) => unknown;
  /** The arguments on exact ranges. */
  args: unknown[];
  /** The positions that take a list (or a per-line column, or the assumptions table). */
  lists: number[];
}

const column = (values: readonly unknown[]) => values.map((v) => [v]);
const LINES = 20;
const lines = column(Array.from({ length: LINES }, (_, i) => `line ${i + 1}`));
const baseCpa = column(Array.from({ length: LINES }, (_, i) => 10 + ((i * 37) % 90)));
const cpm = column(Array.from({ length: LINES }, (_, i) => 0.2 + ((i * 13) % 40) / 100));
const cvr = column(Array.from({ length: LINES }, (_, i) => ((i * 7) % 5) / 100));
const minSpend = column(Array.from({ length: LINES }, (_, i) => (i % 10 === 0 ? 20_000 : 0)));
const maxSpend = column(Array.from({ length: LINES }, (_, i) => (i % 7 === 0 ? 600_000 : "")));
const assumptions = [
  ["key", "value"],
  ["ref_spend", 200_000],
  ["floor_spend", 20_000],
];
const portfolio = [lines, baseCpa, cpm, cvr, minSpend, maxSpend];
const PORTFOLIO = [1, 2, 3, 4, 5, 6, 7];


/** Every function that takes lists, with 20 lines (notes, months, budgets) of data each. */
export const LIST_CALLS: ListCall[] = [
  { id: "ALLOCATE", call: (a) => RED.ALLOCATE(...a), args: [5_000_000, ...portfolio, assumptions], lists: PORTFOLIO },
  { id: "REQUIREDBUDGET", call: (a) => RED.REQUIREDBUDGET(...a), args: [60_000, ...portfolio, assumptions], lists: PORTFOLIO },
  {
    id: "SWEEP",
    call: (a) => RED.SWEEP(...a),
    args: [column(Array.from({ length: LINES }, (_, i) => 1_000_000 + i * 250_000)), ...portfolio, assumptions, true],
    lists: [0, ...PORTFOLIO],
  },
  {
    id: "FLIGHTPLAN",
    call: (a) => RED.FLIGHTPLAN(...a),
    args: [6_000_000, lines, baseCpa, column([1, 1, 1.05, 1, 1, 0.85, 1, 1, 1, 1, 0.8, 0.9]), cpm, cvr, minSpend, maxSpend, assumptions, true],
    lists: [1, 2, 3, 4, 5, 6, 7, 8],
  },
  {
    id: "CPMFIT",
    call: (a) => RED.CPMFIT(...a),
    args: [column(Array.from({ length: 12 }, (_, i) => 100_000 * (i + 1))), column(Array.from({ length: 12 }, (_, i) => 60 + 8 * Math.log(i + 1) + (i % 3))), undefined, true],
    lists: [0, 1],
  },
  {
    id: "HOTNOTES",
    call: (a) => RED.HOTNOTES(...a),
    args: [
      column(Array.from({ length: LINES }, (_, i) => 1_000 + i * 137)),
      column(Array.from({ length: LINES }, (_, i) => 50 + ((i * 31) % 200))),
      column(Array.from({ length: LINES }, (_, i) => (i * 17) % 60)),
      undefined,
      undefined,
      true,
    ],
    lists: [0, 1, 2],
  },
];

// Each exact range's whole column, built once: the list functions share their lines, and a million
// row arrays take longer to build than every measurement of them.
const WHOLE = new Map<unknown, unknown[][]>();

/** The call's arguments with whole columns at `positions` (blank cells alternately null and ""). */
export function withWholeColumns(call: ListCall, positions: readonly number[]): unknown[] {
  const args = [...call.args];
  for (const p of positions) {
    const range = call.args[p] as unknown[][];
    if (!WHOLE.has(range)) WHOLE.set(range, wholeColumn(range, WHOLE.size % 2 === 0 ? null : ""));
    args[p] = WHOLE.get(range);
  }
  return args;
}

/** The least any reader could do with a whole column: look at each of its cells once. */
function lookAtEachCell(grids: readonly unknown[][][]): number {
  let filled = 0;
  for (const grid of grids) {
    for (let r = 0; r < grid.length; r++) {
      const row = grid[r];
      for (let c = 0; c < row.length; c++) {
        const cell = row[c];
        if (cell !== null && cell !== undefined && cell !== "") filled++;
      }
    }
  }
  return filled;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

function elapsed(run: () => unknown): number {
  const start = process.hrtime.bigint();
  run();
  return Number(process.hrtime.bigint() - start) / 1e6;
}

export interface WholeColumnCost {
  /** The call on whole columns, ms. */
  whole: number;
  /** The same call on exact ranges, ms. */
  exact: number;
  /** One look at each cell of the whole columns, ms. */
  look: number;
  /** whole ÷ (exact + look), the median of interleaved rounds. */
  ratio: number;
}

let sink = 0;

/**
 * The call with a whole column in each list position in turn, then in all, each against the same
 * call on exact ranges plus one look at each cell of those columns (which no reader can skip: a
 * value in the last row is data). Interleaved rounds, so both sides see the same machine; each
 * ratio is the median of its rounds'.
 */
export function wholeColumnCosts(call: ListCall, rounds = 5): { positions: number[]; cost: WholeColumnCost }[] {
  return wholeColumnPositions(call).map((positions) => ({ positions, cost: wholeColumnCostAt(call, positions, rounds) }));
}

/** Each list argument on its own, then all of them at once. */
export function wholeColumnPositions(call: ListCall): number[][] {
  return [...call.lists.map((p) => [p]), call.lists];
}

/** The cost of `call` with whole columns at `positions` (the others exact). */
export function wholeColumnCostAt(call: ListCall, positions: readonly number[], rounds = 5): WholeColumnCost {
  const all = withWholeColumns(call, call.lists);
  const whole = [...call.args];
  positions.forEach((p) => (whole[p] = all[p]));
  return wholeColumnCost(call, whole, positions, rounds);
}

function wholeColumnCost(call: ListCall, whole: unknown[], positions: readonly number[], rounds: number): WholeColumnCost {
  const grids = positions.map((p) => whole[p] as unknown[][]);
  const repeat = 5;
  const exactRun = () => {
    for (let i = 0; i < repeat; i++) sink += (call.call(call.args) as unknown[]).length;
  };
  exactRun(); // warm-up
  sink += (call.call(whole) as unknown[]).length;
  sink += lookAtEachCell(grids);
  const samples = { whole: [] as number[], exact: [] as number[], look: [] as number[], ratio: [] as number[] };
  for (let i = 0; i < rounds; i++) {
    const exact = elapsed(exactRun) / repeat;
    const look = elapsed(() => (sink += lookAtEachCell(grids)));
    const wholeTime = elapsed(() => (sink += (call.call(whole) as unknown[]).length));
    samples.exact.push(exact);
    samples.look.push(look);
    samples.whole.push(wholeTime);
    samples.ratio.push(wholeTime / (exact + look));
  }
  return { whole: median(samples.whole), exact: median(samples.exact), look: median(samples.look), ratio: median(samples.ratio) };
}

/** The sink, read so the work is not optimised away. */
export function wholeColumnSink(): number {
  return sink;
}
