/*
 * The CPM history sheet in a real formula engine: CPMFIT's interval spilled down one column, and each
 * scenario's band of budget caps read from it — moving the right way as the months get noisier.
 */
import { checkBudgetStep } from "../../src/core";
import { ASSUMPTION_TABLE } from "../../src/core/maths/assumptions";
import { BAND_LAYOUT, EXAMPLE_HISTORY, HISTORY_LAYOUT, HISTORY_SHEET, parseA1, plannerWorkbook, sheetAsRows } from "../../src/template/planner";
import { engine } from "../support/engine";

/** The template with the example months' CPMs pulled onto (noise 0) or pushed off the fitted curve. */
async function templateWithNoise(noise: number) {
  const sheets = plannerWorkbook();
  const rows = Object.fromEntries(sheets.map((s) => [s.name, sheetAsRows(s)]));
  // A curve through the months, and each month's own departure from it scaled by `noise`.
  const e = 0.37;
  EXAMPLE_HISTORY.forEach(([, spend, cpm], i) => {
    const onCurve = 80 * (spend / 200_000) ** e;
    rows[HISTORY_SHEET][HISTORY_LAYOUT.firstMonthRow - 1 + i][2] = onCurve * (cpm / onCurve) ** noise;
  });
  const hf = await engine(rows);
  const read = (sheet: string, a1: string) => hf.getCellValue(hf.simpleCellAddressFromString(a1, hf.getSheetId(sheet)!)!) as number;
  const band = { low: read(HISTORY_SHEET, HISTORY_LAYOUT.results.low), high: read(HISTORY_SHEET, HISTORY_LAYOUT.results.high) };
  const caps = {
    pessimistic: read("Growth", BAND_LAYOUT.pessimistic[1]),
    fitted: read("Growth", BAND_LAYOUT.fitted[1]),
    optimistic: read("Growth", BAND_LAYOUT.optimistic[1]),
  };
  hf.destroy();
  return { band, caps };
}

describe("the CPM history sheet and the band of caps", () => {
  it("carries a fit that fails to every cap of the band, never a cap from blank cells", async () => {
    const sheets = plannerWorkbook();
    const rows = Object.fromEntries(sheets.map((s) => [s.name, sheetAsRows(s)]));
    // One month left: CPMFIT needs more, so its spill is one error with blanks where the rest was.
    for (let i = 1; i < HISTORY_LAYOUT.monthRows; i++) rows[HISTORY_SHEET][HISTORY_LAYOUT.firstMonthRow - 1 + i].splice(1, 2, null, null);
    // As Excel shows a call that throws: the error in the fit's first cell and nothing spilled below
    // it (the engine would fill the whole spill range with the error, hiding a table that reads a blank).
    const { row: fitRow, column: fitColumn } = parseA1(HISTORY_LAYOUT.results.elasticity);
    const fitFormula = String(rows[HISTORY_SHEET][fitRow][fitColumn]);
    expect(fitFormula).toMatch(/^=TRANSPOSE\(RED\.CPMFIT\(/);
    rows[HISTORY_SHEET][fitRow][fitColumn] = `=INDEX(${fitFormula.slice(1)},1,1)`;
    const hf = await engine(rows);
    const read = (sheet: string, a1: string) => hf.getCellValue(hf.simpleCellAddressFromString(a1, hf.getSheetId(sheet)!)!);
    const fit = read(HISTORY_SHEET, HISTORY_LAYOUT.results.elasticity) as { type: string; value: string };
    expect(fit).toMatchObject({ type: "NUM" });
    // Each band table's cpm_elasticity is the fit's own error, not the blank below it read as 0.
    const row = ASSUMPTION_TABLE.findIndex((a) => a.key === "cpm_elasticity");
    for (const [end, table] of Object.entries(HISTORY_LAYOUT.bandTables)) {
      const [, , top, valueColumn] = /^\$([A-Z]+)\$(\d+):\$([A-Z]+)\$\d+$/.exec(table)!;
      expect({ end, elasticity: read(HISTORY_SHEET, `${valueColumn}${Number(top) + 1 + row}`) }).toMatchObject({ end, elasticity: { type: fit.type, value: fit.value } });
    }
    // So every cap fails on that error (an elasticity of 0 would instead give "no budget cap").
    for (const end of ["pessimistic", "fitted", "optimistic"] as const) {
      expect({ end, cap: read("Growth", BAND_LAYOUT[end][1]) }).toMatchObject({ end, cap: { value: expect.stringMatching(/^#/), message: expect.stringContaining(`cpm_elasticity: "${fit.value}"`) } });
    }
    hf.destroy();
  });

  it("computes the example months' fit, a 90% band, and caps in order on every scenario sheet", async () => {
    const { band, caps } = await templateWithNoise(1);
    expect(band.low).toBeLessThan(band.high);
    expect(band.low).toBeGreaterThan(0);
    expect(band.high).toBeLessThan(1);
    expect(caps.pessimistic).toBeLessThan(caps.fitted);
    expect(caps.fitted).toBeLessThan(caps.optimistic);
  });

  it("closes to one cap when the months lie on the curve, and widens as they get noisier", async () => {
    const exact = await templateWithNoise(0);
    expect(exact.band.high - exact.band.low).toBeLessThan(1e-9);
    expect(Math.abs(exact.caps.optimistic - exact.caps.pessimistic)).toBeLessThan(0.01);
    let previous = exact;
    for (const noise of [0.5, 1, 2]) {
      const next = await templateWithNoise(noise);
      expect(next.band.high - next.band.low).toBeGreaterThan(previous.band.high - previous.band.low);
      expect(next.caps.pessimistic).toBeLessThan(previous.caps.pessimistic + 0.01);
      expect(next.caps.optimistic).toBeGreaterThan(previous.caps.optimistic - 0.01);
      previous = next;
    }
  });

  it("turns minefield 2's verdict from clear to watch as the same proposal meets noisier months", async () => {
    const quiet = await templateWithNoise(0.25);
    const noisy = await templateWithNoise(3);
    // A proposal a little under the fitted cap: safe on quiet months, uncertain on noisy ones.
    const proposed = Math.round(quiet.caps.pessimistic) - 1_000;
    const verdict = (band: { low: number; high: number }) =>
      checkBudgetStep({ thisMonth: proposed, proposed, baseCpm: 80, baseCpa: 30, targetCpa: 60, elasticityBand: band }).status;
    expect(verdict(quiet.band)).toBe("clear");
    expect(proposed).toBeGreaterThan(noisy.caps.pessimistic);
    expect(verdict(noisy.band)).toBe("watch");
  });
});
