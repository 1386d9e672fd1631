/*
 * Writes assets/spillsplit-planner.xlsx from the one template definition (src/template/planner.ts),
 * as Excel itself would save it: every formula in Excel's stored form (`_xldudf_RED_X(…)`,
 * `_xlfn.PERCENTILE.INC(…)`) with its cached value, computed by the add-in's own functions in the
 * engine harness, so the file shows the planner's numbers before the add-in loads and in any other
 * spreadsheet application. `npm run template` after changing the definition; a test fails while
 * the committed file is stale.
 */
import fs from "fs";
import path from "path";
import "../src/spreadsheet/custom-functions-runtime"; // the functions register themselves with it
import ExcelJS from "exceljs";
import JSZip from "jszip";
import type { HyperFormula } from "hyperformula";
import { columnLetter, fitToHeightOf, parseA1, plannerWorkbook, PRINT, printArea, printTitleRows, rowHeightsOf, SheetDefinition, sheetAsRows } from "../src/template/planner";
import { sheetPrefix } from "../src/template/references-syntax";
import { toStoredFormula } from "../src/template/formula-form";
import { excelJsStyle, excelJsViews, STYLES } from "../src/template/styles";
import { SheetSpills, withExcelForm } from "../src/spreadsheet/xlsx-excel-form";
import { plannerCharts } from "../src/template/charts";
import { withCharts } from "../src/spreadsheet/xlsx-charts";
import { CachedResult, cachedResult, spillRange } from "../src/spreadsheet/xlsx-saved-sheets";
import { generatedMetadata, redEngine } from "./red-engine";

export const TEMPLATE_PATH = path.resolve(__dirname, "..", "assets", "spillsplit-planner.xlsx");

type Results = (sheet: string, a1: string) => CachedResult;
/** The range a formula spills over, or undefined when it fills its own cell only. */
type Spills = (sheet: string, a1: string) => string | undefined;

/** The cells of a range ("B19:G24"), row by row, as addresses. */
function cellsOf(range: string): string[] {
  const [from, to] = range.split(":").map(parseA1);
  const addresses: string[] = [];
  for (let row = from.row; row <= to.row; row++) for (let column = from.column; column <= to.column; column++) addresses.push(`${columnLetter(column)}${row + 1}`);
  return addresses;
}

/**
 * One sheet into the workbook. A formula whose result spills is written as Excel 365 stores a dynamic
 * array: the formula once, in its top-left cell, as an array formula over the range it fills (marked
 * dynamic afterwards, withExcelForm), and every cell of the range holding its cached value — so the
 * function runs once, and applications without the add-in show the values.
 */
function addSheet(workbook: ExcelJS.Workbook, sheet: SheetDefinition, resultOf: Results, spillOf: Spills): string[] {
  const ws = workbook.addWorksheet(sheet.name, { views: excelJsViews(sheet.frozen) });
  sheet.widths.forEach((width, i) => (ws.getColumn(i + 1).width = width));
  const titles = printTitleRows(sheet);
  ws.pageSetup = {
    ...ws.pageSetup,
    orientation: PRINT.orientation,
    paperSize: PRINT.paperSize,
    fitToPage: true,
    fitToWidth: PRINT.fitToWidth,
    fitToHeight: fitToHeightOf(sheet),
    ...(titles ? { printTitlesRow: titles } : {}),
  };
  ws.headerFooter = { ...ws.headerFooter, oddFooter: PRINT.footer };
  for (const [row, height] of Object.entries(rowHeightsOf(sheet))) ws.getRow(Number(row)).height = height;
  for (const range of sheet.merges ?? []) ws.mergeCells(range);
  for (const row of sheet.pageBreaks ?? []) ws.getRow(row).addPageBreak();
  const masters: string[] = [];
  for (const [address, definition] of Object.entries(sheet.cells)) {
    const cell = ws.getCell(address);
    if (definition.formula !== undefined) {
      const formula = toStoredFormula(definition.formula);
      const spill = spillOf(sheet.name, address);
      if (spill) {
        masters.push(address);
        for (const spilled of cellsOf(spill).slice(1)) {
          if (sheet.cells[spilled]?.value !== undefined || sheet.cells[spilled]?.formula !== undefined) throw new Error(`${sheet.name}!${spilled} is in the spill of ${address} and has its own content`);
          ws.getCell(spilled).value = resultOf(sheet.name, spilled) as ExcelJS.CellValue;
        }
      }
      cell.value = (spill ? { formula, result: resultOf(sheet.name, address), shareType: "array", ref: spill } : { formula, result: resultOf(sheet.name, address) }) as ExcelJS.CellFormulaValue;
    } else if (cell.value === null) cell.value = definition.value ?? null;
    if (definition.style) Object.assign(cell, excelJsStyle(STYLES[definition.style]));
    if (definition.format) cell.numFmt = definition.format;
  }
  return masters;
}

/** Every formula's value, from the add-in's functions in the engine (the definition's typed formulas), and the range each spills over. */
export async function templateResults(sheets: SheetDefinition[]): Promise<{ resultOf: Results; spillOf: Spills; hf: HyperFormula }> {
  const hf = await redEngine(Object.fromEntries(sheets.map((s) => [s.name, sheetAsRows(s)])), await generatedMetadata());
  const resultOf: Results = (sheet, a1) => {
    const { row, column } = parseA1(a1);
    const result = cachedResult(hf.getCellValue({ sheet: hf.getSheetId(sheet)!, row, col: column }));
    // The template's example figures must compute: a file that opens on errors is a broken template.
    if (result === undefined || typeof result === "object") throw new Error(`${sheet}!${a1} computes ${JSON.stringify(result)}, not a value to cache`);
    return result;
  };
  const spillOf: Spills = (sheet, a1) => {
    const { row, column } = parseA1(a1);
    return spillRange(hf, { sheet: hf.getSheetId(sheet)!, row, col: column });
  };
  return { resultOf, spillOf, hf };
}

/** The planner workbook as ExcelJS builds it, with fixed properties so a rebuild is comparable. */
export async function buildPlanner(): Promise<{ workbook: ExcelJS.Workbook; spills: SheetSpills[] }> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Spillsplit";
  workbook.created = new Date(Date.UTC(2026, 0, 1));
  workbook.modified = workbook.created;
  // No full recalculation on load: the cached values are the template's own, and a file opened
  // without the add-in keeps showing them.
  const sheets = plannerWorkbook();
  const { resultOf, spillOf, hf } = await templateResults(sheets);
  const spills = sheets.map((sheet) => ({ name: sheet.name, masters: addSheet(workbook, sheet, resultOf, spillOf) }));
  hf.destroy();
  return { workbook, spills };
}

/**
 * Each sheet's print area, as Excel names it (_xlnm.Print_Area, local to the sheet). Written here
 * rather than through ExcelJS's pageSetup.printArea, which stores "$A1:$J101" — a reference with its
 * rows left relative, which LibreOffice ignores (it then printed all 500 rows of Notes on 8 pages).
 */
async function withPrintAreas(bytes: Uint8Array, sheets: SheetDefinition[]): Promise<Uint8Array> {
  const xmlText = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/'/g, "&apos;");
  const areas = sheets.map((sheet, index) => `<definedName name="_xlnm.Print_Area" localSheetId="${index}">${xmlText(sheetPrefix(sheet.name) + printArea(sheet))}</definedName>`);
  const zip = await JSZip.loadAsync(bytes);
  const xml = await zip.file("xl/workbook.xml")!.async("string");
  // Excel lists defined names sorted: _xlnm.Print_Area before _xlnm.Print_Titles.
  const named = xml.includes("<definedNames>") ? xml.replace("<definedNames>", `<definedNames>${areas.join("")}`) : xml.replace("</sheets>", `</sheets><definedNames>${areas.join("")}</definedNames>`);
  zip.file("xl/workbook.xml", named);
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}

/** The template file's bytes: ExcelJS's package with the calculation engine id Excel writes, its spills marked dynamic, its print areas and the native charts ExcelJS cannot write. */
export async function plannerFile(): Promise<Uint8Array> {
  const { workbook, spills } = await buildPlanner();
  return withCharts(await withPrintAreas(await withExcelForm((await workbook.xlsx.writeBuffer()) as ArrayBuffer, spills), plannerWorkbook()), plannerCharts());
}

if (require.main === module) {
  plannerFile()
    .then((bytes) => fs.writeFileSync(TEMPLATE_PATH, bytes))
    .then(() => console.log(`wrote ${path.relative(process.cwd(), TEMPLATE_PATH)}`));
}
