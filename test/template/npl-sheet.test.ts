/*
 * The NPL sheet (DOMAIN §9): its formulas, evaluated by the add-in's functions in HyperFormula, are
 * the values cached in the committed file; the ladder conserves people and splits GMV into closed
 * loop and spillover month by month; the loyal share and LTV × users are what DOMAIN §9's
 * recurrences give, checked here with plain arithmetic on the sheet's own rows and rates.
 */
import ExcelJS from "exceljs";
import type { HyperFormula, RawCellContent } from "hyperformula";
import { TEMPLATE_PATH } from "../../scripts/build-template";
import { assumptionRef } from "../../src/template/assumptions-sheet";
import { LADDER_COLUMNS as C, NPL_LAYOUT as L, NPL_LINE_COLUMNS as LC, NPL_LINES, NPL_SHEET, plannerWorkbook, sheetAsRows } from "../../src/template/planner";
import { engine } from "../support/engine";
import { LADDER_RATE_KEYS } from "../../src/core";

/** Each ladder rate's default, by key: what a blank assumption reads as. */
const DEFAULT_RATES: Record<string, number> = Object.fromEntries(LADDER_RATE_KEYS.map((k) => [k.key, k.value]));

jest.setTimeout(120_000);

let hf: HyperFormula;
beforeAll(async () => {
  hf = await engine(Object.fromEntries(plannerWorkbook().map((s) => [s.name, sheetAsRows(s)])));
});
afterAll(() => hf.destroy());

const on = (sheet: string, a1: string) => hf.getCellValue(hf.simpleCellAddressFromString(a1, hf.getSheetId(sheet)!)!);
const at = (a1: string) => on(NPL_SHEET, a1) as number;
/** A ladder rate as the Assumptions sheet holds it. */
const rate = (key: string) => {
  const [sheet, cell] = assumptionRef(key).replace(/\$/g, "").split("!");
  return on(sheet, cell) as number;
};
const months = [...Array(L.months).keys()];
const ladderRow = (t: number) => L.ladderRow + t;
const month = (m: number) => String.fromCharCode(66 + m); // B … M
/** The stocks of the month before month t (t = 0: the start row). */
const before = (column: string, t: number) => (t === 0 ? at(`${column}${L.startRow}`) : at(`${column}${ladderRow(t - 1)}`));
const close = (actual: number, expected: number, tolerance = 1e-9) => expect(Math.abs(actual - expected)).toBeLessThanOrEqual(tolerance * Math.max(1, Math.abs(expected)));

describe("the NPL sheet", () => {
  it("caches in the committed file exactly what its formulas compute with our functions", async () => {
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(TEMPLATE_PATH);
    const ws = book.getWorksheet(NPL_SHEET)!;
    let numbers = 0;
    ws.eachRow((row) =>
      row.eachCell((cell) => {
        // A merged cell repeats its master's value in ExcelJS; the file holds it once.
        if (cell.master.address !== cell.address) return;
        const cached = (cell.value as { result?: unknown } | null)?.result ?? cell.value;
        const ours = at(cell.address);
        if (typeof ours === "number") {
          numbers++;
          expect({ at: cell.address, cached: typeof cached }).toEqual({ at: cell.address, cached: "number" });
          close(cached as number, ours);
        } else if (typeof cached === "string") expect({ at: cell.address, cached }).toEqual({ at: cell.address, cached: ours });
      }),
    );
    // Inputs, 36 spends, 72 impressions and conversions, the 12 × 12 ladder and the year's figures.
    expect(numbers).toBeGreaterThan(250);
  });

  it("feeds the ladder the lines' conversions as first buyers and the rest of the people they reach (impressions ÷ frequency) as newly aware", () => {
    for (const m of months) {
      const column = month(m);
      const conversions = [0, 1, 2].reduce((sum, i) => sum + at(`${column}${L.conversionsRow + i}`), 0);
      close(at(`${column}${L.firstBuyersRow}`), conversions);
      const impressions = [0, 1, 2].reduce((sum, i) => sum + at(`${column}${L.impressionsRow + i}`), 0);
      close(at(`${column}${L.reachRow}`), impressions / at(L.frequency) - conversions);
      expect(at(`${column}${L.reachRow}`)).toBeGreaterThan(0);
    }
    // The flight plan spends the year's budget to the cent.
    close(months.reduce((sum, m) => sum + at(`${month(m)}${L.flightTotalRow}`), 0), at(L.budget), 1e-12);
  });

  it("prices impressions and conversions at the month's seasonality, as the flight plan does", () => {
    for (const m of [0, 5, 10]) {
      const season = at(`${month(m)}${L.seasonalityRow}`);
      const spend = at(`${month(m)}${L.flightRow}`);
      const [cpa, cpm] = [at(`${LC.baseCpa}${L.firstLineRow}`), at(`${LC.baseCpm}${L.firstLineRow}`)];
      // DOMAIN §3 at the reference spend's defaults, written out: I = 1000·s^(1−e)·ref^e/base.
      const ref = rate("ref_spend");
      const [e, g] = [rate("cpm_elasticity"), rate("cvr_elasticity")];
      const floor = rate("floor_spend");
      if (spend <= floor) continue;
      close(at(`${month(m)}${L.impressionsRow}`), (1000 * spend ** (1 - e) * ref ** e) / (cpm * season), 1e-9);
      close(at(`${month(m)}${L.conversionsRow}`), (spend ** (1 - e + g) * ref ** (e - g)) / (cpa * season), 1e-9);
    }
  });

  /** Sets a cell of the NPL sheet, runs check, and puts the cell back. */
  const withCell = (a1: string, content: RawCellContent, check: () => void) => {
    const address = hf.simpleCellAddressFromString(a1, hf.getSheetId(NPL_SHEET)!)!;
    const before = hf.getCellSerialized(address);
    hf.setCellContents(address, [[content]]);
    try {
      check();
    } finally {
      hf.setCellContents(address, [[before]]);
    }
  };
  const errorType = (a1: string) => (on(NPL_SHEET, a1) as { type?: string } | null)?.type;

  it("a frequency below 1 (more people than impressions) is no frequency: the months' reach is an error", () => {
    for (const bad of [0.5, 0, -1]) withCell(L.frequency, bad, () => expect([bad, errorType(`${month(0)}${L.reachRow}`)]).toEqual([bad, "NA"]));
    withCell(L.frequency, 1, () => expect(typeof at(`${month(0)}${L.reachRow}`)).toBe("number"));
  });

  it("a blank budget is a blank plan: no month of 0, and no year's figures", () => {
    withCell(L.budget, null, () => {
      for (const m of months) for (const r of [L.reachRow, L.firstBuyersRow, L.flightTotalRow]) expect(on(NPL_SHEET, `${month(m)}${r}`)).toBe("");
      for (const i of [0, 1, 2]) expect(on(NPL_SHEET, `${LC.spend}${L.firstLineRow + i}`)).toBe("");
      for (const a1 of Object.values(L.figures)) expect([a1, on(NPL_SHEET, a1)]).toEqual([a1, ""]);
    });
  });

  it("a line left out (its row cleared) is no line: the ladder runs on the other two; an error in a line's figures shows, never a blank year", () => {
    const row = L.firstLineRow + 1;
    const cells = [LC.name, LC.baseCpa, LC.baseCpm, LC.valueMultiple].map((c) => `${c}${row}`);
    const sheet = hf.getSheetId(NPL_SHEET)!;
    const saved = cells.map((a1) => hf.getCellSerialized(hf.simpleCellAddressFromString(a1, sheet)!));
    for (const a1 of cells) hf.setCellContents(hf.simpleCellAddressFromString(a1, sheet)!, [[null]]);
    try {
      expect(typeof at(L.figures.gmv)).toBe("number");
      for (const m of months) close(at(`${month(m)}${L.firstBuyersRow}`), at(`${month(m)}${L.conversionsRow}`) + at(`${month(m)}${L.conversionsRow + 2}`));
    } finally {
      cells.forEach((a1, i) => hf.setCellContents(hf.simpleCellAddressFromString(a1, sheet)!, [[saved[i]]]));
    }
    withCell(`${LC.baseCpm}${L.firstLineRow}`, 0, () => {
      expect(errorType(`${month(0)}${L.reachRow}`)).toBe("NUM");
      expect(on(NPL_SHEET, L.figures.gmv)).not.toBe("");
    });
  });

  it("an error in the flight plan or the ladder shows in every figure after it, as Excel holds a thrown spill (the error in its top-left cell, the rest empty) — never blanks like an empty plan", () => {
    // Excel keeps a custom function's thrown error in its top-left cell alone: =NA() there is that state.
    withCell(`B${L.flightRow}`, "=NA()", () => {
      for (const i of [0, 1, 2]) expect(errorType(`${LC.spend}${L.firstLineRow + i}`)).toBe("NA");
      for (const m of [0, 5, 11]) for (const r of [L.flightTotalRow, L.reachRow, L.firstBuyersRow]) expect([m, r, errorType(`${month(m)}${r}`)]).toEqual([m, r, "NA"]);
      for (const a1 of Object.values(L.figures)) expect([a1, errorType(a1)]).toEqual([a1, "NA"]);
    });
    withCell(`${C.month}${L.ladderRow}`, "=NA()", () => {
      for (const column of [C.gmv, C.newWon]) expect(errorType(`${column}${L.ladderTotalRow}`)).toBe("NA");
      for (const a1 of Object.values(L.figures)) expect([a1, errorType(a1)]).toEqual([a1, "NA"]);
    });
  });

  it("more first buyers than people reached (a frequency far too high) is an error, never a negative count of people", () => {
    withCell(L.frequency, 1000, () => expect(errorType(`${month(0)}${L.reachRow}`)).toBe("NA"));
  });

  it("a blank value multiple is a blank value: FLIGHTPLAN names the line (#VALUE!), never a split at value 0", () => {
    withCell(`${LC.valueMultiple}${L.firstLineRow + 1}`, null, () => {
      expect(on(NPL_SHEET, `${LC.value}${L.firstLineRow + 1}`)).toBe("");
      expect(errorType(`${month(0)}${L.flightRow}`)).toBe("VALUE");
      expect(String((on(NPL_SHEET, `${month(0)}${L.flightRow}`) as { message?: string }).message)).toContain(NPL_LINES[1].name);
    });
  });

  it("values each line at LTV × its multiple, and a higher multiple moves budget to that line", () => {
    for (const i of [0, 1, 2]) close(at(`${LC.value}${L.firstLineRow + i}`), at(L.ltv) * at(`${LC.valueMultiple}${L.firstLineRow + i}`), 1e-12);
    const spends = () => [0, 1, 2].map((i) => at(`${LC.spend}${L.firstLineRow + i}`));
    const asShipped = spends();
    withCell(`${LC.valueMultiple}${L.firstLineRow + 1}`, 2, () => expect(spends()[1]).toBeGreaterThan(asShipped[1] + 1));
    expect(spends()).toEqual(asShipped);
  });

  it("shows after the flight plan what each line's conversions are worth (its value × the conversions of its months, the sheet's own), and their total", () => {
    const value = month(L.months);
    let total = 0;
    for (const i of [0, 1, 2]) {
      const conversions = Array.from({ length: L.months }, (_, m) => at(`${month(m)}${L.conversionsRow + i}`)).reduce((sum, c) => sum + c, 0);
      close(at(`${value}${L.flightRow + i}`), at(`${LC.value}${L.firstLineRow + i}`) * conversions, 1e-9);
      total += at(`${value}${L.flightRow + i}`);
    }
    close(at(`${value}${L.flightTotalRow}`), total, 1e-12);
  });

  it("conserves people: each month the five layers change by reach and first buyers in, forgetting and lapsing out", () => {
    const layers = [C.aware, C.interested, C.newCustomers, C.returning, C.loyal];
    const outs = [rate("aware_forget"), rate("interest_forget"), rate("new_lapse"), rate("returning_lapse"), rate("loyal_lapse")];
    for (const t of months) {
      const now = layers.reduce((sum, c) => sum + at(`${c}${ladderRow(t)}`), 0);
      const then = layers.reduce((sum, c) => sum + before(c, t), 0);
      const left = layers.reduce((sum, c, i) => sum + outs[i] * before(c, t), 0);
      close(now, then + at(`${month(t)}${L.reachRow}`) + at(`${month(t)}${L.firstBuyersRow}`) - left);
    }
  });

  it("splits each month's GMV into closed loop and spillover to the cent, and so the year's", () => {
    for (const t of months) {
      const r = ladderRow(t);
      expect(Math.round((at(`${C.closedLoopGmv}${r}`) + at(`${C.spilloverGmv}${r}`)) * 100)).toBe(Math.round(at(`${C.gmv}${r}`) * 100));
    }
    expect(Math.round((at(L.figures.closedLoop) + at(L.figures.spillover)) * 100)).toBe(Math.round(at(L.figures.gmv) * 100));
    close(at(`C${L.figures.closedLoop.slice(1)}`) + at(`C${L.figures.spillover.slice(1)}`), 1);
  });

  it("gives the loyal customers' share of GMV and LTV × the new customers won, as DOMAIN §9's recurrences do", () => {
    const aov = at(L.aov);
    let loyalGmv = 0;
    let won = 0;
    for (const t of months) {
      loyalGmv += aov * rate("loyal_order_multiple") * rate("returning_order_rate") * before(C.loyal, t);
      won += rate("interest_to_buy") * before(C.interested, t) + at(`${month(t)}${L.firstBuyersRow}`);
    }
    close(at(L.figures.loyalShare), loyalGmv / at(L.figures.gmv));
    close(at(L.figures.newCustomers), won, 1e-9);
    close(at(L.figures.ltvTimesUsers), at(L.ltv) * won, 1e-9);
    expect(at(L.figures.loyalShare)).toBeGreaterThan(0);
  });

  it("follows the Assumptions sheet: a higher group-chat join rate (returning_to_loyal) raises the loyal customers' share", () => {
    const [sheet, cell] = assumptionRef("returning_to_loyal").replace(/\$/g, "").split("!");
    const address = hf.simpleCellAddressFromString(cell, hf.getSheetId(sheet)!)!;
    const shipped = hf.getCellValue(address) as number;
    const share = at(L.figures.loyalShare);
    hf.setCellContents(address, [[shipped + 0.05]]);
    try {
      expect(at(L.figures.loyalShare)).toBeGreaterThan(share);
    } finally {
      hf.setCellContents(address, [[shipped]]);
    }
    expect(at(L.figures.loyalShare)).toBe(share);
  });
  it("reads a blanked assumption as the RED functions read it (its default), on every figure of the sheet", () => {
    // The sheet once worked the loyal GMV and the new customers out in plain formulas, where a blank
    // reads 0: blanking loyal_order_multiple made the loyal share 0 while the ladder stood unchanged.
    const figures = () => [L.figures.gmv, L.figures.loyalShare, L.figures.newCustomers, L.figures.ltvTimesUsers].map(at);
    const shipped = figures();
    for (const key of ["loyal_order_multiple", "returning_order_rate", "new_repeat", "interest_to_buy"]) {
      const [sheet, cell] = assumptionRef(key).replace(/\$/g, "").split("!");
      const address = hf.simpleCellAddressFromString(cell, hf.getSheetId(sheet)!)!;
      const value = hf.getCellValue(address);
      expect([key, value]).toEqual([key, DEFAULT_RATES[key]]);
      hf.setCellContents(address, [[null]]);
      try {
        expect([key, figures()]).toEqual([key, shipped]);
      } finally {
        hf.setCellContents(address, [[value as number]]);
      }
    }
  });
});
