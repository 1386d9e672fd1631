/*
 * Sheets named as Excel allows but JavaScript and HyperFormula treat apart: a whole number (2026),
 * or a name Excel reads as a cell (Q1). Download writes their references quoted, as Excel and
 * LibreOffice read them; Open and the kept workbook's reload keep the file's order of tabs.
 */
import { execFileSync } from "child_process";
import ExcelJS from "exceljs";
import type { HyperFormula } from "hyperformula";
import fs from "fs";
import os from "os";
import path from "path";
import { TEMPLATE_PATH } from "../../scripts/build-template";
import { engineFormula } from "../../src/spreadsheet/engine";
import { keptContents, parsedContents, replayed } from "../../src/workbench/kept-form";
import { LoadedSheet, readWorkbook } from "../../src/spreadsheet/xlsx-read";
import { workbenchHost } from "../../src/workbench/workbench-host";
import { engineSheets } from "../../src/spreadsheet/xlsx-saved-sheets";
import { downloadFile } from "../../src/workbench/xlsx-write";
import { engine } from "../support/engine";
import { xmlCells } from "../support/xlsx-xml";

/** The template opened, its Growth sheet renamed `name` as the tab does it (engine and file), and downloaded. */
async function templateWithGrowthAs(name: string): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(fs.readFileSync(TEMPLATE_PATH) as never);
  const opened = readWorkbook(book);
  const hf = await engine(opened);
  hf.renameSheet(hf.getSheetId("Growth")!, name);
  book.getWorksheet("Growth")!.name = name;
  const formats = Object.fromEntries(opened.map((s) => [s.name === "Growth" ? name : s.name, s.formats]));
  const saved = await downloadFile(book, engineSheets(hf, formats, opened), opened);
  hf.destroy();
  return Buffer.from(saved);
}

/** Every stored formula of a downloaded file that names `sheet`'s cells, bare or quoted. */
async function formulasNaming(file: Buffer, sheet: string): Promise<string[]> {
  return Object.values(await xmlCells(file)).flatMap((cells) =>
    Object.values(cells).flatMap((cell) => (cell.formula?.includes(`${sheet}!`) || cell.formula?.includes(`${sheet}'!`) ? [cell.formula] : [])),
  );
}

describe("Download names a sheet as Excel reads it", () => {
  it.each(["2026", "Q1", "TRUE", "R1C1"])("writes the template's references to Growth renamed %s quoted, and none bare", async (name) => {
    const formulas = await formulasNaming(await templateWithGrowthAs(name), name);
    expect(formulas.length).toBeGreaterThan(5);
    expect(formulas).toContain(`'${name}'!$B$22`);
    expect(formulas).toContain(`IF('${name}'!$B$3="","",'${name}'!$B$3)`);
    const bare = new RegExp(`(^|[^'\\w.])${name}!`);
    expect(formulas.filter((f) => bare.test(f))).toEqual([]);
  }, 60_000);

  const soffice = ["/usr/bin/soffice", "/usr/local/bin/soffice"].find((p) => fs.existsSync(p));
  (soffice ? it : it.skip)("gives a file LibreOffice computes without Err: where Growth is renamed 2026", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "sheet-names-"));
    try {
      fs.writeFileSync(path.join(dir, "renamed.xlsx"), await templateWithGrowthAs("2026"));
      // Every sheet as CSV (Summary reads Growth's cells). LibreOffice lacks the RED.* functions: their #NAME? is expected.
      execFileSync(soffice!, ["--headless", `-env:UserInstallation=file://${dir}/profile`, "--convert-to", 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1', "--outdir", dir, path.join(dir, "renamed.xlsx")], { stdio: "ignore", timeout: 120_000 });
      const csvs = fs.readdirSync(dir).filter((f) => f.endsWith(".csv"));
      expect(csvs.length).toBeGreaterThan(1);
      for (const csv of csvs) expect({ csv, text: fs.readFileSync(path.join(dir, csv), "utf8") }).toEqual({ csv, text: expect.not.stringMatching(/Err:\d+|#REF!/) });
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }, 180_000);
});

describe("Open and reload keep the file's order of sheets named by whole numbers", () => {
  const NAMES = ["Intro", "2025", "Plan", "2026", "7"];
  const fileSheets = (): LoadedSheet[] => NAMES.map((name, i) => ({ name, rows: [[i], [`=SUM('${NAMES[(i + 1) % NAMES.length]}'!A1,1)`]], formats: {} }));

  it("opens a workbook with sheets Intro, 2025, Plan, 2026, 7 in that order, each formula reading the sheet after it", async () => {
    const book = new ExcelJS.Workbook();
    for (const sheet of fileSheets()) book.addWorksheet(sheet.name).addRows(sheet.rows.map((row) => row.map((v) => (typeof v === "string" ? { formula: v.slice(1) } : v))));
    const hf = await engine(readWorkbook(book));
    expect(hf.getSheetNames()).toEqual(NAMES);
    expect(NAMES.map((name) => hf.getCellValue({ sheet: hf.getSheetId(name)!, row: 1, col: 0 }))).toEqual([2, 3, 4, 5, 1]);
    expect(hf.isThereSomethingToUndo()).toBe(false);
    hf.destroy();
  });

  it("brings back Growth renamed 2026 where it was, after a reload from the kept contents", async () => {
    const file = (): LoadedSheet[] => [
      { name: "Guide", rows: [[1]], formats: {} },
      { name: "Growth", rows: [[2]], formats: {} },
      { name: "Summary", rows: [["=Growth!A1*10"]], formats: {} },
    ];
    const hf = await engine(file());
    hf.renameSheet(1, "2026");
    const kept = await (await keptContents(hf, {}, {}, () => true, () => Promise.resolve()))!.text();
    const { engine: sheets } = replayed(file(), parsedContents(kept, 3));
    const again = await engine(sheets);
    expect(again.getSheetNames()).toEqual(["Guide", "2026", "Summary"]);
    expect(again.getCellValue({ sheet: 2, row: 0, col: 0 })).toBe(20);
    hf.destroy();
    again.destroy();
  });
});

describe("the page shows a formula naming such a sheet as Excel shows it", () => {
  async function renamed(): Promise<HyperFormula> {
    const hf = await engine([
      { name: "Growth", rows: [[5]] },
      { name: "Summary", rows: [['=IF(Growth!$A$1="","",Growth!$A$1)&"Growth!A1"']] },
    ]);
    hf.renameSheet(0, "2026");
    return hf;
  }

  it("the formula bar (engineFormula) shows ='2026'!$A$1 and leaves the text in quotes alone", async () => {
    const hf = await renamed();
    expect(engineFormula(hf, { sheet: 1, row: 0, col: 0 })).toBe(`=IF('2026'!$A$1="","",'2026'!$A$1)&"Growth!A1"`);
    expect(engineFormula(hf, { sheet: 0, row: 0, col: 0 })).toBeUndefined();
    hf.destroy();
  });

  it("the pane reads the formula as Excel's range.formulas gives it", async () => {
    const hf = await renamed();
    const host = workbenchHost(() => ({ hf, formats: {}, sheet: "Summary", selection: "A1" }), { changed: () => undefined }, () => "en");
    expect(await host.readFormulas(["Summary!A1:B1"])).toEqual([[[`=IF('2026'!$A$1="","",'2026'!$A$1)&"Growth!A1"`, null]]]);
    hf.destroy();
  });
});
