/* Whole columns and the size limit: trailing blanks cost nearly nothing; past the limit, #NUM!. */
import { RED } from "../support/functions";
import { MAX_CELLS } from "../../src/functions/boundary";
import { thrown } from "../support/cells";

const ROWS = 1_048_576; // Excel's rows
const wholeColumn = (values: unknown[]) => Array.from({ length: ROWS }, (_, i) => [i < values.length ? values[i] : null]);

describe("a whole column (A:A) with data at the top", () => {
  const spends = Array.from({ length: 100 }, (_, i) => 50_000 + i * 1_000);

  it("gives one result per data row, quickly", () => {
    const started = performance.now();
    const result = RED.AVGCPM(wholeColumn(spends), [[80]]);
    expect(result).toHaveLength(100);
    expect(performance.now() - started).toBeLessThan(10_000); // a hang guard, not a measure (npm run bench measures): typical is tens of ms, a loaded machine seconds
  });

  it("works for SPILLSPLIT, HOTNOTES, CPMFIT and ALLOCATE", () => {
    expect(RED.SPILLSPLIT([["growth"]], wholeColumn([100, 200]))).toEqual([[50, 50], [100, 100]]);
    expect(RED.HOTNOTES(wholeColumn([100, 100]), wholeColumn([10, 1]), wholeColumn([1, 5]))).toHaveLength(2);
    const fit = RED.CPMFIT(wholeColumn([1e5, 2e5, 4e5]), wholeColumn([60, 80, 100]));
    expect(fit).toEqual(RED.CPMFIT([[1e5], [2e5], [4e5]], [[60], [80], [100]]));
    expect(RED.CPMFIT(wholeColumn([1e5, 2e5, 4e5]), [[60], [80], [100]])).toEqual(fit);
    const split = RED.ALLOCATE(100_000, wholeColumn(["A", "B"]), wholeColumn([30, 40]));
    expect(split).toHaveLength(2);
  });
});

describe("the documented limit", () => {
  it(`is ${MAX_CELLS.toLocaleString("en-US")} result cells: a full column of splits fits`, () => {
    expect(MAX_CELLS).toBe(2 * ROWS);
    const full = Array.from({ length: ROWS }, (_, i) => [1 + i]);
    const result = RED.SPILLSPLIT([["growth"]], full);
    expect(result).toHaveLength(ROWS);
    expect(result[ROWS - 1]).toEqual([ROWS / 2, ROWS / 2]);
  });

  it("beyond it is #NUM!, not a hang", () => {
    const wide = Array.from({ length: ROWS }, () => [1, 2, 3]);
    expect(thrown(() => RED.AVGCPM(wide)).code).toBe("#NUM!");
  });
});
