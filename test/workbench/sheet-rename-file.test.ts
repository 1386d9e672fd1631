/*
 * Renames of an opened file's sheets, as ExcelJS names its worksheets: a rename to the same name in
 * another case ("Growth" to "growth"), names traded between sheets (a roll of years, a swap), and
 * each Download written into a copy of the file, so the next one (after an undo) writes what the
 * engine holds then. Every check goes through the Download's bytes, and the kept copy's reopen.
 */
import ExcelJS from "exceljs";
import { keptContents, parsedContents, replayed } from "../../src/workbench/kept-form";
import { workbookBytes } from "../../src/workbench/kept-workbook";
import { enterTyped } from "../../src/workbench/paste-looks";
import { renameRecorded } from "../../src/workbench/sheet-rename";
import type { State } from "../../src/workbench/store";
import { lastStep, remember, takeBack } from "../../src/workbench/undo-places";
import { workbenchHost } from "../../src/workbench/workbench-host";
import { LoadedSheet, readWorkbook } from "../../src/spreadsheet/xlsx-read";
import { engine } from "../support/engine";

/** A file of sheets named as given, each A1 holding what is given (a number, text, or rich text). */
async function file(sheets: Record<string, ExcelJS.CellValue>): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  for (const [name, a1] of Object.entries(sheets)) book.addWorksheet(name).getCell("A1").value = a1;
  return new Uint8Array((await book.xlsx.writeBuffer()) as ArrayBuffer);
}

/** The file opened as the page opens it (files.ts), or reopened with the contents kept since. */
async function opened(bytes: Uint8Array, kept?: string): Promise<State> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(bytes as never);
  let sheets: LoadedSheet[] = readWorkbook(book);
  let opened = sheets;
  if (kept !== undefined) {
    ({ engine: sheets, opened } = replayed(sheets, parsedContents(kept, sheets.length)));
  }
  const hf = await engine(sheets);
  const formats = Object.fromEntries(sheets.map((s) => [s.name, s.formats]));
  return { hf, bytes, opened, sheet: sheets[0].name, selection: "A1", selected: { row: 0, column: 0 }, extent: undefined, formats, looks: {}, fileLooks: {}, charts: [], fileName: "f.xlsx" } as unknown as State;
}

/** What the page keeps of the workbook, reopened from the file's bytes. */
async function reopened(state: State): Promise<State> {
  const kept = await (await keptContents(state.hf, state.formats, state, () => true, () => Promise.resolve()))!.text();
  return opened(state.bytes, kept);
}

/** The Download's workbook: each sheet's name with its A1 as the file stores it. */
async function downloaded(state: State): Promise<Record<string, unknown>> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load((await workbookBytes(state)) as never);
  return Object.fromEntries(book.worksheets.map((ws) => [ws.name, ws.getCell("A1").value]));
}

/** `text` typed into A1 of `sheet`, as the grid enters and records it. */
function typeA1(state: State, sheet: string, text: string): void {
  state.sheet = sheet;
  enterTyped(state, { row: 0, column: 0 }, text);
  remember(state.hf, { sheet: state.hf.getSheetId(sheet)!, selected: { row: 0, column: 0 }, extent: undefined });
}

const rich = { richText: [{ text: "bold", font: { bold: true } }, { text: " plain" }] };

describe("a sheet renamed to its own name in another case", () => {
  it("Growth → growth renames the engine, the file's sheet and its formats; Download and the kept copy's reopen have it, and undo names it back", async () => {
    const state = await opened(await file({ Growth: 5, Report: "r" }));
    typeA1(state, "Growth", "50%");
    renameRecorded(state, 0, "growth");
    expect(state.hf.getSheetNames()).toEqual(["growth", "Report"]);
    expect(state.sheet).toBe("growth");
    expect(state.formats.growth["0,0"]).toBe("0%");
    expect(await downloaded(state)).toEqual({ growth: 0.5, Report: "r" });
    const again = await reopened(state);
    expect(again.hf.getSheetNames()).toEqual(["growth", "Report"]);
    expect(await downloaded(again)).toEqual({ growth: 0.5, Report: "r" });
    takeBack(state.hf, false);
    expect(state.hf.getSheetNames()).toEqual(["Growth", "Report"]);
    expect(state.formats.Growth["0,0"]).toBe("0%");
    expect(await downloaded(state)).toEqual({ Growth: 0.5, Report: "r" });
    takeBack(state.hf, true);
    expect(await downloaded(state)).toEqual({ growth: 0.5, Report: "r" });
  });

  it("a rename the engine refuses (a sheet only the engine has, in another case; a file's sheet in another case) changes nothing and records no step", async () => {
    const state = await opened(await file({ Growth: 5, Report: "r", k: 1 }));
    typeA1(state, "Growth", "50%");
    await workbenchHost(() => state, { changed: () => undefined, stepped: (p, i) => remember(state.hf, p, i), lastStep: () => lastStep(state.hf) }, () => "en").writeTable({ name: "Scenario" }, [["x"]]);
    for (const name of ["scenario", "REPORT", "\u212A"]) {
      expect(() => renameRecorded(state, 0, name)).toThrow();
      expect(state.hf.getSheetNames()).toEqual(["Growth", "Report", "k", "Scenario"]);
      expect(state.opened.map((sheet) => sheet.name)).toEqual(["Growth", "Report", "k"]);
      expect(state.formats.Growth["0,0"]).toBe("0%");
      expect(state.sheet).toBe("Growth");
    }
    // The next undo takes back the pane's sheet, the one after it the 50% typed.
    takeBack(state.hf, false);
    expect(state.hf.getSheetNames()).toEqual(["Growth", "Report", "k"]);
    takeBack(state.hf, false);
    expect(state.hf.getCellValue({ sheet: 0, row: 0, col: 0 })).toBe(5);
    expect(await downloaded(state)).toEqual({ Growth: 5, Report: "r", k: 1 });
  });
});

describe("a name Excel refuses", () => {
  it("(a colon, an apostrophe at an end, History in any case, 32 characters) is refused before anything is renamed, so Download still writes the file's sheets", async () => {
    const state = await opened(await file({ Growth: 5 }));
    for (const name of ["a:b", "'Plan", "history", "x".repeat(32)]) {
      expect(() => renameRecorded(state, 0, name)).toThrow();
      expect(state.hf.getSheetNames()).toEqual(["Growth"]);
      expect(state.opened.map((sheet) => sheet.name)).toEqual(["Growth"]);
    }
    expect(await downloaded(state)).toEqual({ Growth: 5 });
  });
});

describe("sheets trading names", () => {
  it("a roll (2026 → 2027, then 2025 → 2026): Download and the kept copy's reopen keep each sheet's contents under its new name, and 0 typed in the new 2026 (over the 5 it had; the old 2026 had 0) is written as 0", async () => {
    const state = await opened(await file({ 2025: 5, 2026: 0 }));
    renameRecorded(state, 1, "2027");
    renameRecorded(state, 0, "2026");
    expect(await downloaded(state)).toEqual({ 2026: 5, 2027: 0 });
    const again = await reopened(state);
    expect(again.hf.getSheetNames()).toEqual(["2026", "2027"]);
    expect(await downloaded(again)).toEqual({ 2026: 5, 2027: 0 });
    typeA1(state, "2026", "0");
    expect(await downloaded(state)).toEqual({ 2026: 0, 2027: 0 });
    typeA1(again, "2026", "0");
    expect(await downloaded(again)).toEqual({ 2026: 0, 2027: 0 });
  });

  it("a swap through a third name: Download and the reopen keep each sheet's contents (rich text too) under its new name", async () => {
    const state = await opened(await file({ "Plan A": rich, "Plan B": "b" }));
    renameRecorded(state, 0, "tmp");
    renameRecorded(state, 1, "Plan A");
    renameRecorded(state, 0, "Plan B");
    const swapped = { "Plan B": rich, "Plan A": "b" };
    expect(await downloaded(state)).toEqual(swapped);
    const again = await reopened(state);
    expect(again.hf.getSheetNames()).toEqual(["Plan B", "Plan A"]);
    expect(await downloaded(again)).toEqual(swapped);
    for (let n = 0; n < 3; n++) takeBack(state.hf, false);
    expect(await downloaded(state)).toEqual({ "Plan A": rich, "Plan B": "b" });
  });
});

describe("Download leaves the open workbook as opened", () => {
  it("a sheet the pane added, downloaded, then undone is in no later Download, and its name is free for a rename", async () => {
    const state = await opened(await file({ Growth: 5 }));
    const host = workbenchHost(() => state, { changed: () => undefined, stepped: (p, i) => remember(state.hf, p, i), lastStep: () => lastStep(state.hf) }, () => "en");
    await host.writeTable({ name: "Report - Growth" }, [["Minefield"], ["A"]]);
    expect(Object.keys(await downloaded(state))).toEqual(["Growth", "Report - Growth"]);
    takeBack(state.hf, false);
    expect(await downloaded(state)).toEqual({ Growth: 5 });
    renameRecorded(state, 0, "Report - Growth");
    expect(await downloaded(state)).toEqual({ "Report - Growth": 5 });
  });

  it("a cell typed over, downloaded, then undone is written as the file had it (rich text), not as the last Download wrote it", async () => {
    const state = await opened(await file({ Plan: rich }));
    typeA1(state, "Plan", "typed");
    expect(await downloaded(state)).toEqual({ Plan: "typed" });
    takeBack(state.hf, false);
    expect(await downloaded(state)).toEqual({ Plan: rich });
  });
});
