/*
 * A cell's look travels with it when pasted, as in Excel (issue 25): a copy brings the copied cells'
 * number format, fill and font colour; a cut moves them and leaves the cut cells plain.
 */
import { HyperFormula } from "hyperformula";
import { STYLES } from "../../src/template/styles";
import { copyRange, fill, pasteText } from "../../src/workbench/clipboard";
import { ENGINE_CONFIG } from "../../src/spreadsheet/engine";
import { enterTyped, pasteLooks } from "../../src/workbench/paste-looks";
import { remember, takeBack } from "../../src/workbench/undo-places";
import type { State } from "../../src/workbench/store";

type Looks = Pick<State, "formats" | "fileLooks" | "looks">;

/** Sheet S: A1 1234.5 in "#,##0.00" on a blue fill with red text; Sheet T inserted here, B1 the template's input style. */
function workbook() {
  const hf = HyperFormula.buildFromSheets({ S: [[1234.5, 7]], T: [[null, 3]] } as never, { ...ENGINE_CONFIG });
  const looks: Looks = {
    formats: { S: { "0,0": "#,##0.00" } },
    fileLooks: { S: { cells: { "0,0": { fill: "#DDEBF7", color: "#C00000" } }, widths: [] } },
    looks: { T: { styles: { "0,1": "input" }, widths: [], frozen: { rows: 0, columns: 0 } } },
  };
  // The page's own paste: the callback is where the grid brings the looks along.
  const paste = (from: string, range: { top: number; left: number; bottom: number; right: number }, to: string, at: { top: number; left: number; bottom: number; right: number }, cut = false) => {
    const { text } = copyRange(hf, hf.getSheetId(from)!, range, looks.formats[from], cut);
    return pasteText(hf, hf.getSheetId(to)!, at, text, {
      own: (source, written, wasCut) => pasteLooks(looks, { sheet: hf.getSheetName(source.sheet)!, range: source.range }, { sheet: to, range: written }, wasCut),
    });
  };
  return { hf, looks, paste };
}

describe("pasting a cell brings its look", () => {
  it("copy then paste: the number format, fill and font colour come along, and stay on the copied cell", () => {
    const { hf, looks, paste } = workbook();
    paste("S", { top: 0, left: 0, bottom: 0, right: 0 }, "S", { top: 2, left: 0, bottom: 3, right: 0 });
    expect(hf.getCellValue({ sheet: 0, row: 3, col: 0 })).toBe(1234.5);
    for (const key of ["0,0", "2,0", "3,0"]) {
      expect({ key, format: looks.formats.S[key] }).toEqual({ key, format: "#,##0.00" });
      expect({ key, look: looks.fileLooks!.S.cells[key] }).toEqual({ key, look: { fill: "#DDEBF7", color: "#C00000" } });
    }
    hf.destroy();
  });

  it("cut then paste: the look moves with the value and the cut cell is left plain", () => {
    const { hf, looks, paste } = workbook();
    paste("S", { top: 0, left: 0, bottom: 0, right: 0 }, "S", { top: 4, left: 2, bottom: 4, right: 2 }, true);
    expect(hf.getCellValue({ sheet: 0, row: 4, col: 2 })).toBe(1234.5);
    expect(looks.formats.S).toEqual({ "4,2": "#,##0.00" });
    expect(looks.fileLooks!.S.cells).toEqual({ "4,2": { fill: "#DDEBF7", color: "#C00000" } });
    hf.destroy();
  });

  it("a plain cell pasted over a formatted one leaves it plain, and a template style pasted to a file's sheet keeps its colours", () => {
    const { hf, looks, paste } = workbook();
    paste("S", { top: 0, left: 1, bottom: 0, right: 1 }, "S", { top: 0, left: 0, bottom: 0, right: 0 });
    expect(looks.formats.S["0,0"]).toBeUndefined();
    expect(looks.fileLooks!.S.cells["0,0"]).toBeUndefined();
    paste("T", { top: 0, left: 1, bottom: 0, right: 1 }, "S", { top: 5, left: 0, bottom: 5, right: 0 });
    expect(looks.fileLooks!.S.cells["5,0"]).toMatchObject({ fill: STYLES.input.fill, color: STYLES.input.color });
    hf.destroy();
  });

  it("undo of a cut, and of a paste, puts the looks back with the contents; redo moves them again", () => {
    const { hf, looks, paste } = workbook();
    const before = JSON.stringify(looks);
    const at = { top: 4, left: 2, bottom: 4, right: 2 };
    paste("S", { top: 0, left: 0, bottom: 0, right: 0 }, "S", at, true);
    remember(hf, { sheet: 0, selected: { row: 4, column: 2 }, extent: undefined });
    const moved = JSON.stringify(looks);
    takeBack(hf, false);
    expect(hf.getCellValue({ sheet: 0, row: 0, col: 0 })).toBe(1234.5);
    expect(JSON.stringify(looks)).toBe(before);
    takeBack(hf, true);
    expect(JSON.stringify(looks)).toBe(moved);
    takeBack(hf, false);
    // A copy pasted over a template-styled cell: undo gives the cell its own style back.
    paste("S", { top: 0, left: 0, bottom: 0, right: 0 }, "T", { top: 0, left: 1, bottom: 0, right: 1 });
    remember(hf, { sheet: 1, selected: { row: 0, column: 1 }, extent: undefined });
    takeBack(hf, false);
    expect(looks.looks!.T.styles["0,1"]).toBe("input");
    expect(looks.formats.T?.["0,1"]).toBeUndefined();
    expect(looks.fileLooks!.T?.cells["0,1"]).toBeUndefined();
    expect(hf.getCellValue({ sheet: 1, row: 0, col: 1 })).toBe(3);
    hf.destroy();
  });

  it("Ctrl+D and Ctrl+R fill the looks with the contents, as Excel's fill copies formats; one undo takes both back", () => {
    const { hf, looks } = workbook();
    const own = { own: (source: { sheet: number; range: { top: number; left: number; bottom: number; right: number } }, written: { top: number; left: number; bottom: number; right: number }) => pasteLooks(looks, { sheet: "S", range: source.range }, { sheet: "S", range: written }, false) };
    const before = JSON.stringify(looks);
    fill(hf, 0, { top: 0, left: 0, bottom: 2, right: 0 }, "down", own);
    remember(hf, { sheet: 0, selected: { row: 0, column: 0 }, extent: { row: 2, column: 0 } });
    for (const key of ["1,0", "2,0"]) {
      expect({ key, format: looks.formats.S[key], look: looks.fileLooks!.S.cells[key] }).toEqual({ key, format: "#,##0.00", look: { fill: "#DDEBF7", color: "#C00000" } });
    }
    takeBack(hf, false);
    expect(hf.getCellValue({ sheet: 0, row: 2, col: 0 })).toBeNull();
    expect(JSON.stringify(looks)).toBe(before);
    // Ctrl+R over a plain cell: B1 (plain, 7) takes A1's look, and its value.
    fill(hf, 0, { top: 0, left: 0, bottom: 0, right: 1 }, "right", own);
    expect(hf.getCellValue({ sheet: 0, row: 0, col: 1 })).toBe(1234.5);
    expect(looks.formats.S["0,1"]).toBe("#,##0.00");
    expect(looks.fileLooks!.S.cells["0,1"]).toEqual({ fill: "#DDEBF7", color: "#C00000" });
    hf.destroy();
  });
});

describe("Ctrl+Enter enters an entry into every selected cell", () => {
  it("a formula moves its references from the cell typed in, a number's format goes to every cell, and one undo takes it all back", () => {
    const { hf, looks } = workbook();
    const state = { ...looks, hf, sheet: "T" } as unknown as State;
    const range = { top: 1, left: 1, bottom: 2, right: 2 };
    enterTyped(state, { row: 1, column: 1 }, "=A1*2", range);
    remember(hf, { sheet: 1, selected: { row: 1, column: 1 }, extent: { row: 2, column: 2 } });
    expect(hf.getCellFormula({ sheet: 1, row: 1, col: 1 })).toBe("=A1*2");
    expect(hf.getCellFormula({ sheet: 1, row: 2, col: 2 })).toBe("=B2*2");
    expect(hf.getCellValue({ sheet: 1, row: 1, col: 2 })).toBe(6); // =B1*2, B1 being 3
    takeBack(hf, false);
    for (const [row, col] of [[1, 1], [1, 2], [2, 1], [2, 2]]) expect(hf.getCellSerialized({ sheet: 1, row, col })).toBeNull();
    expect(hf.isThereSomethingToUndo()).toBe(false);
    enterTyped(state, { row: 2, column: 2 }, "50%", range);
    remember(hf, { sheet: 1, selected: { row: 1, column: 1 }, extent: { row: 2, column: 2 } });
    expect(hf.getCellValue({ sheet: 1, row: 1, col: 1 })).toBe(0.5);
    expect(looks.formats.T).toEqual({ "1,1": "0%", "1,2": "0%", "2,1": "0%", "2,2": "0%" });
    takeBack(hf, false);
    expect(looks.formats.T).toEqual({});
    hf.destroy();
  });

  it("a plain number is read in each cell as typing it there reads it: 60 is 60% in a percent cell and 60 in a General one", () => {
    const { hf, looks } = workbook();
    const state = { ...looks, hf, sheet: "T" } as unknown as State;
    looks.formats.T = { "1,1": "0%" };
    enterTyped(state, { row: 1, column: 2 }, "60", { top: 1, left: 1, bottom: 1, right: 2 });
    expect([hf.getCellValue({ sheet: 1, row: 1, col: 1 }), hf.getCellValue({ sheet: 1, row: 1, col: 2 })]).toEqual([0.6, 60]);
    expect(looks.formats.T).toEqual({ "1,1": "0%" });
    hf.destroy();
  });
});
