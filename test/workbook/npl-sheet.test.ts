/*
 * The NPL sheet (DOMAIN §9): its formulas, evaluated by the add-in's functions in HyperFormula, are
 * the values cached in the committed file; the ladder conserves people and splits GMV into closed
 * loop and spillover month by month; the loyal share and LTV × users are what DOMAIN §9's
 * recurrences give, checked here with plain arithmetic on the sheet's own rows and rates.
 */
import ExcelJS from "exceljs";
import type { HyperFormula } from "hyperformula";
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

  it("feeds the ladder the reaching lines' impressions ÷ frequency as reach and the converting lines' conversions as first buyers", () => {
    const share = (column: string, i: number) => at(`${column}${L.firstLineRow + i}`);
    for (const m of months) {
      const column = month(m);
      const reached = [0, 1, 2].reduce((sum, i) => sum + at(`${column}${L.impressionsRow + i}`) * share(LC.reachShare, i), 0);
      close(at(`${column}${L.reachRow}`), reached / at(L.frequency));
      const bought = [0, 1, 2].reduce((sum, i) => sum + at(`${column}${L.conversionsRow + i}`) * share(LC.buyerShare, i), 0);
      close(at(`${column}${L.firstBuyersRow}`), bought);
    }
    // The example counts no line both ways: notes reach, group chats and live convert.
    expect([0, 1, 2].map((i) => [share(LC.reachShare, i), share(LC.buyerShare, i)])).toEqual([[1, 0], [0, 1], [0, 1]]);
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

  it("a blank, text or out-of-range share is no share: the month's reach is an error, never a line left out", () => {
    const sheet = hf.getSheetId(NPL_SHEET)!;
    const cell = hf.simpleCellAddressFromString(`${LC.reachShare}${L.firstLineRow}`, sheet)!;
    for (const bad of [null, "all", 1.5, -0.1]) {
      hf.setCellContents(cell, [[bad]]);
      expect([bad, String((at(`${month(0)}${L.reachRow}`) as unknown as { type?: string })?.type)]).toEqual([bad, "NA"]);
    }
    hf.setCellContents(cell, [[1]]);
    expect(typeof at(`${month(0)}${L.reachRow}`)).toBe("number");
  });

  it("values the lines at different multiples of LTV, so the split by value is not the split by conversions", () => {
    for (const i of [0, 1, 2]) close(at(`${LC.value}${L.firstLineRow + i}`), at(L.ltv) * at(`${LC.valueMultiple}${L.firstLineRow + i}`), 1e-12);
    const sheet = hf.getSheetId(NPL_SHEET)!;
    const spends = () => [0, 1, 2].map((i) => at(`${LC.spend}${L.firstLineRow + i}`));
    const byValue = spends();
    const multiples = [0, 1, 2].map((i) => hf.simpleCellAddressFromString(`${LC.valueMultiple}${L.firstLineRow + i}`, sheet)!);
    for (const address of multiples) hf.setCellContents(address, [[1]]);
    const byConversions = spends();
    NPL_LINES.forEach((line, i) => hf.setCellContents(multiples[i], [[line.valueMultiple]]));
    // The group-chat line, worth twice a notes conversion, gets more of the year's budget by value.
    expect(byValue[1]).toBeGreaterThan(byConversions[1] + 1);
    expect(spends()).toEqual(byValue);
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
