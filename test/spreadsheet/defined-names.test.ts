/*
 * A workbook's defined names compute on the page: each is the engine's named expression, a sheet's
 * own scoped to that sheet; Excel's own names (_xlnm.*, _xlfn.*) stay out, and a name the engine
 * refuses leaves the rest computing.
 */
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { definedNamesOf, definedNamesOfFile } from "../../src/spreadsheet/xlsx-defined-names";
import { readWorkbook } from "../../src/spreadsheet/xlsx-read";
import { engine } from "../support/engine";

const NAMES =
  '<definedName name="Amounts">Data!$B$1:$B$4</definedName>' +
  '<definedName name="Rate" localSheetId="1">Data!$B$2</definedName>' +
  '<definedName name="Rate" localSheetId="0">0.5</definedName>' +
  '<definedName name="名前">1</definedName>' +
  '<definedName name="_xlnm.Print_Area" localSheetId="0">Main!$A$1:$B$2</definedName>' +
  '<definedName name="_xlfn.CONCAT" hidden="1">#NAME?</definedName>' +
  '<definedName name="Half">&apos;Data&apos;!$B$1/2</definedName>';

/** Main and Data (B1:B4 10…40) with NAMES, as Excel writes them (ExcelJS writes no sheet's own name). */
async function namedFile(): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  const main = book.addWorksheet("Main");
  const data = book.addWorksheet("Data");
  for (let i = 1; i <= 4; i++) data.getCell(`B${i}`).value = i * 10;
  ["SUM(Amounts)", "Rate", "Half+名前", "Half"].forEach((formula, i) => (main.getCell(`A${i + 1}`).value = { formula } as never));
  data.getCell("C1").value = { formula: "Rate*2" } as never;
  const zip = await JSZip.loadAsync(await book.xlsx.writeBuffer());
  const xml = await zip.file("xl/workbook.xml")!.async("string");
  zip.file("xl/workbook.xml", xml.replace(/<definedNames>.*<\/definedNames>|(?=<calcPr)/, `<definedNames>${NAMES}</definedNames>`));
  return Buffer.from(await zip.generateAsync({ type: "uint8array" }));
}

describe("a workbook's defined names", () => {
  it("are read with their sheets, Excel's own left out", () => {
    const xml = `<sheets><sheet name="Main" sheetId="1"/><sheet name="It&apos;s" sheetId="2"/></sheets><definedNames>${NAMES}</definedNames>`;
    expect(definedNamesOf(xml)).toEqual([
      { name: "Amounts", text: "Data!$B$1:$B$4" },
      { name: "Rate", text: "Data!$B$2", sheet: "It's" },
      { name: "Rate", text: "0.5", sheet: "Main" },
      { name: "名前", text: "1" },
      { name: "Half", text: "'Data'!$B$1/2" },
    ]);
  });

  it("compute on the page: a workbook's everywhere, a sheet's on its sheet; one the engine refuses fails alone", async () => {
    const file = await namedFile();
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(file as never);
    const hf = await engine(readWorkbook(book), await definedNamesOfFile(file));
    const [main, data] = [hf.getSheetId("Main")!, hf.getSheetId("Data")!];
    const value = (sheet: number, row: number, col: number) => hf.getCellValue({ sheet, row, col });
    expect([value(main, 0, 0), value(main, 1, 0), value(main, 3, 0), value(data, 0, 2)]).toEqual([100, 0.5, 5, 40]);
    // 名前 the engine cannot even read in a formula (#ERROR!: Download keeps the file's formula and value).
    expect(value(main, 2, 0)).toMatchObject({ value: "#ERROR!" });
    expect(hf.isThereSomethingToUndo()).toBe(false);
    // The engine renames a name's sheets with the sheet, and undo names them back.
    hf.renameSheet(data, "数据");
    expect(hf.getNamedExpressionFormula("Amounts")).toBe("='数据'!$B$1:$B$4");
    expect(value(main, 0, 0)).toBe(100);
    hf.undo();
    expect(hf.getNamedExpressionFormula("Amounts")).toBe("=Data!$B$1:$B$4");
    hf.destroy();
  });
});
