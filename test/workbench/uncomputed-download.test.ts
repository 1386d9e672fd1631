/*
 * A formula the engine cannot compute (a range of sheets, an intersection) is kept on Download as the
 * file had it; once the cells it reads change on the page, Excel's cached value of it is out of date.
 * The Download asks Excel to recalculate on load (calcPr fullCalcOnLoad, calcId kept current) and
 * writes every formula without a cached value — those, the cells reading them, and one that counts
 * around them (COUNT skips the engine's error, so its number is not Excel's) — so LibreOffice, which
 * shows cached values whatever fullCalcOnLoad says, computes them too.
 */
import { execFileSync } from "child_process";
import ExcelJS from "exceljs";
import fs from "fs";
import os from "os";
import path from "path";
import JSZip from "jszip";
import type { HyperFormula } from "hyperformula";
import { readWorkbook } from "../../src/spreadsheet/xlsx-read";
import { engineSheets } from "../../src/spreadsheet/xlsx-saved-sheets";
import { downloadFile, freshCopy } from "../../src/workbench/xlsx-write";
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { findSoffice } = require("../support/find-soffice.js");
import { engine } from "../support/engine";

/** Calc's formulas with the values Excel cached: Data!B1 is 1 and Other!B1 10 in the file. */
const CALC: [string, string, number][] = [
  ["A1", "SUM(Data:Other!B1)", 11],
  ["A2", "A1*2", 22],
  ["A3", "IFERROR(A1,-1)", 11],
  ["A4", "Data!B1:B2 Data!B1:C1", 1],
  ["A6", "COUNT(A1:A5)", 5],
  ["A5", "SUM(Data!B1:B2)", 3],
];

async function file(kept: boolean): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  const data = book.addWorksheet("Data");
  book.addWorksheet("Other").getCell("B1").value = 10;
  data.getCell("B1").value = 1;
  data.getCell("B2").value = 2;
  const calc = book.addWorksheet("Calc");
  for (const [at, formula, result] of kept ? CALC : CALC.slice(-1)) calc.getCell(at).value = { formula, result } as never;
  return new Uint8Array(await book.xlsx.writeBuffer());
}

/** The file opened, Data!B1 changed to 100 on the page, and downloaded. */
async function downloaded(kept: boolean): Promise<Uint8Array> {
  const bytes = await file(kept);
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(bytes as never);
  const sheets = readWorkbook(book);
  const hf: HyperFormula = await engine(sheets);
  hf.setCellContents({ sheet: hf.getSheetId("Data")!, row: 0, col: 1 }, 100);
  const formats = Object.fromEntries(sheets.map((s) => [s.name, {}]));
  const out = await downloadFile(await freshCopy(bytes, sheets.map((s) => s.name)), engineSheets(hf, formats, sheets, {}), sheets);
  hf.destroy();
  return out;
}

async function part(bytes: Uint8Array, name: string): Promise<string> {
  return (await JSZip.loadAsync(bytes)).file(name)!.async("string");
}

describe("Download of a workbook with formulas the engine cannot compute", () => {
  it("asks Excel to recalculate on load (fullCalcOnLoad), its calcId still current Excel's", async () => {
    const xml = await part(await downloaded(true), "xl/workbook.xml");
    expect(xml).toMatch(/<calcPr [^>]*fullCalcOnLoad="1"/);
    expect(xml).toMatch(/<calcPr [^>]*calcId="191029"/);
  });

  it("writes every formula without a cached value: those, the cells reading them, COUNT around them and the others", async () => {
    const sheet = await part(await downloaded(true), "xl/worksheets/sheet3.xml");
    const cell = (at: string) => new RegExp(`<c r="${at}"[^>]*>(.*?)</c>`).exec(sheet)?.[1];
    for (const at of ["A1", "A2", "A3", "A4", "A5", "A6"]) expect(cell(at)).toMatch(/^<f>[^<]+<\/f>$/);
  });

  it("keeps the cached values of a workbook whose every formula the engine computed", async () => {
    const sheet = await part(await downloaded(false), "xl/worksheets/sheet3.xml");
    expect(new RegExp(`<c r="A5"[^>]*>(.*?)</c>`).exec(sheet)?.[1]).toBe("<f>SUM(Data!B1:B2)</f><v>102</v>");
  });

  it("does not ask for a recalculation when every formula was computed", async () => {
    expect(await part(await downloaded(false), "xl/workbook.xml")).not.toMatch(/fullCalcOnLoad/);
  });

  const soffice = findSoffice();
  (soffice ? it : it.skip)("LibreOffice, as it opens files by default, shows the values from the page's inputs (110, not Excel's 11)", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "uncomputed-"));
    try {
      fs.writeFileSync(path.join(dir, "book.xlsx"), await downloaded(true));
      // The default profile: LibreOffice recalculates an .xlsx on load only where it lacks a value.
      const filter = 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,3';
      execFileSync(soffice!, ["--headless", `-env:UserInstallation=file://${dir}/profile`, "--convert-to", filter, "--outdir", dir, path.join(dir, "book.xlsx")], { stdio: "ignore", timeout: 120_000 });
      const rows = fs.readFileSync(path.join(dir, "book-Calc.csv"), "utf8").trim().split("\n");
      expect(rows.map((row) => row.split(",")[0])).toEqual(["110", "220", "110", "100", "102", "5"]);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }, 180_000);
});
