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

/** The sheets as an ExcelJS workbook (values, formulas and number formats), for download. */
export function toWorkbook(ExcelJSModule: typeof ExcelJS, sheets: LoadedSheet[]): ExcelJS.Workbook {
  const workbook = new ExcelJSModule.Workbook();
  workbook.creator = "Spillsplit workbench";
  workbook.calcProperties.fullCalcOnLoad = true;
  for (const sheet of sheets) {
    const ws = workbook.addWorksheet(sheet.name);
    sheet.rows.forEach((line, r) =>
      line.forEach((content, c) => {
        if (content === null || content === "") return;
        const cell = ws.getCell(r + 1, c + 1);
        cell.value = typeof content === "string" && content.startsWith("=") ? { formula: content.slice(1) } : content;
        const format = sheet.formats[`${r},${c}`];
        if (format) cell.numFmt = format;
      }),
    );
  }
  return workbook;
}
