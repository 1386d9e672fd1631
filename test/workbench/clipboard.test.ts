/*
 * Copy, cut, paste, clear and fill on a real HyperFormula engine (issue 25 item 1): Excel's
 * tab-separated clipboard text both ways, a pasted block read as typed, the page's own copy moving
 * formulas, and each operation one step of undo.
 */
import fc from "fast-check";
import { HyperFormula } from "hyperformula";
import { ENGINE_CONFIG } from "../../src/spreadsheet/engine";
import { clearRange, copyRange, fill, fromTsv, pasteText, toTsv } from "../../src/workbench/clipboard";

const book = (rows: unknown[][]) => HyperFormula.buildFromSheets({ S: rows as never }, { ...ENGINE_CONFIG, licenseKey: ENGINE_CONFIG.licenseKey });

describe("tab-separated text as Excel puts it on the clipboard", () => {
  it("reads Excel's quoting, CRLF rows and the final line break", () => {
    expect(fromTsv("a\tb\r\nc\td\r\n")).toEqual([["a", "b"], ["c", "d"]]);
    expect(fromTsv('"two\nlines"\t"say ""hi"""\r\n')).toEqual([["two\nlines", 'say "hi"']]);
    expect(fromTsv("one")).toEqual([["one"]]);
    expect(fromTsv("\t\r\n")).toEqual([["", ""]]);
    expect(fromTsv("")).toEqual([]);
  });

  it("property: any block of texts written as TSV reads back the same", () => {
    fc.assert(
      fc.property(fc.array(fc.array(fc.string(), { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 4 }), (rows) => {
        const width = Math.max(...rows.map((r) => r.length));
        const square = rows.map((r) => Array.from({ length: width }, (_, c) => r[c] ?? ""));
        expect(fromTsv(toTsv(square))).toEqual(square);
      }),
      { numRuns: 300 },
    );
  });
});

describe("paste", () => {
  it("writes a block copied from a report into the selection's range, numbers as numbers, formulas as formulas, and undo takes it back in one step", () => {
    const hf = book([["Month", "Spend", "CPM"], ["Jan", 1, 2]]);
    const text = "Feb\t250,000\t82.5\r\nMar\t300000\t=C2*2\r\n";
    expect(pasteText(hf, 0, { row: 1, column: 0 }, text)).toEqual({ top: 1, left: 0, bottom: 2, right: 2 });
    expect(hf.getSheetValues(0)).toEqual([["Month", "Spend", "CPM"], ["Feb", 250_000, 82.5], ["Mar", 300_000, 165]]);
    hf.undo();
    expect(hf.getSheetValues(0)).toEqual([["Month", "Spend", "CPM"], ["Jan", 1, 2]]);
    hf.redo();
    expect(hf.getCellValue({ sheet: 0, row: 2, col: 2 })).toBe(165);
    hf.destroy();
  });

  it("keeps text that looks like nothing else as text: a note, 50万, a date written out", () => {
    const hf = book([[]]);
    pasteText(hf, 0, { row: 0, column: 0 }, "50万\tSeeding notes 种草笔记\t2026-03\r\n");
    expect(hf.getSheetValues(0)).toEqual([["50万", "Seeding notes 种草笔记", "2026-03"]]);
    hf.destroy();
  });

  it("pastes the page's own copy as Excel does: a formula's relative references move with it", () => {
    const hf = book([[1, "=A1*10"], [2, null]]);
    const { text } = copyRange(hf, 0, { top: 0, left: 1, bottom: 0, right: 1 });
    expect(text).toBe("10\r\n");
    pasteText(hf, 0, { row: 1, column: 1 }, text);
    expect(hf.getCellFormula({ sheet: 0, row: 1, col: 1 })).toBe("=A2*10");
    expect(hf.getCellValue({ sheet: 0, row: 1, col: 1 })).toBe(20);
    hf.destroy();
  });

  it("an edit of the copied cells ends the copy, as in Excel: the paste is the text copied, not the cells as edited", () => {
    const hf = book([[5, null], [null, null]]);
    const { text } = copyRange(hf, 0, { top: 0, left: 0, bottom: 0, right: 0 });
    hf.setCellContents({ sheet: 0, row: 0, col: 0 }, [[6]]);
    pasteText(hf, 0, { row: 0, column: 1 }, text);
    expect(hf.getCellValue({ sheet: 0, row: 0, col: 1 })).toBe(5);
    // A cut whose cells were edited pastes its text too, and leaves the edited cell where it is.
    const cut = copyRange(hf, 0, { top: 0, left: 0, bottom: 0, right: 0 }, {}, true);
    hf.setCellContents({ sheet: 0, row: 0, col: 0 }, [[7]]);
    pasteText(hf, 0, { row: 1, column: 0 }, cut.text);
    expect(hf.getSheetValues(0)).toEqual([[7, 5], [6]]);
    hf.destroy();
  });

  it("pastes a copy whose sheet was deleted since as its text, not an engine error", () => {
    const hf = HyperFormula.buildFromSheets({ S: [[5]], T: [[null]] } as never, { ...ENGINE_CONFIG, licenseKey: ENGINE_CONFIG.licenseKey });
    const { text } = copyRange(hf, 0, { top: 0, left: 0, bottom: 0, right: 0 });
    hf.removeSheet(0);
    const t = hf.getSheetId("T")!;
    expect(() => pasteText(hf, t, { row: 0, column: 0 }, text)).not.toThrow();
    expect(hf.getCellValue({ sheet: t, row: 0, col: 0 })).toBe(5);
    hf.destroy();
  });

  it("copies what the grid shows: numbers in their format, errors by their code", () => {
    const hf = book([[547755.923, "=1/0", "note"]]);
    const { text, html } = copyRange(hf, 0, { top: 0, left: 0, bottom: 0, right: 2 }, { "0,0": "#,##0.00" });
    expect(text).toBe("547,755.92\t#DIV/0!\tnote\r\n");
    expect(html).toBe("<table><tr><td>547,755.92</td><td>#DIV/0!</td><td>note</td></tr></table>");
    hf.destroy();
  });

  it("moves a cut block, and formulas that pointed at it follow", () => {
    const hf = book([[5, "=A1+1"], [null, null]]);
    const { text } = copyRange(hf, 0, { top: 0, left: 0, bottom: 0, right: 0 }, {}, true);
    pasteText(hf, 0, { row: 1, column: 0 }, text);
    expect(hf.getCellValue({ sheet: 0, row: 0, col: 0 })).toBeNull();
    expect(hf.getCellFormula({ sheet: 0, row: 0, col: 1 })).toBe("=A2+1");
    expect(hf.getCellValue({ sheet: 0, row: 0, col: 1 })).toBe(6);
    hf.destroy();
  });

  it("fills every cell of a selected range with one pasted value, as Excel does, and one undo takes it all back", () => {
    const hf = book([[1, null], [2, null], [3, null]]);
    expect(pasteText(hf, 0, { top: 0, left: 1, bottom: 2, right: 1 }, "7\r\n")).toEqual({ top: 0, left: 1, bottom: 2, right: 1 });
    expect(hf.getSheetValues(0)).toEqual([[1, 7], [2, 7], [3, 7]]);
    hf.undo();
    expect(hf.getSheetValues(0)).toEqual([[1], [2], [3]]);
    hf.destroy();
  });

  it("tiles a block over a selection whose size it divides, and pastes it once where it does not", () => {
    const hf = book([[]]);
    pasteText(hf, 0, { top: 0, left: 0, bottom: 3, right: 3 }, "a\tb\r\nc\td\r\n");
    expect(hf.getSheetValues(0)).toEqual([["a", "b", "a", "b"], ["c", "d", "c", "d"], ["a", "b", "a", "b"], ["c", "d", "c", "d"]]);
    hf.undo();
    // 3 columns is no multiple of 2: once, from the top left, as Excel pastes a block it cannot tile.
    expect(pasteText(hf, 0, { top: 0, left: 0, bottom: 1, right: 2 }, "a\tb\r\n")).toEqual({ top: 0, left: 0, bottom: 0, right: 1 });
    expect(hf.getSheetValues(0)).toEqual([["a", "b"]]);
    hf.destroy();
  });

  it("pastes the page's own copied formula into every cell of a range, each moved to its row, in one undo step", () => {
    const hf = book([[1, "=A1*10"], [2, null], [3, null], [4, null]]);
    const { text } = copyRange(hf, 0, { top: 0, left: 1, bottom: 0, right: 1 });
    pasteText(hf, 0, { top: 1, left: 1, bottom: 3, right: 1 }, text);
    expect([1, 2, 3].map((row) => hf.getCellFormula({ sheet: 0, row, col: 1 }))).toEqual(["=A2*10", "=A3*10", "=A4*10"]);
    expect(hf.getSheetValues(0).map((r) => r[1])).toEqual([10, 20, 30, 40]);
    hf.undo();
    expect(hf.getSheetValues(0).map((r) => r[1] ?? null)).toEqual([10, null, null, null]);
    hf.destroy();
  });

  it("escapes the HTML it puts on the clipboard: a note like <b>cut</b> stays text", () => {
    const hf = book([["<b>cut</b> & run"]]);
    expect(copyRange(hf, 0, { top: 0, left: 0, bottom: 0, right: 0 }).html).toBe("<table><tr><td>&lt;b&gt;cut&lt;/b&gt; &amp; run</td></tr></table>");
    hf.destroy();
  });
});

describe("Delete and fill", () => {
  it("Delete on a range empties every cell of it, one undo step", () => {
    const hf = book([[1, 2], [3, 4]]);
    clearRange(hf, 0, { top: 0, left: 0, bottom: 1, right: 1 });
    expect(hf.getSheetValues(0)).toEqual([]);
    hf.undo();
    expect(hf.getSheetValues(0)).toEqual([[1, 2], [3, 4]]);
    hf.destroy();
  });

  it("Ctrl+D fills the first row down and Ctrl+R the first column right, formulas moving; one row selected fills from above", () => {
    const hf = book([[1, "=A1*2"], [2, null], [3, null]]);
    fill(hf, 0, { top: 0, left: 1, bottom: 2, right: 1 }, "down");
    expect(hf.getSheetValues(0).map((r) => r[1])).toEqual([2, 4, 6]);
    hf.undo();
    expect(hf.getSheetValues(0).map((r) => r[1] ?? null)).toEqual([2, null, null]);
    fill(hf, 0, { top: 1, left: 1, bottom: 1, right: 1 }, "down");
    expect(hf.getCellFormula({ sheet: 0, row: 1, col: 1 })).toBe("=A2*2");
    fill(hf, 0, { top: 0, left: 0, bottom: 0, right: 2 }, "right");
    expect(hf.getSheetValues(0)[0]).toEqual([1, 1, 1]);
    hf.destroy();
  });
});
