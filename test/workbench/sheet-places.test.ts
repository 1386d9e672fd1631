/*
 * Each sheet keeps its own selection, as in Excel (sheet-places.ts), and Download saves where the
 * user was — the active sheet and each sheet's active cell — so that Open comes back there.
 */
import ExcelJS from "exceljs";
import fs from "fs";
import JSZip from "jszip";
import { TEMPLATE_PATH } from "../../scripts/build-template";
import { rangeOf, selectionIn } from "../../src/workbench/selection";
import { goToSheet, keptPlaces, openingPlace, placeOf, putBackPlaces } from "../../src/workbench/sheet-places";
import { renameRecorded } from "../../src/workbench/sheet-rename";
import type { State } from "../../src/workbench/store";
import { activeSheet, readWorkbook } from "../../src/spreadsheet/xlsx-read";
import { sheetParts } from "../../src/spreadsheet/xlsx-excel-form";
import { withSelectedRanges } from "../../src/workbench/xlsx-selected-ranges";
import { engine } from "../support/engine";
import { roundTrip } from "../support/xlsx-xml";

async function opened(): Promise<State> {
  const hf = await engine({ Growth: [["label"]], Summary: [["x"]], Notes: [["n"]] });
  const fileLooks = {
    Growth: { cells: {}, widths: [], frozen: { rows: 9, columns: 1 } },
    Notes: { cells: {}, widths: [], active: { row: 6, column: 3 } },
  };
  return { hf, sheet: "Growth", selected: { row: 11, column: 1 }, extent: undefined, formats: {}, fileLooks, looks: {} } as unknown as State;
}

describe("each sheet's own selection", () => {
  it("comes back on a return to the sheet, whatever was selected on the others", async () => {
    const state = await opened();
    goToSheet(state, "Summary");
    expect(state.selected).toEqual({ row: 0, column: 0 }); // no frozen panes, no active cell in the file: A1
    state.selected = { row: 4, column: 0 };
    state.extent = { row: 6, column: 2 };
    goToSheet(state, "Growth");
    expect([state.selected, state.extent]).toEqual([{ row: 11, column: 1 }, undefined]);
    goToSheet(state, "Summary");
    expect([state.selected, state.extent]).toEqual([{ row: 4, column: 0 }, { row: 6, column: 2 }]);
    state.hf.destroy();
  });

  it("opens a sheet not visited at the file's active cell for it, else past its frozen panes", async () => {
    const state = await opened();
    goToSheet(state, "Notes");
    expect(state.selected).toEqual({ row: 6, column: 3 });
    // Growth's own place was kept on leaving; without it, the first cell past its frozen panes.
    expect(placeOf({ ...state, places: {} }, "Growth").selected).toEqual({ row: 9, column: 1 });
    state.hf.destroy();
  });

  it("is kept by the sheet's id, so a renamed sheet keeps it", async () => {
    const state = await opened();
    goToSheet(state, "Summary");
    state.selected = { row: 2, column: 2 };
    goToSheet(state, "Growth");
    renameRecorded(state, state.hf.getSheetId("Summary")!, "Overview");
    goToSheet(state, "Overview");
    expect(state.selected).toEqual({ row: 2, column: 2 });
    state.hf.destroy();
  });
});

describe("a reload", () => {
  it("puts back every sheet's own selection as kept, a range whose active cell moved inside it whole, and passes over a sheet gone since", async () => {
    const state = await opened();
    goToSheet(state, "Summary");
    const inside = selectionIn({ top: 1, left: 1, bottom: 4, right: 3 }, { row: 2, column: 1 });
    [state.selected, state.extent] = [inside.selected, inside.extent];
    goToSheet(state, "Notes");
    state.extent = { row: 8, column: 4 };
    // Through the browser's store, as structured data: JSON keeps what structured cloning does here.
    const kept = JSON.parse(JSON.stringify({ ...keptPlaces(state), Gone: { selected: { row: 1, column: 1 }, range: { top: 1, left: 1, bottom: 1, right: 1 } } }));
    const again = await opened();
    again.sheet = "Notes";
    putBackPlaces(again, kept);
    expect([again.selected, again.extent]).toEqual([{ row: 6, column: 3 }, { row: 8, column: 4 }]);
    goToSheet(again, "Summary");
    expect(again.selected).toEqual({ row: 2, column: 1 });
    expect(rangeOf(again.selected, again.extent)).toEqual({ top: 1, left: 1, bottom: 4, right: 3 });
    goToSheet(again, "Growth");
    expect([again.selected, again.extent]).toEqual([{ row: 11, column: 1 }, undefined]);
    expect(Object.keys(again.places!).every((id) => again.hf.getSheetName(Number(id)) !== undefined)).toBe(true);
    state.hf.destroy();
    again.hf.destroy();
  });
});

describe("Download saves where the user was", () => {
  const template = fs.readFileSync(TEMPLATE_PATH);
  const where = { sheet: "Summary", places: { Summary: { selected: { row: 4, column: 0 }, extent: { row: 2, column: 2 } }, Growth: { selected: { row: 11, column: 1 } } } };

  it("writes the active tab, that tab alone selected, and each sheet's active cell and range, frozen panes kept", async () => {
    const saved = await roundTrip(template, undefined, where);
    const zip = await JSZip.loadAsync(saved);
    const workbookXml = await zip.file("xl/workbook.xml")!.async("string");
    const names = [...workbookXml.matchAll(/<sheet\b[^>]*name="([^"]*)"/g)].map((m) => m[1]);
    expect(workbookXml).toMatch(new RegExp(`<workbookView\\b[^>]*activeTab="${names.indexOf("Summary")}"`));
    const parts = await sheetParts(zip);
    const xml = async (name: string) => zip.file(parts.get(name)!)!.async("string");
    expect(await xml("Summary")).toMatch(/<sheetView\b[^>]*tabSelected="1"/);
    // A range selected around the active cell is saved as Excel saves it: the range, the active cell inside it.
    expect(await xml("Summary")).toMatch(/<selection\b[^>]*activeCell="A5"[^>]*sqref="A3:C5"/);
    const growth = await xml("Growth");
    expect(growth).not.toMatch(/tabSelected="1"/);
    expect(growth).toMatch(/<pane\b[^>]*xSplit="1"[^>]*ySplit="9"[^>]*state="frozen"/);
    expect(growth).toMatch(/<selection\b[^>]*activeCell="B12"[^>]*sqref="B12"/);
  });

  it("opens again on the sheet and cells saved", async () => {
    const book = new ExcelJS.Workbook();
    await book.xlsx.load((await roundTrip(template, undefined, where)) as never);
    expect(activeSheet(book)).toBe("Summary");
    const looks = Object.fromEntries(readWorkbook(book).map((s) => [s.name, s.look]));
    expect(looks.Summary?.active).toEqual({ row: 4, column: 0 });
    expect(looks.Growth?.active).toEqual({ row: 11, column: 1 });
    expect(looks.Growth?.frozen).toEqual({ rows: 9, columns: 1 });
  });

  it("opens again at each sheet's range around its active cell: the file's sqref, read as Open reads it", async () => {
    const saved = await roundTrip(template, undefined, where);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(saved as never);
    const sheets = readWorkbook(book);
    await withSelectedRanges(saved, sheets);
    const fileLooks = Object.fromEntries(sheets.map((s) => [s.name, s.look!]));
    expect(fileLooks.Summary.selection).toEqual({ top: 2, left: 0, bottom: 4, right: 2 });
    expect(openingPlace({ fileLooks }, "Summary")).toEqual({ selected: { row: 4, column: 0 }, extent: { row: 2, column: 2 } });
    // A single cell selected (behind frozen panes, in their active pane): the cell alone.
    expect(fileLooks.Growth.selection).toBeUndefined();
    expect(openingPlace({ fileLooks }, "Growth")).toEqual({ selected: { row: 11, column: 1 }, extent: undefined });
  });

  it("writes and opens again a range whose active cell Enter moved inside it, the range whole", async () => {
    const inside = selectionIn({ top: 1, left: 1, bottom: 4, right: 3 }, { row: 2, column: 1 });
    expect(rangeOf(inside.selected, inside.extent)).toEqual({ top: 1, left: 1, bottom: 4, right: 3 });
    const saved = await roundTrip(template, undefined, { sheet: "Summary", places: { Summary: inside } });
    const zip = await JSZip.loadAsync(saved);
    expect(await zip.file((await sheetParts(zip)).get("Summary")!)!.async("string")).toMatch(/<selection\b[^>]*activeCell="B3"[^>]*sqref="B2:D5"/);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(saved as never);
    const sheets = readWorkbook(book);
    await withSelectedRanges(saved, sheets);
    const again = openingPlace({ fileLooks: Object.fromEntries(sheets.map((s) => [s.name, s.look!])) }, "Summary");
    expect(again.selected).toEqual({ row: 2, column: 1 });
    expect(rangeOf(again.selected, again.extent)).toEqual({ top: 1, left: 1, bottom: 4, right: 3 });
  });

  it("reads Excel's whole columns and rows as far as the sheet's cells, several ranges by the one holding the active cell, and the active pane's selection", async () => {
    const written = new ExcelJS.Workbook();
    for (const name of ["Columns", "Rows", "Several", "Panes"]) {
      const ws = written.addWorksheet(name, { views: name === "Panes" ? [{ state: "frozen", xSplit: 1, ySplit: 2, activeCell: "C4" }] : [{ state: "normal", activeCell: "B3" }] });
      for (let r = 1; r <= 6; r++) ws.getRow(r).values = [1, 2, 3, 4];
    }
    const zip = await JSZip.loadAsync(await written.xlsx.writeBuffer());
    const parts = await sheetParts(zip);
    const sqref = { Columns: "B1:C1048576", Rows: "A2:XFD3", Several: "E9:F10 B2:B4 H1", Panes: "C4:D5" };
    for (const [name, range] of Object.entries(sqref)) {
      const part = parts.get(name)!;
      zip.file(part, (await zip.file(part)!.async("string")).replace(/(<selection\b[^>]*\bsqref=")[^"]*"/, `$1${range}"`));
    }
    const bytes = await zip.generateAsync({ type: "uint8array" });
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(bytes as never);
    const sheets = readWorkbook(book);
    await withSelectedRanges(bytes, sheets);
    expect(Object.fromEntries(sheets.map((s) => [s.name, s.look?.selection]))).toEqual({
      Columns: { top: 0, left: 1, bottom: 5, right: 2 },
      Rows: { top: 1, left: 0, bottom: 2, right: 3 },
      Several: { top: 1, left: 1, bottom: 3, right: 1 },
      Panes: { top: 3, left: 2, bottom: 4, right: 3 },
    });
  });

  it("names no active sheet for a file without one (the template: Open then shows Growth)", async () => {
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(template as never);
    expect(activeSheet(book)).toBeUndefined();
  });
});
