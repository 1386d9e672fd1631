/*
 * Reading an .xlsx (ExcelJS) into the rows of values and "=formula" strings a formula engine
 * loads, and the number formats to show them with. Development and workbench only.
 */
import type ExcelJS from "exceljs";

export interface LoadedSheet {
  name: string;
  rows: (string | number | boolean | null)[][];
  /** "row,column" (zero-based) → Excel number format. */
  formats: Record<string, string>;
}

function cellContent(cell: ExcelJS.Cell): string | number | boolean | null {
  const value = cell.value as unknown;
  if (value === null || value === undefined) return null;
  if (typeof value === "object") {
    const v = value as { formula?: string; sharedFormula?: string; result?: unknown; richText?: { text: string }[]; text?: string };
    if (typeof v.formula === "string") return `=${v.formula}`;
    if (v.sharedFormula !== undefined) return `=${cell.formula}`;
    if (Array.isArray(v.richText)) return v.richText.map((part) => part.text).join("");
    if (typeof v.text === "string") return v.text;
    if (value instanceof Date) return value.toISOString();
    return null;
  }
  return value as string | number | boolean;
}

export function readWorkbook(workbook: ExcelJS.Workbook): LoadedSheet[] {
  return workbook.worksheets.map((ws) => {
    const rows: (string | number | boolean | null)[][] = [];
    const formats: Record<string, string> = {};
    ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
      const line: (string | number | boolean | null)[] = [];
      row.eachCell({ includeEmpty: false }, (cell, columnNumber) => {
        while (line.length < columnNumber - 1) line.push(null);
        line[columnNumber - 1] = cellContent(cell);
        if (cell.numFmt) formats[`${rowNumber - 1},${columnNumber - 1}`] = cell.numFmt;
      });
      while (rows.length < rowNumber - 1) rows.push([]);
      rows[rowNumber - 1] = line;
    });
    return { name: ws.name, rows, formats };
  });
}

/**
 * Writes the sheets' values and formulas into the workbook they were loaded from, so what the file
 * had — styles, column widths, frozen panes, names — stays as it was and only the contents change.
 * A sheet the workbook lacks (inserted in the workbench) is added, with its number formats.
 */
export function saveInto(workbook: ExcelJS.Workbook, sheets: LoadedSheet[]): ExcelJS.Workbook {
  workbook.calcProperties.fullCalcOnLoad = true; // results are not stored: Excel computes them on open
  for (const sheet of sheets) {
    const ws = workbook.getWorksheet(sheet.name) ?? workbook.addWorksheet(sheet.name);
    // Cells the workbook has that the sheet no longer does are emptied (their style stays).
    ws.eachRow({ includeEmpty: false }, (row, rowNumber) =>
      row.eachCell({ includeEmpty: false }, (cell, columnNumber) => {
        const content = sheet.rows[rowNumber - 1]?.[columnNumber - 1];
        if (content === null || content === undefined || content === "") cell.value = null;
      }),
    );
    sheet.rows.forEach((line, r) =>
      line.forEach((content, c) => {
        if (content === null || content === "") return;
        const cell = ws.getCell(r + 1, c + 1);
        cell.value = typeof content === "string" && content.startsWith("=") ? { formula: content.slice(1) } : content;
        const format = sheet.formats[`${r},${c}`];
        if (format && !cell.numFmt) cell.numFmt = format;
      }),
    );
  }
  return workbook;
}
