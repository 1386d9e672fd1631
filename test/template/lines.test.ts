/*
 * The Lines sheet computed in a real formula engine (HyperFormula) with the add-in's own functions:
 * every block reads the same lines and the same monthly bounds (issue 21, item 4).
 */
import type { HyperFormula } from "hyperformula";
import { columnLetter, LINES_LAYOUT as L, LINES_SHEET, plannerWorkbook, sheetAsRows } from "../../src/template/planner";
import { EXAMPLE_LINES, EXAMPLE_SEASONALITY } from "../../src/template/lines-sheet";
import { engine } from "../support/engine";

let hf: HyperFormula;
const address = (a1: string) => hf.simpleCellAddressFromString(a1, hf.getSheetId(LINES_SHEET)!)!;
const at = (a1: string) => hf.getCellValue(address(a1));

beforeEach(async () => {
  hf = await engine(Object.fromEntries(plannerWorkbook().map((s) => [s.name, sheetAsRows(s)])));
});
afterEach(() => hf.destroy());

/** The flight plan's spend of line `i` (0-based) in each month. */
const flightRow = (i: number) => EXAMPLE_SEASONALITY.map((_, j) => at(`${columnLetter(j + 1)}${L.flightRow + 3 + i}`) as number);
/** ALLOCATE's spend of line `i`. */
const allocated = (i: number) => at(`B${L.allocateRow + 2 + i}`) as number;

describe("the Lines sheet's blocks read the same Min/Max spend a month", () => {
  it("FLIGHTPLAN holds every line within its monthly bounds, as ALLOCATE does above it (store live's 50,000, search ads' 400,000, creator live's 200,000)", () => {
    const bounded = EXAMPLE_LINES.map(([, , , , min, max], i) => ({ i, min, max })).filter((b) => b.min !== null || b.max !== null);
    expect(bounded.length).toBeGreaterThanOrEqual(3);
    for (const { i, min, max } of bounded) {
      for (const spend of flightRow(i)) {
        expect(typeof spend).toBe("number");
        if (min !== null) expect(spend).toBeGreaterThanOrEqual(min);
        if (max !== null) expect(spend).toBeLessThanOrEqual(max);
      }
      if (min !== null) expect(allocated(i)).toBeGreaterThanOrEqual(min);
      if (max !== null) expect(allocated(i)).toBeLessThanOrEqual(max);
    }
    // Store live's minimum binds in some month of the year (without it the plan goes below it).
    const storeLive = EXAMPLE_LINES.findIndex(([name]) => name.startsWith("Store live"));
    expect(flightRow(storeLive)).toContain(EXAMPLE_LINES[storeLive][4]);
    expect(at(`${columnLetter(EXAMPLE_SEASONALITY.length + 1)}${L.flightRow + 3 + L.lines}`) as number).toBeCloseTo(12_000_000, 4);
  });

  it("follows a bound the planner edits: a minimum typed in the sheet holds in every month", () => {
    const seeding = 0;
    const row = L.firstLineRow + seeding;
    hf.setCellContents(address(`E${row}`), [[900_000]]);
    expect(Math.min(...flightRow(seeding))).toBeCloseTo(900_000, 2);
    expect(allocated(seeding)).toBeGreaterThanOrEqual(900_000);
    // A maximum below the minimum is refused by both blocks alike, never ignored by one.
    hf.setCellContents(address(`F${row}`), [[100_000]]);
    expect(at(`B${L.allocateRow + 2}`)).toMatchObject({ type: "VALUE" });
    expect(at(`B${L.flightRow + 3}`)).toMatchObject({ type: "VALUE" });
  });

  it("says on the sheet that the bounds are monthly and that the flight plan keeps them", () => {
    expect(at(`E${L.headerRow}`)).toBe("Min spend a month 每月最低预算");
    expect(at(`F${L.headerRow}`)).toBe("Max spend a month 每月最高预算");
    expect(String(at(`A${L.flightRow}`))).toMatch(/within its monthly min\/max/);
  });
});
