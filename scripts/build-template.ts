/*
 * Writes assets/spillsplit-planner.xlsx from the one template definition (src/template/planner.ts).
 * `npm run template` after changing the definition; a test fails while the committed file is stale.
 */
import path from "path";
import ExcelJS from "exceljs";
import { CellStyle, plannerWorkbook, SheetDefinition } from "../src/template/planner";

export const TEMPLATE_PATH = path.resolve(__dirname, "..", "assets", "spillsplit-planner.xlsx");

const RED = "FFFF2442";
const INPUT_FILL = "FFE8F1FB";
const INPUT_FONT = "FF0F4C9E";
const HEADER_FILL = "FFF3F2F1";

const STYLES: Record<CellStyle, Partial<ExcelJS.Style>> = {
  title: { font: { bold: true, size: 14, color: { argb: RED } } },
  subtitle: { font: { italic: true, color: { argb: "FF616161" } } },
  header: {
    font: { bold: true },
    fill: { type: "pattern", pattern: "solid", fgColor: { argb: HEADER_FILL } },
    border: { bottom: { style: "thin", color: { argb: "FFBDBDBD" } } },
    alignment: { wrapText: true, vertical: "middle" },
  },
  input: { font: { color: { argb: INPUT_FONT } }, fill: { type: "pattern", pattern: "solid", fgColor: { argb: INPUT_FILL } } },
  output: { font: { bold: true } },
  total: { font: { bold: true }, border: { top: { style: "thin", color: { argb: "FF616161" } } } },
  note: { font: { color: { argb: "FF616161" } }, alignment: { wrapText: true, vertical: "top" } },
  label: {},
};

function addSheet(workbook: ExcelJS.Workbook, sheet: SheetDefinition): void {
  const ws = workbook.addWorksheet(sheet.name, {
    views: [{ state: "frozen", xSplit: sheet.frozen.columns, ySplit: sheet.frozen.rows }],
  });
  sheet.widths.forEach((width, i) => (ws.getColumn(i + 1).width = width));
  for (const [address, definition] of Object.entries(sheet.cells)) {
    const cell = ws.getCell(address);
    cell.value = definition.formula !== undefined ? { formula: definition.formula } : (definition.value ?? null);
    if (definition.style) Object.assign(cell, STYLES[definition.style]);
    if (definition.format) cell.numFmt = definition.format;
  }
}

/** The planner workbook as ExcelJS builds it, with fixed properties so a rebuild is comparable. */
export function buildPlanner(): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Spillsplit";
  workbook.created = new Date(Date.UTC(2026, 0, 1));
  workbook.modified = workbook.created;
  workbook.calcProperties.fullCalcOnLoad = true;
  for (const sheet of plannerWorkbook()) addSheet(workbook, sheet);
  return workbook;
}

if (require.main === module) {
  buildPlanner()
    .xlsx.writeFile(TEMPLATE_PATH)
    .then(() => console.log(`wrote ${path.relative(process.cwd(), TEMPLATE_PATH)}`));
}
