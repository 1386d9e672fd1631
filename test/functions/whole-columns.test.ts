/*
 * Issue 27: a whole column (A:A) gives what the same call on the exact range gives — the rows past
 * the data are the blank tail of the range, read only as far as the data. Over random list
 * lengths, blanks inside the lists and a whole column in each argument position (and in all).
 */
import fc from "fast-check";
import { LIST_CALLS, ListCall, withWholeColumns } from "../support/whole-columns";
import { isExcelError } from "../support/cells";
import { MAX_HORIZON_MONTHS } from "../../src/core";

/** What a call gives: its cells, or its error's code and message. */
function outcome(run: () => unknown): unknown {
  try {
    return run();
  } catch (error) {
    if (isExcelError(error)) return { code: error.code, message: error.message };
    throw error;
  }
}

/**
 * A range as A:A passes it, with `tail` blank rows after the data (Excel's tail is 1,048,576 rows):
 * always more than MAX_HORIZON_MONTHS cells, as a whole column is — a range of months no
 * longer than that keeps its blank months at the end, each in its place.
 */
function withTail(range: unknown[][], tail: number, blank: unknown): unknown[][] {
  const rows = Math.max(tail, MAX_HORIZON_MONTHS + 1 - range.length);
  return [...range.map((row) => [...row]), ...Array.from({ length: rows }, () => range[0].map(() => blank))];
}

const ASSUMPTIONS_ROWS = 3;

/** The call's exact arguments cut to `length` rows each (the assumptions table as it is), with `blanks` blanked inside. */
function cut(call: ListCall, length: number, blanks: [number, number][]): unknown[] {
  const args = [...call.args];
  for (const p of call.lists) {
    const range = args[p] as unknown[][];
    if (range.length === ASSUMPTIONS_ROWS && range[0].length === 2) continue;
    args[p] = range.slice(0, Math.max(1, Math.min(length, range.length))).map((row) => [...row]);
  }
  for (const [position, row] of blanks) {
    const range = args[call.lists[position % call.lists.length]] as unknown[][];
    if (row % range.length < range.length) range[row % range.length] = range[row % range.length].map(() => (row % 2 === 0 ? "" : null));
  }
  return args;
}

describe("a whole column gives what the exact range gives", () => {
  for (const call of LIST_CALLS) {
    it(`${call.id}: over random list lengths, blanks inside the lists, a whole column in each position and in all`, () => {
      fc.assert(
        fc.property(
          fc.integer({ min: 1, max: 20 }),
          fc.array(fc.tuple(fc.nat(10), fc.nat(40)), { maxLength: 4 }),
          fc.oneof(fc.constantFrom(...call.lists.map((p) => [p])), fc.constant(call.lists), fc.subarray(call.lists, { minLength: 1 })),
          fc.integer({ min: 1, max: 3000 }),
          (length, blanks, positions, tail) => {
            const exact = cut(call, length, blanks);
            const whole = [...exact];
            positions.forEach((p, k) => (whole[p] = withTail(exact[p] as unknown[][], tail, k % 2 === 0 ? null : "")));
            expect(outcome(() => call.call(whole))).toEqual(outcome(() => call.call(exact)));
          },
        ),
        { numRuns: 150 },
      );
    });
  }

  for (const call of LIST_CALLS) {
    it(`${call.id} at Excel's full height (1,048,576 rows), a whole column in each position at once`, () => {
      expect(outcome(() => call.call(withWholeColumns(call, call.lists)))).toEqual(outcome(() => call.call(call.args)));
    }, 20_000);
  }
});
