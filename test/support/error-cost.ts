/*
 * What a filled-down column of error cells costs through the entry point, beside a bare loop that
 * calls the core and catches its errors, as paired ratios inside one process. Shared by
 * `npm run bench` (scripts/bench.ts) and test/functions/error-cost.test.ts, so the figure printed is
 * the one the test holds.
 *
 * Excel's CustomFunctions.Error extends Error, so making one captures a stack; the stand-in jest
 * and the workbench load (src/spreadsheet/custom-functions-runtime.ts) is a plain object and would
 * hide that cost. The entry side runs with StackingError in its place, as Excel would.
 */
import { budgetCap, marginalCpm, MONEY, readChecked } from "../../src/core";
import { RED } from "./functions";
import { paired, PairedCost } from "./entry-cost";

/** A CustomFunctions.Error as Excel's runtime makes it: an Error subclass, which captures a stack when made. */
export class StackingError extends Error {
  code: string;
  constructor(code: string, message?: string) {
    super(message ?? "");
    this.code = code;
  }
}

/** Runs `run` with CustomFunctions.Error replaced by StackingError. */
export function withStackingErrors<T>(run: () => T): T {
  const runtime = (globalThis as unknown as { CustomFunctions: { Error: unknown } }).CustomFunctions;
  const standIn = runtime.Error;
  runtime.Error = StackingError;
  try {
    return run();
  } finally {
    runtime.Error = standIn;
  }
}

export const ERROR_ROWS = 100_000;

let sink = 0;

/**
 * A column through the entry point (`entry`, one call over every row) beside a bare loop calling the
 * core (`core`) on each row and keeping what it throws, paired, with CustomFunctions.Error stacking.
 */
function errorColumnCost<T>(rows: readonly T[], entry: () => unknown[][], core: (row: T) => unknown, rounds: number): PairedCost {
  return withStackingErrors(() =>
    paired(
      () => (sink += entry().length),
      () => {
        const out: unknown[][] = [];
        for (const row of rows) {
          try {
            out.push([core(row)]);
          } catch (error) {
            out.push([error]);
          }
        }
        sink += out.length;
      },
      rounds,
      1,
    ),
  );
}

/** Target CPAs 1,000× and more the base CPA, whose cap is beyond any budget: every cell is #NUM! (CAP_TOO_LARGE). */
export function budgetCapErrorCost(rounds: number, rows = ERROR_ROWS): PairedCost {
  const targets = Array.from({ length: rows }, (_, i) => [1_000 + i]);
  return errorColumnCost(targets, () => RED.BUDGETCAP(targets, [[1]]), ([target]) => budgetCap(target, 1), rounds);
}

/** TRUE in every cell of MARGINALCPM's spend column: every cell is #VALUE! with a message naming the value. */
export function trueColumnErrorCost(rounds: number, rows = ERROR_ROWS): PairedCost {
  const spend = Array.from({ length: rows }, () => [true]);
  return errorColumnCost(spend, () => RED.MARGINALCPM(spend, [[80]]), ([value]) => marginalCpm(readChecked(MONEY, value, "spend"), 80), rounds);
}

/** The sink, read so the work is not optimised away. */
export function errorCostSink(): number {
  return sink;
}
