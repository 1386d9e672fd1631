/*
 * REQUIREDBUDGET, SWEEP and FLIGHTPLAN in a real formula engine (HyperFormula) with the add-in's
 * own functions: they spill where Excel would, recalculate on edits, and agree with the entry points.
 */
import type { HyperFormula } from "hyperformula";
import { RED } from "../support/functions";
import { LINES_LAYOUT, LINES_SHEET, plannerWorkbook, sheetAsRows } from "../../src/template/planner";
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
  expectSame(block("A6", 4, 6), RED.REQUIREDBUDGET(30_000, lines, [[40], [25], [60]]));
  expectSame(block("A12", 4, 7), RED.SWEEP([[250_000], [1_000_000], [2_000_000]], lines, [[40], [25], [60]], none, none, none, none, none, true));
  expectSame(block("A18", 4, 5), RED.FLIGHTPLAN(3_000_000, lines, [[40], [25], [60]], [[1, 1, 0.85]], none, none, none, none, none, true));
});

it("recalculate when a base CPA changes, and a blanked budget gives a blank row", () => {
  const before = block("B9", 1, 1)[0][0] as number;
  hf.setCellContents({ sheet: 0, row: 2, col: 1 }, [[30]]);
  expect(block("B9", 1, 1)[0][0] as number).toBeGreaterThan(before);
  hf.setCellContents({ sheet: 0, row: 2, col: 3 }, [[null]]);
  expect(block("A14", 1, 7)[0]).toEqual(["", "", "", "", "", "", ""]);
});

describe("the template's Lines sheet", () => {
  let book: HyperFormula;
  const sheets = () => Object.fromEntries(plannerWorkbook().map((d) => [d.name, sheetAsRows(d)]));
  const at = (a1: string) => book.getCellValue(book.simpleCellAddressFromString(a1, book.getSheetId(LINES_SHEET)!)!);
  const rowOf = (row: number, from: number, to: number) => Array.from({ length: to - from + 1 }, (_, c) => at(`${String.fromCharCode(65 + from + c)}${row}`));
  const inputs = () => {
    const L = LINES_LAYOUT;
    const rows = Array.from({ length: L.lines }, (_, i) => rowOf(L.firstLineRow + i, 0, 5).map((v) => (v === null ? "" : v)));
    const column = (c: number) => rows.map((r) => [r[c]]);
    return { args: [column(0), column(1), column(2), column(3), column(4), column(5)] as const, rows };
  };

  beforeAll(async () => {
    book = await engine(sheets());
  });
  afterAll(() => book.destroy());

  it("shows ALLOCATE, both REQUIREDBUDGETs, SWEEP and FLIGHTPLAN as the entry points give them, with no error cell", () => {
    const L = LINES_LAYOUT;
    const { args } = inputs();
    const [names, base, cpm, cvr, min, max] = args;
    // Each block is the function's one spilled result, "" in the bound column where no bound holds a line.
    const block = (row: number, rows: number) => Array.from({ length: rows }, (_, r) => rowOf(row + 2 + r, 0, 5));
    expectSame(block(L.allocateRow, L.lines), RED.ALLOCATE(at("B3"), names, base, cpm, cvr, min, max));
    expectSame(block(L.requiredRow, L.lines + 1), RED.REQUIREDBUDGET(at("B4"), names, base, cpm, cvr, min, max, none, "conversions"));
    expectSame(block(L.capRow, L.lines + 1), RED.REQUIREDBUDGET(at("B5"), names, base, cpm, cvr, min, max, none, "marginal-cpa"));
    // SWEEP spills beside the budgets typed in column A, its first column the budget it read.
    const swept = L.sweepBudgets.map((_, i) => rowOf(L.sweepRow + 2 + i, 1, 10));
    expectSame(swept, RED.SWEEP(L.sweepBudgets.map((b) => [b]), names, base, cpm, cvr, min, max));
    expect(swept.map((row) => row[0])).toEqual(L.sweepBudgets);
    const grid = Array.from({ length: L.lines }, (_, i) => rowOf(L.flightRow + 3 + i, 1, 12));
    const seasonality = [rowOf(L.flightRow + 1, 1, 12)];
    // The flight plan reads the same Min/Max spend a month as the blocks above it (issue 21, item 4).
    expectSame(grid, RED.FLIGHTPLAN(at("B6"), names, base, seasonality, cpm, cvr, min, max));
    expect(at(`N${L.flightRow + 3 + L.lines}`) as number).toBeCloseTo(12_000_000, 4);
    const errors = Object.keys(plannerWorkbook().find((d) => d.name === LINES_SHEET)!.cells).filter((a1) => typeof at(a1) === "object" && at(a1) !== null);
    expect(errors).toEqual([]);
  });

  it("moves every block when an input changes: a dearer search line gets less and the target costs more", () => {
    const before = { search: at("B21") as number, required: at(`B${LINES_LAYOUT.requiredRow + 2 + LINES_LAYOUT.lines}`) as number };
    book.setCellContents(book.simpleCellAddressFromString("B11", book.getSheetId(LINES_SHEET)!)!, [[35]]);
    expect(at("B21") as number).toBeLessThan(before.search);
    expect(at(`B${LINES_LAYOUT.requiredRow + 2 + LINES_LAYOUT.lines}`) as number).toBeGreaterThan(before.required);
  });
});
