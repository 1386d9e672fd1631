/*
 * Sheets named in other letters (中文, 汇总, Ünïcödé), which Excel writes bare in a formula (`=中文!B5*2`)
 * and the engine reads bare only from Latin letters: a file with such formulas opens computed, its
 * Download keeps the file's formula text with the right cached values, and `=中文!B5` typed computes.
 */
import { engineFormula } from "../../src/spreadsheet/engine";
import { notAFormula, parseEntry } from "../../src/workbench/entry";
import { enterTyped } from "../../src/workbench/paste-looks";
import { pasteText } from "../../src/workbench/clipboard";
import type { State } from "../../src/workbench/store";
import { engine } from "../support/engine";
import { formulasFile, openedColumnA, roundTrip, xmlCells } from "../support/xlsx-xml";

/** S's formulas as Excel stores them (no "="), and the values they have. */
const FORMULAS: [string, string, number | string][] = [
  ["A1", "中文!B5*2", 10],
  ["A2", "SUM(中文!B1:B9)", 45],
  ["A3", "汇总!B2", 7],
  ["A4", "Ünïcödé!A1+1", 4],
  ["A5", "'中文'!B2+汇总!B2", 9],
  ["A6", 'LEN("中文!B5")&汇总!B2', "57"],
  ["A7", "SUM(中文!B1:B3)*ünïcödé!A1", 18],
];

/** A workbook as Excel saves it: S reading the other sheets, cached values stale (0). */
const excelFile = (): Promise<Buffer> =>
  formulasFile(FORMULAS, { 中文: Object.fromEntries([1, 2, 3, 4, 5, 6, 7, 8, 9].map((row) => [`B${row}`, row])), 汇总: { B2: 7 }, Ünïcödé: { A1: 3 } });

describe("sheets named in other letters, bare in formulas as Excel writes them", () => {
  it("Open computes every formula, and the formula bar shows it as Excel writes it", async () => {
    const { values, formulas } = await openedColumnA(await excelFile(), FORMULAS.length);
    expect(values).toEqual(FORMULAS.map(([, , value]) => value));
    expect([formulas[0], formulas[4]]).toEqual(["=中文!B5*2", "=中文!B2+汇总!B2"]);
  });

  it("Download keeps the file's formula text and writes the computed values", async () => {
    const cells = (await xmlCells(await roundTrip(await excelFile()))).S;
    expect(FORMULAS.map(([at]) => [at, cells[at].formula, cells[at].value])).toEqual(FORMULAS.map(([at, formula, value]) => [at, formula, String(value)]));
  });

  it("typed or pasted, =中文!B5 is a formula that computes (typing no longer refuses it)", async () => {
    const hf = await engine([{ name: "S", rows: [[]] }, { name: "中文", rows: [[], [], [], [], [null, 21]] }]);
    const state = { hf, sheet: "S", formats: {}, looks: {} } as unknown as State;
    expect(notAFormula(parseEntry("=中文!B5"), (entry) => hf.validateFormula(entry))).toBe(false);
    enterTyped(state, { row: 0, column: 0 }, "=中文!B5*2");
    enterTyped(state, { row: 1, column: 0 }, "=SUM(中文!B1:B9)", { top: 1, left: 0, bottom: 2, right: 0 });
    pasteText(hf, 0, { row: 3, column: 0 }, "=中文!B5+1\t=\"中文!B5\"");
    expect([0, 1, 2, 3].map((row) => hf.getCellValue({ sheet: 0, row, col: 0 }))).toEqual([42, 21, 21, 22]);
    expect(hf.getCellValue({ sheet: 0, row: 3, col: 1 })).toBe("中文!B5");
    expect(engineFormula(hf, { sheet: 0, row: 0, col: 0 })).toBe("=中文!B5*2");
    hf.destroy();
  });
});
