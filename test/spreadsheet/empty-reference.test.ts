/*
 * A formula whose result is an empty cell (=Z99) is 0 in Excel, which LibreOffice caches as <v>0</v>
 * too; by default the engine gave null, which the grid showed blank, Download cached as nothing and
 * AVERAGE, MIN, COUNT and the RED functions skipped as a blank: the engine itself now gives 0
 * (evaluateNullToZero), so what a cell shows is what every formula reading it reads. A blank a RED
 * function gives for a blank input (blank in, blank out) stays blank.
 */
import ExcelJS from "exceljs";
import { shownValue } from "../../src/spreadsheet/engine";
import { engine } from "../support/engine";
import { roundTrip, xmlCells } from "../support/xlsx-xml";

// A: CPM history with a blank month; B: reach; C1: RED.INCREMENTALCPM over them (its third row blank in, blank out);
// D: formulas that are only a reference to an empty cell, or give one; E: text joined to an empty cell.
const ROWS = [
  [200_000, 500_000, "=RED.INCREMENTALCPM(A1:A3,B1:B3)", "=Z99", '=Z99&""', null],
  [300_000, 400_000, null, "=IF(TRUE,Z99)", null, null],
  [null, 600_000, null, "=INDEX(Z1:Z5,3)", null, null],
  // Formulas reading D1 (=Z99) beside 10: Excel's AVERAGE 5, MIN 0, COUNT 1, ISBLANK FALSE, and a RED function its 0.
  [10, "=AVERAGE(D1,A4)", "=MIN(D1,A4)", "=COUNT(D1)", "=ISBLANK(D1)", '=RED.SPILLSPLIT("growth",D1,"spillover")'],
];

describe("a formula that gives an empty cell", () => {
  it("is 0 as the grid shows it; an empty cell stays empty, and a RED function's blank (and text) stays blank", async () => {
    const hf = await engine([{ name: "S", rows: ROWS }]);
    const value = (row: number, col: number) => shownValue(hf, { sheet: 0, row, col });
    expect([value(0, 3), value(1, 3), value(2, 3)]).toEqual([0, 0, 0]);
    expect(hf.getCellValue({ sheet: 0, row: 0, col: 3 })).toBe(0); // the engine's own answer: shown and read alike
    expect([1, 2, 3, 4, 5].map((col) => value(3, col))).toEqual([5, 0, 1, false, 0]);
    expect(value(2, 2)).toBe(""); // blank in, blank out: a spilled cell of RED.INCREMENTALCPM
    expect(typeof value(1, 2)).toBe("number");
    expect(value(0, 4)).toBe("");
    expect([value(0, 5), value(2, 0)]).toEqual([null, null]);
    hf.destroy();
  });

  it("is cached as 0 by Download, as Excel and LibreOffice cache it; a RED blank is cached as empty text", async () => {
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet("S");
    ROWS.forEach((row, r) => row.forEach((v, c) => {
      if (v !== null) sheet.getCell(r + 1, c + 1).value = typeof v === "string" ? ({ formula: v.slice(1) } as ExcelJS.CellFormulaValue) : v;
    }));
    const cells = (await xmlCells(await roundTrip(Buffer.from(await book.xlsx.writeBuffer()))))["S"];
    for (const a1 of ["D1", "D2", "D3"]) expect([a1, cells[a1].type ?? "n", cells[a1].value]).toEqual([a1, "n", "0"]);
    expect(cells["C3"].type).toMatch(/^(s|str|inlineStr)$/); // text (the empty text), never a number
  });
});
