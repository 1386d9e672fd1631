/*
 * Each sheet keeps its own selection, as in Excel (sheet-places.ts), and Download saves where the
 * user was — the active sheet and each sheet's active cell — so that Open comes back there.
 */
import ExcelJS from "exceljs";
import fs from "fs";
import JSZip from "jszip";
import { TEMPLATE_PATH } from "../../scripts/build-template";
import { goToSheet, placeOf } from "../../src/workbench/sheet-places";
import { renameRecorded } from "../../src/workbench/sheet-rename";
import type { State } from "../../src/workbench/store";
import { activeSheet, readWorkbook } from "../../src/spreadsheet/xlsx-read";
import { sheetParts } from "../../src/spreadsheet/xlsx-excel-form";
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

  it("names no active sheet for a file without one (the template: Open then shows Growth)", async () => {
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(template as never);
    expect(activeSheet(book)).toBeUndefined();
  });
});
