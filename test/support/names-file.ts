/*
 * A workbook with every kind of defined name Excel writes: one of the whole workbook and a sheet's own
 * of the same name, constants, a text with a comment, formulas over two sheets and over a range of
 * sheets, a hidden name and a print area — ExcelJS alone loses or changes most of them.
 */
import ExcelJS from "exceljs";
import JSZip from "jszip";

/** The file's names, as Excel writes them (Calc is sheet 0, Data 1, Other 2, Data2 3). */
export const NAMES = [
  '<definedName name="Amounts">Data!$B$1:$B$4</definedName>',
  '<definedName name="Amounts" localSheetId="2">Other!$B$1:$B$2</definedName>',
  '<definedName name="Local" localSheetId="0">Data!$B$4</definedName>',
  '<definedName name="Local" localSheetId="2">Other!$B$2</definedName>',
  '<definedName name="LOG10E">0.4342944819</definedName>',
  '<definedName name="Greeting" comment="&lt;&amp;&quot; said > 2">"a&lt;b&amp;c"</definedName>',
  '<definedName name="Both">Data!$B$1+Data2!$B$1</definedName>',
  '<definedName name="Across">SUM(Data:Data2!$B$1)</definedName>',
  '<definedName name="Secret" hidden="1">Data!$B$2</definedName>',
  '<definedName name="_xlnm.Print_Area" localSheetId="1">Data!$A$1:$B$4</definedName>',
];

/** Calc's formulas, each with what Excel computes: Amounts 13 here, the Other sheet's own Amounts 30 there. */
export const CALC: [string, string, unknown][] = [
  ["A1", "SUM(Amounts)", 13],
  ["A2", "Other!A1", 30],
  ["A3", "Local", 7],
  ["A4", "Other!A2", 20],
  ["A5", "LOG10E*1", 0.4342944819],
  ["A6", "Greeting", "a<b&c"],
  ["A7", "Both", 101],
  ["A8", "Across", 111],
  ["A9", "Secret", 2],
];

/** A workbook of Calc, Data (B1:B4 1, 2, 3, 7), Other (B1 10, B2 20, A1 SUM(Amounts), A2 Local) and Data2 (B1 100), with NAMES, as Excel saves it. */
export async function namesFile(): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  const calc = book.addWorksheet("Calc");
  const data = book.addWorksheet("Data");
  const other = book.addWorksheet("Other");
  book.addWorksheet("Data2").getCell("B1").value = 100;
  [1, 2, 3, 7].forEach((value, i) => (data.getCell(`B${i + 1}`).value = value));
  other.getCell("B1").value = 10;
  other.getCell("B2").value = 20;
  other.getCell("A1").value = { formula: "SUM(Amounts)", result: 30 } as never;
  other.getCell("A2").value = { formula: "Local", result: 20 } as never;
  for (const [at, formula, result] of CALC) calc.getCell(at).value = { formula, result } as never;
  const zip = await JSZip.loadAsync(await book.xlsx.writeBuffer());
  const xml = (await zip.file("xl/workbook.xml")!.async("string")).replace(/<definedNames>[\s\S]*?<\/definedNames>|<definedNames\/>/, "");
  zip.file("xl/workbook.xml", xml.replace("</sheets>", `</sheets><definedNames>${NAMES.join("")}</definedNames>`));
  return Buffer.from(await zip.generateAsync({ type: "uint8array" }));
}

