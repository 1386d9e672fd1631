/*
 * A sheet renamed on the page is still the opened file's sheet: Download writes it back under its new
 * name keeping what the file had in the cells nobody changed (rich text, hyperlinks, text that looks
 * like a formula), and undo gives it its name back for the next Download too.
 */
import ExcelJS from "exceljs";
import { renameRecorded } from "../../src/workbench/sheet-rename";
import type { State } from "../../src/workbench/store";
import { takeBack } from "../../src/workbench/undo-places";
import { readWorkbook } from "../../src/spreadsheet/xlsx-read";
import { engineSheets } from "../../src/spreadsheet/xlsx-saved-sheets";
import { downloadFile, freshCopy } from "../../src/workbench/xlsx-write";
import { engine } from "../support/engine";

async function opened(): Promise<State> {
  const written = new ExcelJS.Workbook();
  const ws = written.addWorksheet("Plan");
  ws.getCell("A1").value = { richText: [{ text: "bold", font: { bold: true } }, { text: " plain" }] };
  ws.getCell("A2").value = { text: "RED help", hyperlink: "https://example.org/help" };
  ws.getCell("A3").value = "=1+1";
  const bytes = new Uint8Array((await written.xlsx.writeBuffer()) as ArrayBuffer);
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(bytes as never);
  const sheets = readWorkbook(book);
  const hf = await engine(Object.fromEntries(sheets.map((s) => [s.name, s.rows])));
  return { hf, bytes, opened: sheets, sheet: "Plan", selected: { row: 0, column: 0 }, extent: undefined, formats: { Plan: {} }, looks: {}, charts: [] } as unknown as State;
}

async function downloaded(state: State): Promise<ExcelJS.Workbook> {
  const copy = await freshCopy(state.bytes, state.opened.map((sheet) => sheet.name));
  const bytes = await downloadFile(copy, engineSheets(state.hf, state.formats, state.opened, state.looks), state.opened);
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(bytes as never);
  return book;
}

describe("Download of a sheet renamed on the page", () => {
  it("keeps the file's rich text, hyperlink and formula-like text under the new name, and again after undo", async () => {
    const state = await opened();
    renameRecorded(state, 0, "Plan A");
    let book = await downloaded(state);
    expect(book.worksheets.map((w) => w.name)).toEqual(["Plan A"]);
    const renamed = book.getWorksheet("Plan A")!;
    expect((renamed.getCell("A1").value as ExcelJS.CellRichTextValue).richText.map((r) => r.text)).toEqual(["bold", " plain"]);
    expect(renamed.getCell("A2").value).toEqual({ text: "RED help", hyperlink: "https://example.org/help" });
    expect(renamed.getCell("A3").value).toBe("=1+1");
    takeBack(state.hf, false);
    book = await downloaded(state);
    expect(book.worksheets.map((w) => w.name)).toEqual(["Plan"]);
    expect((book.getWorksheet("Plan")!.getCell("A1").value as ExcelJS.CellRichTextValue).richText.map((r) => r.text)).toEqual(["bold", " plain"]);
    state.hf.destroy();
  });
});
