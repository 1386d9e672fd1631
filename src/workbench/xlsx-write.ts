/*
 * Download: the engine's sheets written back into the workbook they were opened from. Development
 * and workbench only.
 *
 * Download writes Excel's stored form with each formula's cached value (so the file shows numbers
 * before the add-in loads, and in other applications), and leaves every cell the user did not change
 * exactly as the file had it: dates, hyperlinks, rich text, error values and text that looks like a
 * formula.
 */
import type ExcelJS from "exceljs";
import { toStoredFormula } from "../template/formula-form";
import { excelJsStyle, excelJsViews, STYLES } from "../template/styles";
import type { SavedCell, SavedSheet } from "../spreadsheet/xlsx-saved-sheets";
import type { ChartSpec } from "../template/charts";
import { withCharts } from "../spreadsheet/xlsx-charts";
import { asExcelWrites } from "../spreadsheet/xlsx-excel-form";
import type { LoadedContent, LoadedSheet } from "../spreadsheet/xlsx-read";

type CellValue = ExcelJS.CellValue;

/** What to write for a cell, or "keep" when the file's own cell stays as it was. */
function written(cell: SavedCell, opened: LoadedContent | undefined, original: unknown): CellValue | "keep" {
  if (cell.kind === "formula") {
    const stored = toStoredFormula(cell.formula);
    // The engine lacks some of Excel's functions and syntax (#NAME?, #ERROR!): an unchanged formula
    // then keeps the formula and value Excel stored.
    if (cell.engineCannot && opened === `=${cell.formula}`) return "keep";
    const result = cell.result;
    if (cell.spill) return { formula: stored, result, shareType: "array", ref: cell.spill } as unknown as CellValue;
    return { formula: stored, result } as unknown as CellValue;
  }
  if (cell.kind === "spilled") return (cell.result ?? null) as CellValue;
  if (opened !== undefined && opened === cell.content && original !== undefined && original !== null) return "keep";
  const value = cell.value;
  if (value === undefined) return null;
  if (typeof value === "string") {
    // Text a user typed over a hyperlink keeps the link.
    const link = original as { hyperlink?: string } | null;
    if (link && typeof link === "object" && typeof link.hyperlink === "string") return { text: value, hyperlink: link.hyperlink };
  }
  return value as CellValue;
}

/**
 * Writes the sheets into the workbook they were loaded from, so what the file had — styles, column
 * widths, frozen panes, names, and every cell nobody changed — stays as it was. Formulas are written
 * in Excel's stored form with their cached values; one that spills is written as an array formula
 * over the range it fills. A sheet the workbook lacks (inserted in the workbench) is added, with its
 * number formats. The file is not marked for a full recalculation on load: its values are current.
 */
export function saveInto(workbook: ExcelJS.Workbook, sheets: SavedSheet[], opened: LoadedSheet[] = []): ExcelJS.Workbook {
  const calc = workbook.calcProperties as { fullCalcOnLoad?: boolean };
  delete calc.fullCalcOnLoad;
  const openedRows = new Map(opened.map((s) => [s.name, s.rows]));
  for (const sheet of sheets) {
    const ws = workbook.getWorksheet(sheet.name) ?? addLooking(workbook, sheet);
    const before = openedRows.get(sheet.name);
    // Cells the workbook has that the sheet no longer does are emptied (their style stays).
    ws.eachRow({ includeEmpty: false }, (row, rowNumber) =>
      row.eachCell({ includeEmpty: false }, (cell, columnNumber) => {
        if (!sheet.cells[rowNumber - 1]?.[columnNumber - 1]) cell.value = null;
      }),
    );
    sheet.cells.forEach((line, r) =>
      line.forEach((saved, c) => {
        if (!saved) return;
        const cell = ws.getCell(r + 1, c + 1);
        const value = written(saved, before?.[r]?.[c], cell.value);
        if (value !== "keep") cell.value = value;
        const format = sheet.formats[`${r},${c}`];
        // A format typed, pasted or moved here (paste-looks.ts) replaces the one the file had. ExcelJS
        // shares one style object among the cells the file gave the same style: the cell gets its own.
        if (format && cell.numFmt !== format) cell.style = { ...cell.style, numFmt: format };
      }),
    );
  }
  return workbook;
}

/** A sheet the file lacks, looking as it was inserted: the template's styles, widths and frozen panes (styles.ts). */
function addLooking(workbook: ExcelJS.Workbook, sheet: SavedSheet): ExcelJS.Worksheet {
  const look = sheet.look;
  if (!look) return workbook.addWorksheet(sheet.name);
  const ws = workbook.addWorksheet(sheet.name, { views: excelJsViews(look.frozen) });
  look.widths.forEach((width, i) => (ws.getColumn(i + 1).width = width));
  for (const [key, style] of Object.entries(look.styles)) {
    const [row, column] = key.split(",").map(Number);
    Object.assign(ws.getCell(row + 1, column + 1), excelJsStyle(STYLES[style]));
  }
  return ws;
}

/** The file Download hands the user: the sheets written into the opened workbook, spills marked as Excel marks them, and `charts` (the template's the file carried). */
export async function downloadFile(workbook: ExcelJS.Workbook, sheets: SavedSheet[], opened: LoadedSheet[], charts: ChartSpec[] = []): Promise<Uint8Array> {
  const buffer = await saveInto(workbook, sheets, opened).xlsx.writeBuffer();
  // The charts last, cached from the cells as written (ExcelJS drops the file's own).
  return withCharts(await asExcelWrites(buffer as ArrayBuffer, sheets), charts);
}
