/*
 * Issue 27, done when: every list function given whole-column ranges (1,048,576 rows, data in the
 * first rows) costs at most 2× the same call on exact ranges, for each argument position and for
 * all at once — measured as the benchmark measures it (test/support/whole-columns.ts). No reader
 * can skip a cell of a whole column (a value in its last row is data), so the exact call is
 * charged one look at each cell of the whole columns: a plain loop testing each for blank. A
 * position over the limit is measured again, as other suites share the cores (lowestOf).
 */
import { lowestOf } from "../support/entry-cost";
import { LIST_CALLS, wholeColumnCostAt, wholeColumnPositions } from "../support/whole-columns";

describe("whole columns cost at most 2× the same call on exact ranges (plus one look at each cell)", () => {
  for (const call of LIST_CALLS) {
    it(`${call.id}: each argument position, and all at once`, () => {
      const costs = wholeColumnPositions(call).map((positions) => ({ positions, cost: lowestOf(() => wholeColumnCostAt(call, positions, 5), 2) }));
      const over = costs.filter(({ cost }) => cost.ratio > 2).map(({ positions, cost }) => `${positions.join(",")}: ${cost.ratio.toFixed(2)}×`);
      expect(over).toEqual([]);
    }, 60_000);
  }
});
