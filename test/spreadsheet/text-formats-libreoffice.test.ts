/*
 * The engine's TEXT() (src/spreadsheet/excel-functions.ts) against LibreOffice's, a second
 * spreadsheet application, over a table of number formats and values: zero, negatives, huge and tiny
 * numbers, and a serial date. LibreOffice computes TEXT in a file written without cached values.
 */
import { execFileSync } from "child_process";
import ExcelJS from "exceljs";
import fs from "fs";
import os from "os";
import path from "path";
import { excelText } from "../../src/spreadsheet/excel-functions";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { findSoffice } = require("../support/find-soffice.js");

const FORMATS = ["0", "0.00", "#,##0", "#,##0.00", "0%", "0.0%", "General", "yyyy-mm-dd", "0.00E+00", '"¥"#,##0'];
const VALUES = [0, 0.5, 1234.5, -1234.5, 2.675, 1e20, 1.5e-10, 45000.75];
// Leading zeros (the least integer digits) and literal characters not quoted, as a report's IDs and padded codes use them.
const PADDED = ["00", "000000", "00.00", "0000.0", "0.0 ", "000,000", "00%", "(0)", "0\\x", "$0.00"];
const PADDED_VALUES = [0, 7, 0.5, 1234.5678, -7, 1e20];

/**
 * Where LibreOffice shows otherwise than Excel: a date before 1 March 1900 (Excel counts from
 * 1900-01-00 and has a 29 February 1900, LibreOffice from 1899-12-30), and a value no date at all
 * (negative, past 9999), which Excel's TEXT refuses (#VALUE!) and LibreOffice shows anyway; and
 * General of a huge or tiny number.
 */
function excelWhereNotLibreOffice(format: string, value: number): string | undefined {
  // General past 11 characters: Excel scientific and short; LibreOffice 1.00000000000000E+20 and 0.00000000015.
  if (format === "General") return { 1e20: "1E+20", 1.5e-10: "1.5E-10" }[value];
  if (format !== "yyyy-mm-dd") return undefined;
  if (value < 0 || value > 2958465) return "#VALUE!";
  return value < 61 ? `1900-01-${String(Math.floor(value)).padStart(2, "0")}` : undefined;
}

/** TEXT's answer as a cell shows it: the text, or the error's code. */
function shown(text: string | { value?: string; type?: string }): string {
  return typeof text === "string" ? text : `#${text.type}!`;
}

describe("TEXT against LibreOffice", () => {
  const soffice: string | undefined = findSoffice();
  (soffice ? it : it.skip)("shows every value in every format of the table as LibreOffice does (dates before March 1900, no dates and General's exponents as Excel does)", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "text-formats-"));
    try {
      const book = new ExcelJS.Workbook();
      const sheet = book.addWorksheet("Text");
      const cases = [...FORMATS.flatMap((format) => VALUES.map((value) => ({ format, value }))), ...PADDED.flatMap((format) => PADDED_VALUES.map((value) => ({ format, value })))];
      cases.forEach(({ format, value }, i) => {
        sheet.getCell(i + 1, 1).value = value;
        sheet.getCell(i + 1, 2).value = format;
        sheet.getCell(i + 1, 3).value = { formula: `TEXT(A${i + 1},B${i + 1})` } as never;
      });
      const file = path.join(dir, "text.xlsx");
      await book.xlsx.writeFile(file);
      const filter = "csv:Text - txt - csv (StarCalc):9,34,76,1,,0,false,true,false,false,false";
      execFileSync(soffice!, ["--headless", `-env:UserInstallation=file://${dir}/profile`, "--convert-to", filter, "--outdir", dir, file], { stdio: "ignore", timeout: 120_000 });
      const rows = fs.readFileSync(path.join(dir, "text.csv"), "utf8").replace(/\n$/, "").split("\n").map((row) => row.split("\t")[2].replace(/^"(.*)"$/, "$1"));
      const ours = cases.map(({ format, value }) => `${format} ${value} → ${shown(excelText(value, format) as never)}`);
      const theirs = cases.map(({ format, value }, i) => `${format} ${value} → ${excelWhereNotLibreOffice(format, value) ?? rows[i]}`);
      expect(ours).toEqual(theirs);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }, 180_000);
});
