/*
 * A sheet renamed on the page reaches what the engine does not rename: the formulas it cannot read,
 * which Download keeps as the file had them (a range of sheets, an intersection; without Excel's cached values), and the file's
 * defined names. Download writes them naming the sheet as it is now, and undo gives back the old text.
 */
import ExcelJS from "exceljs";
import fs from "fs";
import JSZip from "jszip";
import { renameRecorded } from "../../src/workbench/sheet-rename";
import type { State } from "../../src/workbench/store";
import { takeBack } from "../../src/workbench/undo-places";
import { decodeXml } from "../../src/spreadsheet/xml-text";
import { recalculatedRows } from "../support/libreoffice-recalc";
import { downloadOf, openedState } from "../support/xlsx-xml";

/** Formulas of Main the engine cannot read, each with the value Excel cached. */
const KEPT: [string, string, number][] = [
  ["A1", "SUM(Data:Other!B1)", 11],
  ["A2", "SUM('Other:Data'!B1:B2)", 31],
  ["A3", "Data!B1:B4 Data!B2:B2", 20],
  ["A4", 'SUM(Data:Other!B1)&"Data!B1"', 11],
];

/** A workbook of Main, Data (B1:B4 10, 20, 30, 40) and Other, with KEPT, a name Amounts = Data!$B$1:$B$4 and Main!A5 = SUM(Amounts), as Excel saves it. */
export async function keptFormulasFile(): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  const main = book.addWorksheet("Main");
  const data = book.addWorksheet("Data");
  book.addWorksheet("Other").getCell("B1").value = 1;
  for (let i = 1; i <= 4; i++) data.getCell(`B${i}`).value = i * 10;
  for (const [at, formula, result] of KEPT) main.getCell(at).value = { formula, result } as never;
  main.getCell("A5").value = { formula: "SUM(Amounts)", result: 100 } as never;
  main.fillFormula("A6:A7", "SUM(Data:Other!B1)", [11, 20]);
  book.definedNames.add("Data!$B$1:$B$4", "Amounts");
  return Buffer.from(await book.xlsx.writeBuffer());
}

const opened = async (): Promise<State> => openedState(new Uint8Array(await keptFormulasFile()), "Main");

/** The downloaded file (written into a copy of the file, as the page's Download does): its Main formulas and cached values by cell, and its defined names' text. */
async function downloaded(state: State): Promise<{ cells: Record<string, [string, number]>; names: string[]; bytes: Uint8Array }> {
  const bytes = await downloadOf(state);
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(bytes as never);
  const cells: Record<string, [string, number]> = {};
  book.getWorksheet("Main")!.eachRow((row) => row.eachCell((cell) => (cells[cell.address] = [cell.formula, (cell.value as { result: number }).result])));
  const xml = await (await JSZip.loadAsync(bytes)).file("xl/workbook.xml")!.async("string");
  return { bytes, cells, names: [...xml.matchAll(/<definedName name="([^"]*)"[^>]*>([^<]*)</g)].map((m) => `${m[1]} ${decodeXml(m[2])}`) };
}

describe("Download after a sheet is renamed on the page", () => {
  it("writes the formulas the engine cannot read and the defined names under the new name; undo brings the old text back", async () => {
    const state = await opened();
    const amounts = { sheet: state.hf.getSheetId("Main")!, row: 4, col: 0 };
    expect(state.hf.getCellValue(amounts)).toBe(100);
    renameRecorded(state, state.hf.getSheetId("Data")!, "数据");
    expect(state.hf.getCellValue(amounts)).toBe(100);
    const after = await downloaded(state);
    // Without Excel's cached values, which the cells they read may have outdated, and, in a workbook with
    // such formulas, no formula with one: Excel and LibreOffice compute them all (uncomputed-download.test.ts).
    expect(after.cells).toMatchObject({
      A1: ["SUM(数据:Other!B1)", undefined],
      A2: ["SUM(Other:数据!B1:B2)", undefined],
      A3: ["数据!B1:B4 数据!B2:B2", undefined],
      A4: ["SUM(数据:Other!B1)&\"Data!B1\"", undefined],
      A5: ["SUM(Amounts)", undefined],
      // A formula filled down, as Excel shares it.
      A6: ["SUM(数据:Other!B1)", undefined],
      A7: ["SUM(数据:Other!B2)", undefined],
    });
    // The name written as Excel writes the sheet, as the kept formulas are (xlsx-defined-names.ts withFileNames).
    expect(after.names).toEqual(["Amounts 数据!$B$1:$B$4"]);
    takeBack(state.hf, false);
    const undone = await downloaded(state);
    expect(undone.cells).toMatchObject(Object.fromEntries(KEPT.map(([at, formula]) => [at, [formula, undefined]])));
    expect(undone.names).toEqual(["Amounts Data!$B$1:$B$4"]);
    state.hf.destroy();
  });

  it("names a sheet that needs quotes after the rename (It's) as sheetPrefix does, a range of sheets quoted whole", async () => {
    const state = await opened();
    renameRecorded(state, state.hf.getSheetId("Data")!, "It's");
    renameRecorded(state, state.hf.getSheetId("Other")!, "2026");
    const after = await downloaded(state);
    expect(after.cells.A1).toEqual(["SUM('It''s:2026'!B1)", undefined]);
    expect(after.cells.A3).toEqual(["'It''s'!B1:B4 'It''s'!B2:B2", undefined]);
    expect(after.names).toEqual(["Amounts 'It''s'!$B$1:$B$4"]);
    state.hf.destroy();
  });

  it("follows two sheets that traded names", async () => {
    const state = await opened();
    const [data, other] = [state.hf.getSheetId("Data")!, state.hf.getSheetId("Other")!];
    renameRecorded(state, data, "Tmp");
    renameRecorded(state, other, "Data");
    renameRecorded(state, data, "Other");
    const after = await downloaded(state);
    expect(after.cells).toMatchObject({ A1: ["SUM(Other:Data!B1)", undefined], A3: ["Other!B1:B4 Other!B2:B2", undefined], A6: ["SUM(Other:Data!B1)", undefined], A7: ["SUM(Other:Data!B2)", undefined] });
    expect(after.names).toEqual(["Amounts Other!$B$1:$B$4"]);
    state.hf.destroy();
  });
});

describe("LibreOffice computing the Download of a sheet renamed 数据", () => {
  const soffice = ["/usr/bin/soffice", "/usr/local/bin/soffice"].find((p) => fs.existsSync(p));
  (soffice ? it : it.skip)("reads the defined name and the kept formulas on the renamed sheet, recalculating them all on load", async () => {
    const state = await opened();
    renameRecorded(state, state.hf.getSheetId("Data")!, "数据");
    const { bytes } = await downloaded(state);
    state.hf.destroy();
    const rows = recalculatedRows(soffice!, bytes);
    // Ranges of sheets add Other's B1 (1); LibreOffice reads them bare as Excel writes 数据 (not quoted), and the name as written.
    expect(rows.map((row) => row.split(",")[0])).toEqual(["11", "31", "20", expect.stringMatching(/^"?11/), "100", "11", "20"]);
  }, 180_000);
});

