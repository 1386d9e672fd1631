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
import "../src/workbench/custom-functions-runtime"; // the functions register themselves with it
import ExcelJS from "exceljs";
import type { HyperFormula } from "hyperformula";
import { parseA1, plannerWorkbook, SheetDefinition, sheetAsRows } from "../src/template/planner";
import { toStoredFormula } from "../src/template/formula-form";
import { excelJsStyle, STYLES } from "../src/template/styles";
import { asExcelWrites } from "../src/workbench/xlsx-excel-form";
import { plannerCharts } from "../src/template/charts";
import { withCharts } from "../src/workbench/xlsx-charts";
import { CachedResult, cachedResult } from "../src/workbench/xlsx-saved-sheets";
import { engine } from "../test/support/engine";

export const TEMPLATE_PATH = path.resolve(__dirname, "..", "assets", "spillsplit-planner.xlsx");

type Results = (sheet: string, a1: string) => CachedResult;

function addSheet(workbook: ExcelJS.Workbook, sheet: SheetDefinition, resultOf: Results): void {
  const ws = workbook.addWorksheet(sheet.name, {
    views: [{ state: "frozen", xSplit: sheet.frozen.columns, ySplit: sheet.frozen.rows }],
  });
  sheet.widths.forEach((width, i) => (ws.getColumn(i + 1).width = width));
  for (const [address, definition] of Object.entries(sheet.cells)) {
    const cell = ws.getCell(address);
    cell.value =
      definition.formula !== undefined
        ? ({ formula: toStoredFormula(definition.formula), result: resultOf(sheet.name, address) } as ExcelJS.CellFormulaValue)
        : (definition.value ?? null);
    if (definition.style) Object.assign(cell, excelJsStyle(STYLES[definition.style]));
    if (definition.format) cell.numFmt = definition.format;
  }
}

/** Every formula's value, from the add-in's functions in the engine (the definition's typed formulas). */
export async function templateResults(sheets: SheetDefinition[]): Promise<{ resultOf: Results; hf: HyperFormula }> {
  const hf = await engine(Object.fromEntries(sheets.map((s) => [s.name, sheetAsRows(s)])));
  const resultOf: Results = (sheet, a1) => {
    const { row, column } = parseA1(a1);
    const result = cachedResult(hf.getCellValue({ sheet: hf.getSheetId(sheet)!, row, col: column }));
    // The template's example figures must compute: a file that opens on errors is a broken template.
    if (result === undefined || typeof result === "object") throw new Error(`${sheet}!${a1} computes ${JSON.stringify(result)}, not a value to cache`);
    return result;
  };
  return { resultOf, hf };
}

/** The planner workbook as ExcelJS builds it, with fixed properties so a rebuild is comparable. */
export async function buildPlanner(): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Spillsplit";
  workbook.created = new Date(Date.UTC(2026, 0, 1));
  workbook.modified = workbook.created;
  // No full recalculation on load: the cached values are the template's own, and a file opened
  // without the add-in keeps showing them.
  const sheets = plannerWorkbook();
  const { resultOf, hf } = await templateResults(sheets);
  for (const sheet of sheets) addSheet(workbook, sheet, resultOf);
  hf.destroy();
  return workbook;
}

/** The template file's bytes: ExcelJS's package with the calculation engine id Excel writes, and the native charts ExcelJS cannot write. */
export async function plannerFile(): Promise<Uint8Array> {
  const workbook = await buildPlanner();
  return withCharts(await asExcelWrites((await workbook.xlsx.writeBuffer()) as ArrayBuffer), plannerCharts());
}

if (require.main === module) {
  plannerFile()
    .then((bytes) => fs.writeFileSync(TEMPLATE_PATH, bytes))
    .then(() => console.log(`wrote ${path.relative(process.cwd(), TEMPLATE_PATH)}`));
}
