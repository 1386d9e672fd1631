/*
 * The workbench engine shows every double as the double it is. HyperFormula's smartRounding rounds
 * a value by multiplying it by 10^(14 − its exponent), which overflows to Infinity below about
 * 10⁻²⁹⁴ and turned 1e-300 (typed, or a RED result such as IMPRESSIONS at a base CPM of 1e-300)
 * into NaN; the engine keeps values unrounded, as Excel stores them, and the grid rounds only what
 * it shows (General: ten significant digits).
 */
import { engine } from "../support/engine";
import { general } from "../../src/spreadsheet/number-format";

it("never turns a tiny number into NaN: 1e-300 typed, and RED results over it, are numbers or Excel errors", async () => {
  const hf = await engine({ S: [["=1e-300", "=RED.MARGINALCPM(500000,A1)", "=RED.IMPRESSIONS(A1,80)", "=RED.MARGINALCPA(500000,A1)", "=0.1+0.2", 5e-324]] });
  const row = [0, 1, 2, 3, 4, 5].map((col) => hf.getCellValue({ sheet: 0, row: 0, col }));
  expect(row[0]).toBe(1e-300);
  expect(row[5]).toBe(5e-324);
  for (const value of row) {
    if (typeof value === "number") expect(Number.isFinite(value)).toBe(true);
    else expect(value).toHaveProperty("type");
  }
  // Unrounded in the engine, as in Excel's file; the grid shows what Excel's General shows.
  expect(row[4]).toBe(0.1 + 0.2);
  expect(general(row[4] as number)).toBe("0.3");
  expect(general(1e-300)).toMatch(/^1E-300$/i);
  hf.destroy();
});
