/*
 * REQUIREDBUDGET, SWEEP and FLIGHTPLAN in a real formula engine (HyperFormula) with the add-in's
 * own functions: they spill where Excel would, recalculate on edits, and agree with the entry points.
 */
import type { HyperFormula } from "hyperformula";
import { flightPlanFn, requiredBudgetFn, sweep } from "../../src/functions/functions";
import { engine } from "../support/engine";

let hf: HyperFormula;
const none = null as never;
const lines = [["Seeding notes"], ["Search ads"], ["Store live"]];

function block(a1: string, rows: number, columns: number): unknown[][] {
  const start = hf.simpleCellAddressFromString(a1, 0)!;
  return Array.from({ length: rows }, (_, r) => Array.from({ length: columns }, (_, c) => hf.getCellValue({ sheet: 0, row: start.row + r, col: start.col + c })));
}

beforeEach(async () => {
  hf = await engine({
    Plan: [
      ["line", "baseCPA", "", "budgets", 1, 1, 0.85],
      ["Seeding notes", 40, "", 250_000],
      ["Search ads", 25, "", 1_000_000],
      ["Store live", 60, "", 2_000_000],
      [],
      ["=RED.REQUIREDBUDGET(30000,A2:A4,B2:B4)"],
      [], [], [], [], [],
      ["=RED.SWEEP(D2:D4,A2:A4,B2:B4,,,,,,TRUE())"],
      [], [], [], [], [],
      ["=RED.FLIGHTPLAN(3000000,A2:A4,B2:B4,E1:G1,,,,,,TRUE())"],
    ],
  });
});

afterEach(() => hf.destroy());

/** The same cells, numbers to the 15 digits a spreadsheet engine keeps. */
function expectSame(actual: unknown[][], expected: unknown[][]): void {
  expect(actual.length).toBe(expected.length);
  actual.forEach((row, r) =>
    row.forEach((value, c) => {
      const want = expected[r][c];
      if (typeof want === "number") expect(Math.abs((value as number) - want)).toBeLessThanOrEqual(1e-13 * Math.max(1, Math.abs(want)));
      else expect(value).toEqual(want);
    }),
  );
}

it("spill as the entry points return them", () => {
  expectSame(block("A6", 4, 6), requiredBudgetFn(30_000, lines, [[40], [25], [60]]));
  expectSame(block("A12", 4, 7), sweep([[250_000], [1_000_000], [2_000_000]], lines, [[40], [25], [60]], none, none, none, none, none, true));
  expectSame(block("A18", 4, 5), flightPlanFn(3_000_000, lines, [[40], [25], [60]], [[1, 1, 0.85]], none, none, none, none, none, true));
});

it("recalculate when a base CPA changes, and a blanked budget gives a blank row", () => {
  const before = block("B9", 1, 1)[0][0] as number;
  hf.setCellContents({ sheet: 0, row: 2, col: 1 }, [[30]]);
  expect(block("B9", 1, 1)[0][0] as number).toBeGreaterThan(before);
  hf.setCellContents({ sheet: 0, row: 2, col: 3 }, [[null]]);
  expect(block("A14", 1, 7)[0]).toEqual(["", "", "", "", "", "", ""]);
});
