/*
 * Print areas and print titles of sheets whose names need quotes (It's, Bob's plan, 2026): a file
 * Excel wrote opens, and its Download names each sheet as sheetPrefix does (`'It''s'!$A$1:$C$9`,
 * apostrophes doubled; ExcelJS alone writes `'It's'!`, a file ExcelJS, the workbench and LibreOffice
 * cannot read back). Growth, bare, stays bare.
 */
import { execFileSync } from "child_process";
import ExcelJS from "exceljs";
import fs from "fs";
import JSZip from "jszip";
import os from "os";
import path from "path";
import { sheetPrefix } from "../../src/template/references-syntax";
import { decodeXml } from "../../src/spreadsheet/xml-text";
import { roundTrip } from "../support/xlsx-xml";

const SHEETS = ["It's", "Bob's plan", "2026", "Growth"];

/** The names as Excel writes them: quoted by Excel's rule, apostrophes doubled, cells absolute. */
function excelNames(): string {
  return SHEETS.map(
    (name, i) =>
      `<definedName name="_xlnm.Print_Area" localSheetId="${i}">${sheetPrefix(name)}$A$1:$C$9</definedName>` +
      `<definedName name="_xlnm.Print_Titles" localSheetId="${i}">${sheetPrefix(name)}$A:$A,${sheetPrefix(name)}$1:$2</definedName>`,
  )
    .join("")
    .replace(/'/g, "&apos;");
}

/** A workbook of SHEETS with print areas and titles, as Excel saves it. */
async function excelFile(): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  for (const name of SHEETS) {
    const sheet = book.addWorksheet(name);
    sheet.getCell("A1").value = 2;
    sheet.getCell("B1").value = { formula: `${sheetPrefix(SHEETS[0])}A1*3` } as never;
  }
  const zip = await JSZip.loadAsync(await book.xlsx.writeBuffer());
  const xml = await zip.file("xl/workbook.xml")!.async("string");
  zip.file("xl/workbook.xml", xml.replace("</sheets>", `</sheets><definedNames>${excelNames()}</definedNames>`));
  return Buffer.from(await zip.generateAsync({ type: "uint8array" }));
}

/** The file's print names by sheet: kind and text. */
async function printNames(file: Buffer): Promise<string[]> {
  const xml = await (await JSZip.loadAsync(file)).file("xl/workbook.xml")!.async("string");
  return [...xml.matchAll(/<definedName name="_xlnm\.(Print_\w+)" localSheetId="(\d+)">([^<]*)<\/definedName>/g)].map((m) => `${m[2]} ${m[1]} ${decodeXml(m[3])}`).sort();
}

describe("print areas and titles of sheets named with apostrophes and digits", () => {
  it("Download writes each as sheetPrefix names its sheet, and ExcelJS reads them back", async () => {
    const downloaded = await roundTrip(await excelFile());
    const expected = SHEETS.flatMap((name, i) => [`${i} Print_Area ${sheetPrefix(name)}$A$1:$C$9`, `${i} Print_Titles ${sheetPrefix(name)}$A:$A,${sheetPrefix(name)}$1:$2`]).sort();
    expect(await printNames(downloaded)).toEqual(expected);
    expect(expected.join()).toContain("'It''s'!$A$1:$C$9");
    expect(expected.join()).toContain("Growth!$1:$2");
    const back = new ExcelJS.Workbook();
    await back.xlsx.load(downloaded as never);
    expect(back.worksheets.map((s) => [s.name, s.pageSetup.printArea, s.pageSetup.printTitlesRow, s.pageSetup.printTitlesColumn])).toEqual(SHEETS.map((name) => [name, "A1:C9", "1:2", "A:A"]));
    // A second Open → Download changes nothing.
    expect(await printNames(await roundTrip(downloaded))).toEqual(expected);
  });

  const soffice = ["/usr/bin/soffice", "/usr/local/bin/soffice"].find((p) => fs.existsSync(p));
  (soffice ? it : it.skip)("gives a file LibreOffice opens and prints to PDF", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "print-names-"));
    try {
      fs.writeFileSync(path.join(dir, "names.xlsx"), await roundTrip(await excelFile()));
      execFileSync(soffice!, ["--headless", `-env:UserInstallation=file://${dir}/profile`, "--convert-to", "pdf", "--outdir", dir, path.join(dir, "names.xlsx")], { stdio: "ignore", timeout: 120_000 });
      expect(fs.statSync(path.join(dir, "names.pdf")).size).toBeGreaterThan(1000);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
