/*
 * Numbers written with a capital E, as Excel writes and reads them (1E-10, 2.5E+3, 1E5), which the
 * engine refuses (#ERROR!) and reads only as 1e-10: a file holding them opens computed, its Download
 * keeps the file's text with the right values, typed they compute, and the formula bar shows the
 * exponent in capitals, as Excel does. An E in a name, a cell or quotes is no exponent.
 */
import { engineFormula } from "../../src/spreadsheet/engine";
import { notAFormula, parseEntry } from "../../src/workbench/entry";
import { enterTyped } from "../../src/workbench/paste-looks";
import type { State } from "../../src/workbench/store";
import { engine } from "../support/engine";
import { formulasFile, openedColumnA, roundTrip, xmlCells } from "../support/xlsx-xml";

/** S's formulas as Excel stores them (no "="), and the values they have; B1 holds 4, the sheet 1E5 holds 6 in A1. */
const FORMULAS: [string, string, number | string][] = [
  ["A1", "1E-10", 1e-10],
  ["A2", "2.5E+3*B1", 10_000],
  ["A3", "1E-300*1E300", 1],
  ["A4", "SUM(1E1,1E2,.5E1)", 115],
  ["A5", '"1E5"&LEN("2.5E+3")', "1E56"],
  ["A6", "'1E5'!A1*1E1", 60],
  ["A7", "E1+1E0", 1],
];

const excelFile = (): Promise<Buffer> => formulasFile(FORMULAS, { S: { B1: 4 }, "1E5": { A1: 6 } });

describe("numbers with a capital E, as Excel writes them", () => {
  it("Open computes every formula, and the formula bar shows the exponent in capitals", async () => {
    const { values, formulas } = await openedColumnA(await excelFile(), FORMULAS.length);
    expect(values).toEqual(FORMULAS.map(([, , value]) => value));
    expect([formulas[0], formulas[4]]).toEqual(["=1E-10", '="1E5"&LEN("2.5E+3")']);
  });

  it("Download keeps the file's formula text and writes the computed values", async () => {
    const cells = (await xmlCells(await roundTrip(await excelFile()))).S;
    expect(FORMULAS.map(([at, , value]) => [at, cells[at].formula, typeof value === "number" ? Number(cells[at].value) : cells[at].value])).toEqual(FORMULAS);
  });

  it("typed, =1E-300 and =2.5E+3*B1 are formulas that compute (not refused), shown with a capital E", async () => {
    const hf = await engine([{ name: "S", rows: [[null, 4]] }]);
    const state = { hf, sheet: "S", formats: {}, looks: {} } as unknown as State;
    expect(notAFormula(parseEntry("=1E-300"), (entry) => hf.validateFormula(entry))).toBe(false);
    enterTyped(state, { row: 0, column: 0 }, "=1E-300");
    enterTyped(state, { row: 1, column: 0 }, "=2.5E+3*B1");
    enterTyped(state, { row: 2, column: 0 }, "=1E-10*B1");
    expect([0, 1, 2].map((row) => hf.getCellValue({ sheet: 0, row, col: 0 }))).toEqual([1e-300, 10_000, 4e-10]);
    expect([0, 2].map((row) => engineFormula(hf, { sheet: 0, row, col: 0 }))).toEqual(["=1E-300", "=1E-10*B1"]);
    hf.destroy();
  });
});
